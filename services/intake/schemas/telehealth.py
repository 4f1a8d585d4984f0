"""API schema for the technical problems a telehealth session reports."""

from __future__ import annotations

from pydantic import Field, field_validator

from services.intake.schemas.common import IntakeModel
from services.intake.telehealth import ProblemKind

__all__ = ["MAX_SESSION_MINUTES", "TechnicalProblems"]

#: Longer than any outpatient session, partial hospitalization days included.
MAX_SESSION_MINUTES = 12 * 60


class TechnicalProblems(IntakeModel):
    """What went wrong technically in a telehealth session. An empty report means "none"."""

    kinds: list[ProblemKind] = Field(
        default_factory=list,
        max_length=len(ProblemKind),
        description="Kinds of problem that occurred: audio, video, connection, login, platform. "
        "Empty when the session was reported free of problems.",
        examples=[["audio", "connection"]],
    )
    minutes_lost: int = Field(
        default=0,
        ge=0,
        le=MAX_SESSION_MINUTES,
        description="Session minutes lost to the problems.",
        examples=[7],
    )
    dropped_and_rejoined: bool = Field(
        default=False,
        description="The session dropped at least once and was rejoined.",
        examples=[True],
    )
    switched_to_phone: bool = Field(
        default=False,
        description="A video session finished on the telephone.",
        examples=[False],
    )

    @field_validator("kinds")
    @classmethod
    def _unique(cls, value: list[ProblemKind]) -> list[ProblemKind]:
        if len(set(value)) != len(value):
            raise ValueError("a problem kind is repeated")
        return value

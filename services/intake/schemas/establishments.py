"""API schemas for team establishments: a team's funded FTE from a day on.

The history is kept: each ``effective_from`` is its own row, so a vacancy rate over a past
month is measured against the establishment in force then, not today's. A PUT carries its
``effective_from`` in the body; sending the same day again replaces that row (a correction),
another day adds one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AwareDatetime, ConfigDict, Field, field_validator

from services.intake.schemas.common import (
    MAX_BOOKING_AHEAD,
    ExternalId,
    IntakeModel,
    check_plausible_date,
)
from shared.strict_types import IsoDate

__all__ = ["EXAMPLE_OUT", "EstablishmentIn", "EstablishmentOut"]

#: More funded posts than any one team has: a figure above it is a typing error (a budget in
#: currency, say), not a team.
MAX_FUNDED_FTE = 1000.0

FundedFte = Annotated[
    float,
    Field(
        strict=True,
        ge=0,
        le=MAX_FUNDED_FTE,
        description="Funded full-time equivalents of the team from `effective_from` on (0 when "
        "the team is closed); at most 1000.",
        examples=[12.5],
    ),
]

_EXAMPLE: dict[str, Any] = {
    "effective_from": "2025-04-01",
    "funded_fte": 12.5,
    "site_id": "site-north",
}
EXAMPLE_OUT: dict[str, Any] = _EXAMPLE | {
    "team_id": "team-east",
    "updated_at": "2025-03-20T11:00:00Z",
}


class EstablishmentIn(IntakeModel):
    """Body of `PUT /v1/establishments/{team_id}`: the team's funded FTE from a day on."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    effective_from: IsoDate = Field(
        description="The first day this establishment holds (until the next one's day): not "
        "before 2000-01-01, at most two years ahead. The same day again replaces that row.",
        examples=["2025-04-01"],
    )
    funded_fte: FundedFte
    site_id: ExternalId | None = Field(
        default=None, description="The team's site, if any.", examples=["site-north"]
    )

    @field_validator("effective_from")
    @classmethod
    def _plausible(cls, value: date) -> date:
        check_plausible_date(value, field="effective_from", ahead=MAX_BOOKING_AHEAD)
        return value


class EstablishmentOut(EstablishmentIn):
    """One stored establishment row as the API returns it."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE_OUT]})

    team_id: ExternalId = Field(description="The team's id.", examples=["team-east"])
    updated_at: AwareDatetime = Field(
        description="When intake last accepted a change to this row.",
        examples=["2025-03-20T11:00:00Z"],
    )

    @classmethod
    def build(
        cls, *, team_id: str, establishment: EstablishmentIn, updated_at: datetime
    ) -> EstablishmentOut:
        return cls.model_validate(
            establishment.model_dump() | {"team_id": team_id, "updated_at": updated_at}
        )

"""API schemas of feedback themes: the org's coded list, and the codes a submission is tagged with.

A code is a short slug the org chooses (`access-waiting`); the label is what staff read. Codes
are published on the feed (``feedback.themed``) and counted by metrics, so they must never hold
free text about a person: the slug pattern leaves no room for it.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AwareDatetime, ConfigDict, Field, StringConstraints, field_validator

from services.intake.schemas.common import IntakeModel
from shared.strict_types import NAME_PATTERN, TEXT_PATTERN

__all__ = [
    "THEME_CODE_PATTERN",
    "THEME_EXAMPLE",
    "ThemeCode",
    "ThemeIn",
    "ThemeOut",
    "ThemeTagsIn",
    "ThemeTagsOut",
]

THEME_CODE_PATTERN = r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
ThemeCode = Annotated[str, StringConstraints(max_length=64, pattern=THEME_CODE_PATTERN)]
MAX_THEMES = 20


class ThemeIn(IntakeModel):
    """Body of `PUT /v1/feedback-themes/{code}`: a theme of the org's list, created or replaced."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "label": "Waiting times",
                    "description": "Time to a first appointment, or in the waiting room.",
                    "active": True,
                }
            ]
        }
    )

    label: str = Field(
        min_length=1,
        max_length=200,
        pattern=NAME_PATTERN,
        description="What staff read for the code.",
        examples=["Waiting times"],
    )
    description: str | None = Field(
        default=None,
        max_length=2000,
        pattern=TEXT_PATTERN,
        description="When to use the theme, for consistent tagging.",
        examples=["Time to a first appointment, or in the waiting room."],
    )
    active: bool = Field(
        default=True,
        description="False retires the theme: it stays on the submissions already tagged with "
        "it, and cannot be given to others.",
        examples=[True],
    )


#: A theme as the API shows it.
THEME_EXAMPLE: dict[str, Any] = {
    "code": "access-waiting",
    "label": "Waiting times",
    "description": "Time to a first appointment, or in the waiting room.",
    "active": True,
    "updated_at": "2025-03-18T09:00:00Z",
}


class ThemeOut(ThemeIn):
    """A theme of the org's list."""

    model_config = ConfigDict(json_schema_extra={"examples": [THEME_EXAMPLE]})

    code: str = Field(description="The theme's code, the org's own.", examples=["access-waiting"])
    updated_at: AwareDatetime = Field(
        description="When the theme was last changed.", examples=["2025-03-18T09:00:00Z"]
    )


class ThemeTagsIn(IntakeModel):
    """Body of `PUT /v1/feedback/{feedback_id}/themes`: the submission's whole set of codes."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"themes": ["access-waiting", "staff-kindness"]}]}
    )

    themes: list[ThemeCode] = Field(
        max_length=MAX_THEMES,
        description="Codes of the org's active themes (a code already on the submission may "
        "stay after it was retired). Replaces the earlier set; empty removes every theme.",
        examples=[["access-waiting", "staff-kindness"]],
    )

    @field_validator("themes")
    @classmethod
    def _sorted_once(cls, value: list[str]) -> list[str]:
        # A set: order and repeats carry no meaning, and a retry in another order changes nothing.
        return sorted(set(value))


class ThemeTagsOut(IntakeModel):
    """The codes a submission is tagged with."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "feedback_id": "1c9e6b1e-2f4d-4c3b-8a7e-5d6f7a8b9c0d",
                    "themes": ["access-waiting", "staff-kindness"],
                    "updated_at": "2025-03-18T09:12:00Z",
                }
            ]
        }
    )

    feedback_id: str = Field(
        description="The submission.", examples=["1c9e6b1e-2f4d-4c3b-8a7e-5d6f7a8b9c0d"]
    )
    themes: list[str] = Field(
        description="Its theme codes, sorted.", examples=[["access-waiting", "staff-kindness"]]
    )
    updated_at: AwareDatetime = Field(
        description="When the set was last changed (the submission's receipt if never).",
        examples=["2025-03-18T09:12:00Z"],
    )

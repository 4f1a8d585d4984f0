"""API schemas of "you said, we did": what the org heard under some themes and what it changed.

Written by the org's feedback team for the people who gave feedback: no field may name a
patient, and the texts are the org's own words (never a consumer's comment copied in).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import AwareDatetime, ConfigDict, Field, field_validator

from services.intake.schemas.common import IntakeModel
from services.intake.schemas.feedback_themes import MAX_THEMES, ThemeCode
from shared.strict_types import NAME_PATTERN

__all__ = ["EXAMPLE", "FeedbackResponseIn", "FeedbackResponseOut"]

_BODY: dict[str, Any] = {
    "themes": ["access-waiting"],
    "you_said": "Waiting for a first appointment took too long, and nobody told you how long.",
    "we_did": "We added two evening clinics and now text everyone their expected wait.",
    "changed_on": "2025-04-01",
    "published": True,
}


#: A stored response, as the API shows it.
EXAMPLE: dict[str, Any] = (
    {"response_id": "yswd-2025-03-waiting-times"}
    | _BODY
    | {"published_at": "2025-04-02T08:00:00Z", "updated_at": "2025-04-02T08:00:00Z"}
)


class FeedbackResponseIn(IntakeModel):
    """Body of `PUT /v1/feedback-responses/{response_id}`: the response, created or replaced."""

    model_config = ConfigDict(json_schema_extra={"examples": [_BODY]})

    themes: list[ThemeCode] = Field(
        min_length=1,
        max_length=MAX_THEMES,
        description="The codes of the org's themes this answers (any theme of its list, "
        "retired ones included).",
        examples=[["access-waiting"]],
    )
    you_said: str = Field(
        min_length=1,
        max_length=2000,
        pattern=NAME_PATTERN,
        description="What the org heard, in its own words, without naming anyone.",
        examples=[_BODY["you_said"]],
    )
    we_did: str = Field(
        min_length=1,
        max_length=2000,
        pattern=NAME_PATTERN,
        description="What the org changed in answer.",
        examples=[_BODY["we_did"]],
    )
    changed_on: date | None = Field(
        default=None,
        description="When the change took effect; null while it is only planned.",
        examples=["2025-04-01"],
    )
    published: bool = Field(
        default=False,
        description="True lists it for patients' apps (`GET /v1/feedback-responses`); false "
        "keeps it a draft only staff read.",
        examples=[True],
    )

    @field_validator("themes")
    @classmethod
    def _sorted_once(cls, value: list[str]) -> list[str]:
        return sorted(set(value))


class FeedbackResponseOut(FeedbackResponseIn):
    """A "you said, we did" response as stored."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE]})

    response_id: str = Field(
        description="The org's id for the response.", examples=["yswd-2025-03-waiting-times"]
    )
    published_at: AwareDatetime | None = Field(
        description="When it was published (kept while it stays published); null for a draft.",
        examples=["2025-04-02T08:00:00Z"],
    )
    updated_at: AwareDatetime = Field(
        description="When it was last changed.", examples=["2025-04-02T08:00:00Z"]
    )

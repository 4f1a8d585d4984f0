"""API schema of feedback as staff read it back: the submission, where it was given, its themes.

The free text stays in ``answers`` (as before) and only for a token holding
`intake:feedback-review`; the listing's filters are query parameters of the router.
"""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field

from services.intake.schemas.feedback import FeedbackOut

__all__ = ["EXAMPLE", "FeedbackDetailOut"]

EXAMPLE: dict[str, Any] = {
    "feedback_id": "1c9e6b1e-2f4d-4c3b-8a7e-5d6f7a8b9c0d",
    "form_id": "comment",
    "form_version": "1.0.0",
    "answers": {"comment": "The receptionist found me an earlier slot."},
    "submission_id": "b1d7c0f4-3e2a-4a5b-9d6e-0f1e2d3c4b5a",
    "patient_id": None,
    "encounter_id": "enc-0192",
    "submitted_at": "2025-03-17T21:05:00Z",
    "received_at": "2025-03-17T21:05:02Z",
    "has_comment": True,
    "scores": {
        "form_id": "comment",
        "form_version": "1.0.0",
        "items": [],
        "mean_percent_of_max": None,
        "top_box_count": 0,
        "scored_count": 0,
    },
    "clinician_id": "clin-12",
    "team_id": "team-north",
    "site_id": "site-a",
    "themes": ["access-waiting", "staff-kindness"],
}


class FeedbackDetailOut(FeedbackOut):
    """A stored submission as staff read it: the answers they may see, where it was given (from
    its encounter) and the themes it is tagged with."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE]})

    clinician_id: str | None = Field(
        description="The clinician of the submission's encounter; null without one.",
        examples=["clin-12"],
    )
    team_id: str | None = Field(
        description="The team of the submission's encounter; null without one.",
        examples=["team-north"],
    )
    site_id: str | None = Field(
        description="The site of the submission's encounter; null without one.",
        examples=["site-a"],
    )
    themes: list[str] = Field(
        description="The org's theme codes the submission is tagged with, sorted.",
        examples=[["access-waiting", "staff-kindness"]],
    )

"""API schemas for safety events: incidents and near misses as reported, reviewed and read.

The narrative is free text: accepted here, bounded, refused when it holds control characters
(PostgreSQL cannot store NUL), and returned only to the org's safety reviewers. No error message
repeats it. Cross-field rules are field validators on the later field, so each error points at
the field to fix: ``harm_level`` against ``kind`` (:mod:`services.intake.harm`, AHRQ Common
Formats), and ``site_id`` when neither a team nor a site is named.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from pydantic import AwareDatetime, ConfigDict, Field, ValidationInfo, field_validator

from services.intake.harm import harm_problem
from services.intake.safety_review import ReviewStatus
from services.intake.schemas.common import ExternalId, IntakeModel, check_not_future
from shared.events import HarmLevel, SafetyEventKind
from shared.strict_types import OffsetDateTime

__all__ = ["MAX_NARRATIVE", "SafetyEventIn", "SafetyEventOut", "SafetyReviewIn"]

#: Longest narrative accepted, in characters: several pages of a reporter's account.
MAX_NARRATIVE = 10_000
# C0 controls and DEL, except tab, line feed and carriage return (kept for paragraphs).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_EXAMPLE: dict[str, Any] = {
    "safety_event_id": "se-2025-0042",
    "kind": "fall",
    "harm_level": "mild",
    "occurred_at": "2025-03-17T14:20:00-05:00",
    "team_id": "team-east",
    "site_id": "site-north",
    "patient_id": "7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17",
    "encounter_id": "enc-0192",
    "narrative": "Patient slipped on the wet floor of the waiting room; ice pack applied.",
}
_ANONYMOUS_EXAMPLE: dict[str, Any] = {
    "safety_event_id": "se-2025-0043",
    "kind": "near-miss",
    "harm_level": "none",
    "occurred_at": "2025-03-18T09:05:00-05:00",
    "site_id": "site-north",
    "narrative": "Two charts with the same surname were swapped at the desk; caught before "
    "the session started.",
}


class SafetyEventIn(IntakeModel):
    """Body of `POST /v1/safety-events` (and one item of its batch): one report."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [_EXAMPLE | {"reporter_id": "staff-118"}, _ANONYMOUS_EXAMPLE]
        }
    )

    safety_event_id: ExternalId = Field(
        description="The reporting system's id for this report, unique within the org. Sending "
        "the same id with the same body again is a replay (200, nothing new stored); with "
        "another body, a 409 problem.",
        examples=["se-2025-0042"],
    )
    kind: SafetyEventKind = Field(description="What happened.", examples=["fall"])
    harm_level: HarmLevel = Field(
        description="AHRQ Common Formats Harm Scale v1.2: death, severe, moderate, mild, none "
        "(reached the patient, no harm evident) or unknown. A near miss is none or unknown; a "
        "death event is death.",
        examples=["mild"],
    )
    occurred_at: OffsetDateTime = Field(
        description="When it happened, with its UTC offset; not in the future.",
        examples=["2025-03-17T14:20:00-05:00"],
    )
    team_id: ExternalId | None = Field(
        default=None,
        description="The team concerned (this or `site_id`, or both).",
        examples=["team-east"],
    )
    site_id: ExternalId | None = Field(
        default=None,
        validate_default=True,
        description="The site where it happened (this or `team_id`, or both).",
        examples=["site-north"],
    )
    patient_id: ExternalId | None = Field(
        default=None,
        description="The patient involved, if any (intake need not hold it yet).",
        examples=["7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17"],
    )
    encounter_id: ExternalId | None = Field(
        default=None,
        description="The session it happened in, if any. When intake holds that encounter for "
        "another patient than `patient_id`, the report is refused.",
        examples=["enc-0192"],
    )
    reporter_id: ExternalId | None = Field(
        default=None,
        description="The reporting staff member's id. Omit it for an anonymous report: then "
        "nothing intake stores with the event says who sent it.",
        examples=["staff-118"],
    )
    narrative: str = Field(
        min_length=1,
        max_length=MAX_NARRATIVE,
        description="What happened, in the reporter's words. Kept in intake, readable only with "
        "`intake:safety-review`; never on the feed, never logged.",
        examples=["Patient slipped on the wet floor of the waiting room; ice pack applied."],
    )

    @field_validator("harm_level")
    @classmethod
    def _harm_fits_kind(cls, value: str, info: ValidationInfo) -> str:
        kind = info.data.get("kind")
        problem = None if kind is None else harm_problem(kind, value)
        if problem is not None:
            raise ValueError(problem)
        return value

    @field_validator("occurred_at")
    @classmethod
    def _already_happened(cls, value: datetime) -> datetime:
        check_not_future(value, field="occurred_at")
        return value

    @field_validator("site_id")
    @classmethod
    def _team_or_site(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and "team_id" in info.data and info.data["team_id"] is None:
            raise ValueError("a safety event names its team_id or its site_id (or both)")
        return value

    @field_validator("narrative")
    @classmethod
    def _printable(cls, value: str) -> str:
        if _CONTROL.search(value):
            raise ValueError("the narrative holds a control character (other than tab or newline)")
        return value


class SafetyReviewIn(IntakeModel):
    """Body of `POST /v1/safety-events/{safety_event_id}/review`: the review's next status."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"review_status": "reviewed"}]})

    review_status: ReviewStatus = Field(
        description="reviewed (after received), actioned (after reviewed) or entered-in-error "
        "(from any status). The same status again changes nothing.",
        examples=["reviewed"],
    )


class SafetyEventOut(IntakeModel):
    """A stored safety event. `narrative` and `reporter_id` are null unless the token holds
    `intake:safety-review` (and such a read is audited)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                _EXAMPLE
                | {
                    "reporter_id": None,
                    "narrative": None,
                    "anonymous_report": False,
                    "review_status": "reviewed",
                    "reported_at": "2025-03-17T19:31:02Z",
                    "reviewed_at": "2025-03-18T15:00:00Z",
                    "actioned_at": None,
                    "updated_at": "2025-03-18T15:00:00Z",
                }
            ]
        }
    )

    safety_event_id: str = Field(description="The report's id.", examples=["se-2025-0042"])
    kind: SafetyEventKind = Field(description="What happened.", examples=["fall"])
    harm_level: HarmLevel = Field(description="AHRQ Harm Scale v1.2 level.", examples=["mild"])
    occurred_at: AwareDatetime = Field(
        description="When it happened, in the offset it was sent with.",
        examples=["2025-03-17T14:20:00-05:00"],
    )
    team_id: str | None = Field(description="The team concerned.", examples=["team-east"])
    site_id: str | None = Field(description="The site.", examples=["site-north"])
    patient_id: str | None = Field(description="The patient involved.", examples=[None])
    encounter_id: str | None = Field(description="The session.", examples=["enc-0192"])
    reporter_id: str | None = Field(
        description="Null for an anonymous report, and for a token without `intake:safety-review`.",
        examples=["staff-118"],
    )
    narrative: str | None = Field(
        description="Null unless the token holds `intake:safety-review`.",
        examples=["Patient slipped on the wet floor of the waiting room; ice pack applied."],
    )
    anonymous_report: bool = Field(
        description="Whether the report was sent without a reporter.", examples=[False]
    )
    review_status: ReviewStatus = Field(
        description="received, reviewed, actioned or entered-in-error.", examples=["reviewed"]
    )
    reported_at: AwareDatetime = Field(
        description="When intake received the report.", examples=["2025-03-17T19:31:02Z"]
    )
    reviewed_at: AwareDatetime | None = Field(
        description="When a reviewer recorded the review.", examples=["2025-03-18T15:00:00Z"]
    )
    actioned_at: AwareDatetime | None = Field(
        description="When a reviewer recorded that it was acted on.", examples=[None]
    )
    updated_at: AwareDatetime = Field(
        description="When intake last accepted a change.", examples=["2025-03-18T15:00:00Z"]
    )

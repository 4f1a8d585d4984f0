"""API models of stored assessments: one in, its score, change and alerts out; and batches."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.measures.assessments.recording import Baselined
from services.measures.models import Alert, Assessment, as_utc
from services.measures.schemas.alerts import AlertOut, alert_out
from services.measures.schemas.changes import ChangeOut, change_out
from services.measures.schemas.common import (
    ANSWERS_RANGE,
    ID_PATTERN,
    PHQ9_EXAMPLE,
    AnswerValue,
    CompletedAt,
    RequestModel,
)
from services.measures.schemas.scoring import BatchItemResult, ScoreOut, score_out
from services.measures.scoring.episodes import is_gap_episode
from services.measures.scoring.result import ScoreResult


class AssessmentIn(RequestModel):
    assessment_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        pattern=ID_PATTERN,
        description="Caller's id; resending the same assessment under it changes nothing, "
        "another assessment under it is a 409. Generated when omitted.",
        examples=["a-20260115-1"],
    )
    patient_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="Pseudonymous patient id: required for a patient instrument, refused (422) "
        "for a staff instrument, whose answers are anonymous.",
        examples=["p-7f3a"],
    )
    instrument_id: str = Field(
        min_length=1, max_length=64, description="Catalog instrument id.", examples=["phq9"]
    )
    version: int | None = Field(
        default=None, ge=1, description="Catalog version; the latest when omitted.", examples=[1]
    )
    answers: dict[str, AnswerValue] = Field(
        max_length=200,
        description="Answer value per item id (values as in the item's answer options). "
        + ANSWERS_RANGE,
        examples=[PHQ9_EXAMPLE],
    )
    completed_at: CompletedAt = Field(
        description="When the instrument was completed, with a UTC offset. Orders the "
        "patient's series: the earliest scored one of an episode of care is its baseline. "
        "From 1900-01-01 to now (a device clock up to a day ahead is accepted); outside that, "
        "422. A staff "
        "instrument's answer keeps only the start of its ISO week (midnight UTC on Monday), or "
        "the 1st of its month when that Monday is in the month before.",
        examples=["2026-01-15T10:30:00Z"],
    )
    completed_by: Literal["patient", "clinician", "proxy"] = Field(
        default="patient", description="Who filled it in.", examples=["patient"]
    )
    clinician_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="The treating clinician (pseudonymous id); alerts name them. Refused (422) "
        "for a staff instrument: nobody's id is kept with an anonymous answer.",
        examples=["c-12"],
    )
    team_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="The care team.",
        examples=["t-north"],
    )
    site_id: str | None = Field(
        default=None, min_length=1, max_length=64, description="The site.", examples=["s-main"]
    )
    population: Literal["male", "female"] | None = Field(
        default=None, description="Selects a population-specific cut-off (AUDIT-C)."
    )
    episode_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        pattern=ID_PATTERN,
        description="The episode of care (course of treatment) it belongs to, e.g. intake's "
        "episode id: change is measured from the first scored assessment of the episode. "
        "Omitted: measures' gap rule decides (a new episode after 180 days without an "
        "assessment of the patient on the instrument; its ids begin `gap-`, which a sender's "
        "own ids may not). Refused (422) for a staff instrument.",
        examples=["ep-2026-0001"],
    )

    @field_validator("episode_id")
    @classmethod
    def _not_a_gap_episode(cls, value: str | None) -> str | None:
        if value is not None and is_gap_episode(value):
            raise ValueError("episode ids beginning gap- are measures' own (the gap rule)")
        return value


class AssessmentOut(BaseModel):
    """A stored assessment: its score, the change since the patient's baseline, its alerts."""

    assessment_id: str = Field(
        description="The caller's id, or the generated one.", examples=["a-20260115-1"]
    )
    patient_id: str | None = Field(
        description="The patient; null for staff instruments (stored anonymously).",
        examples=["p-7f3a"],
    )
    instrument_id: str = Field(description="The instrument.", examples=["phq9"])
    completed_at: datetime = Field(
        description="When it was completed (UTC); for a staff instrument only the start of "
        "its week or month.",
        examples=["2026-01-15T10:30:00Z"],
    )
    completed_by: str = Field(
        description="`patient`, `clinician` or `proxy`.", examples=["patient"]
    )
    clinician_id: str | None = Field(
        default=None, description="The clinician, if given; always null for a staff instrument."
    )
    team_id: str | None = Field(default=None, description="The team, if given.")
    site_id: str | None = Field(default=None, description="The site, if given.")
    episode_id: str | None = Field(
        default=None,
        description="The episode of care its baseline is taken within: the one sent, or the "
        "gap rule's (`gap-...`); null for a staff instrument.",
        examples=["ep-2026-0001"],
    )
    score: ScoreOut = Field(description="The score, computed from the answers.")
    change: ChangeOut | None = Field(
        default=None,
        description="Change since the baseline of the patient's episode of care; null for the "
        "baseline itself, an incomplete response or an instrument without a total.",
    )
    alerts: list[AlertOut] = Field(
        default_factory=list,
        description="Alerts this assessment raised when it was stored (empty on a resend).",
    )


class AssessmentBatchIn(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "items": [
                        {
                            "assessment_id": "a-20260115-1",
                            "patient_id": "p-7f3a",
                            "instrument_id": "phq9",
                            "answers": PHQ9_EXAMPLE,
                            "completed_at": "2026-01-15T10:30:00Z",
                            "episode_id": "ep-2026-0001",
                        },
                    ]
                }
            ]
        }
    )

    items: list[dict[str, Any]] = Field(
        min_length=1, max_length=1000, description="AssessmentIn objects, e.g. an offline sync."
    )


class AssessmentBatchResult(BatchItemResult):
    """What happened to one item of a batch: ``status`` 201 stored, 200 already stored (same
    id and content), or a problem (409 id reused with other content, 404, 403, 422)."""

    status: int = Field(
        description="201 stored, 200 already stored, or the problem's status.", examples=[201]
    )
    score: ScoreOut | None = Field(
        default=None, description="Unused here: the score is in `assessment`.", examples=[None]
    )
    assessment: AssessmentOut | None = Field(
        default=None, description="The stored assessment, for a 200 or 201."
    )


class AssessmentBatchOut(BaseModel):
    results: list[AssessmentBatchResult] = Field(
        description="One result per item, in request order."
    )


def assessment_out(
    row: Assessment,
    result: ScoreResult,
    baselined: Baselined | None,
    alerts: Sequence[Alert],
) -> AssessmentOut:
    return AssessmentOut(
        assessment_id=row.assessment_id,
        patient_id=row.patient_id,
        instrument_id=row.instrument_id,
        completed_at=as_utc(row.completed_at),
        completed_by=row.completed_by,
        clinician_id=row.clinician_id,
        team_id=row.team_id,
        site_id=row.site_id,
        episode_id=row.episode_id,
        score=score_out(result),
        change=change_out(baselined),
        alerts=[alert_out(a) for a in alerts],
    )

"""The feed contract: the ``data`` of every event type intake and measures publish.

Producers build these models and publish ``model_dump(mode="json")``; metrics parses them.
Both sides import only this module, so the contract lives in one place. Consumers ignore
fields they do not know (producers may add fields; they never remove or rename one).
Free text never appears here, and neither does a demographic field metrics does not aggregate.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

Modality = Literal["in-person", "video", "phone"]
EncounterStatus = Literal[
    "booked",
    "fulfilled",
    "no-show",
    "cancelled-by-patient",
    "cancelled-by-clinic",
    "entered-in-error",
]


class EventData(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    type: ClassVar[str]


class PatientUpserted(EventData):
    """Equity categories only (age band, not birth year: the minimum metrics needs)."""

    type: ClassVar[str] = "patient.upserted"
    patient_id: str
    age_band: str | None = None
    sex: str | None = None
    gender_identity: str | None = None
    race: list[str] = Field(default_factory=list, description="OMB race category codes.")
    ethnicity: str | None = None
    language: str | None = None
    payer: str | None = None
    rurality: str | None = None


class ReferralUpserted(EventData):
    type: ClassVar[str] = "referral.upserted"
    referral_id: str
    patient_id: str | None = Field(description="Null when the record is redacted (Part 2).")
    received_on: date
    service_line: str | None = None
    site_id: str | None = None
    priority: str | None = None
    first_kept_at: datetime | None = Field(
        default=None, description="When the first appointment was kept; closes the referral."
    )
    redacted: bool = False


class TelehealthProblems(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    kinds: list[Literal["audio", "video", "connection", "login", "platform"]] = Field(
        default_factory=list
    )
    minutes_lost: int = 0
    dropped_and_rejoined: bool = False
    switched_to_phone: bool = False


class EncounterUpserted(EventData):
    type: ClassVar[str] = "encounter.upserted"
    encounter_id: str
    patient_id: str | None = Field(description="Null when the record is redacted (Part 2).")
    referral_id: str | None = None
    clinician_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    service_line: str | None = None
    modality: Modality
    scheduled_start: datetime
    status: EncounterStatus
    late_cancellation: bool = False
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    telehealth: TelehealthProblems | None = None
    redacted: bool = False


class FeedbackReceived(EventData):
    """Numeric answers only: free-text comments never leave intake."""

    type: ClassVar[str] = "feedback.received"
    feedback_id: str
    form_id: str
    received_at: datetime
    patient_id: str | None = Field(default=None, description="Null when anonymous.")
    encounter_id: str | None = None
    clinician_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    modality: Modality | None = None
    scores: dict[str, float] = Field(description="Numeric answer per scored item id.")
    top_box: dict[str, bool] = Field(description="Whether each scored item got its top box.")
    mean: float | None = Field(default=None, description="Mean of the scored items.")


class AssessmentScored(EventData):
    """One scored assessment with its change since the patient's baseline."""

    type: ClassVar[str] = "assessment.scored"
    assessment_id: str
    instrument_id: str
    instrument_version: str
    completed_at: datetime
    patient_id: str | None = Field(
        description="Null for anonymous respondents (the clinician well-being instrument)."
    )
    clinician_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    completed_by: Literal["patient", "clinician", "proxy"] = "patient"
    total: float | None = Field(description="Null when incomplete under the missing-item policy.")
    subscales: dict[str, float] = Field(default_factory=dict)
    severity_band: str | None = None
    caseness: bool | None = Field(default=None, description="At or above the clinical cut-off.")
    flags: list[str] = Field(default_factory=list)
    baseline_assessment_id: str | None = None
    baseline_total: float | None = None
    baseline_at: datetime | None = None
    change_from_baseline: float | None = None
    weeks_since_baseline: float | None = None
    # Outcome facts: null when the patient is not eligible for the outcome (or the instrument
    # has no rule for it), so it stays out of numerator and denominator. Events published
    # before 2026-12-06 carried false instead.
    reliable_improvement: bool | None = Field(
        default=None, description="Null without a reliable-change value or a baseline."
    )
    reliable_deterioration: bool | None = Field(
        default=None, description="Null without a reliable-change value or a baseline."
    )
    clinically_significant_improvement: bool | None = Field(
        default=None, description="Null unless the baseline was a case."
    )
    recovery: bool | None = Field(
        default=None,
        description="Reliable and clinically significant; null unless the baseline was a case.",
    )
    response: bool | None = Field(
        default=None, description="Null unless the baseline was a case (PHQ-9 > 9)."
    )
    remission: bool | None = Field(
        default=None, description="Null unless the baseline was a case (PHQ-9 > 9)."
    )


class AlertRaised(EventData):
    type: ClassVar[str] = "alert.raised"
    alert_id: str
    rule: Literal["critical_item", "not_on_track"]
    raised_at: datetime
    patient_id: str
    assessment_id: str | None = None
    instrument_id: str | None = None
    clinician_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None


class AlertAcknowledged(EventData):
    type: ClassVar[str] = "alert.acknowledged"
    alert_id: str
    acknowledged_at: datetime
    raised_at: datetime
    rule: Literal["critical_item", "not_on_track"]


EVENT_TYPES: dict[str, type[EventData]] = {
    model.type: model
    for model in (
        PatientUpserted,
        ReferralUpserted,
        EncounterUpserted,
        FeedbackReceived,
        AssessmentScored,
        AlertRaised,
        AlertAcknowledged,
    )
}

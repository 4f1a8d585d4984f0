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


AlertRule = Literal["critical_item", "not_on_track"]
#: What was done about an alert (the issue's coded actions; ``shared.events`` is their one list).
AlertAction = Literal[
    "risk-assessment-done",
    "safety-plan-made",
    "safety-plan-updated",
    "patient-contacted",
    "crisis-service-referral",
    "emergency-services",
    "reviewed-no-action-needed",
]
#: Which deadline of the org's escalation policy passed unmet.
EscalationDeadline = Literal["acknowledge", "action"]


class AlertRaised(EventData):
    """Every critical-item rule in the catalog is a suicide or self-harm risk item, so a
    ``critical_item`` alert is a positive suicide-risk screen (or one an unanswered item could
    not rule out)."""

    type: ClassVar[str] = "alert.raised"
    alert_id: str
    rule: AlertRule
    raised_at: datetime
    patient_id: str
    assessment_id: str | None = None
    instrument_id: str | None = None
    clinician_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    # Since 2026-12-06; null on earlier events.
    rule_id: str | None = Field(default=None, description="The catalog rule that fired.")
    severity: str | None = Field(default=None, description="`urgent`, `high`, ...")


class AlertAcknowledged(EventData):
    type: ClassVar[str] = "alert.acknowledged"
    alert_id: str
    acknowledged_at: datetime
    raised_at: datetime
    rule: AlertRule


class AlertActioned(EventData):
    """One entry of an alert's append-only action history. Who acted and any note stay in
    measures."""

    type: ClassVar[str] = "alert.actioned"
    alert_id: str
    action_id: str
    action: AlertAction
    performed_at: datetime = Field(description="When it was done, as the clinician reports.")
    recorded_at: datetime = Field(description="When measures accepted the record.")
    raised_at: datetime
    rule: AlertRule
    closes: bool = Field(description="Whether this action closed the alert.")


class AlertEscalated(EventData):
    """A deadline of the org's escalation policy passed with the alert still unacknowledged
    (``acknowledge``) or without any action (``action``). Published once per deadline."""

    type: ClassVar[str] = "alert.escalated"
    alert_id: str
    deadline: EscalationDeadline
    due_at: datetime
    escalated_at: datetime
    raised_at: datetime
    rule: AlertRule


class AlertClosed(EventData):
    type: ClassVar[str] = "alert.closed"
    alert_id: str
    closed_at: datetime
    closing_action: AlertAction
    raised_at: datetime
    rule: AlertRule


SafetyEventKind = Literal[
    "self-harm",
    "suicide-attempt",
    "death",
    "violence",
    "medication",
    "fall",
    "privacy-breach",
    "near-miss",
    "other",
]
#: AHRQ Common Formats Harm Scale v1.2: death, severe, moderate, mild, no harm, unknown.
HarmLevel = Literal["death", "severe", "moderate", "mild", "none", "unknown"]
SafetyReviewStatus = Literal["received", "reviewed", "actioned", "entered-in-error"]


class SafetyEventUpserted(EventData):
    """An incident or near miss as reported and reviewed. Never the narrative, never the
    reporter: only whether the report was anonymous."""

    type: ClassVar[str] = "safety_event.upserted"
    safety_event_id: str
    kind: SafetyEventKind
    harm_level: HarmLevel
    occurred_at: datetime
    reported_at: datetime
    team_id: str | None = None
    site_id: str | None = None
    patient_id: str | None = None
    encounter_id: str | None = None
    anonymous_report: bool
    review_status: SafetyReviewStatus
    reviewed_at: datetime | None = None
    actioned_at: datetime | None = None


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
        AlertActioned,
        AlertEscalated,
        AlertClosed,
        SafetyEventUpserted,
    )
}

"""The events measures publishes: scored assessments, alerts' lives, closed staff surveys."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.events.base import EventData


class AssessmentScored(EventData):
    """One scored assessment with its change since the baseline of its episode of care. A late
    assessment that moves an episode's baseline (or merges two episodes) republishes the events
    of the assessments it changed: the latest event of an assessment is the one that holds."""

    type: ClassVar[str] = "assessment.scored"
    assessment_id: str = Field(description="The assessment's id, chosen by the sender.")
    instrument_id: str = Field(description="The instrument (catalog id, e.g. `phq9`).")
    instrument_version: str = Field(
        description="The instrument definition's version that scored it."
    )
    completed_at: datetime = Field(
        description="When it was completed (an anonymous staff answer: its week's start)."
    )
    patient_id: str | None = Field(
        description="Null for anonymous respondents (the clinician well-being instrument)."
    )
    clinician_id: str | None = Field(default=None, description="The clinician's pseudonymous id.")
    team_id: str | None = Field(default=None, description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    completed_by: Literal["patient", "clinician", "proxy"] = Field(
        default="patient", description="Who answered: the patient, the clinician or a proxy."
    )
    total: float | None = Field(description="Null when incomplete under the missing-item policy.")
    subscales: dict[str, float] = Field(
        default_factory=dict, description="Subscale scores by subscale id."
    )
    severity_band: str | None = Field(
        default=None, description="The instrument's severity band for the total."
    )
    caseness: bool | None = Field(default=None, description="At or above the clinical cut-off.")
    flags: list[str] = Field(
        default_factory=list, description="Scoring flags (e.g. items imputed, incomplete)."
    )
    baseline_assessment_id: str | None = Field(
        default=None,
        description="The first scored assessment of the patient's episode of care on this "
        "instrument (null on that assessment's own event).",
    )
    baseline_total: float | None = Field(default=None, description="The baseline's total.")
    baseline_at: datetime | None = Field(
        default=None, description="When the baseline was completed."
    )
    change_from_baseline: float | None = Field(
        default=None, description="Total minus the baseline's total."
    )
    weeks_since_baseline: float | None = Field(
        default=None, description="Weeks between the baseline and this assessment."
    )
    # Since 2026-12-06; null on earlier events.
    episode_id: str | None = Field(
        default=None,
        description=(
            "The episode of care the baseline is taken within: the one the sender named, or "
            "one measures started by its gap rule (such ids begin `gap-`)."
        ),
    )
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
    alert_id: str = Field(description="The alert's id.")
    rule: AlertRule = Field(
        description="critical_item (a safety item) or not_on_track (the expected course missed)."
    )
    raised_at: datetime = Field(description="When the alert was raised.")
    patient_id: str = Field(description="The patient's pseudonymous id.")
    assessment_id: str | None = Field(
        default=None, description="The assessment's id, chosen by the sender."
    )
    instrument_id: str | None = Field(
        default=None, description="The instrument (catalog id, e.g. `phq9`)."
    )
    clinician_id: str | None = Field(default=None, description="The clinician's pseudonymous id.")
    team_id: str | None = Field(default=None, description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    # Since 2026-12-06; null on earlier events.
    rule_id: str | None = Field(default=None, description="The catalog rule that fired.")
    severity: str | None = Field(default=None, description="`urgent`, `high`, ...")


class AlertAcknowledged(EventData):
    type: ClassVar[str] = "alert.acknowledged"
    alert_id: str = Field(description="The alert's id.")
    acknowledged_at: datetime = Field(description="When a clinician acknowledged it.")
    raised_at: datetime = Field(description="When the alert was raised.")
    rule: AlertRule = Field(
        description="critical_item (a safety item) or not_on_track (the expected course missed)."
    )


class AlertActioned(EventData):
    """One entry of an alert's append-only action history. Who acted and any note stay in
    measures."""

    type: ClassVar[str] = "alert.actioned"
    alert_id: str = Field(description="The alert's id.")
    action_id: str = Field(description="The action's id, chosen by the sender.")
    action: AlertAction = Field(description="What was done.")
    performed_at: datetime = Field(description="When it was done, as the clinician reports.")
    recorded_at: datetime = Field(description="When measures accepted the record.")
    raised_at: datetime = Field(description="When the alert was raised.")
    rule: AlertRule = Field(
        description="critical_item (a safety item) or not_on_track (the expected course missed)."
    )
    closes: bool = Field(description="Whether this action closed the alert.")


class AlertEscalated(EventData):
    """A deadline of the org's escalation policy passed with the alert still unacknowledged
    (``acknowledge``) or without any action (``action``). Published once per deadline."""

    type: ClassVar[str] = "alert.escalated"
    alert_id: str = Field(description="The alert's id.")
    deadline: EscalationDeadline = Field(
        description="Which deadline passed: to acknowledge, or to act."
    )
    due_at: datetime = Field(description="When the deadline fell.")
    escalated_at: datetime = Field(description="When the escalation was published.")
    raised_at: datetime = Field(description="When the alert was raised.")
    rule: AlertRule = Field(
        description="critical_item (a safety item) or not_on_track (the expected course missed)."
    )


class AlertClosed(EventData):
    type: ClassVar[str] = "alert.closed"
    alert_id: str = Field(description="The alert's id.")
    closed_at: datetime = Field(description="When the alert was closed.")
    closing_action: AlertAction = Field(description="The action that closed it.")
    raised_at: datetime = Field(description="When the alert was raised.")
    rule: AlertRule = Field(
        description="critical_item (a safety item) or not_on_track (the expected course missed)."
    )


class StaffSurveyResponse(BaseModel):
    """One anonymous response: a coarse role, if the respondent gave it, and the scores of each
    instrument of the campaign. No id, no time, no token: nothing that points to a person."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    role: str | None = Field(
        default=None, description="The respondent's role as they gave it (StaffRole), or null."
    )
    answers: dict[str, dict[str, int | None]] = Field(
        description="Item answers per instrument id (null: not answered)."
    )
    scores: dict[str, dict[str, float | None]] = Field(
        description="Scale and subscale scores per instrument id, as the catalog scores them "
        "(null: too few items answered)."
    )
    flags: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per instrument, the cut-offs the response meets (e.g. `burnout`).",
    )


class StaffSurveyClosed(EventData):
    """A staff survey campaign's responses for one team, published once, when the campaign
    closes, in shuffled order: no response's position or time can be matched to a person's
    login. Metrics reports them only by team or above and only at or above the staff floor."""

    type: ClassVar[str] = "staff-survey.closed"
    campaign_id: str = Field(description="The campaign's id.")
    team_id: str = Field(description="The team the responses came from.")
    site_id: str | None = Field(default=None, description="The team's site.")
    instrument_ids: list[str] = Field(description="The instruments the campaign asked.")
    opened_on: date = Field(description="The campaign's first day.")
    closed_on: date = Field(description="The campaign's last day.")
    invited: int = Field(description="How many people of the team were invited.")
    responses: list[StaffSurveyResponse] = Field(description="Every response, shuffled.")

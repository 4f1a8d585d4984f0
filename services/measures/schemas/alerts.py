"""API models of alerts: a critical-item or not-on-track alert as clinicians read it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from services.measures.models import Alert, AlertEscalationRow, as_utc
from shared.events import AlertAction, EscalationDeadline

AlertStatus = Literal["open", "acknowledged", "closed"]


class EscalationOut(BaseModel):
    """A deadline of the org's escalation policy that passed unmet."""

    deadline: EscalationDeadline = Field(
        description="`acknowledge`: still unacknowledged when due; `action`: no action "
        "recorded when due.",
        examples=["acknowledge"],
    )
    due_at: datetime = Field(description="When the deadline fell (UTC).")
    escalated_at: datetime = Field(description="When it was escalated (UTC).")


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value)


class AlertOut(BaseModel):
    """An alert for the patient's clinician: a critical item, or a patient not on track."""

    alert_id: str = Field(
        description="Alert id (what webhooks carry).",
        examples=["0b1d5c9e-3f7a-4c2e-9d41-5a6b7c8d9e0f"],
    )
    rule: Literal["critical_item", "not_on_track"] = Field(
        description="`critical_item`: a catalog critical rule fired, could not be ruled out, "
        "or safety questions were left unanswered; `not_on_track`: the patient is behind the "
        "expected course.",
        examples=["critical_item"],
    )
    rule_id: str = Field(
        description="The catalog rule; `critical_item_unanswered` when critical items were "
        "left unanswered (the rules they leave open are in `evidence.rules`); or "
        "`not_on_track`.",
        examples=["phq9_item9_positive"],
    )
    severity: str = Field(description="`urgent`, `high` or `info`.", examples=["urgent"])
    patient_id: str = Field(description="The patient (pseudonymous id).", examples=["p-7f3a"])
    assessment_id: str = Field(
        description="The assessment that raised it.", examples=["a-20260115-1"]
    )
    instrument_id: str = Field(description="The instrument of that assessment.", examples=["phq9"])
    clinician_id: str | None = Field(
        default=None, description="The assessment's clinician, if given.", examples=["c-12"]
    )
    team_id: str | None = Field(default=None, description="The assessment's team, if given.")
    site_id: str | None = Field(default=None, description="The assessment's site, if given.")
    evidence: dict[str, Any] = Field(
        description="Why it fired: rule, items or model and values; `missing_items` names the "
        "unanswered items when those raised it, `answer_conflicts` FHIR answers read the more "
        "severe way.",
        examples=[{"label": "Thoughts of death or self-harm endorsed (item 9)",
                   "action": "Same-day suicide risk assessment.", "items": {"phq9_9": 1},
                   "scoring_version": "phq9.v1"}],
    )  # fmt: skip
    raised_at: datetime = Field(description="When it was raised (UTC).")
    acknowledged_at: datetime | None = Field(
        default=None, description="When a clinician acknowledged it; null while open."
    )
    acknowledged_by: str | None = Field(
        default=None, description="Who acknowledged it (the token's `sub`)."
    )
    status: AlertStatus = Field(
        description="`open` until acknowledged (recording an action acknowledges too), then "
        "`acknowledged` until an action closes it: `closed`.",
        examples=["open"],
    )
    acknowledge_due_at: datetime | None = Field(
        default=None,
        description="When it escalates if still unacknowledged: the org's escalation policy "
        "when it was raised; null without such a deadline (or raised before deadlines existed).",
    )
    action_due_at: datetime | None = Field(
        default=None, description="When it escalates if no action is recorded by then."
    )
    first_action_at: datetime | None = Field(
        default=None, description="The earliest `performed_at` of its actions; null without one."
    )
    closed_at: datetime | None = Field(default=None, description="When an action closed it.")
    closing_action: AlertAction | None = Field(
        default=None, description="The action that closed it.", examples=[None]
    )
    escalations: list[EscalationOut] = Field(
        default_factory=list, description="Deadlines that passed unmet, in the order escalated."
    )


def alert_out(row: Alert, escalations: Sequence[AlertEscalationRow] = ()) -> AlertOut:
    return AlertOut(
        alert_id=row.alert_id,
        rule=row.rule,
        rule_id=row.rule_id,
        severity=row.severity,
        patient_id=row.patient_id,
        assessment_id=row.assessment_id,
        instrument_id=row.instrument_id,
        clinician_id=row.clinician_id,
        team_id=row.team_id,
        site_id=row.site_id,
        evidence=row.evidence,
        raised_at=as_utc(row.raised_at),
        acknowledged_at=None if row.acknowledged_at is None else as_utc(row.acknowledged_at),
        acknowledged_by=row.acknowledged_by,
        status=status_of(row),
        acknowledge_due_at=_utc(row.acknowledge_due_at),
        action_due_at=_utc(row.action_due_at),
        first_action_at=_utc(row.first_action_at),
        closed_at=_utc(row.closed_at),
        closing_action=row.closing_action,
        escalations=[
            EscalationOut(
                deadline=e.deadline,
                due_at=as_utc(e.due_at),
                escalated_at=as_utc(e.escalated_at),
            )
            for e in escalations
            if e.alert_id == row.alert_id
        ],
    )


def status_of(row: Alert) -> AlertStatus:
    if row.closed_at is not None:
        return "closed"
    return "open" if row.acknowledged_at is None else "acknowledged"

"""API models of alerts: a critical-item or not-on-track alert as clinicians read it."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from services.measures.models import Alert, as_utc


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


def alert_out(row: Alert) -> AlertOut:
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
    )

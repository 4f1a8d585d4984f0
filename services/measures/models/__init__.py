"""Measures' tables, on measures' own metadata.

Every table carries ``org`` in its primary key and every query filters on it: one org can never
read another's rows. Answers are stored as the validated ``{item_id: value}`` map (never item
text); scores, bands and flags are stored beside them so lists and trajectories need no
re-scoring. Times are UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, text
from sqlmodel import Field

from services.measures.models.base import (
    ID_LENGTH,
    MeasuresTable,
    as_utc,
    audit_log,
    feed_events,
    idempotency_keys,
    json_column,
    metadata,
    utc_column,
    webhook_tables,
)
from services.measures.models.staff_surveys import (
    StaffSurveyResponseRow,
    StaffSurveyRow,
    StaffSurveyTeamRow,
    StaffSurveyTokenRow,
)

__all__ = [
    "ID_LENGTH",
    "Alert",
    "AlertActionRow",
    "AlertEscalationRow",
    "AlertRow",
    "Assessment",
    "AssessmentRow",
    "EscalationPolicyRow",
    "InstrumentSettingRow",
    "MeasuresTable",
    "StaffSurveyResponseRow",
    "StaffSurveyRow",
    "StaffSurveyTeamRow",
    "StaffSurveyTokenRow",
    "as_utc",
    "audit_log",
    "feed_events",
    "idempotency_keys",
    "json_column",
    "metadata",
    "utc_column",
    "webhook_tables",
]


class AssessmentRow(MeasuresTable, table=True):
    """One completed instrument, scored when it was stored."""

    __tablename__ = "assessments"
    __table_args__ = (
        Index("ix_assessments_patient", "org", "patient_id", "instrument_id", "completed_at"),
        Index("ix_assessments_fhir_id", "org", "fhir_id", unique=True),
    )

    org: str = Field(primary_key=True, max_length=128)
    assessment_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    instrument_id: str = Field(max_length=ID_LENGTH)
    instrument_version: int
    scoring_version: str = Field(max_length=128)
    completed_at: datetime = utc_column()
    completed_by: str = Field(default="patient", max_length=16)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    episode_id: str | None = Field(default=None, max_length=ID_LENGTH)  # see scoring/episodes.py
    answers: dict[str, int] = json_column(dict)
    total: float | None = None
    severity_band: str | None = Field(default=None, max_length=40)
    caseness: bool | None = None
    subscales: dict[str, Any] = json_column(dict)
    classifications: dict[str, str] = json_column(dict)
    flags: list[str] = json_column(list)
    critical: list[str] = json_column(list)
    answer_conflicts: list[dict[str, Any]] = Field(
        default_factory=list,
        sa_column=Column(JSON, nullable=False, server_default=text("'[]'")),
        description="FHIR answers whose weight and code disagreed, and the reading used.",
    )
    stated_total: float | None = None
    source: str = Field(default="api", max_length=16)
    fingerprint: str = Field(max_length=64, description="Hash of the submitted content.")
    created_at: datetime = utc_column()
    fhir_id: str = Field(
        max_length=32,
        description="The stem of its Observations' FHIR ids (fhir/observation_ids.py).",
    )


class AlertRow(MeasuresTable, table=True):
    """A critical-item or not-on-track alert: open until acknowledged, closed by an action.

    The two ``*_due_at`` are the org's escalation policy applied when it was raised (null: no
    such deadline); the escalation worker scans them (``assessments/escalation.py``).
    """

    __tablename__ = "alerts"
    __table_args__ = (
        Index("ix_alerts_org_raised", "org", "raised_at", "alert_id"),
        Index("ix_alerts_acknowledge_due", "acknowledge_due_at"),
        Index("ix_alerts_action_due", "action_due_at"),
    )

    org: str = Field(primary_key=True, max_length=128)
    alert_id: str = Field(primary_key=True, max_length=36)
    rule: str = Field(max_length=32)
    rule_id: str = Field(max_length=ID_LENGTH)
    severity: str = Field(max_length=16)
    patient_id: str = Field(max_length=ID_LENGTH)
    assessment_id: str = Field(max_length=ID_LENGTH)
    instrument_id: str = Field(max_length=ID_LENGTH)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    evidence: dict[str, Any] = json_column(dict)
    raised_at: datetime = utc_column()
    acknowledged_at: datetime | None = utc_column(nullable=True)
    acknowledged_by: str | None = Field(default=None, max_length=256)
    acknowledge_due_at: datetime | None = utc_column(nullable=True)
    action_due_at: datetime | None = utc_column(nullable=True)
    first_action_at: datetime | None = utc_column(nullable=True)
    closed_at: datetime | None = utc_column(nullable=True)
    closing_action: str | None = Field(default=None, max_length=40)


class AlertActionRow(MeasuresTable, table=True):
    """One entry of an alert's append-only action history, under the caller's ``action_id``.

    ``note`` is free text: it stays in this table (never on the feed, in webhooks or logs).
    ``fingerprint`` hashes the request so a retry is told from a reuse of the id.
    """

    __tablename__ = "alert_actions"
    __table_args__ = (Index("ix_alert_actions_alert", "org", "alert_id", "recorded_at"),)

    org: str = Field(primary_key=True, max_length=128)
    action_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    alert_id: str = Field(max_length=36)
    action: str = Field(max_length=40)
    performed_at: datetime = utc_column()
    performed_by: str = Field(max_length=256)
    recorded_at: datetime = utc_column()
    recorded_by: str = Field(max_length=256)
    closes: bool = False
    reason: str | None = Field(default=None, max_length=40)
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    fingerprint: str = Field(max_length=64)


class AlertEscalationRow(MeasuresTable, table=True):
    """An escalation that fired. The primary key (org, alert, deadline) is what makes it fire
    once: a second replica's insert of the same key does nothing."""

    __tablename__ = "alert_escalations"

    org: str = Field(primary_key=True, max_length=128)
    alert_id: str = Field(primary_key=True, max_length=36)
    deadline: str = Field(primary_key=True, max_length=16)
    due_at: datetime = utc_column()
    escalated_at: datetime = utc_column()


class EscalationPolicyRow(MeasuresTable, table=True):
    """An org's escalation deadlines per alert severity (``assessments/policy.py``)."""

    __tablename__ = "escalation_policies"

    org: str = Field(primary_key=True, max_length=128)
    severities: dict[str, Any] = json_column(dict)
    updated_at: datetime = utc_column()
    updated_by: str = Field(max_length=256)


class InstrumentSettingRow(MeasuresTable, table=True):
    """An org's choices for one instrument: enabling a restricted one, and overrides."""

    __tablename__ = "instrument_settings"

    org: str = Field(primary_key=True, max_length=128)
    instrument_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    enabled: bool = False
    overrides: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    updated_at: datetime = utc_column()


@dataclass(slots=True)
class AssessmentValues:
    """An assessments row as a plain object: what a batch builds, reads and inserts by the
    hundred (an ORM row costs about 50 microseconds to build, this one 1)."""

    org: str
    assessment_id: str
    patient_id: str | None
    instrument_id: str
    instrument_version: int
    scoring_version: str
    completed_at: datetime
    completed_by: str
    clinician_id: str | None
    team_id: str | None
    site_id: str | None
    episode_id: str | None
    answers: dict[str, int]
    total: float | None
    severity_band: str | None
    caseness: bool | None
    subscales: dict[str, Any]
    classifications: dict[str, str]
    flags: list[str]
    critical: list[str]
    answer_conflicts: list[dict[str, Any]]
    stated_total: float | None
    source: str
    fingerprint: str
    created_at: datetime
    fhir_id: str


@dataclass(slots=True)
class AlertValues:
    """An alerts row as a plain object (see :class:`AssessmentValues`)."""

    org: str
    alert_id: str
    rule: str
    rule_id: str
    severity: str
    patient_id: str
    assessment_id: str
    instrument_id: str
    clinician_id: str | None
    team_id: str | None
    site_id: str | None
    evidence: dict[str, Any]
    raised_at: datetime
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None
    acknowledge_due_at: datetime | None = None
    action_due_at: datetime | None = None
    first_action_at: datetime | None = None
    closed_at: datetime | None = None
    closing_action: str | None = None


Assessment = AssessmentRow | AssessmentValues
"""A stored or about-to-be-stored assessment, whichever form the caller holds."""
Alert = AlertRow | AlertValues
"""A stored or about-to-be-stored alert, whichever form the caller holds."""

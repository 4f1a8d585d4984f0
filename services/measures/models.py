"""Measures' tables, on measures' own metadata.

Every table carries ``org`` in its primary key and every query filters on it: one org can never
read another's rows. Answers are stored as the validated ``{item_id: value}`` map (never item
text); scores, bands and flags are stored beside them so lists and trajectories need no
re-scoring. Times are UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, Text, text
from sqlmodel import Field, SQLModel

from shared.audit import audit_table
from shared.feed import outbox_table
from shared.idempotency import idempotency_table
from shared.models import new_registry
from shared.webhooks.tables import webhook_tables as shared_webhook_tables


class MeasuresTable(SQLModel, registry=new_registry()):
    """Base of every measures table; its metadata is measures' alone."""


metadata = MeasuresTable.metadata
idempotency_keys = idempotency_table(metadata)
feed_events = outbox_table(metadata)
audit_log = audit_table(metadata)
# Alert webhooks: endpoints and the delivery outbox (shared/webhooks/tables.py).
webhook_tables = shared_webhook_tables(metadata, subject="alert_id")

_ID = 64


def as_utc(value: datetime) -> datetime:
    """A stored UTC time with its zone: SQLite hands timezone-aware columns back naive."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _utc(nullable: bool = False) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column=Column(DateTime(timezone=True), nullable=nullable),
    )


def _json(default: Any) -> Any:
    return Field(default_factory=default, sa_column=Column(JSON, nullable=False))


class AssessmentRow(MeasuresTable, table=True):
    """One completed instrument, scored when it was stored."""

    __tablename__ = "assessments"
    __table_args__ = (
        Index("ix_assessments_patient", "org", "patient_id", "instrument_id", "completed_at"),
        Index("ix_assessments_fhir_id", "org", "fhir_id", unique=True),
    )

    org: str = Field(primary_key=True, max_length=128)
    assessment_id: str = Field(primary_key=True, max_length=_ID)
    patient_id: str | None = Field(default=None, max_length=_ID)
    instrument_id: str = Field(max_length=_ID)
    instrument_version: int
    scoring_version: str = Field(max_length=128)
    completed_at: datetime = _utc()
    completed_by: str = Field(default="patient", max_length=16)
    clinician_id: str | None = Field(default=None, max_length=_ID)
    team_id: str | None = Field(default=None, max_length=_ID)
    site_id: str | None = Field(default=None, max_length=_ID)
    episode_id: str | None = Field(default=None, max_length=_ID)  # see scoring/episodes.py
    answers: dict[str, int] = _json(dict)
    total: float | None = None
    severity_band: str | None = Field(default=None, max_length=40)
    caseness: bool | None = None
    subscales: dict[str, Any] = _json(dict)
    classifications: dict[str, str] = _json(dict)
    flags: list[str] = _json(list)
    critical: list[str] = _json(list)
    answer_conflicts: list[dict[str, Any]] = Field(
        default_factory=list,
        sa_column=Column(JSON, nullable=False, server_default=text("'[]'")),
        description="FHIR answers whose weight and code disagreed, and the reading used.",
    )
    stated_total: float | None = None
    source: str = Field(default="api", max_length=16)
    fingerprint: str = Field(max_length=64, description="Hash of the submitted content.")
    created_at: datetime = _utc()
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
    rule_id: str = Field(max_length=_ID)
    severity: str = Field(max_length=16)
    patient_id: str = Field(max_length=_ID)
    assessment_id: str = Field(max_length=_ID)
    instrument_id: str = Field(max_length=_ID)
    clinician_id: str | None = Field(default=None, max_length=_ID)
    team_id: str | None = Field(default=None, max_length=_ID)
    site_id: str | None = Field(default=None, max_length=_ID)
    evidence: dict[str, Any] = _json(dict)
    raised_at: datetime = _utc()
    acknowledged_at: datetime | None = _utc(nullable=True)
    acknowledged_by: str | None = Field(default=None, max_length=256)
    acknowledge_due_at: datetime | None = _utc(nullable=True)
    action_due_at: datetime | None = _utc(nullable=True)
    first_action_at: datetime | None = _utc(nullable=True)
    closed_at: datetime | None = _utc(nullable=True)
    closing_action: str | None = Field(default=None, max_length=40)


class AlertActionRow(MeasuresTable, table=True):
    """One entry of an alert's append-only action history, under the caller's ``action_id``.

    ``note`` is free text: it stays in this table (never on the feed, in webhooks or logs).
    ``fingerprint`` hashes the request so a retry is told from a reuse of the id.
    """

    __tablename__ = "alert_actions"
    __table_args__ = (Index("ix_alert_actions_alert", "org", "alert_id", "recorded_at"),)

    org: str = Field(primary_key=True, max_length=128)
    action_id: str = Field(primary_key=True, max_length=_ID)
    alert_id: str = Field(max_length=36)
    action: str = Field(max_length=40)
    performed_at: datetime = _utc()
    performed_by: str = Field(max_length=256)
    recorded_at: datetime = _utc()
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
    due_at: datetime = _utc()
    escalated_at: datetime = _utc()


class EscalationPolicyRow(MeasuresTable, table=True):
    """An org's escalation deadlines per alert severity (``assessments/policy.py``)."""

    __tablename__ = "escalation_policies"

    org: str = Field(primary_key=True, max_length=128)
    severities: dict[str, Any] = _json(dict)
    updated_at: datetime = _utc()
    updated_by: str = Field(max_length=256)


class InstrumentSettingRow(MeasuresTable, table=True):
    """An org's choices for one instrument: enabling a restricted one, and overrides."""

    __tablename__ = "instrument_settings"

    org: str = Field(primary_key=True, max_length=128)
    instrument_id: str = Field(primary_key=True, max_length=_ID)
    enabled: bool = False
    overrides: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    updated_at: datetime = _utc()


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


class StaffSurveyRow(MeasuresTable, table=True):
    """An anonymous staff survey campaign (``staff_surveys/``): its instruments (``id.vN``
    keys, so a closed campaign is scored as it was asked) and its days."""

    __tablename__ = "staff_surveys"

    org: str = Field(primary_key=True, max_length=128)
    campaign_id: str = Field(primary_key=True, max_length=36)
    instruments: list[str] = _json(list)
    opens_on: date
    closes_on: date
    closed_on: date | None = None  # set when closed (early, or on its last day's passing)
    created_at: datetime = _utc()
    created_by: str = Field(max_length=256)


class StaffSurveyTeamRow(MeasuresTable, table=True):
    """A team invited to a campaign: how many were invited, how many tokens were minted, and
    whether its ``staff-survey.closed`` event was published (once)."""

    __tablename__ = "staff_survey_teams"

    org: str = Field(primary_key=True, max_length=128)
    campaign_id: str = Field(primary_key=True, max_length=36)
    team_id: str = Field(primary_key=True, max_length=_ID)
    site_id: str | None = Field(default=None, max_length=_ID)
    invited: int
    tokens_issued: int = 0
    published: bool = False


class StaffSurveyTokenRow(MeasuresTable, table=True):
    """A one-time token, by its keyed hash only. ``spent_digest`` (a keyed hash of the token
    and what it answered) marks it spent and tells a retry from a second answer; it is cleared
    when the campaign closes. No person, no time, nothing shared with the response row."""

    __tablename__ = "staff_survey_tokens"
    __table_args__ = (Index("ix_staff_survey_tokens_campaign", "org", "campaign_id"),)

    token_hash: str = Field(primary_key=True, max_length=64)  # a respondent names no org
    org: str = Field(max_length=128)
    campaign_id: str = Field(max_length=36)
    team_id: str = Field(max_length=_ID)
    spent_digest: str | None = Field(default=None, max_length=64)


class StaffSurveyResponseRow(MeasuresTable, table=True):
    """One anonymous response until its team's event is published (then it is deleted): a
    random id, the team, the role the respondent gave, the answers. No time, no token."""

    __tablename__ = "staff_survey_responses"
    __table_args__ = (Index("ix_staff_survey_responses_team", "org", "campaign_id", "team_id"),)

    org: str = Field(primary_key=True, max_length=128)
    response_id: str = Field(primary_key=True, max_length=36)
    campaign_id: str = Field(max_length=36)
    team_id: str = Field(max_length=_ID)
    role: str | None = Field(default=None, max_length=40)
    answers: dict[str, Any] = _json(dict)

"""Measures' tables, on measures' own metadata.

Every table carries ``org`` in its primary key and every query filters on it: one org can never
read another's rows. Answers are stored as the validated ``{item_id: value}`` map (never item
text); scores, bands and flags are stored beside them so lists and trajectories need no
re-scoring. Times are UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index
from sqlmodel import Field, SQLModel

from shared.audit import audit_table
from shared.feed import outbox_table
from shared.idempotency import idempotency_table
from shared.models import new_registry


class MeasuresTable(SQLModel, registry=new_registry()):
    """Base of every measures table; its metadata is measures' alone."""


metadata = MeasuresTable.metadata
idempotency_keys = idempotency_table(metadata)
feed_events = outbox_table(metadata)
audit_log = audit_table(metadata)

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
    answers: dict[str, int] = _json(dict)
    total: float | None = None
    severity_band: str | None = Field(default=None, max_length=40)
    caseness: bool | None = None
    subscales: dict[str, Any] = _json(dict)
    classifications: dict[str, str] = _json(dict)
    flags: list[str] = _json(list)
    critical: list[str] = _json(list)
    stated_total: float | None = None
    source: str = Field(default="api", max_length=16)
    fingerprint: str = Field(max_length=64, description="Hash of the submitted content.")
    created_at: datetime = _utc()


class AlertRow(MeasuresTable, table=True):
    """A critical-item or not-on-track alert, open until a clinician acknowledges it."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_org_raised", "org", "raised_at", "alert_id"),)

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


class InstrumentSettingRow(MeasuresTable, table=True):
    """An org's choices for one instrument: enabling a restricted one, and overrides."""

    __tablename__ = "instrument_settings"

    org: str = Field(primary_key=True, max_length=128)
    instrument_id: str = Field(primary_key=True, max_length=_ID)
    enabled: bool = False
    overrides: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    updated_at: datetime = _utc()

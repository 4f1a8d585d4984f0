"""Episodes of care as intake publishes them, an organization's measurement plans, and the
audit of the one patient-level read metrics answers (the due list).

``fact_care_episodes`` is the EHR's course of care (FHIR EpisodeOfCare), one row per
``episode.upserted`` id, latest state wins. It is not ``fact_episodes``, which is older and
means something else: one patient's course on one instrument from a baseline assessment, derived
from the assessment facts for the outcome metrics.

``measurement_plans`` are metrics' own data (kept by a rebuild, like targets): which instrument
an organization measures, for which service line, how soon and how often.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from services.metrics.models.base import (
    ID_LENGTH,
    ORG_LENGTH,
    MetricsTable,
    PeriodKeys,
    event_time_field,
    metadata,
    utc_field,
)
from shared.audit import audit_table

#: Who read which patient on which route (45 CFR 164.312(b)): the due list names patients.
audit_log = audit_table(metadata)


class CareEpisodeFact(PeriodKeys, MetricsTable, table=True):
    """An episode of care; period keys of the day it opened, ``closed_week``, ``closed_month``
    and ``closed_quarter`` those of the day it closed (the period a closed episode's
    completeness and dropout are counted in), ``length_days`` its days from open to close."""

    __tablename__ = "fact_care_episodes"
    __table_args__ = (Index("ix_fact_care_episodes_patient", "org", "patient_id"),)

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    episode_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    status: str = Field(max_length=24)
    service_line: str | None = Field(default=None, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    opened_on: date
    closed_on: date | None = None
    closed_week: date | None = None
    closed_month: date | None = None
    closed_quarter: date | None = None
    length_days: int | None = Field(
        default=None, description="Days from opening to closing (null while open)."
    )
    discharge_reason: str | None = Field(default=None, max_length=32)
    redacted: bool = False
    event_time: datetime | None = event_time_field()


class MeasurementPlan(MetricsTable, table=True):
    """One plan of one organization: an instrument, where it applies, and its schedule.

    ``service_line`` empty: every service line (a service line's own plan for the same
    instrument replaces it there). Null schedule fields are not part of the plan.
    """

    __tablename__ = "measurement_plans"

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    plan_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    instrument_id: str = Field(max_length=ID_LENGTH)
    service_line: str = Field(default="", max_length=ID_LENGTH)
    baseline_within_sessions: int
    every_sessions: int | None = None
    every_days: int | None = None
    grace_sessions: int = 0
    grace_days: int = 0
    active: bool = True
    note: str | None = Field(default=None, max_length=500)
    set_at: datetime = utc_field()
    set_by: str = Field(max_length=256)

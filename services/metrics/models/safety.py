"""``fact_safety_events``: incidents and near misses as intake reported and reviewed them.

Never the narrative nor the reporter (they stay in intake): kind, harm, times, where. Each row
is the latest upsert for the producer's id (``event_time`` orders them); an event entered in
error stays stored with that status, and every metric leaves it out.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field

from services.metrics.models.base import (
    ID_LENGTH,
    ORG_LENGTH,
    MetricsTable,
    PeriodKeys,
    event_time_field,
    utc_field,
)


class SafetyEventFact(PeriodKeys, MetricsTable, table=True):
    """One safety event; period keys of the local date it occurred on (the exposure it is set
    against, kept sessions, is dated by when they happened too)."""

    __tablename__ = "fact_safety_events"
    __table_args__ = (Index("ix_fact_safety_events_org_month", "org", "month"),)

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    safety_event_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    kind: str = Field(max_length=24)
    harm_level: str = Field(max_length=16, description="AHRQ Common Formats Harm Scale v1.2 level.")
    occurred_at: datetime = utc_field()
    reported_at: datetime = utc_field()
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    encounter_id: str | None = Field(default=None, max_length=ID_LENGTH)
    anonymous_report: bool = False
    review_status: str = Field(max_length=24)
    reviewed_at: datetime | None = utc_field(nullable=True)
    actioned_at: datetime | None = utc_field(nullable=True)
    hours_to_review: float | None = Field(
        default=None, description="Hours from the report to its review (null until reviewed)."
    )
    event_time: datetime | None = event_time_field()

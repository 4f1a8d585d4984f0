"""Facts: one row per thing the feeds describe, the latest state the feed gave.

Keyed by the producer's id (so applying an event twice changes nothing); only what metrics
aggregates (no free text, no birth year, no names); each with its period keys so that a metric
query is one GROUP BY. Every fact carries ``org`` in its primary key.
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
    utc_field,
)


class PatientFact(MetricsTable, table=True):
    """A patient's equity categories (the codes intake publishes; no birth year, no names).

    ``race`` is the single OMB category, or ``multiple`` when more than one was reported
    (the OMB 1997 standard's "more than one race" reporting category).
    """

    __tablename__ = "fact_patients"

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    patient_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    age_band: str | None = Field(default=None, max_length=16)
    sex: str | None = Field(default=None, max_length=32)
    gender: str | None = Field(default=None, max_length=32)
    race: str | None = Field(default=None, max_length=16)
    ethnicity: str | None = Field(default=None, max_length=16)
    language: str | None = Field(default=None, max_length=16)
    payer: str | None = Field(default=None, max_length=16)
    rurality: str | None = Field(default=None, max_length=16)
    event_time: datetime | None = event_time_field()


class ReferralFact(PeriodKeys, MetricsTable, table=True):
    """A referral; its period keys are those of the day it was received."""

    __tablename__ = "fact_referrals"
    # Covering the access metrics' columns: a monthly query reads the index alone.
    __table_args__ = (
        Index(
            "ix_fact_referrals_org_month",
            "org",
            "month",
            "access_days",
            "patient_id",
            "service_line",
            "site_id",
        ),
    )

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    referral_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    service_line: str | None = Field(default=None, max_length=ID_LENGTH)
    episode_id: str | None = Field(default=None, max_length=ID_LENGTH)
    priority: str | None = Field(default=None, max_length=16)
    received_on: date
    first_kept_at: datetime | None = utc_field(nullable=True)
    access_days: float | None = Field(
        default=None, description="Days from receipt to the first kept appointment."
    )
    redacted: bool = False
    event_time: datetime | None = event_time_field()


#: What a unit-level encounter metric reads, after the org and the unit column.
_UNIT_COVERED = (
    "month", "patient_id", "status", "modality", "service_line", "technical_problem",
    "assessed_within_7_days", "late_cancellation", "switched_to_phone", "minutes_lost",
    "week", "quarter", "day",
)  # fmt: skip


class EncounterFact(PeriodKeys, MetricsTable, table=True):
    """An appointment and what became of it; period keys of its scheduled start (local date)."""

    __tablename__ = "fact_encounters"
    __table_args__ = (
        # Covering: a monthly engagement or telehealth metric reads the index alone (about
        # 3x faster than the table on 1M rows, benchmarks/metrics_query_bench.py).
        Index(
            "ix_fact_encounters_org_month_covering",
            "org",
            "month",
            "patient_id",
            "status",
            "modality",
            "technical_problem",
            "assessed_within_7_days",
            "late_cancellation",
            "switched_to_phone",
            "minutes_lost",
        ),
        # One per unit level (migration 20261206_unit_covering_indexes): all units of a level
        # are one ordered index-only scan, one unit (a clinician's report) a range of it.
        *(
            Index(f"ix_fact_encounters_org_{unit}_covering", "org", f"{unit}_id", *_UNIT_COVERED)
            for unit in ("clinician", "team", "site")
        ),
        Index("ix_fact_encounters_patient_start", "org", "patient_id", "start_utc"),
        # The due list: the day's booked sessions, and each episode's kept ones.
        Index("ix_fact_encounters_org_day", "org", "day"),
        Index("ix_fact_encounters_org_episode", "org", "episode_id"),
    )

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    encounter_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    service_line: str | None = Field(default=None, max_length=ID_LENGTH)
    episode_id: str | None = Field(default=None, max_length=ID_LENGTH)
    modality: str = Field(max_length=16)
    status: str = Field(max_length=24)
    start_utc: datetime = utc_field()
    late_cancellation: bool = False
    technical_problem: bool = False
    minutes_lost: int = 0
    dropped_and_rejoined: bool = False
    switched_to_phone: bool = False
    assessed_within_7_days: bool = Field(
        default=False,
        description="A kept session whose patient completed an assessment in the 7 days "
        "before it (maintained as either side arrives).",
    )
    redacted: bool = False
    event_time: datetime | None = event_time_field()


class FeedbackFact(PeriodKeys, MetricsTable, table=True):
    """A consumer feedback submission's numeric summary (free text never reaches metrics)."""

    __tablename__ = "fact_feedback"
    # Covering the feedback metrics' columns: a monthly query reads the index alone.
    __table_args__ = (
        Index(
            "ix_fact_feedback_org_form_month",
            "org",
            "form_id",
            "month",
            "patient_id",
            "items_scored",
            "top_box_items",
            "mean",
            "modality",
        ),
    )

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    feedback_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    form_id: str = Field(max_length=ID_LENGTH)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    encounter_id: str | None = Field(default=None, max_length=ID_LENGTH)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    modality: str | None = Field(default=None, max_length=16)
    received_at: datetime = utc_field()
    mean: float | None = None
    items_scored: int = 0
    top_box_items: int = 0
    event_time: datetime | None = event_time_field()


class AssessmentFact(PeriodKeys, MetricsTable, table=True):
    """A scored assessment with its change since baseline, as measures computed it."""

    __tablename__ = "fact_assessments"
    __table_args__ = (
        Index("ix_fact_assessments_org_instrument_month", "org", "instrument_id", "month"),
        Index("ix_fact_assessments_patient", "org", "patient_id", "completed_at"),
        Index("ix_fact_assessments_baseline", "org", "baseline_assessment_id"),
        # The fidelity metrics count each episode's scored assessments.
        Index("ix_fact_assessments_org_episode", "org", "episode_id"),
    )

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    assessment_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    instrument_id: str = Field(max_length=ID_LENGTH)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    completed_at: datetime = utc_field()
    total: float | None = None
    severity_band: str | None = Field(default=None, max_length=40)
    caseness: bool | None = None
    baseline_assessment_id: str | None = Field(default=None, max_length=ID_LENGTH)
    weeks_since_baseline: float | None = None
    # The episode of care measures took the baseline within (``gap-`` ids: its gap rule's).
    episode_id: str | None = Field(default=None, max_length=ID_LENGTH)
    # Outcome facts as measures judged them: null when the patient is not eligible for the
    # outcome (recovery, response, remission: not a case at baseline) or there is no rule.
    reliable_improvement: bool | None = None
    reliable_deterioration: bool | None = None
    recovery: bool | None = None
    remission: bool | None = None
    response: bool | None = None
    event_time: datetime | None = event_time_field()


class EpisodeFact(PeriodKeys, MetricsTable, table=True):
    """One patient's course on one instrument from a baseline, and its outcome by 12 weeks.

    The outcome is that of the latest follow-up at most 12 weeks after baseline; period keys
    are those of the baseline. Recomputed from the assessment facts whenever one of the
    episode's assessments is applied, so replaying events changes nothing.
    """

    __tablename__ = "fact_episodes"
    __table_args__ = (
        Index("ix_fact_episodes_org_instrument_month", "org", "instrument_id", "month"),
    )

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    baseline_assessment_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    patient_id: str = Field(max_length=ID_LENGTH)
    instrument_id: str = Field(max_length=ID_LENGTH)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    baseline_at: datetime = utc_field()
    outcome_assessment_id: str | None = Field(default=None, max_length=ID_LENGTH)
    outcome_weeks: float | None = None
    # Null when there is no outcome, or the patient is not eligible for it (the metric then
    # leaves the episode out of numerator and denominator).
    reliable_improvement: bool | None = None
    reliable_deterioration: bool | None = None
    recovery: bool | None = None
    remission: bool | None = None
    response: bool | None = None


class AlertFact(PeriodKeys, MetricsTable, table=True):
    """An alert and what became of it (acknowledged, actioned, escalated, closed, followed up);
    period keys of when it was raised. Every column is a merge of the alert's events that is
    the same in any order and under repetition (earliest times, flags that only turn on), except
    ``followed_up_within_7_days``, recomputed from the encounter facts (:mod:`..sync.apply`)."""

    __tablename__ = "fact_alerts"
    __table_args__ = (
        Index("ix_fact_alerts_org_month", "org", "month"),
        # Every encounter page recomputes the 7-day follow-up of its patients' alerts.
        Index("ix_fact_alerts_patient", "org", "patient_id", "raised_at"),
    )

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    alert_id: str = Field(primary_key=True, max_length=36)
    rule: str = Field(max_length=32)
    patient_id: str | None = Field(default=None, max_length=ID_LENGTH)
    instrument_id: str | None = Field(default=None, max_length=ID_LENGTH)
    clinician_id: str | None = Field(default=None, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    raised_at: datetime = utc_field()
    acknowledged_at: datetime | None = utc_field(nullable=True)
    hours_to_acknowledge: float | None = None
    rule_id: str | None = Field(default=None, max_length=ID_LENGTH)
    severity: str | None = Field(default=None, max_length=16)
    acknowledged_within_24h: bool = False
    first_action_at: datetime | None = utc_field(nullable=True)
    hours_to_first_action: float | None = None
    actioned_within_24h: bool = False
    safety_plan_recorded: bool = Field(
        default=False, description="A safety-plan-made or safety-plan-updated action exists."
    )
    escalated: bool = False
    closed_at: datetime | None = utc_field(nullable=True)
    followed_up_within_7_days: bool = Field(
        default=False,
        description="A kept session of the patient started within 7 days after the raise "
        "(maintained as either side arrives).",
    )

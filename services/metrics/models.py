"""Metrics' tables, on metrics' own metadata.

Three kinds of table live here:

* **facts**, one row per thing the feeds describe (patient, referral, encounter, feedback,
  assessment, alert, episode of care on one instrument). Each row is the latest state the feed
  gave, keyed by the producer's id, so applying an event twice changes nothing. Fact rows carry
  only what metrics aggregates: no free text, no birth year (age band only), no names. Each
  carries its period keys (``day``, ``week``, ``month``, ``quarter``: the first day of each,
  in the local calendar of the time the producer sent) so that a metric query is one GROUP BY.
* **sync state**: each feed's cursor, stored in the same transaction as the facts it changed,
  and the lease that lets one consumer at a time apply a feed.
* **learning state** that metrics owns itself: QI interventions, collaboratives and their
  members, per-org settings.

Every fact carries ``org`` in its primary key and every query filters on it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Date, DateTime, Index, Integer, String, Table, Text
from sqlmodel import Field, SQLModel

from shared.idempotency import idempotency_table
from shared.models import new_registry


class MetricsTable(SQLModel, registry=new_registry()):
    """Base of every metrics table; its metadata is metrics' alone."""


metadata = MetricsTable.metadata
idempotency_keys = idempotency_table(metadata)

_ID = 64
_ORG = 128


def _utc(nullable: bool = False) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column=Column(DateTime(timezone=True), nullable=nullable),
    )


def _event_time() -> Any:
    # Not part of any metric: it orders writes, so that re-applying an older event (a replay of
    # a prefix of the feed) never overwrites the state a newer event left.
    return Field(
        default=None,
        description="Commit time of the feed event this row was last written from.",
        sa_column=Column(DateTime(timezone=True), nullable=True),
    )


class PeriodKeys(SQLModel):
    """The calendar keys of a fact's reference time (first day of its week, month, quarter).

    Weeks start on Monday (ISO 8601). Computed once when the fact is applied.
    """

    day: date
    week: date
    month: date
    quarter: date


# --- Facts --------------------------------------------------------------------------------------


class PatientFact(MetricsTable, table=True):
    """A patient's equity categories (the codes intake publishes; no birth year, no names).

    ``race`` is the single OMB category, or ``multiple`` when more than one was reported
    (the OMB 1997 standard's "more than one race" reporting category).
    """

    __tablename__ = "fact_patients"

    org: str = Field(primary_key=True, max_length=_ORG)
    patient_id: str = Field(primary_key=True, max_length=_ID)
    age_band: str | None = Field(default=None, max_length=16)
    sex: str | None = Field(default=None, max_length=32)
    gender: str | None = Field(default=None, max_length=32)
    race: str | None = Field(default=None, max_length=16)
    ethnicity: str | None = Field(default=None, max_length=16)
    language: str | None = Field(default=None, max_length=16)
    payer: str | None = Field(default=None, max_length=16)
    rurality: str | None = Field(default=None, max_length=16)
    event_time: datetime | None = _event_time()


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

    org: str = Field(primary_key=True, max_length=_ORG)
    referral_id: str = Field(primary_key=True, max_length=_ID)
    patient_id: str | None = Field(default=None, max_length=_ID)
    site_id: str | None = Field(default=None, max_length=_ID)
    service_line: str | None = Field(default=None, max_length=_ID)
    priority: str | None = Field(default=None, max_length=16)
    received_on: date
    first_kept_at: datetime | None = _utc(nullable=True)
    access_days: float | None = Field(
        default=None, description="Days from receipt to the first kept appointment."
    )
    redacted: bool = False
    event_time: datetime | None = _event_time()


class EncounterFact(PeriodKeys, MetricsTable, table=True):
    """An appointment and what became of it; period keys of its scheduled start (local date)."""

    __tablename__ = "fact_encounters"
    __table_args__ = (
        # Covering: a monthly engagement or telehealth metric reads the index alone (about
        # 3x faster than the table on 1M rows, tests/load/metrics_query_bench.py).
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
        Index("ix_fact_encounters_patient_start", "org", "patient_id", "start_utc"),
    )

    org: str = Field(primary_key=True, max_length=_ORG)
    encounter_id: str = Field(primary_key=True, max_length=_ID)
    patient_id: str | None = Field(default=None, max_length=_ID)
    clinician_id: str | None = Field(default=None, max_length=_ID)
    team_id: str | None = Field(default=None, max_length=_ID)
    site_id: str | None = Field(default=None, max_length=_ID)
    service_line: str | None = Field(default=None, max_length=_ID)
    modality: str = Field(max_length=16)
    status: str = Field(max_length=24)
    start_utc: datetime = _utc()
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
    event_time: datetime | None = _event_time()


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

    org: str = Field(primary_key=True, max_length=_ORG)
    feedback_id: str = Field(primary_key=True, max_length=_ID)
    form_id: str = Field(max_length=_ID)
    patient_id: str | None = Field(default=None, max_length=_ID)
    encounter_id: str | None = Field(default=None, max_length=_ID)
    clinician_id: str | None = Field(default=None, max_length=_ID)
    team_id: str | None = Field(default=None, max_length=_ID)
    site_id: str | None = Field(default=None, max_length=_ID)
    modality: str | None = Field(default=None, max_length=16)
    received_at: datetime = _utc()
    mean: float | None = None
    items_scored: int = 0
    top_box_items: int = 0
    event_time: datetime | None = _event_time()


class AssessmentFact(PeriodKeys, MetricsTable, table=True):
    """A scored assessment with its change since baseline, as measures computed it."""

    __tablename__ = "fact_assessments"
    __table_args__ = (
        Index("ix_fact_assessments_org_instrument_month", "org", "instrument_id", "month"),
        Index("ix_fact_assessments_patient", "org", "patient_id", "completed_at"),
        Index("ix_fact_assessments_baseline", "org", "baseline_assessment_id"),
    )

    org: str = Field(primary_key=True, max_length=_ORG)
    assessment_id: str = Field(primary_key=True, max_length=_ID)
    instrument_id: str = Field(max_length=_ID)
    patient_id: str | None = Field(default=None, max_length=_ID)
    clinician_id: str | None = Field(default=None, max_length=_ID)
    team_id: str | None = Field(default=None, max_length=_ID)
    site_id: str | None = Field(default=None, max_length=_ID)
    completed_at: datetime = _utc()
    total: float | None = None
    severity_band: str | None = Field(default=None, max_length=40)
    caseness: bool | None = None
    baseline_assessment_id: str | None = Field(default=None, max_length=_ID)
    weeks_since_baseline: float | None = None
    # Outcome facts as measures judged them: null when the patient is not eligible for the
    # outcome (recovery, response, remission: not a case at baseline) or there is no rule.
    reliable_improvement: bool | None = None
    reliable_deterioration: bool | None = None
    recovery: bool | None = None
    remission: bool | None = None
    response: bool | None = None
    event_time: datetime | None = _event_time()


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

    org: str = Field(primary_key=True, max_length=_ORG)
    baseline_assessment_id: str = Field(primary_key=True, max_length=_ID)
    patient_id: str = Field(max_length=_ID)
    instrument_id: str = Field(max_length=_ID)
    clinician_id: str | None = Field(default=None, max_length=_ID)
    team_id: str | None = Field(default=None, max_length=_ID)
    site_id: str | None = Field(default=None, max_length=_ID)
    baseline_at: datetime = _utc()
    outcome_assessment_id: str | None = Field(default=None, max_length=_ID)
    outcome_weeks: float | None = None
    # Null when there is no outcome, or the patient is not eligible for it (the metric then
    # leaves the episode out of numerator and denominator).
    reliable_improvement: bool | None = None
    reliable_deterioration: bool | None = None
    recovery: bool | None = None
    remission: bool | None = None
    response: bool | None = None


class AlertFact(PeriodKeys, MetricsTable, table=True):
    """An alert and when it was acknowledged; period keys of when it was raised."""

    __tablename__ = "fact_alerts"
    __table_args__ = (Index("ix_fact_alerts_org_month", "org", "month"),)

    org: str = Field(primary_key=True, max_length=_ORG)
    alert_id: str = Field(primary_key=True, max_length=36)
    rule: str = Field(max_length=32)
    patient_id: str | None = Field(default=None, max_length=_ID)
    instrument_id: str | None = Field(default=None, max_length=_ID)
    clinician_id: str | None = Field(default=None, max_length=_ID)
    team_id: str | None = Field(default=None, max_length=_ID)
    site_id: str | None = Field(default=None, max_length=_ID)
    raised_at: datetime = _utc()
    acknowledged_at: datetime | None = _utc(nullable=True)
    hours_to_acknowledge: float | None = None


# --- Rollups -----------------------------------------------------------------------------------

#: Modalities as they appear in rollup column names.
ROLLUP_MODALITIES = {"in-person": "in_person", "video": "video", "phone": "phone"}
#: The counters of ``rollup_encounter_patients``, each ``<measure>_<modality>`` over the
#: encounters of one patient in one period: engaged (kept, no-show or patient-cancelled), kept,
#: no_show, late_cancel, problem (kept telehealth with a technical problem), minutes (minutes
#: lost, kept telehealth), switched (kept video switched to phone), assessed (kept, with an
#: assessment in the 7 days before).
ENCOUNTER_ROLLUP_COUNTERS: tuple[str, ...] = (
    *(f"{m}_{x}" for m in ("engaged", "kept", "no_show", "late_cancel")
      for x in ROLLUP_MODALITIES.values()),
    "problem_video", "problem_phone", "minutes_video", "minutes_phone", "switched_video",
    *(f"assessed_{x}" for x in ROLLUP_MODALITIES.values()),
)  # fmt: skip

encounter_rollup = Table(
    "rollup_encounter_patients",
    metadata,
    Column("org", String(_ORG), primary_key=True),
    Column("grain", String(8), primary_key=True),  # week, month or quarter
    Column("period", Date, primary_key=True),  # the period's first day
    # '' sums the encounters without a patient (redacted): each of them counts as one patient.
    Column("patient_id", String(_ID), primary_key=True),
    *(Column(name, Integer, nullable=False) for name in ENCOUNTER_ROLLUP_COUNTERS),
    sqlite_with_rowid=False,  # the key is the storage order: a period's rows are contiguous
)
"""``fact_encounters`` summed per org, period (of each grain) and patient with at least one
engaged encounter (every counter counts a subset of the engaged ones; a row whose engaged
counts fall to zero is deleted):
what the org-level encounter metrics need, without ``COUNT(DISTINCT patient_id)`` over the
facts (:mod:`services.metrics.compute.rollup`). Written only by the triggers of migration
``20261202_encounter_rollup``, never by Python, so that any write to ``fact_encounters``
(consumer, rebuild, a test's or a backfill's bulk insert) keeps it exact."""


# --- Sync state ---------------------------------------------------------------------------------


class FeedCursor(MetricsTable, table=True):
    """How far metrics has applied one source's feed; written with the facts it changed."""

    __tablename__ = "feed_cursors"

    source: str = Field(primary_key=True, max_length=32)
    cursor: str | None = Field(default=None, max_length=128)
    events_applied: int = 0
    last_event_id: str | None = Field(default=None, max_length=64)
    last_event_time: datetime | None = _utc(nullable=True)
    caught_up_at: datetime | None = _utc(nullable=True)
    updated_at: datetime | None = _utc(nullable=True)


class ConsumerLease(MetricsTable, table=True):
    """Who may apply a source's feed until when: one consumer at a time across replicas.

    A replica takes the lease when it is free or expired and renews it while it works; the
    cursor is only advanced by the holder (the write checks the holder in the same transaction).
    """

    __tablename__ = "consumer_leases"

    source: str = Field(primary_key=True, max_length=32)
    holder: str = Field(max_length=64)
    expires_at: datetime = _utc()


class SyncProblem(MetricsTable, table=True):
    """The last failure talking to a source (kept apart from the cursor: no fact write
    needed to record it). Cleared by the next successful poll."""

    __tablename__ = "sync_problems"

    source: str = Field(primary_key=True, max_length=32)
    failed_at: datetime = _utc()
    failures: int = 0
    error: str = Field(max_length=256)


# --- Learning state owned by metrics ------------------------------------------------------------


class Intervention(MetricsTable, table=True):
    """A QI change (a PDSA cycle) on one unit, whose effect is read off the metric's series.

    ``description`` is the QI team's own words about the change (never patient data).
    """

    __tablename__ = "interventions"
    __table_args__ = (Index("ix_interventions_org_metric", "org", "metric_id"),)

    org: str = Field(primary_key=True, max_length=_ORG)
    intervention_id: str = Field(primary_key=True, max_length=36)
    metric_id: str = Field(max_length=_ID)
    level: str = Field(max_length=16)
    unit_id: str = Field(max_length=_ID)
    period: str = Field(default="month", max_length=8)
    started_on: date
    title: str = Field(max_length=200)
    description: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = _utc()
    created_by: str = Field(max_length=256)


class Collaborative(MetricsTable, table=True):
    """A learning collaborative: organizations that compare themselves with each other.

    The id is made by the server (opaque and random), so no caller can guess another group's
    id or claim one first. ``owner_org`` created it and alone renames it or names
    facilitators; it is None only for a collaborative that had no member when owners began.
    """

    __tablename__ = "collaboratives"

    collaborative_id: str = Field(primary_key=True, max_length=_ID)
    name: str = Field(max_length=200)
    created_at: datetime = _utc()
    owner_org: str | None = Field(default=None, max_length=_ORG)


class CollaborativeMember(MetricsTable, table=True):
    """An organization's application to, and then membership of, a collaborative.

    ``status`` is ``applied`` until the owner or a facilitator decides (``approved`` or
    ``declined``); only approved members' values are pooled or seen. ``role`` is ``owner``,
    ``facilitator`` (may decide applications) or ``member``. Leaving deletes the row.
    """

    __tablename__ = "collaborative_members"

    collaborative_id: str = Field(primary_key=True, max_length=_ID)
    org: str = Field(primary_key=True, max_length=_ORG)
    joined_at: datetime = _utc()
    status: str = Field(default="applied", max_length=16)
    role: str = Field(default="member", max_length=16)
    decided_at: datetime | None = _utc(nullable=True)


class OrgSettings(MetricsTable, table=True):
    """Per-org choices; the suppression threshold can be raised, never lowered below the
    deployment's floor."""

    __tablename__ = "org_settings"

    org: str = Field(primary_key=True, max_length=_ORG)
    suppression_threshold: int | None = None
    extra: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))

"""``assessment.scored`` -> ``fact_assessments``, then the episodes and MBC flags it touches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from services.metrics.models import AssessmentFact
from services.metrics.sync.apply.assessed import refresh_after_assessments
from services.metrics.sync.apply.common import Parsed, latest, upsert, utc
from services.metrics.sync.apply.episodes import is_baseline, refresh_episodes
from services.metrics.sync.apply.periods import local_keys
from shared.events import AssessmentScored

TABLE = AssessmentFact.__table__  # type: ignore[attr-defined]


def row_of(event: Parsed[AssessmentScored]) -> dict[str, Any]:
    d = event.data
    return {
        "org": event.org,
        "assessment_id": d.assessment_id,
        "instrument_id": d.instrument_id,
        "patient_id": d.patient_id,
        "clinician_id": d.clinician_id,
        "team_id": d.team_id,
        "site_id": d.site_id,
        "completed_at": utc(d.completed_at),
        "total": d.total,
        "severity_band": d.severity_band,
        "caseness": d.caseness,
        "baseline_assessment_id": d.baseline_assessment_id,
        "weeks_since_baseline": d.weeks_since_baseline,
        "episode_id": d.episode_id,
        "reliable_improvement": d.reliable_improvement,
        "reliable_deterioration": d.reliable_deterioration,
        "recovery": d.recovery,
        "remission": d.remission,
        "response": d.response,
        "event_time": event.time,
        **local_keys(d.completed_at),
    }


def apply_assessments(connection: Connection, events: Sequence[Parsed[AssessmentScored]]) -> None:
    """Store each assessment (subscales, flags and item answers stay in measures), then
    recompute the episodes it belongs to and the kept sessions it may count for."""
    rows = [row_of(e) for e in latest(events, key=lambda e: (e.org, e.data.assessment_id))]
    upsert(connection, TABLE, rows, versioned=True)
    episodes = {
        (r["org"], r["assessment_id"] if is_baseline(r) else r["baseline_assessment_id"])
        for r in rows
        if r["patient_id"] is not None
    }
    refresh_episodes(connection, episodes)
    refresh_after_assessments(
        connection,
        [(r["org"], r["patient_id"], r["completed_at"]) for r in rows if r["patient_id"]],
    )

"""``fact_episodes``: one per baseline assessment, with its outcome by 12 weeks.

Derived from the assessment facts only, and recomputed whole for every episode a page touches
(its baseline or any follow-up), so a follow-up that arrives before its baseline, or an event
applied twice, leaves the same episode as any other order.

A baseline is an assessment of a known patient with a total whose ``baseline_assessment_id``
is null or its own id (measures only picks scored assessments of identified patients as
baselines, so incomplete or anonymous ones open no episode). The outcome is the follow-up with
the greatest ``completed_at`` among those with ``0 < weeks_since_baseline <= 12``; its flags are
copied, null included (not eligible, or no rule). An episode without one has no outcome (null
flags) and stays out of outcome denominators; so does one whose baseline was not a case, for
recovery, remission and response.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from services.metrics.models import AssessmentFact, EpisodeFact
from services.metrics.sync.apply.common import by_org, chunks, upsert
from shared.models import as_utc

OUTCOME_WEEKS = 12.0
FLAGS = ("reliable_improvement", "reliable_deterioration", "recovery", "remission", "response")
#: Flags only a patient who was a case at baseline is eligible for.
CASE_ONLY = ("recovery", "remission", "response")

_ASSESSMENTS = AssessmentFact.__table__  # type: ignore[attr-defined]
TABLE = EpisodeFact.__table__  # type: ignore[attr-defined]
_BASELINE_COLUMNS = (
    "assessment_id",
    "baseline_assessment_id",
    "patient_id",
    "instrument_id",
    "clinician_id",
    "team_id",
    "site_id",
    "completed_at",
    "total",
    "caseness",
    "day",
    "week",
    "month",
    "quarter",
)
_FOLLOW_UP_COLUMNS = (
    "assessment_id",
    "baseline_assessment_id",
    "completed_at",
    "weeks_since_baseline",
    *FLAGS,
)


def is_baseline(row: Mapping[str, Any]) -> bool:
    own = row["baseline_assessment_id"]
    return own is None or own == row["assessment_id"]


def _opens_episode(row: Mapping[Any, Any]) -> bool:
    return is_baseline(row) and row["patient_id"] is not None and row["total"] is not None


def _in_window(row: Mapping[Any, Any]) -> bool:
    weeks = row["weeks_since_baseline"]
    return weeks is not None and 0 < weeks <= OUTCOME_WEEKS


def episode_row(
    org: str, baseline: Mapping[Any, Any], follow_ups: Iterable[Mapping[Any, Any]]
) -> dict[str, Any]:
    """The episode of one baseline given its follow-ups (any order)."""
    eligible = [f for f in follow_ups if _in_window(f)]
    outcome = max(
        eligible, key=lambda f: (as_utc(f["completed_at"]), f["assessment_id"]), default=None
    )
    row: dict[str, Any] = {
        "org": org,
        "baseline_assessment_id": baseline["assessment_id"],
        "patient_id": baseline["patient_id"],
        "instrument_id": baseline["instrument_id"],
        "clinician_id": baseline["clinician_id"],
        "team_id": baseline["team_id"],
        "site_id": baseline["site_id"],
        "baseline_at": as_utc(baseline["completed_at"]),
        "outcome_assessment_id": None if outcome is None else outcome["assessment_id"],
        "outcome_weeks": None if outcome is None else outcome["weeks_since_baseline"],
        **{k: baseline[k] for k in ("day", "week", "month", "quarter")},
    }
    for flag in FLAGS:
        row[flag] = None if outcome is None else outcome[flag]
    if baseline["caseness"] is not True:
        # Recovery, remission and response apply only to cases at baseline. Measures sends
        # null for the others; events published before it did carry false, and a replay reads
        # them so too.
        row.update(dict.fromkeys(CASE_ONLY))
    return row


def refresh_episodes(connection: Connection, episodes: Iterable[tuple[str, str]]) -> None:
    """Recompute the episodes ``(org, baseline_assessment_id)`` from the stored assessments
    (two reads per chunk: the baselines, and the follow-ups pointing at them)."""
    a = _ASSESSMENTS.c
    rows: list[dict[str, Any]] = []
    for org, ids in by_org(episodes).items():
        for chunk in chunks(ids):
            baselines = {
                r["assessment_id"]: r
                for r in connection.execute(
                    select(*(a[c] for c in _BASELINE_COLUMNS)).where(
                        a.org == org, a.assessment_id.in_(chunk)
                    )
                ).mappings()
                if _opens_episode(r)
            }
            if not baselines:
                continue
            follow_ups: dict[str, list[Mapping[Any, Any]]] = {b: [] for b in baselines}
            query = select(*(a[c] for c in _FOLLOW_UP_COLUMNS)).where(
                a.org == org,
                a.baseline_assessment_id.in_(list(baselines)),
                a.assessment_id != a.baseline_assessment_id,
            )
            for f in connection.execute(query).mappings():
                follow_ups[f["baseline_assessment_id"]].append(f)
            rows.extend(episode_row(org, baselines[b], follow_ups[b]) for b in baselines)
    upsert(connection, TABLE, rows, versioned=False)

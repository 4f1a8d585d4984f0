"""Fidelity metrics of finished episodes of care, from ``fact_care_episodes`` with the scored
assessments (``fact_assessments``) and kept sessions (``fact_encounters``) that name them.

They read one relation: every finished episode with its closing period keys as its ``day``,
``week``, ``month`` and ``quarter`` (the period it is counted in), its own units (lead
clinician, team, site), and two per-episode counts from correlated subqueries, so that the
query builder treats it as it treats any fact table. An assessment or session counts for the
episode whose id it carries, in the same organisation, whatever its own clinician.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import Integer, case, func, select
from sqlmodel import col

from services.metrics.catalog import BURNOUT_INSTRUMENT, Filter
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import AssessmentFact as A
from services.metrics.models import CareEpisodeFact as C
from services.metrics.models import EncounterFact as E


def _count(table: Any, *where: Any) -> Any:
    """The rows of ``table`` naming the outer episode (a correlated scalar subquery)."""
    return (
        select(func.count())
        .where(table.org == C.org, table.episode_id == C.episode_id, *where)
        .correlate(C)
        .scalar_subquery()
    )


def _closed() -> SimpleNamespace:
    scored = _count(A, col(A.total).is_not(None), col(A.instrument_id) != BURNOUT_INSTRUMENT)
    kept = _count(E, col(E.status) == "fulfilled")
    relation = (
        select(
            col(C.org).label("org"),
            col(C.patient_id).label("patient_id"),
            col(C.clinician_id).label("clinician_id"),
            col(C.team_id).label("team_id"),
            col(C.site_id).label("site_id"),
            col(C.service_line).label("service_line"),
            col(C.closed_on).label("day"),
            col(C.closed_week).label("week"),
            col(C.closed_month).label("month"),
            col(C.closed_quarter).label("quarter"),
            case((col(C.discharge_reason) == "dropped-out", 1), else_=0).label("dropped"),
            func.coalesce(scored, 0).cast(Integer).label("scored"),
            func.coalesce(kept, 0).cast(Integer).label("kept"),
            col(C.length_days).label("length_days"),
        )
        .where(col(C.status) == "finished", col(C.closed_on).is_not(None))
        .subquery("closed_episodes")
    )
    return SimpleNamespace(**{c.name: c for c in relation.c})


CLOSED = _closed()
FILTERS: dict[Filter, Any] = {"service_line": CLOSED.service_line}


def _share(condition: Any) -> MetricSpec:
    return MetricSpec(
        table=CLOSED,
        population=(),
        numerator=count_where(condition),
        denominator=func.count(),
        filters=FILTERS,
    )


SPECS: dict[str, MetricSpec] = {
    "episode-dropout-rate": _share(CLOSED.dropped == 1),
    "paired-score-completeness": _share(CLOSED.scored >= 2),
    "finished-course-rate": _share(CLOSED.kept >= 2),
    "episode-length-median": MetricSpec(
        table=CLOSED,
        population=(),
        denominator=func.count(),
        quantile=0.5,
        quantile_column=CLOSED.length_days,
        n_rows=CLOSED.length_days.is_not(None),
        filters=FILTERS,
    ),
}

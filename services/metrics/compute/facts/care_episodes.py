"""Fidelity metrics of finished episodes of care, from ``fact_care_episodes`` with the scored
assessments (``fact_assessments``) and kept sessions (``fact_encounters``) that name them.

They read one relation: every finished episode with its closing period keys as its ``day``,
``week``, ``month`` and ``quarter`` (the period it is counted in), its own units (lead
clinician, team, site), and two per-episode counts from correlated subqueries, so that the
query builder treats it as it treats any fact table. An assessment or session counts for the
episode whose id it carries, in the same organisation, whatever its own clinician.

The dropout rate reads another relation, the episodes that *ended* (:func:`_ended`): finished
ones on the day they closed, and open ones on the day they lapsed, :data:`LAPSE_DAYS` after
their last kept session (the rule is the catalog's, ``episode-dropout-rate``).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import Integer, and_, case, func, or_, select
from sqlmodel import col

from services.metrics.catalog import BURNOUT_INSTRUMENT, Filter
from services.metrics.catalog.fidelity import LAPSE_DAYS
from services.metrics.compute.facts.days import days_after, period_columns
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
            func.coalesce(scored, 0).cast(Integer).label("scored"),
            func.coalesce(kept, 0).cast(Integer).label("kept"),
            col(C.length_days).label("length_days"),
        )
        .where(col(C.status) == "finished", col(C.closed_on).is_not(None))
        .subquery("closed_episodes")
    )
    return SimpleNamespace(**{c.name: c for c in relation.c})


NEVER_CARE = ("cancelled", "entered-in-error")


def _ended() -> SimpleNamespace:
    last_kept = (
        select(func.max(col(E.day)))
        .where(
            col(E.org) == col(C.org),
            col(E.episode_id) == col(C.episode_id),
            col(E.status) == "fulfilled",
        )
        .correlate(C)
        .scalar_subquery()
    )
    inner = (
        select(
            *(getattr(C, name) for name in ("org", "patient_id", "clinician_id", "team_id")),
            *(getattr(C, name) for name in ("site_id", "service_line", "status")),
            col(C.closed_on).label("closed_on"),
            col(C.discharge_reason).label("discharge_reason"),
            days_after(last_kept, LAPSE_DAYS).label("lapsed_on"),
        )
        .where(col(C.status).not_in(NEVER_CARE))
        .subquery("episode_lapses")
    )
    lapsed = and_(
        inner.c.lapsed_on.is_not(None),
        inner.c.lapsed_on <= func.current_date(),
        or_(inner.c.closed_on.is_(None), inner.c.closed_on > inner.c.lapsed_on),
    )
    closed = and_(inner.c.status == "finished", inner.c.closed_on.is_not(None))
    ended_on = case((lapsed, inner.c.lapsed_on), (closed, inner.c.closed_on), else_=None)
    relation = (
        select(
            *(getattr(inner.c, name) for name in ("org", "patient_id", "clinician_id")),
            *(getattr(inner.c, name) for name in ("team_id", "site_id", "service_line")),
            *period_columns(ended_on),
            case((or_(lapsed, inner.c.discharge_reason == "dropped-out"), 1), else_=0).label(
                "dropped"
            ),
        )
        .where(or_(lapsed, closed))
        .subquery("ended_episodes")
    )
    return SimpleNamespace(**{c.name: c for c in relation.c})


CLOSED = _closed()
ENDED = _ended()
FILTERS: dict[Filter, Any] = {"service_line": CLOSED.service_line}


def _share(condition: Any, table: SimpleNamespace = CLOSED) -> MetricSpec:
    return MetricSpec(
        table=table,
        population=(),
        numerator=count_where(condition),
        denominator=func.count(),
        filters={"service_line": table.service_line},
    )


SPECS: dict[str, MetricSpec] = {
    "episode-dropout-rate": _share(ENDED.dropped == 1, ENDED),
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

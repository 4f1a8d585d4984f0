"""Whether measurement happens, from the episodes of care (``fact_care_episodes``), scored
assessments (``fact_assessments``) and kept sessions (``fact_encounters``).

* **baseline coverage** reads every episode in the period it opened, with its own units, a
  flag saying it has a kept session (the population: only then was a baseline due) and a flag
  saying a scored assessment naming it was completed no later than the local day of its second
  kept session (any day, while it has fewer than two).
* **assessments per kept session** reads a relation stacking scored assessments
  (``assessments = 1``) and kept sessions (``sessions = 1``) by their own days, like the
  feedback response rate: units are the episode's (lead clinician, team, site) when the fact
  names one known to metrics, else the fact's own, so that a clinician's rate compares the
  same patients' measurements and sessions. ``n`` counts the patients of the kept sessions.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import Integer, and_, case, exists, func, literal, or_, select, union_all
from sqlmodel import col

from services.metrics.catalog import BURNOUT_INSTRUMENT
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import AssessmentFact as A
from services.metrics.models import CareEpisodeFact as C
from services.metrics.models import EncounterFact as E

SCORED = (col(A.total).is_not(None), col(A.instrument_id) != BURNOUT_INSTRUMENT)
KEPT = col(E.status) == "fulfilled"
_PERIODS = ("day", "week", "month", "quarter")


def _namespace(relation: Any) -> SimpleNamespace:
    return SimpleNamespace(**{c.name: c for c in relation.c})


def _of_episode(table: Any) -> Any:
    return and_(table.org == C.org, table.episode_id == C.episode_id)


def _opened() -> SimpleNamespace:
    second_kept = (
        select(col(E.day))
        .where(_of_episode(E), KEPT)
        .order_by(col(E.start_utc), col(E.encounter_id))
        .limit(1)
        .offset(1)
        .correlate(C)
        .scalar_subquery()
    )
    baseline = (
        exists()
        .where(_of_episode(A), *SCORED, or_(second_kept.is_(None), col(A.day) <= second_kept))
        .correlate(C)
    )
    seen = exists().where(_of_episode(E), KEPT).correlate(C)
    relation = select(
        *(getattr(C, name) for name in ("org", "patient_id", "clinician_id", "team_id")),
        *(getattr(C, name) for name in ("site_id", "service_line", *_PERIODS)),
        case((seen, 1), else_=0).label("seen"),
        case((baseline, 1), else_=0).label("baseline"),
    ).where(col(C.status) != "entered-in-error")
    return _namespace(relation.subquery("opened_episodes"))


def _unit(fact: Any, name: str) -> Any:
    return func.coalesce(getattr(C, name), getattr(fact, name)).label(name)


def _measured() -> SimpleNamespace:
    def part(fact: Any, assessments: int, *where: Any) -> Any:
        joined = and_(C.org == fact.org, C.episode_id == fact.episode_id)
        return (
            select(
                fact.org,
                fact.patient_id,
                _unit(fact, "clinician_id"),
                _unit(fact, "team_id"),
                _unit(fact, "site_id"),
                *(getattr(fact, name) for name in _PERIODS),
                literal(assessments, Integer).label("assessments"),
                literal(1 - assessments, Integer).label("sessions"),
            )
            .select_from(fact)
            .outerjoin(C, joined)
            .where(*where)
        )

    relation = union_all(part(A, 1, *SCORED), part(E, 0, KEPT))
    return _namespace(relation.subquery("measured_sessions"))


OPENED = _opened()
MEASURED = _measured()

SPECS: dict[str, MetricSpec] = {
    "baseline-coverage": MetricSpec(
        table=OPENED,
        population=(OPENED.seen == 1,),
        numerator=count_where(OPENED.baseline == 1),
        denominator=func.count(),
        filters={"service_line": OPENED.service_line},
    ),
    "assessments-per-kept-session": MetricSpec(
        table=MEASURED,
        population=(),
        numerator=func.sum(MEASURED.assessments),
        denominator=func.sum(MEASURED.sessions),
        n_rows=MEASURED.sessions == 1,
    ),
}

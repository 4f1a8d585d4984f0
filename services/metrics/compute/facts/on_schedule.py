"""The on-schedule rate: whether the measurements an organization's plans make due were taken
in time, by the rule of the due list (:mod:`services.metrics.measurement.schedule`).

One relation, one row per *due measurement* that is resolved, for each episode of care and
each active plan that applies to it (its service line's own plan for an instrument, else the
every-service-line plan, as :func:`services.metrics.measurement.due.applicable` chooses):

* the **baseline**: on time when the episode's first assessment of the instrument was taken
  before the day of the kept session at which the due list says ``baseline-overdue`` (its
  ``N + grace_sessions + 1``-th), counted on the assessment's day; missed when that day came
  first, counted on it. Taken at that session's check-in is late: the due list showed it
  overdue there;
* a **follow-up** after each assessment ``a``: the next assessment ``b`` is on time when it
  was taken before the day of the first kept session at which the due list says
  ``follow-up-overdue`` (the ``K + grace_sessions + 1``-th kept session since ``a``, or one
  more than ``D + grace_days`` days after it), and no earlier than the day the follow-up fell
  due (the first kept session at which it is ``follow-up-due``, or ``D`` days after ``a``);
  ``b`` earlier than that was taken before it was due and counts for nothing (it restarts the
  schedule, as on the due list). Missed when the overdue day came first, counted on it.

A measurement neither taken nor overdue yet is pending and not counted. The assessments of an
episode are those :func:`~services.metrics.measurement.due.belongs` gives it (named, or
unnamed or measures' gap-rule ones within the episode's dates, of its patient); its sessions
are its kept sessions. Units, patient and service line are the episode's.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select, union_all
from sqlalchemy.orm import aliased
from sqlmodel import col

from services.metrics.compute.facts.days import days_after, days_between, period_columns
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import AssessmentFact as A
from services.metrics.models import CareEpisodeFact as C
from services.metrics.models import EncounterFact as E
from services.metrics.models import MeasurementPlan as M

EVERY = ""  # services.metrics.measurement.plans.EVERY (compute may not import measurement)
GAP_PREFIX = "gap-"
NO_CARE = ("cancelled", "entered-in-error")
UNITS = ("org", "patient_id", "clinician_id", "team_id", "site_id", "service_line")


def _episode_plans() -> Any:
    own = aliased(M)
    replaced = (
        exists()
        .where(
            col(own.org) == col(M.org),
            col(own.instrument_id) == col(M.instrument_id),
            col(own.service_line) == col(C.service_line),
            col(own.active).is_(True),
        )
        .correlate_except(own)
    )
    applies = and_(
        col(M.org) == col(C.org),
        col(M.active).is_(True),
        or_(
            col(M.service_line) == col(C.service_line),
            and_(col(M.service_line) == EVERY, ~replaced),
        ),
    )
    return (
        select(
            *(getattr(C, name) for name in (*UNITS, "episode_id", "opened_on", "closed_on")),
            *(getattr(M, name) for name in ("instrument_id", "baseline_within_sessions")),
            *(getattr(M, name) for name in ("every_sessions", "every_days")),
            *(getattr(M, name) for name in ("grace_sessions", "grace_days")),
        )
        .select_from(C)
        .join(M, applies)
        .where(col(C.status).not_in(NO_CARE))
        .subquery("episode_plans")
    )


P = _episode_plans()


def _belongs(a: Any) -> Any:
    unnamed = or_(a.episode_id.is_(None), a.episode_id.like(f"{GAP_PREFIX}%"))
    within = and_(a.day >= P.c.opened_on, or_(P.c.closed_on.is_(None), a.day <= P.c.closed_on))
    return and_(
        a.org == P.c.org,
        a.instrument_id == P.c.instrument_id,
        a.total.is_not(None),
        or_(a.episode_id == P.c.episode_id, and_(a.patient_id == P.c.patient_id, unnamed, within)),
    )


def _kept(s: Any) -> Any:
    return and_(s.org == P.c.org, s.episode_id == P.c.episode_id, s.status == "fulfilled")


def _first(column: Any, table: Any, *where: Any, order: Any = None) -> Any:
    """The first row's ``column`` (by ``order``, default the column itself)."""
    by = column if order is None else order
    return (
        select(column).where(*where).order_by(by).limit(1).correlate_except(table).scalar_subquery()
    )


def _sessions_between(after: Any, s: Any) -> Any:
    """Kept sessions of the episode after ``after`` and before session ``s`` starts."""
    s2 = aliased(E)
    return (
        select(func.count())
        .where(_kept(s2), col(s2.start_utc) > after, col(s2.start_utc) < col(s.start_utc))
        .correlate_except(s2)
        .scalar_subquery()
    )


def _earlier(x: Any, y: Any) -> Any:
    return case((x.is_(None), y), (y.is_(None), x), (x <= y, x), else_=y)


def _resolved(first: Any, due: Any) -> Any:
    """The resolved rows of ``first`` (one due measurement a row, with the day it was taken
    and the day it fell overdue): on time when taken before the overdue day and ``due`` holds,
    missed when the overdue day came first (or on the day it was taken)."""
    taken, overdue = first.c.taken_on, first.c.overdue_on
    on_time = and_(taken.is_not(None), or_(overdue.is_(None), taken < overdue), due)
    missed = and_(overdue.is_not(None), or_(taken.is_(None), taken >= overdue))
    resolved = (
        select(
            *(first.c[name] for name in (*UNITS, "instrument_id")),
            case((on_time, taken), (missed, overdue), else_=None).label("resolved_on"),
            case((on_time, 1), else_=0).label("on_time"),
        )
        .where(or_(on_time, missed))
        .subquery()
    )
    return select(
        *(resolved.c[name] for name in (*UNITS, "instrument_id")),
        *period_columns(resolved.c.resolved_on),
        resolved.c.on_time,
    )


def _baselines() -> Any:
    a, s = aliased(A), aliased(E)
    s2 = aliased(E)
    earlier = (
        select(func.count())
        .where(_kept(s2), col(s2.start_utc) < col(s.start_utc))
        .correlate_except(s2)
        .scalar_subquery()
    )
    window = P.c.baseline_within_sessions + P.c.grace_sessions
    first = select(
        *(P.c[name] for name in (*UNITS, "instrument_id", "episode_id")),
        _first(a.day, a, _belongs(a), order=a.completed_at).label("taken_on"),
        select(func.min(s.day))
        .where(_kept(s), earlier >= window)
        .correlate_except(s)
        .scalar_subquery()
        .label("overdue_on"),
    ).subquery("baselines")
    return _resolved(first, first.c.taken_on.is_not(None))


def _follow_ups() -> Any:
    a, b, s = aliased(A), aliased(A), aliased(E)
    since = _sessions_between(a.completed_at, s)
    waited = days_between(s.day, a.day)
    by_sessions = and_(P.c.every_sessions.is_not(None), since >= P.c.every_sessions - 1)
    by_days = and_(P.c.every_days.is_not(None), waited >= P.c.every_days)
    late_sessions = and_(
        P.c.every_sessions.is_not(None), since >= P.c.every_sessions + P.c.grace_sessions
    )
    late_days = and_(P.c.every_days.is_not(None), waited > P.c.every_days + P.c.grace_days)
    after = (_kept(s), col(s.start_utc) > col(a.completed_at))
    next_taken = (_belongs(b), col(b.completed_at) > col(a.completed_at))
    due_session = select(func.min(s.day)).where(*after, or_(by_sessions, by_days))
    first = (
        select(
            *(P.c[name] for name in (*UNITS, "instrument_id", "episode_id")),
            _first(b.day, b, *next_taken, order=b.completed_at).label("taken_on"),
            _earlier(
                due_session.correlate_except(s).scalar_subquery(),
                case((P.c.every_days.is_(None), None), else_=days_after(a.day, P.c.every_days)),
            ).label("due_on"),
            select(func.min(s.day))
            .where(*after, or_(late_sessions, late_days))
            .correlate_except(s)
            .scalar_subquery()
            .label("overdue_on"),
        )
        .select_from(P)
        .join(a, _belongs(a))
        .subquery("follow_ups")
    )
    return _resolved(first, first.c.taken_on >= first.c.due_on)


def _due() -> SimpleNamespace:
    relation = union_all(_baselines(), _follow_ups()).subquery("due_measurements")
    return SimpleNamespace(**{c.name: c for c in relation.c})


DUE = _due()

SPECS: dict[str, MetricSpec] = {
    "on-schedule-rate": MetricSpec(
        table=DUE,
        population=(),
        numerator=count_where(DUE.on_time == 1),
        denominator=func.count(),
        filters={"service_line": DUE.service_line, "instrument": DUE.instrument_id},
    ),
}

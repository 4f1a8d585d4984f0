"""Workforce stock metrics, from ``fact_staff``, ``fact_establishments`` and
``fact_care_episodes`` measured at the end of each month of ``calendar_months``.

Each metric reads a relation with the columns a metric query groups and filters by (org, team,
site, ``patient_id``, and the month's period keys, its ``day`` being the month's last day), as
the safety-event reporting rate does:

* **staff months**: one row per staff record and month it was in post for some of, with flags
  for in post on the month's first day, at its end, and left in it. Only ended months count
  (``last_day < CURRENT_DATE``), so no month is measured before it is over.
* **establishment months**: each team's funded FTE in force at the month end and its vacant FTE
  (funded minus the FTE in post then, none when over-established), stacked with that team's
  staff in post then (for ``n``).
* **caseload months**: episodes of care open at the month end, by their lead clinician's team,
  stacked with the clinical FTE in post then.

``patient_id`` carries the staff id on staff rows (``n`` = distinct staff) and the patient's on
episode rows (caseload's ``n`` = distinct patients).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import Float, Integer, and_, case, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import aliased
from sqlmodel import col

from services.metrics.catalog.workforce import CLINICAL_ROLES
from services.metrics.compute.spec import MetricSpec
from services.metrics.models import CalendarMonth as C
from services.metrics.models import CareEpisodeFact as P
from services.metrics.models import EstablishmentFact as E
from services.metrics.models import StaffFact as S

_KEYS = ("org", "team_id", "site_id", "patient_id", "day", "week", "month", "quarter")


def _flag(condition: Any) -> Any:
    return case((condition, 1), else_=0)


def _staff_months() -> Any:
    ended = col(S.ended_on)
    return (
        select(
            col(S.org).label("org"),
            col(S.team_id).label("team_id"),
            col(S.site_id).label("site_id"),
            col(S.staff_id).label("patient_id"),
            col(S.role).label("role"),
            col(S.fte).label("fte"),
            col(C.last_day).label("day"),
            col(C.week).label("week"),
            col(C.month).label("month"),
            col(C.quarter).label("quarter"),
            _flag(col(S.started_on) <= col(C.month)).label("at_start"),
            _flag(or_(ended.is_(None), ended > col(C.last_day))).label("at_end"),
            _flag(and_(ended.is_not(None), ended <= col(C.last_day))).label("left"),
        )
        .join(
            C,
            and_(col(S.started_on) <= col(C.last_day), or_(ended.is_(None), ended >= col(C.month))),
        )
        .where(col(S.entered_in_error).is_(False), col(C.last_day) < func.current_date())
        .subquery("staff_months")
    )


def _namespace(relation: Any) -> Any:
    return SimpleNamespace(**{c.name: c for c in relation.c})


_M = _staff_months()
STAFF_MONTHS = _namespace(_M)


def _in_force() -> Any:
    """Each team's establishment in force at each ended month's end."""
    later = aliased(E)
    return (
        select(
            col(E.org).label("org"),
            col(E.team_id).label("team_id"),
            col(E.site_id).label("site_id"),
            col(E.funded_fte).label("funded"),
            col(C.last_day).label("day"),
            col(C.week).label("week"),
            col(C.month).label("month"),
            col(C.quarter).label("quarter"),
        )
        .join(C, col(E.effective_from) <= col(C.last_day))
        .where(
            col(C.last_day) < func.current_date(),
            ~exists().where(
                col(later.org) == col(E.org),
                col(later.team_id) == col(E.team_id),
                col(later.effective_from) > col(E.effective_from),
                col(later.effective_from) <= col(C.last_day),
            ),
        )
        .subquery("in_force")
    )


def _establishment_months() -> Any:
    funded = _in_force()
    in_post = _M.c.at_end == 1
    staffed = (
        select(_M.c.org, _M.c.team_id, _M.c.month, func.sum(_M.c.fte).label("fte"))
        .where(in_post)
        .group_by(_M.c.org, _M.c.team_id, _M.c.month)
        .subquery("staffed_months")
    )
    gap = funded.c.funded - func.coalesce(staffed.c.fte, 0.0)
    posts = select(
        funded.c.org,
        funded.c.team_id,
        funded.c.site_id,
        literal(None).label("patient_id"),
        funded.c.day,
        funded.c.week,
        funded.c.month,
        funded.c.quarter,
        funded.c.funded.label("funded"),
        # A vacancy is a funded post not filled: an over-established team has none, not fewer
        # than none (and a published count is never negative).
        case((gap > 0, gap), else_=0.0).label("vacant"),
        literal(0.0, Float).label("staffed"),
    ).outerjoin(
        staffed,
        and_(
            staffed.c.org == funded.c.org,
            staffed.c.team_id == funded.c.team_id,
            staffed.c.month == funded.c.month,
        ),
    )
    staff = select(
        *(getattr(_M.c, name) for name in _KEYS),
        literal(0.0, Float).label("funded"),
        literal(0.0, Float).label("vacant"),
        _M.c.fte.label("staffed"),
    ).where(
        in_post,
        exists().where(
            funded.c.org == _M.c.org,
            funded.c.team_id == _M.c.team_id,
            funded.c.month == _M.c.month,
        ),
    )
    return _namespace(union_all(posts, staff).subquery("establishment_months"))


def _caseload_months() -> Any:
    clinicians = and_(_M.c.at_end == 1, _M.c.role.in_(CLINICAL_ROLES))
    fte = select(
        *(getattr(_M.c, name) for name in _KEYS if name != "patient_id"),
        literal(None).label("patient_id"),
        _M.c.fte.label("fte"),
        literal(0, Integer).label("episodes"),
    ).where(clinicians)
    closed = col(P.closed_on)
    episodes = (
        select(
            *(getattr(_M.c, name) for name in _KEYS if name != "patient_id"),
            col(P.patient_id).label("patient_id"),
            literal(0.0, Float).label("fte"),
            literal(1, Integer).label("episodes"),
        )
        .join(P, and_(col(P.org) == _M.c.org, col(P.clinician_id) == _M.c.patient_id))
        .where(
            clinicians,
            col(P.opened_on) <= _M.c.day,
            or_(closed.is_(None), closed > _M.c.day),
            col(P.status).not_in(("cancelled", "entered-in-error")),
        )
    )
    return _namespace(union_all(fte, episodes).subquery("caseload_months"))


ESTABLISHMENT_MONTHS = _establishment_months()
CASELOAD_MONTHS = _caseload_months()
M, V, K = STAFF_MONTHS, ESTABLISHMENT_MONTHS, CASELOAD_MONTHS

SPECS: dict[str, MetricSpec] = {
    "staff-turnover-rate": MetricSpec(
        table=M, population=(), numerator=func.sum(M.left), denominator=func.sum(M.at_end)
    ),
    "team-stability": MetricSpec(
        table=M,
        population=(M.at_start == 1,),
        numerator=func.sum(M.at_end),
        denominator=func.count(),
    ),
    "vacancy-rate": MetricSpec(
        table=V,
        population=(),
        numerator=func.sum(V.vacant),
        denominator=func.sum(V.funded),
        n_rows=V.staffed > 0,
    ),
    "caseload-per-clinical-fte": MetricSpec(
        table=K,
        population=(),
        numerator=func.sum(K.episodes),
        denominator=func.sum(K.fte),
        n_rows=K.episodes == 1,
    ),
}

"""Access metrics from ``fact_referrals``: days from referral to the first kept appointment, and
the waiting list of referrals not yet seen.

Only referrals already seen have a wait (``access_days``); the median and 90th percentile are
type-7 quantiles (PostgreSQL's ``percentile_cont``) computed by
:mod:`services.metrics.stats.quantiles` over the values of each group.

The waiting list is a snapshot, read from a relation with one row per referral and week end
(Sunday) at which it was waiting: received on or before that day and not seen by its end
(``access_days`` null, or larger than the days waited so far), up to today. A recursive query
walks each referral's Sundays, so the rows are as many as the weeks people waited; a row's
period keys are those of its Sunday, so a week's cell is that Sunday's list and a month's cell
pools the Sundays of the month (each waiting referral once per Sunday).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, literal, or_, select
from sqlmodel import col

from services.metrics.catalog import Filter
from services.metrics.compute.facts.days import days_after, days_between, period_columns, week_of
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import ReferralFact as R

WEEK = 7
SIX_WEEKS = 42


def _access(quantile: float) -> MetricSpec:
    return MetricSpec(
        table=R,
        population=(col(R.access_days).is_not(None),),
        denominator=func.count(),
        quantile=quantile,
        quantile_column=col(R.access_days),
        filters={"service_line": col(R.service_line)},
    )


def _still_waiting(day: Any, received_on: Any, access_days: Any) -> Any:
    """Waiting at the end of ``day``: not seen by then, and the day has come."""
    waited = days_between(day, received_on)
    return (day <= func.current_date()) & or_(access_days.is_(None), access_days > waited)


def _waiting() -> SimpleNamespace:
    first_sunday = days_after(week_of(col(R.received_on)), WEEK - 1)
    anchor = select(
        *(col(getattr(R, name)) for name in ("org", "referral_id", "patient_id", "site_id")),
        col(R.service_line),
        col(R.received_on),
        col(R.access_days),
        first_sunday.label("sunday"),
    ).where(_still_waiting(first_sunday, col(R.received_on), col(R.access_days)))
    weeks = anchor.cte("waiting_weeks", recursive=True)
    following = days_after(weeks.c.sunday, WEEK)
    weeks = weeks.union_all(
        select(
            *(weeks.c[name] for name in ("org", "referral_id", "patient_id", "site_id")),
            weeks.c.service_line,
            weeks.c.received_on,
            weeks.c.access_days,
            following,
        ).where(_still_waiting(following, weeks.c.received_on, weeks.c.access_days))
    )
    relation = select(
        weeks.c.org,
        weeks.c.patient_id,
        literal(None).label("clinician_id"),
        literal(None).label("team_id"),
        weeks.c.site_id,
        weeks.c.service_line,
        *period_columns(weeks.c.sunday),
        days_between(weeks.c.sunday, weeks.c.received_on).label("waited"),
    ).subquery("waiting_list")
    return SimpleNamespace(**{c.name: c for c in relation.c})


WAITING = _waiting()
FILTERS: dict[Filter, Any] = {"service_line": WAITING.service_line}

SPECS: dict[str, MetricSpec] = {
    "access-days-median": _access(0.5),
    "access-days-p90": _access(0.9),
    "waiting-over-6-weeks": MetricSpec(
        table=WAITING,
        population=(),
        numerator=count_where(WAITING.waited > SIX_WEEKS),
        denominator=func.count(),
        filters=FILTERS,
    ),
    "days-waiting-median": MetricSpec(
        table=WAITING,
        population=(),
        denominator=func.count(),
        quantile=0.5,
        quantile_column=WAITING.waited,
        filters=FILTERS,
    ),
}

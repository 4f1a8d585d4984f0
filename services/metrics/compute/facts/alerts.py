"""What became of critical-item alerts, from ``fact_alerts``.

Every critical-item alert raised in the period is in the denominator (``not_on_track`` alerts
are out); the flags and times were merged from the alert's events when they were applied
(:mod:`services.metrics.sync.apply.alerts`). A median (and its ``n``) rests on the alerts that
have the time: an open alert has none yet.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import col

from services.metrics.catalog import Filter
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import AlertFact as L

CRITICAL = (col(L.rule) == "critical_item",)
FILTERS: dict[Filter, Any] = {"instrument": col(L.instrument_id)}


def _median(column: Any) -> MetricSpec:
    return MetricSpec(
        table=L,
        population=CRITICAL,
        denominator=func.count(),
        quantile=0.5,
        quantile_column=column,
        n_rows=column.is_not(None),
        filters=FILTERS,
    )


def _share(flag: Any) -> MetricSpec:
    return MetricSpec(
        table=L,
        population=CRITICAL,
        numerator=count_where(flag.is_(True)),
        denominator=func.count(),
        filters=FILTERS,
    )


SPECS: dict[str, MetricSpec] = {
    "critical-alert-hours-to-acknowledge": _median(col(L.hours_to_acknowledge)),
    "critical-alert-hours-to-first-action": _median(col(L.hours_to_first_action)),
    "critical-alert-acknowledged-24h": _share(col(L.acknowledged_within_24h)),
    "critical-alert-actioned-24h": _share(col(L.actioned_within_24h)),
    "critical-alert-escalated": _share(col(L.escalated)),
    "critical-alert-safety-plan": _share(col(L.safety_plan_recorded)),
    "critical-alert-follow-up-7d": _share(col(L.followed_up_within_7_days)),
}

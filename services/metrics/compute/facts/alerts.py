"""Time from a critical-item alert to its acknowledgement, from ``fact_alerts``.

Every critical-item alert raised in the period is in the denominator; the median (and ``n``)
rest on the acknowledged ones only, since an open alert has no time yet.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import col

from services.metrics.compute.spec import MetricSpec
from services.metrics.models import AlertFact as L

SPECS: dict[str, MetricSpec] = {
    "critical-alert-hours-to-acknowledge": MetricSpec(
        table=L,
        population=(col(L.rule) == "critical_item",),
        denominator=func.count(),
        quantile=0.5,
        quantile_column=col(L.hours_to_acknowledge),
        n_rows=col(L.hours_to_acknowledge).is_not(None),
        filters={"instrument": col(L.instrument_id)},
    ),
}

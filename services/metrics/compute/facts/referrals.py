"""Access metrics from ``fact_referrals``: days from referral to the first kept appointment.

Only referrals already seen have a wait (``access_days``); the median and 90th percentile are
type-7 quantiles (PostgreSQL's ``percentile_cont``) computed by
:mod:`services.metrics.stats.quantiles` over the values of each group.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import col

from services.metrics.compute.spec import MetricSpec
from services.metrics.models import ReferralFact as R


def _access(quantile: float) -> MetricSpec:
    return MetricSpec(
        table=R,
        population=(col(R.access_days).is_not(None),),
        denominator=func.count(),
        quantile=quantile,
        quantile_column=col(R.access_days),
        filters={"service_line": col(R.service_line)},
    )


SPECS: dict[str, MetricSpec] = {
    "access-days-median": _access(0.5),
    "access-days-p90": _access(0.9),
}

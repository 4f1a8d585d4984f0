"""Comparison series for a cycle's study: the control of a controlled interrupted time series
(:mod:`services.metrics.stats.controlled_its`).

Two controls, both series the caller may already read: another unit of the organization at the
project's level, which did not get the change (its published series, as the chart route
publishes it), or, for an organization-level aim, the peer median of a collaborative the
organization is an approved member of (the benchmark route's median, period by period: each
peer's value suppressed under its own threshold and rounded as anything leaving an
organization, and no median with fewer than 5 peers). The peer median is a fair control only
when the peers did not make the same change at the same time; the answer cannot know that.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from sqlmodel import Session

from services.metrics.compute.disclosure.pool import members_seen_by
from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.improvement.effects import Effect
from services.metrics.learning import periods
from services.metrics.learning.benchmarks import benchmark_view
from services.metrics.learning.charts import unit_series
from services.metrics.learning.selection import Selection
from services.metrics.schemas.common import IntervalOut
from services.metrics.schemas.cycles import ComparisonOut
from services.metrics.stats.controlled_its import controlled_its
from services.metrics.stats.equity import Interval
from services.metrics.stats.errors import StatsError
from services.metrics.stats.rounding import Rounding

Series = list[tuple[date, float]]


def unit_control(
    session: Session, *, selection: Selection, viewer_org: str, floor: int, bases: Rounding
) -> Series:
    """The comparison unit's published values (``selection`` is that unit's)."""
    threshold = threshold_for(session, floor=floor, orgs=selection.orgs)
    series = unit_series(session, selection=selection, threshold=threshold,
                         viewer_org=viewer_org, bases=bases)  # fmt: skip
    return [(s.period, s.cell.value) for s in series
            if s.cell is not None and s.cell.value is not None and not s.suppressed]  # fmt: skip


def peer_median_control(
    session: Session, *, selection: Selection, org: str, collaborative_id: str, floor: int,
    bases: Rounding,
) -> Series:  # fmt: skip
    """The collaborative's peer median per period (``selection`` is the org-level aim's)."""
    members = members_seen_by(session, collaborative_id, org)
    rows = benchmark_view(session, selection=selection, org=org, peers=members, floor=floor,
                          bases=bases)  # fmt: skip
    return [(r.period, r.comparison.peer_median) for r in rows
            if r.comparison is not None and r.comparison.peer_median is not None]  # fmt: skip


def _interval(i: Interval) -> IntervalOut:
    return IntervalOut(estimate=i.estimate, lower=i.lower, upper=i.upper)


def compare(
    effect: Effect,
    control: Series,
    *,
    period: str,
    kind: Literal["unit", "peer-median"],
    control_id: str,
) -> tuple[ComparisonOut | None, str | None]:
    """The controlled estimate of the effect's series against ``control``, or None and why.
    The transition period, left out of the effect's fit, is left out of the control too."""
    treated = [
        (s.period, s.cell.value)
        for s in effect.points
        if s.period in effect.used and s.cell is not None and s.cell.value is not None
    ]
    control = [(day, value) for day, value in control if day != effect.transition]
    if not treated or not control:
        return None, "No comparison: one of the series has no published value."

    def ordinal(day: date) -> int:
        return periods.ordinal(day, period)  # type: ignore[arg-type]  # a stored Period

    origin = min(ordinal(treated[0][0]), ordinal(control[0][0]))
    try:
        fit = controlled_its(
            [v for _, v in treated], [float(ordinal(d) - origin) for d, _ in treated],
            [v for _, v in control], [float(ordinal(d) - origin) for d, _ in control],
            change_time=float(ordinal(effect.change_period) - origin),
        )  # fmt: skip
    except StatsError as error:
        return None, f"No comparison: {error}."
    return ComparisonOut(
        kind=kind, unit_id=control_id, points=fit.n_points,
        level_change_difference=_interval(fit.level_change_difference),
        slope_change_difference=_interval(fit.slope_change_difference),
        descriptive_only=fit.descriptive_only,
    ), None  # fmt: skip

"""The effect of a PDSA cycle (once a QI intervention) on its project's metric, estimated.

A cycle belongs to a project of the organization, whose aim names one metric at one unit.
Its effect is read off that metric's series for that unit by segmented regression
(:mod:`services.metrics.stats.segmented_regression`; Wagner et al. 2002). Suppressed periods
are left out of the fit (their values are not published) but keep their place in time, so
slopes stay per period.

When the effect starts. The change's clock starts at the period holding its start date
(time since the change is 0 there), also when that period is suppressed: the level change
is estimated at that period, never at whichever published period comes next (the known
parameterisation pitfall of segmented regression, a misplaced t0, that moves the level
change's meaning; Xiao, Augusto & Wagenaar 2021).

The transition period. When the start date is the first day of its period, that period is
wholly after the change and is the first post-change point. When the start date falls inside
a period, that period mixes days before and after the change: its value is neither the old
process nor the new one, and fitting it on either side would blur the level change. It is
kept on the axis, marked as the transition period and left out of the fit. This is our
decision, stated in the API too: Wagner et al. (2002) split the series into segments at the
change's time point, and a period holding that point belongs wholly to neither segment, so
rather than assign it to one (and bias that segment toward the other) we drop it, as is
usual for a transition or phase-in period in segmented regression. The cost is one point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from services.metrics.learning import periods
from services.metrics.learning.charts import SeriesPoint, unit_series
from services.metrics.learning.selection import Selection
from services.metrics.schemas.common import IntervalOut
from services.metrics.schemas.interventions import EffectOut, EffectPointOut
from services.metrics.stats.equity import Interval
from services.metrics.stats.errors import InsufficientDataError
from services.metrics.stats.rounding import Rounding
from services.metrics.stats.segmented_regression import (
    MIN_POINTS_PER_SIDE,
    SegmentedRegressionResult,
    segmented_regression,
)


@dataclass(frozen=True)
class Effect:
    """The estimate (None when the series is too short) and the points it rests on.

    `change_period` is the period holding the start date (t0); `transition` is that same
    period when the start date falls inside it (left out of the fit), else None.
    """

    change_period: date
    transition: date | None
    points: tuple[SeriesPoint, ...]
    used: frozenset[date]
    n_before: int
    n_after: int
    result: SegmentedRegressionResult | None
    warnings: tuple[str, ...]


def estimate_effect(
    session: Session,
    *,
    selection: Selection,
    threshold: int,
    started_on: date,
    viewer_org: str,
    bases: Rounding,
) -> Effect:
    """Segmented regression on the unit's published series around ``started_on`` (rounded to
    the deployment's ``bases``, as the chart route publishes it); see the module docstring for
    where the effect starts and how the transition period is handled."""
    period = selection.period
    series = unit_series(
        session, selection=selection, threshold=threshold, viewer_org=viewer_org, bases=bases
    )
    change = periods.period_start(started_on, period)
    transition = change if started_on != change else None
    published = [
        s for s in series if s.cell is not None and s.cell.value is not None and not s.suppressed
    ]
    before = [s for s in published if s.period < change]
    after = [s for s in published if s.period >= change and s.period != transition]
    warnings: list[str] = []
    skipped = len(series) - len(published)
    if skipped:
        warnings.append(f"{skipped} period(s) without a publishable value are left out.")
    if transition is not None:
        warnings.append(
            f"The change started on {started_on.isoformat()}, inside the period from "
            f"{transition.isoformat()}: that transition period is left out of the fit; the "
            "effect is measured from its start."
        )
    elif not any(s.period == change for s in published):
        warnings.append(
            f"The change's first period ({change.isoformat()}) has no publishable value; the "
            "effect is still measured from its start."
        )

    def no_estimate(reason: str) -> Effect:
        warnings.append(reason)
        return Effect(change, transition, tuple(series), frozenset(), len(before), len(after),
                      None, tuple(warnings))  # fmt: skip

    if min(len(before), len(after)) < MIN_POINTS_PER_SIDE:
        return no_estimate(
            f"Too few points for segmented regression: {len(before)} before and {len(after)} "
            f"after the change; at least {MIN_POINTS_PER_SIDE} on each side are needed."
        )
    ordered = before + after
    # Periods counted from the first used one: the intercept (baseline level) is then the
    # level at the start of the series, not at period zero of the calendar.
    origin = periods.ordinal(ordered[0].period, period)
    try:
        result = segmented_regression(
            [s.cell.value for s in ordered if s.cell and s.cell.value is not None],
            len(before),
            times=[float(periods.ordinal(s.period, period) - origin) for s in ordered],
            change_time=float(periods.ordinal(change, period) - origin),
        )
    except InsufficientDataError as error:
        return no_estimate(f"No estimate: {error}.")
    if result.descriptive_only:
        warnings.append(
            "Fewer than 8 points on one side: read the estimate as descriptive only "
            "(intervals from short series are unreliable)."
        )
    warnings.append(
        "Ordinary least squares ignores autocorrelation between periods: intervals may be "
        "too narrow on long series."
    )
    return Effect(
        change,
        transition,
        tuple(series),
        frozenset(s.period for s in ordered),
        len(before),
        len(after),
        result,
        tuple(warnings),
    )


def _interval(i: Interval | None) -> IntervalOut | None:
    return None if i is None else IntervalOut(estimate=i.estimate, lower=i.lower, upper=i.upper)


def effect_out(effect: Effect, *, change_id: str, metric_id: str) -> EffectOut:
    """The effect as the API publishes it (``change_id``: the cycle's, once intervention's, id)."""
    r = effect.result
    return EffectOut(
        intervention_id=change_id,
        metric_id=metric_id,
        first_period_after=effect.change_period,
        transition_period=effect.transition,
        points_before=effect.n_before,
        points_after=effect.n_after,
        level_change=_interval(r.level_change) if r else None,
        slope_change=_interval(r.slope_change) if r else None,
        pre_slope=_interval(r.pre_slope) if r else None,
        post_slope=r.post_slope if r else None,
        baseline_level=_interval(r.baseline_level) if r else None,
        counterfactual_last=r.counterfactual_last if r else None,
        fitted_last=r.fitted_last if r else None,
        descriptive_only=r.descriptive_only if r else True,
        points=[
            EffectPointOut(
                period=s.period,
                value=None if s.cell is None or s.suppressed else s.cell.value,
                after=s.period >= effect.change_period,
                transition=s.period == effect.transition,
                used=s.period in effect.used,
            )
            for s in effect.points
        ],
        warnings=list(effect.warnings),
    )

"""Interrupted time series: the effect of a QI change (a PDSA cycle) by segmented regression.

Model (Wagner, Soumerai, Zhang & Ross-Degnan 2002, J Clin Pharm Ther 27:299-309):

    y = b0 + b1 t + b2 post + b3 (t - t0) post

t is the period number, t0 the period the change starts in, post 1 from t0 on. Time since
the change starts at 0 at t0, so b2 is the jump in level at t0 and b3 the change in slope
(post slope b1 + b3). The pitfall (Xiao, Augusto & Wagenaar 2021, Int J Epidemiol
50:1011-1015; Wang et al. 2025, BMC Med Res Methodol, doi:10.1186/s12874-025-02556-8): using
t * post, or starting the clock at whichever post point happens to come first, silently
changes b2's meaning. So t0 is given as a time (`change_time`), not taken from the first
fitted point: when the change's own period is missing from the fit (suppressed for privacy,
or left out as a transition period) the level change is still estimated at the change, not
at a later period. Fit by ordinary least squares, standard errors from the residual
variance, intervals with Student's t on n - 4 degrees of freedom. OLS ignores
autocorrelation, so intervals are optimistic on long autocorrelated series (Turner et al.
2021); for short QI series it is the usual choice.

Minimum data: 3 points on each side to fit the model at all (Wagner et al. 2002 ask for 12
per segment for power; Penfold & Zhang 2013, Acad Pediatr 13:S38-S44, discuss minimum
lengths); fewer than 8 on either side is flagged `descriptive_only`, a threshold of our own
between the bare minimum that fits and the 12 recommended for power.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats

from services.metrics.stats.equity import Interval
from services.metrics.stats.errors import InsufficientDataError, InvalidInputError

MIN_POINTS_PER_SIDE = 3
RECOMMENDED_POINTS_PER_SIDE = 8


@dataclass(frozen=True)
class SegmentedRegressionResult:
    """Estimated effect of an intervention on a series.

    `level_change` is b2 and `slope_change` b3 with their intervals; `baseline_level` is
    b0; the slopes are per period. `counterfactual_last` is what the last period would have
    been had the pre-change trend continued, `fitted_last` the model's value there.
    """

    baseline_level: Interval
    pre_slope: Interval
    level_change: Interval
    slope_change: Interval
    post_slope: float
    n_before: int
    n_after: int
    residual_sd: float
    counterfactual_last: float
    fitted_last: float
    descriptive_only: bool


def segmented_regression(
    values: Sequence[float],
    intervention_index: int,
    *,
    times: Sequence[float] | None = None,
    change_time: float | None = None,
    confidence: float = 0.95,
) -> SegmentedRegressionResult:
    """Fit the segmented model; `intervention_index` is the first point after the change.

    `times` defaults to 0, 1, 2, ...; pass period numbers when periods are missing (a
    suppressed month) so that slopes stay per period rather than per plotted point.
    `change_time` is t0, when time since the change is 0; it defaults to the time of the
    first point after the change, and must lie after every point before it and no later
    than the first point after it.
    """
    y = np.asarray(values, dtype=float)
    t = np.arange(len(y), dtype=float) if times is None else np.asarray(times, dtype=float)
    if t.shape != y.shape:
        raise InvalidInputError("times and values must have the same length")
    if not np.all(np.isfinite(y)) or not np.all(np.diff(t) > 0):
        raise InvalidInputError("values must be finite and times strictly increasing")
    n_before, n_after = intervention_index, len(y) - intervention_index
    if min(n_before, n_after) < MIN_POINTS_PER_SIDE:
        raise InsufficientDataError(
            f"segmented regression needs at least {MIN_POINTS_PER_SIDE} points before and after "
            f"the change; got {n_before} before and {n_after} after"
        )
    post = (np.arange(len(y)) >= intervention_index).astype(float)
    t0 = float(t[intervention_index]) if change_time is None else float(change_time)
    if not t[intervention_index - 1] < t0 <= t[intervention_index]:
        raise InvalidInputError("the change must fall after the points before it and no later "
                                "than the first point after it")  # fmt: skip
    x = np.column_stack([np.ones_like(t), t, post, (t - t0) * post])
    beta, _, rank, _ = np.linalg.lstsq(x, y, rcond=None)
    if rank < 4:
        raise InsufficientDataError("the design is singular: the segments cannot be separated")
    df = len(y) - 4
    resid = y - x @ beta
    sigma2 = float(resid @ resid) / df
    cov = sigma2 * np.linalg.inv(x.T @ x)
    se = np.sqrt(np.clip(np.diag(cov), 0.0, None))
    q = float(stats.t.ppf(0.5 + confidence / 2, df))

    def interval(k: int) -> Interval:
        return Interval(float(beta[k]), float(beta[k] - q * se[k]), float(beta[k] + q * se[k]))

    last = x[-1]
    return SegmentedRegressionResult(
        baseline_level=interval(0),
        pre_slope=interval(1),
        level_change=interval(2),
        slope_change=interval(3),
        post_slope=float(beta[1] + beta[3]),
        n_before=n_before,
        n_after=n_after,
        residual_sd=float(np.sqrt(sigma2)),
        counterfactual_last=float(beta[0] + beta[1] * last[1]),
        fitted_last=float(last @ beta),
        descriptive_only=min(n_before, n_after) < RECOMMENDED_POINTS_PER_SIDE,
    )

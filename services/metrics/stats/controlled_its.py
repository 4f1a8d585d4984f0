"""Controlled interrupted time series: a change's effect measured against a comparison series
that did not get the change.

Model (Linden 2015, "Conducting interrupted time-series analysis for single- and
multiple-group comparisons", Stata Journal 15(2):480-500, equation 2; the use of such
controls is discussed by Lopez Bernal, Cummins & Gasparrini 2018, Int J Epidemiol
47(6):2082-2093):

    y = b0 + b1 T + b2 X + b3 X (T - t0) + b4 Z + b5 Z T + b6 Z X + b7 Z X (T - t0)

T is the period number, t0 the period the change starts in, X 1 from t0 on, Z 1 for the
series that got the change and 0 for the comparison. b0..b3 are the comparison's level, slope,
level change and slope change; b4 and b5 the differences in level and slope before the change;
**b6 the difference in the level change and b7 the difference in the slope change**: what the
change did beyond what happened to the comparison at the same time (a shock both series share,
such as a new booking system across the organization, cancels out). Time since the change is
0 at t0 (as in :mod:`.segmented_regression`, for the same reason). Fit by ordinary least
squares on both series together (one residual variance), 95% intervals with Student's t on
n - 8 degrees of freedom; like the single-series model it ignores autocorrelation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats

from services.metrics.stats.equity import Interval
from services.metrics.stats.errors import InsufficientDataError, InvalidInputError
from services.metrics.stats.segmented_regression import (
    MIN_POINTS_PER_SIDE,
    RECOMMENDED_POINTS_PER_SIDE,
)

PARAMETERS = 8


@dataclass(frozen=True)
class ControlledResult:
    """b6 (level change difference) and b7 (slope change difference) with their intervals,
    the comparison's own level and slope changes (b2, b3), and the points each side used."""

    level_change_difference: Interval
    slope_change_difference: Interval
    control_level_change: float
    control_slope_change: float
    n_points: int
    descriptive_only: bool


def _design(times: np.ndarray, treated: float, t0: float) -> np.ndarray:
    x = (times >= t0).astype(float)
    since = (times - t0) * x
    z = np.full_like(times, treated)
    one = np.ones_like(times)
    return np.column_stack([one, times, x, since, z, z * times, z * x, z * since])


def _checked(values: Sequence[float], times: Sequence[float], t0: float) -> np.ndarray:
    y, t = np.asarray(values, float), np.asarray(times, float)
    if y.shape != t.shape or not np.all(np.isfinite(y)) or not np.all(np.diff(t) > 0):
        raise InvalidInputError("each series needs finite values at strictly increasing times")
    before, after = int(np.sum(t < t0)), int(np.sum(t >= t0))
    if min(before, after) < MIN_POINTS_PER_SIDE:
        raise InsufficientDataError(
            f"a controlled interrupted time series needs at least {MIN_POINTS_PER_SIDE} points "
            f"before and after the change in each series; got {before} and {after}"
        )
    return np.asarray([before, after])


def controlled_its(
    treated: Sequence[float],
    treated_times: Sequence[float],
    control: Sequence[float],
    control_times: Sequence[float],
    *,
    change_time: float,
    confidence: float = 0.95,
) -> ControlledResult:
    """Fit the model above; a point is after the change when its time is at least
    ``change_time`` (leave a transition period out before calling)."""
    sides = np.minimum(
        _checked(treated, treated_times, change_time),
        _checked(control, control_times, change_time),
    )
    t_treated, t_control = np.asarray(treated_times, float), np.asarray(control_times, float)
    x = np.vstack([_design(t_control, 0.0, change_time), _design(t_treated, 1.0, change_time)])
    y = np.concatenate([np.asarray(control, float), np.asarray(treated, float)])
    beta, _, rank, _ = np.linalg.lstsq(x, y, rcond=None)
    if rank < PARAMETERS:
        raise InsufficientDataError("the design is singular: the segments cannot be separated")
    df = len(y) - PARAMETERS
    resid = y - x @ beta
    cov = float(resid @ resid) / df * np.linalg.inv(x.T @ x)
    se = np.sqrt(np.clip(np.diag(cov), 0.0, None))
    q = float(stats.t.ppf(0.5 + confidence / 2, df))

    def interval(k: int) -> Interval:
        return Interval(float(beta[k]), float(beta[k] - q * se[k]), float(beta[k] + q * se[k]))

    return ControlledResult(
        level_change_difference=interval(6),
        slope_change_difference=interval(7),
        control_level_change=float(beta[2]),
        control_slope_change=float(beta[3]),
        n_points=len(y),
        descriptive_only=int(sides.min()) < RECOMMENDED_POINTS_PER_SIDE,
    )

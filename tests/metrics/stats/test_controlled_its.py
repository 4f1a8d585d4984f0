"""Controlled interrupted time series (Linden 2015) against independently derived numbers."""

from __future__ import annotations

import numpy as np
import pytest

from services.metrics.stats.controlled_its import controlled_its
from services.metrics.stats.errors import InsufficientDataError
from services.metrics.stats.segmented_regression import segmented_regression

pytestmark = pytest.mark.no_database

T = np.arange(20, dtype=float)
T0 = 10.0
AFTER = (T >= T0).astype(float)


def line(level: float, slope: float, jump: float, bend: float) -> np.ndarray:
    return level + slope * T + jump * AFTER + bend * (T - T0) * AFTER


def test_a_shock_both_series_share_cancels_out() -> None:
    # Worked by hand: both units get a jump of +3 and a bend of +0.2 per period at t0 (a change
    # across the organization); only the treated unit gets the extra -5 and -0.4 of its PDSA
    # cycle. The single-series estimate mixes the two (-2, -0.2); the controlled one is -5, -0.4.
    control = line(20.0, 0.5, 3.0, 0.2)
    treated = line(24.0, 0.3, 3.0 - 5.0, 0.2 - 0.4)
    alone = segmented_regression(treated.tolist(), 10)
    assert alone.level_change.estimate == pytest.approx(-2.0)
    fit = controlled_its(treated.tolist(), T.tolist(), control.tolist(), T.tolist(), change_time=T0)
    assert fit.level_change_difference.estimate == pytest.approx(-5.0)
    assert fit.slope_change_difference.estimate == pytest.approx(-0.4)
    assert fit.control_level_change == pytest.approx(3.0)
    assert fit.control_slope_change == pytest.approx(0.2)
    assert (fit.n_points, fit.descriptive_only) == (40, False)


def test_noisy_estimate_and_interval_match_least_squares_done_by_hand() -> None:
    rng = np.random.default_rng(15)
    control = line(20.0, 0.5, 3.0, 0.2) + rng.normal(0, 1.0, 20)
    treated = line(24.0, 0.3, -2.0, -0.2) + rng.normal(0, 1.0, 20)
    fit = controlled_its(treated.tolist(), T.tolist(), control.tolist(), T.tolist(), change_time=T0)
    # The fully interacted model's b6 and b7 are the differences of the two series' own
    # segmented-regression estimates (each group has its own four coefficients).
    own = segmented_regression(treated.tolist(), 10)
    other = segmented_regression(control.tolist(), 10)
    difference = own.level_change.estimate - other.level_change.estimate
    assert fit.level_change_difference.estimate == pytest.approx(difference)
    # The interval's half-width: t(0.975, 32) * sqrt(pooled variance * [(X'X)^-1]_66), the
    # pooled variance being the two separate fits' residual sums of squares over 40 - 8.
    rss = own.residual_sd**2 * 16 + other.residual_sd**2 * 16
    z = np.r_[np.zeros(20), np.ones(20)]
    tt, xx = np.r_[T, T], np.r_[AFTER, AFTER]
    since = (tt - T0) * xx
    design = np.column_stack([np.ones(40), tt, xx, since, z, z * tt, z * xx, z * since])
    var = rss / 32 * np.linalg.inv(design.T @ design)[6, 6]
    half = 2.036933343460101 * np.sqrt(var)  # t quantile 0.975 on 32 df (tables: 2.0369)
    interval = fit.level_change_difference
    assert interval.upper - interval.estimate == pytest.approx(half)
    assert interval.lower < -5.0 < interval.upper


def test_too_few_points_after_the_change_in_the_comparison_is_refused() -> None:
    with pytest.raises(InsufficientDataError):
        controlled_its(T.tolist(), T.tolist(), [1.0] * 12, list(range(12)), change_time=T0)

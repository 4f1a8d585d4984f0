"""Segmented regression recovers known effects (Wagner et al. 2002 model)."""

from __future__ import annotations

import numpy as np
import pytest

from services.metrics.stats.errors import InsufficientDataError, InvalidInputError
from services.metrics.stats.segmented_regression import segmented_regression

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def series(n_before: int, n_after: int, b=(50.0, 0.5, -8.0, -1.2), times=None) -> np.ndarray:
    t = np.arange(n_before + n_after, dtype=float) if times is None else np.asarray(times, float)
    post = (np.arange(len(t)) >= n_before).astype(float)
    return b[0] + b[1] * t + b[2] * post + b[3] * (t - t[n_before]) * post


def test_noise_free_series_is_recovered_exactly() -> None:
    fit = segmented_regression(series(12, 12).tolist(), 12)
    assert fit.baseline_level.estimate == pytest.approx(50.0)
    assert fit.pre_slope.estimate == pytest.approx(0.5)
    assert fit.level_change.estimate == pytest.approx(-8.0)
    assert fit.slope_change.estimate == pytest.approx(-1.2)
    assert fit.post_slope == pytest.approx(-0.7)
    assert fit.level_change.upper - fit.level_change.lower == pytest.approx(0.0, abs=1e-6)
    assert (fit.n_before, fit.n_after, fit.descriptive_only) == (12, 12, False)
    # Counterfactual at t = 23: 50 + 0.5 * 23; fitted: that - 8 - 1.2 * 11.
    assert fit.counterfactual_last == pytest.approx(61.5)
    assert fit.fitted_last == pytest.approx(61.5 - 8 - 13.2)


def test_noisy_series_intervals_cover_the_truth() -> None:
    rng = np.random.default_rng(2024)
    covered = 0
    for _ in range(200):
        y = series(12, 12) + rng.normal(0, 2.0, 24)
        fit = segmented_regression(y.tolist(), 12)
        covered += fit.level_change.lower <= -8.0 <= fit.level_change.upper
        covered += fit.slope_change.lower <= -1.2 <= fit.slope_change.upper
    # Nominal 95% on 400 intervals: expect about 380; a binomial 99.9% band is about 368-392.
    assert 360 <= covered <= 396


def test_missing_periods_keep_slopes_per_period() -> None:
    times = [0, 1, 2, 4, 5, 6, 7, 8, 9, 11]  # periods 3 and 10 were suppressed
    fit = segmented_regression(series(5, 5, times=times).tolist(), 5, times=times)
    assert fit.pre_slope.estimate == pytest.approx(0.5)
    assert fit.slope_change.estimate == pytest.approx(-1.2)


def test_refuses_fewer_than_three_points_on_a_side() -> None:
    with pytest.raises(InsufficientDataError, match="2 before"):
        segmented_regression([1.0] * 10, 2)
    with pytest.raises(InsufficientDataError, match="2 after"):
        segmented_regression([1.0] * 10, 8)
    fit = segmented_regression(series(3, 3).tolist(), 3)
    assert fit.descriptive_only
    with pytest.raises(InvalidInputError):
        segmented_regression([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 3, times=[0, 1, 1, 2, 3, 4])


def test_the_change_time_holds_when_its_own_period_is_missing() -> None:
    """Wagner et al. 2002: time since the change is 0 at the change. With period 12 absent
    the first post point is period 13; b2 must still be the jump at 12, not at 13."""
    times = [t for t in range(24) if t != 12]
    y = series(12, 12)[[t for t in range(24) if t != 12]]
    fit = segmented_regression(y.tolist(), 12, times=times, change_time=12)
    assert fit.level_change.estimate == pytest.approx(-8.0)
    assert fit.slope_change.estimate == pytest.approx(-1.2)
    late = segmented_regression(y.tolist(), 12, times=times)  # t0 at the first post point
    assert late.level_change.estimate == pytest.approx(-8.0 - 1.2)
    with pytest.raises(InvalidInputError):
        segmented_regression(y.tolist(), 12, times=times, change_time=11)
    with pytest.raises(InvalidInputError):
        segmented_regression(y.tolist(), 12, times=times, change_time=13.5)

"""Equity gaps against Newcombe's published intervals and independent computations."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from services.metrics.stats.equity import (
    MeanGroup,
    ProportionGroup,
    choose_reference,
    compare_means,
    compare_proportions,
    mean_difference,
    proportion_difference,
    proportion_ratio,
    wilson_interval,
)
from services.metrics.stats.errors import InsufficientDataError, InvalidInputError

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


@pytest.mark.parametrize(
    ("x", "n", "lower", "upper"),
    [  # Newcombe 1998a, Stat Med 17:857-872, Table I, method 3 (Wilson score).
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_interval_matches_newcombe_1998a(x: int, n: int, lower: float, upper: float) -> None:
    ci = wilson_interval(x, n)
    assert (ci.lower, ci.upper) == pytest.approx((lower, upper), abs=5e-5)


@pytest.mark.parametrize(
    ("x1", "n1", "x2", "n2", "lower", "upper"),
    [  # Newcombe 1998b, Stat Med 17:873-890, Table II, method 10 (hybrid score).
        (56, 70, 48, 80, 0.0524, 0.3339),
        (9, 10, 3, 10, 0.1705, 0.8090),
        (5, 56, 0, 29, -0.0381, 0.1926),
        (0, 10, 0, 20, -0.1611, 0.2775),
        (10, 10, 0, 10, 0.6075, 1.0000),
    ],
)
def test_difference_matches_newcombe_1998b_method_10(
    x1: int, n1: int, x2: int, n2: int, lower: float, upper: float
) -> None:
    ci = proportion_difference(x1, n1, x2, n2)
    assert ci.estimate == pytest.approx(x1 / n1 - x2 / n2)
    assert (ci.lower, ci.upper) == pytest.approx((lower, upper), abs=5e-5)


def test_katz_ratio_by_hand() -> None:
    # 20/100 vs 10/100: RR = 2, SE(log RR) = sqrt(1/20 - 1/100 + 1/10 - 1/100) = sqrt(0.13);
    # CI = exp(log 2 +- 1.959964 * 0.3605551) = 0.98656 .. 4.05449.
    ci = proportion_ratio(20, 100, 10, 100)
    assert ci is not None
    assert ci.estimate == pytest.approx(2.0)
    assert (ci.lower, ci.upper) == pytest.approx((0.98656, 4.05449), abs=5e-5)


def test_katz_ratio_zero_cell_uses_half_correction() -> None:
    # 0/50 vs 5/50 -> 0.5/51 vs 5.5/51: RR = 1/11,
    # SE = sqrt(1/0.5 - 1/51 + 1/5.5 - 1/51) = sqrt(2.142602).
    ci = proportion_ratio(0, 50, 5, 50)
    assert ci is not None
    assert ci.estimate == pytest.approx(1 / 11)
    se = math.sqrt(1 / 0.5 - 1 / 51 + 1 / 5.5 - 1 / 51)
    assert ci.upper == pytest.approx(math.exp(math.log(1 / 11) + 1.959964 * se), rel=1e-6)
    assert proportion_ratio(0, 50, 0, 60) is None


def test_welch_difference_agrees_with_scipy_on_raw_data() -> None:
    rng = np.random.default_rng(3)
    a, b = rng.normal(12, 3, 25), rng.normal(10, 6, 40)
    ci = mean_difference(
        MeanGroup("a", a.mean(), a.std(ddof=1), 25), MeanGroup("b", b.mean(), b.std(ddof=1), 40)
    )
    ref = stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95)
    assert (ci.lower, ci.upper) == pytest.approx((ref.low, ref.high))
    with pytest.raises(InsufficientDataError):
        mean_difference(MeanGroup("a", 1, 0, 1), MeanGroup("b", 1, 1, 5))


def test_reference_is_the_largest_group_unless_given() -> None:
    groups = [
        ProportionGroup("Black", 30, 120),
        ProportionGroup("White", 90, 300),
        ProportionGroup("Unknown", 0, 0),
    ]
    result = compare_proportions(groups)
    assert result.reference == "White"
    black, white, unknown = result.groups
    assert white.is_reference and white.difference is None
    assert black.value == 0.25 and black.difference is not None and black.ratio is not None
    assert black.difference.estimate == pytest.approx(0.25 - 0.30)
    assert black.ratio.estimate == pytest.approx(0.25 / 0.30)
    assert unknown.value is None and unknown.difference is None
    assert compare_proportions(groups, reference="Black").reference == "Black"
    assert choose_reference({"b": 10, "a": 10}) == "a"
    with pytest.raises(InvalidInputError):
        compare_proportions(groups, reference="Martian")


def test_compare_means() -> None:
    result = compare_means([MeanGroup("en", 4.2, 0.8, 200), MeanGroup("es", 3.9, 1.1, 60)])
    assert result.reference == "en"
    es = result.groups[1]
    assert es.difference is not None and es.difference.estimate == pytest.approx(-0.3)
    assert es.difference.lower < -0.3 < es.difference.upper

"""Control-chart limits against published worked examples and hand computations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.metrics.stats.charts import (
    build_chart,
    choose_chart,
    p_chart,
    p_prime_chart,
    run_chart,
    u_chart,
    xmr_chart,
)
from services.metrics.stats.errors import InsufficientDataError, InvalidInputError
from services.metrics.stats.series import Baseline, Point

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

# Montgomery, "Introduction to Statistical Quality Control" (6th ed.), Example 7.1 / Table 7.1:
# 30 samples of n = 50 frozen-orange-juice cans, nonconforming counts. Published: pbar = 0.2313,
# UCL = 0.4102, LCL = 0.0524; samples 15 and 23 plot above the UCL.
MONTGOMERY_P = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22,
                8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6]  # fmt: skip

# Montgomery, u-chart worked example (chapter 7): nonconformities in 20 samples of
# 5 personal computers.
# Published: ubar = 1.93, UCL = 3.79, LCL = 0.07, process in control.
MONTGOMERY_U = [10, 12, 8, 14, 10, 16, 11, 7, 10, 15, 9, 5, 7, 11, 12, 6, 8, 10, 7, 5]

# Montgomery, individuals-chart worked example (chapter 6): weekly mortgage-loan processing costs.
# Published: xbar = 300.5, MRbar = 7.79, UCL = 321.22, LCL = 279.78, MR chart UCL = 25.45.
MONTGOMERY_X = [310, 288, 297, 298, 307, 303, 294, 297, 308, 306,
                294, 299, 297, 299, 314, 295, 293, 306, 301, 304]  # fmt: skip


def _months(n: int) -> list[str]:
    return [f"{2020 + i // 12}-{i % 12 + 1:02d}" for i in range(n)]


def proportions(nums: list[int], dens: list[int]) -> list[Point]:
    return [
        Point(p, numerator=y, denominator=n)
        for p, y, n in zip(_months(len(nums)), nums, dens, strict=True)
    ]


def values(xs: list[float]) -> list[Point]:
    return [Point(p, value=x) for p, x in zip(_months(len(xs)), xs, strict=True)]


def test_p_chart_matches_montgomery_example_7_1() -> None:
    chart = p_chart(proportions(MONTGOMERY_P, [50] * 30))
    assert chart.centre == pytest.approx(0.2313, abs=5e-5)
    for point in chart.points:
        assert point.upper == pytest.approx(0.4102, abs=5e-5)
        assert point.lower == pytest.approx(0.0524, abs=5e-5)
    above = [p.index + 1 for p in chart.points if p.value > p.upper]
    assert above == [15, 23]


def test_u_chart_matches_montgomery_personal_computers() -> None:
    chart = u_chart(proportions(MONTGOMERY_U, [5] * 20))
    assert chart.centre == pytest.approx(1.93)
    assert chart.points[0].upper == pytest.approx(3.79, abs=5e-3)
    assert chart.points[0].lower == pytest.approx(0.07, abs=5e-3)
    assert all(p.lower <= p.value <= p.upper for p in chart.points)


def test_xmr_chart_matches_montgomery_loan_costs() -> None:
    chart = xmr_chart(values(MONTGOMERY_X))
    assert chart.centre == pytest.approx(300.5)
    assert chart.mr_bar == pytest.approx(7.79, abs=5e-3)
    assert chart.points[0].upper == pytest.approx(321.22, abs=0.01)
    assert chart.points[0].lower == pytest.approx(279.78, abs=0.01)
    assert chart.mr_upper == pytest.approx(25.45, abs=0.01)


def test_p_chart_limits_step_with_each_denominator_and_are_clipped() -> None:
    # Hand computation, limits frozen on the first two points:
    # pbar = (10 + 40) / (100 + 400) = 0.1;
    # sigma(100) = sqrt(0.1 * 0.9 / 100) = 0.03 -> 0.01 .. 0.19;
    # sigma(400) = 0.015 -> 0.055 .. 0.145; sigma(4) = 0.15 -> lower clipped to 0.
    chart = p_chart(proportions([10, 40, 0], [100, 400, 4]), baseline=Baseline(count=2))
    assert chart.centre == pytest.approx(0.1)
    assert (chart.points[0].lower, chart.points[0].upper) == pytest.approx((0.01, 0.19))
    assert (chart.points[1].lower, chart.points[1].upper) == pytest.approx((0.055, 0.145))
    assert chart.points[2].lower == 0.0
    assert chart.points[2].upper == pytest.approx(0.55)


def test_laney_p_prime_widens_limits_by_sigma_z() -> None:
    # Hand computation (Laney 2002 formulas): n = 10000 each period,
    # p = .10, .12, .10, .12 so pbar = .11 and sigma_i = sqrt(.11 * .89 / 10000).
    # z = +-0.01 / sigma_i; every moving range of z is 0.02 / sigma_i, so
    # sigma_z = 0.02 / (1.128 sigma_i) and sigma_z * sigma_i = 0.02 / 1.128 = 0.0177305;
    # limits = .11 +- 3 * 0.0177305 = 0.0568085 .. 0.1631915.
    chart = p_prime_chart(proportions([1000, 1200, 1000, 1200], [10000] * 4))
    assert chart.sigma_z == pytest.approx(0.02 / 1.128 / (0.11 * 0.89 / 10000) ** 0.5)
    assert chart.points[0].lower == pytest.approx(0.0568085, abs=1e-7)
    assert chart.points[0].upper == pytest.approx(0.1631915, abs=1e-7)
    ordinary = p_chart(proportions([1000, 1200, 1000, 1200], [10000] * 4))
    assert ordinary.points[0].upper < chart.points[0].upper


def test_frozen_baseline_applies_baseline_limits_to_every_point() -> None:
    # Baseline: first 3 points, pbar = 60 / 300 = 0.2, sigma = sqrt(.2 * .8 / 100) = 0.04.
    points = proportions([20, 18, 22, 5, 4, 6], [100] * 6)
    chart = p_chart(points, baseline=Baseline(count=3))
    assert chart.frozen and chart.baseline_indexes == (0, 1, 2)
    assert chart.centre == pytest.approx(0.2)
    assert all(p.upper == pytest.approx(0.32) for p in chart.points)
    assert all(p.lower == pytest.approx(0.08) for p in chart.points)
    by_period = p_chart(points, baseline=Baseline(start="2020-01", end="2020-03"))
    assert by_period.points == chart.points


def test_zero_denominator_and_suppressed_points_are_reported_not_plotted() -> None:
    points = [
        Point("2024-01", numerator=5, denominator=50),
        Point("2024-02", numerator=0, denominator=0),
        Point("2024-03", numerator=3, denominator=30, suppressed=True),
        Point("2024-04", numerator=7, denominator=50),
    ]
    chart = p_chart(points)
    assert [(p.index, p.skipped) for p in chart.skipped] == [
        (1, "zero_denominator"),
        (2, "suppressed"),
    ]
    assert chart.centre == pytest.approx(12 / 100)
    assert [p.index for p in chart.plotted] == [0, 3]


def test_run_chart_centre_is_the_median() -> None:
    chart = run_chart(values([1, 9, 3, 100, 5]))
    assert chart.centre == 5
    assert all(p.upper is None for p in chart.points)


def test_choose_chart_rule() -> None:
    assert choose_chart("rate", [100, 120]) == "u"
    assert choose_chart("continuous", []) == "xmr"
    assert choose_chart("proportion", [200, 220, 180]) == "p"
    assert choose_chart("proportion", [5000, 4000, 6000]) == "pp"
    # Overdispersed small-denominator series: sigma_z far above 1.5.
    assert choose_chart("proportion", [500] * 4, numerators=[50, 150, 50, 150]) == "pp"
    assert choose_chart("proportion", [500] * 4, numerators=[50, 52, 49, 51]) == "p"


def test_domain_errors() -> None:
    with pytest.raises(InvalidInputError):
        p_chart(proportions([6], [5]))
    with pytest.raises(InsufficientDataError):
        xmr_chart(values([1.0]))
    with pytest.raises(InsufficientDataError):
        p_chart([Point("2024-01", numerator=0, denominator=0)])
    with pytest.raises(InvalidInputError):
        p_chart(proportions([1, 2], [10, 10]), baseline=Baseline())


def test_build_chart_dispatches() -> None:
    assert build_chart("u", proportions([1, 2], [10, 10])).chart == "u"


counts = st.lists(
    st.integers(min_value=1, max_value=5000).flatmap(
        lambda n: st.tuples(st.integers(min_value=0, max_value=n), st.just(n))
    ),
    min_size=2,
    max_size=30,
)


@given(counts)
def test_p_and_p_prime_limits_stay_within_zero_and_one(rows: list[tuple[int, int]]) -> None:
    points = proportions([y for y, _ in rows], [n for _, n in rows])
    for chart in (p_chart(points), p_prime_chart(points)):
        for p in chart.plotted:
            assert 0.0 <= p.lower <= p.centre <= p.upper <= 1.0


@given(st.lists(st.floats(min_value=-1e6, max_value=1e6), min_size=2, max_size=40))
def test_xmr_limits_are_symmetric_about_the_centre(xs: list[float]) -> None:
    chart = xmr_chart(values(xs))
    for p in chart.points:
        assert p.upper - p.centre == pytest.approx(p.centre - p.lower, rel=1e-9, abs=1e-6)
        assert p.upper - p.centre == pytest.approx(2.66 * chart.mr_bar, rel=1e-9, abs=1e-6)

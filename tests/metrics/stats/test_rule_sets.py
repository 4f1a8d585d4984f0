"""The Anhøj and Making Data Count rule sets: critical values and where each rule fires."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from services.metrics.stats.anhoej import crossings_min, longest_run_max
from services.metrics.stats.charts import run_chart
from services.metrics.stats.rule_sets import RULE_SET_IDS, RULE_SETS, RULES
from services.metrics.stats.series import ChartPoint, ChartResult, Point
from services.metrics.stats.signals import control_chart_signals, run_chart_signals
from tests.metrics.stats.test_charts import values

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

# Critical values for n useful points as tabulated in Anhøj & Olesen 2014 and qicharts2
# (longest run above the first row signals; fewer crossings than the second row signals).
ANHOEJ_TABLE = {
    10: (6, 2), 11: (6, 2), 12: (7, 3), 13: (7, 3), 14: (7, 4), 15: (7, 4), 16: (7, 4),
    17: (7, 5), 18: (7, 5), 19: (7, 6), 20: (7, 6), 22: (7, 7), 24: (8, 8), 26: (8, 8),
    28: (8, 9), 30: (8, 10), 40: (8, 14), 50: (9, 19), 60: (9, 23), 80: (9, 32), 100: (10, 41),
}  # fmt: skip


def test_critical_values_match_the_published_table() -> None:
    for n, (run_max, cross_min) in ANHOEJ_TABLE.items():
        assert (longest_run_max(n), crossings_min(n)) == (run_max, cross_min), n


@pytest.mark.parametrize("n", range(1, 121))
def test_crossings_limit_is_the_exact_binomial_fifth_percentile(n: int) -> None:
    """scipy's ppf against exact arithmetic: the smallest k with P(X <= k) >= 5 %."""
    total = 2 ** (n - 1)
    cdf, k = Fraction(0), -1
    while cdf < Fraction(1, 20):
        k += 1
        cdf += Fraction(math.comb(n - 1, k), total)
    assert crossings_min(n) == k


def test_limits_refuse_an_empty_series() -> None:
    with pytest.raises(ValueError):
        longest_run_max(0)
    with pytest.raises(ValueError):
        crossings_min(0)


def anhoej(xs: list[float]) -> dict[str, list[tuple[int, ...]]]:
    analysis = run_chart_signals(run_chart(values(xs)))
    out: dict[str, list[tuple[int, ...]]] = {}
    for s in analysis.signals:
        out.setdefault(s.rule, []).append(s.indexes)
    return out


LOW, HIGH = [1, 2, 3, 4, 5, 6, 7, 8], [11, 12, 13, 14, 15, 16, 17, 18]


def test_the_default_is_anhoej_and_a_long_run_is_named_on_its_points() -> None:
    # 16 distinct values, median 9.5: four below, eight above in a row, four below.
    xs = LOW[:4] + HIGH + LOW[4:]
    analysis = run_chart_signals(run_chart(values(xs)))
    assert analysis.rule_set == "anhoej"
    assert analysis.useful == 16 and analysis.longest_run == 8 and analysis.crossings == 2
    assert (analysis.longest_run_max, analysis.crossings_min) == (7, 4)
    assert analysis.runs_low is None and analysis.runs_high is None
    assert anhoej(xs) == {"long_run": [tuple(range(4, 12))], "few_crossings": [tuple(range(16))]}


def test_a_run_as_long_as_the_limit_with_enough_crossings_is_common_cause() -> None:
    # Runs L, H, LL, H x 7, L x 5: longest 7 (the limit at n = 16), crossings 4 (the minimum).
    lows, highs = iter(LOW), iter(HIGH)
    pattern = "LHLLHHHHHHHLLLLL"
    xs = [next(lows) if c == "L" else next(highs) for c in pattern]
    analysis = run_chart_signals(run_chart(values(xs)))
    assert (analysis.longest_run, analysis.crossings) == (7, 4)
    assert analysis.signals == ()


def test_few_crossings_is_about_the_whole_series() -> None:
    # 12 points, two runs of 6: one crossing, fewer than 3.
    found = anhoej([1, 2, 1, 2, 1, 2, 8, 9, 8, 9, 8, 9])
    assert found == {"few_crossings": [tuple(range(12))]}
    assert RULES["few_crossings"].whole_series


def test_points_on_the_median_are_not_useful_and_do_not_break_a_run() -> None:
    # 17 points, three exactly on the median (5): 14 useful, and the eight points above
    # with a median point among them are one run of 8 (the limit at n = 14 is 7).
    xs = [1, 2, 3, 5, 11, 12, 13, 14, 5, 15, 16, 17, 18, 5, 4, 0, 2]
    analysis = run_chart_signals(run_chart(values(xs)))
    assert analysis.useful == 14 and analysis.longest_run == 8
    assert anhoej(xs)["long_run"] == [(4, 5, 6, 7, 9, 10, 11, 12)]


def test_a_random_looking_series_has_no_signal() -> None:
    xs = [3, 7, 4, 8, 2, 6, 9, 1, 5.5, 7, 3, 8, 4, 6, 2, 9]
    analysis = run_chart_signals(run_chart(values(xs)))
    assert analysis.signals == ()
    assert analysis.crossings >= analysis.crossings_min  # type: ignore[operator]


def control(xs: list[float], *, sigma: float = 1.0) -> ChartResult:
    points = tuple(
        ChartPoint(i, f"p{i:02d}", x, None, None, 0.0, sigma, -3 * sigma, 3 * sigma)
        for i, x in enumerate(xs)
    )
    return ChartResult("xmr", points, 0.0, tuple(range(len(xs))), False)


def nhs(xs: list[float]) -> list[tuple[str, tuple[int, ...]]]:
    return [(s.rule, s.indexes) for s in control_chart_signals(control(xs), "nhs")]


def test_nhs_shift_of_seven_and_a_point_on_the_line_ends_it() -> None:
    assert nhs([0.5] * 6 + [-0.5]) == []
    assert nhs([-0.2] + [0.5] * 7) == [("shift_7", tuple(range(1, 8)))]
    assert nhs([0.5] * 4 + [0.0] + [0.5] * 4) == []  # NHSRplotthedots: 0 breaks the run


def test_nhs_trend_of_seven_and_a_repeated_value_ends_it() -> None:
    rising = [-0.9, -0.6, -0.3, 0.1, 0.4, 0.7, 0.9]
    assert nhs(rising) == [("trend_7", tuple(range(7)))]
    assert nhs(rising[:6]) == []
    assert nhs([-0.9, -0.6, -0.3, -0.3, 0.1, 0.4, 0.7, 0.8]) == []


def test_nhs_two_of_three_close_to_a_limit() -> None:
    assert nhs([0.1, 2.2, 0.3, 2.5, 0.2]) == [("two_of_three_close", (1, 3))]
    assert nhs([0.1, 2.2, -0.3, 2.5, 0.2]) == []  # the window must stay on one side
    beyond = nhs([0.1, 2.2, 3.5, 0.2])  # a point beyond the limit is not "close" to it
    assert beyond == [("beyond_limits", (2,))]


def test_anhoej_control_chart_rules_are_limits_and_runs_only() -> None:
    xs = [0.4, -0.3, 3.4] + [0.5] * 9 + [-0.4, 0.2]
    found = {s.rule for s in control_chart_signals(control(xs))}
    assert found == {"beyond_limits", "long_run"}
    ihi = {s.rule for s in control_chart_signals(control(xs), "ihi")}
    assert "shift_8" in ihi and "long_run" not in ihi


def test_every_set_names_known_rules_with_a_source() -> None:
    assert RULE_SET_IDS == ("anhoej", "ihi", "nhs")
    for rule_set in RULE_SETS.values():
        assert rule_set.source and rule_set.title
        for rule in (*rule_set.run_rules, *rule_set.control_rules):
            assert RULES[rule].meaning


def test_skipped_periods_are_not_useful_points() -> None:
    points = [Point(f"p{i:02d}", value=v) for i, v in enumerate([1, 9] * 7)]
    points.insert(4, Point("p03b", suppressed=True))
    analysis = run_chart_signals(run_chart(points))
    assert analysis.useful == 14 and analysis.crossings == 13

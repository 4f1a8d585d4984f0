"""The IHI rule set: Provost & Murray control-chart rules and Perla et al. run-chart rules."""

from __future__ import annotations

import pytest

from services.metrics.stats.charts import p_chart, run_chart
from services.metrics.stats.runs_table import RUNS_LIMITS, runs_limits
from services.metrics.stats.series import ChartPoint, ChartResult, Point
from services.metrics.stats.signals import RunAnalysis, Signal, control_chart_signals
from services.metrics.stats.signals import run_chart_signals as any_run_chart_signals
from tests.metrics.stats.test_charts import MONTGOMERY_P, proportions, values

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def control(xs: list[float], centre: float = 0.0, sigma: float = 1.0) -> ChartResult:
    """A chart with a fixed centre and sigma, so every zone is easy to read off."""
    points = tuple(
        ChartPoint(i, f"p{i:02d}", x, None, None, centre, sigma, centre - 3 * sigma,
                   centre + 3 * sigma)
        for i, x in enumerate(xs)
    )  # fmt: skip
    return ChartResult("xmr", points, centre, tuple(range(len(xs))), False)


def shewhart_signals(chart: ChartResult) -> list[Signal]:
    return control_chart_signals(chart, "ihi")


def run_chart_signals(chart: ChartResult) -> RunAnalysis:
    return any_run_chart_signals(chart, "ihi")


def rules(chart: ChartResult) -> list[tuple[str, tuple[int, ...]]]:
    return [(s.rule, s.indexes) for s in shewhart_signals(chart)]


def test_montgomery_p_chart_signals_samples_15_and_23() -> None:
    signals = shewhart_signals(p_chart(proportions(MONTGOMERY_P, [50] * 30)))
    beyond = [s.indexes for s in signals if s.rule == "beyond_limits"]
    assert beyond == [(14,), (22,)]
    assert signals[0].name == "Point beyond a control limit"


def test_beyond_limits_both_sides() -> None:
    assert rules(control([0.5, 3.5, -0.5, -3.1])) == [
        ("beyond_limits", (1,)),
        ("beyond_limits", (3,)),
    ]


def test_shift_needs_eight_and_points_on_the_centre_neither_break_nor_count() -> None:
    assert rules(control([0.5] * 7 + [-0.5])) == []
    found = rules(control([-0.2] + [0.5] * 4 + [0.0] + [0.5] * 4))
    assert found == [("shift_8", (1, 2, 3, 4, 6, 7, 8, 9))]


def test_trend_of_six_and_equal_neighbours_are_ignored() -> None:
    assert rules(control([0.0, 0.1, 0.2, 0.3, 0.4, -0.5])) == []
    assert rules(control([-0.9, -0.6, -0.3, -0.3, 0.1, 0.4, 0.7])) == [
        ("trend_6", (0, 1, 2, 4, 5, 6))
    ]
    assert rules(control([0.9, 0.6, 0.3, 0.1, -0.2, -0.4, 0.2])) == [
        ("trend_6", (0, 1, 2, 3, 4, 5))
    ]


def test_two_of_three_beyond_two_sigma_on_the_same_side() -> None:
    assert rules(control([0.1, 2.2, -0.3, 2.5, 0.2])) == [("two_of_three", (1, 3))]
    assert rules(control([0.1, 2.2, -2.5, 0.2])) == []  # opposite sides


def test_fifteen_points_hugging_the_centre() -> None:
    hugging = [0.3, -0.3] * 7 + [0.2]
    assert rules(control(hugging)) == [("inner_third_15", tuple(range(15)))]
    assert rules(control(hugging[:14])) == []


# IHI run-chart rules: Perla RJ, Provost LP, Murray SK. BMJ Qual Saf 2011;20:46-51.


def test_run_shift_of_six_skips_points_on_the_median() -> None:
    # Sorted: 1 1 2 2 3 3 [5] 7 7 8 8 9 9, so the median is 5 and index 3 sits on it.
    # Three above, one on the median, three above: a shift of six, not two runs of three.
    xs = [8, 9, 7, 5, 8, 9, 7, 1, 2, 3, 1, 2, 3]
    chart = run_chart(values(xs))
    assert chart.centre == 5
    analysis = run_chart_signals(chart)
    shifts = [s.indexes for s in analysis.signals if s.rule == "run_shift"]
    assert shifts == [(0, 1, 2, 4, 5, 6), (7, 8, 9, 10, 11, 12)]
    assert analysis.useful == 12 and analysis.runs == 2


def test_run_trend_of_five_ignores_repeated_values() -> None:
    analysis = run_chart_signals(run_chart(values([4, 1, 2, 3, 3, 4, 5, 2])))
    assert [(s.rule, s.indexes) for s in analysis.signals if s.rule == "run_trend"] == [
        ("run_trend", (1, 2, 3, 5, 6))
    ]
    flat = run_chart_signals(run_chart(values([3.0] * 10)))
    assert flat.signals == () and flat.useful == 0


def test_runs_table_matches_published_and_computed_rows() -> None:
    # Exact Swed-Eisenhart limits (2.5% per tail), n = 10..30, computed independently of
    # runs_table; Perla et al.'s printed Table 1 is quoted one run wider at a few n.
    exact = {
        10: (3, 9), 11: (4, 9), 12: (4, 10), 13: (4, 11), 14: (4, 12), 15: (5, 12),
        16: (5, 13), 17: (6, 13), 18: (6, 14), 19: (6, 15), 20: (7, 15), 21: (7, 16),
        22: (8, 16), 23: (8, 17), 24: (8, 18), 25: (9, 18), 26: (9, 19), 27: (10, 19),
        28: (10, 20), 29: (10, 21), 30: (11, 21),
    }  # fmt: skip
    for n, limits in exact.items():
        assert RUNS_LIMITS[n] == limits, n
    # Rows of Perla et al. Table 1 as quoted in secondary sources (not checked against the
    # printed paper): they agree with the exact computation.
    for n, limits in {40: (15, 27), 50: (19, 33), 60: (24, 38)}.items():
        assert RUNS_LIMITS[n] == limits
    assert runs_limits(9) is None and runs_limits(61) is None


def test_too_few_and_too_many_runs() -> None:
    clustered = run_chart_signals(run_chart(values([1] * 6 + [9] * 6)))
    assert clustered.runs == 2 and clustered.runs_low == 4
    assert "too_few_runs" in {s.rule for s in clustered.signals}
    zigzag = run_chart_signals(run_chart(values([1, 9] * 6)))
    assert zigzag.runs == 12 and zigzag.runs_high == 10
    assert {s.rule for s in zigzag.signals} == {"too_many_runs"}
    assert zigzag.signals[0].indexes == tuple(range(12))
    calm = run_chart_signals(run_chart(values([1, 2, 9, 8, 3, 1, 7, 9, 2, 3, 8, 9])))
    assert calm.runs == 6 and calm.signals == ()


def test_skipped_points_do_not_break_a_shift() -> None:
    points = [Point(f"p{i:02d}", value=v) for i, v in enumerate([1] * 6 + [9] * 6)]
    points.insert(3, Point("p02b", suppressed=True))
    analysis = run_chart_signals(run_chart(points))
    assert [s.indexes for s in analysis.signals if s.rule == "run_shift"] == [
        (0, 1, 2, 4, 5, 6),
        (7, 8, 9, 10, 11, 12),
    ]
    assert analysis.longest_run == 6


@pytest.mark.parametrize("n", [10, 25, 60])
def test_runs_limits_are_two_and_a_half_percent_tails(n: int) -> None:
    from services.metrics.stats.runs_table import ALPHA_PER_TAIL, _runs_distribution

    dist = _runs_distribution(n // 2, n - n // 2)
    low, high = RUNS_LIMITS[n]
    assert sum(p for r, p in dist.items() if r < low) <= ALPHA_PER_TAIL
    assert sum(p for r, p in dist.items() if r <= low) > ALPHA_PER_TAIL
    assert sum(p for r, p in dist.items() if r > high) <= ALPHA_PER_TAIL
    assert sum(p for r, p in dist.items() if r >= high) > ALPHA_PER_TAIL

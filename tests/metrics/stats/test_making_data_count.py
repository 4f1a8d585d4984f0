"""The Making Data Count icons on hand-built XmR charts: directions, precedence, assurance."""

from __future__ import annotations

import pytest

from services.metrics.stats.charts import xmr_chart
from services.metrics.stats.making_data_count import assurance, sustained_in, variation
from services.metrics.stats.series import Point
from services.metrics.stats.signals import Signal, control_chart_signals

pytestmark = pytest.mark.no_database


def chart(values: list[float]):
    return xmr_chart([Point(f"2025-{i:02d}", value=v) for i, v in enumerate(values, 1)])


# Seven points rising to the end, below a mean pulled up by an early high stretch: the trend
# points up while the points lie below the centre line.
RISING_LOW = [9.0, 9.5, 9.2, 9.4, 9.1, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0]


def test_a_trend_points_the_way_it_runs() -> None:
    c = chart(RISING_LOW)
    signals = control_chart_signals(c, "nhs")
    trend = next(s for s in signals if s.rule == "trend_7")
    assert trend.indexes == tuple(range(5, 12))
    # The same point is also in a 7-point shift below the mean (63.7 / 12 = 5.31): one signal
    # up, one down. Higher better: concerning wins; lower better: concerning too (it rises).
    assert any(s.rule == "shift_7" and 11 in s.indexes for s in signals)
    assert variation(c, signals, "higher").variation == "special_cause_concerning"
    assert variation(c, signals, "lower").variation == "special_cause_concerning"
    assert variation(c, signals, None).variation == "special_cause_neither"
    assert [s.rule for s in sustained_in(c, signals, "higher")] == ["trend_7"]
    assert [s.rule for s in sustained_in(c, signals, "lower")] == ["shift_7"]


def test_whole_series_and_non_directional_rules() -> None:
    c = chart([5.0, 6.0, 5.0, 6.0])
    # A rule about the whole series marks no point; one without a direction says "neither".
    few = Signal("few_crossings", "Unusually few crossings", (0, 1, 2, 3))
    assert variation(c, [few], "higher").variation == "common_cause"
    inner = Signal("inner_third_15", "15 within 1 sigma", (2, 3))
    assert variation(c, [inner], "higher").variation == "special_cause_neither"


def test_assurance_against_the_limits_of_the_latest_point() -> None:
    c = chart([10.0, 12.0] * 5)
    # Mean 11, every moving range 2: limits 11 -+ 2.66 x 2 = 5.68 and 16.32.
    latest = c.plotted[-1]
    assert (round(latest.lower or 0, 9), round(latest.upper or 0, 9)) == (5.68, 16.32)
    assert assurance(latest, 5.0, "higher") == "consistently_meets"
    assert assurance(latest, 5.0, "lower") == "consistently_fails"
    assert assurance(latest, 17.0, "higher") == "consistently_fails"
    assert assurance(latest, 17.0, "lower") == "consistently_meets"
    assert assurance(latest, 5.68, "higher") == "may_hit_or_miss"  # on a limit: within
    assert assurance(latest, 11.0, "lower") == "may_hit_or_miss"
    assert assurance(latest, None, "higher") is None
    assert assurance(latest, 5.0, None) is None

"""The chart told in words (the SVG's ``<desc>``): what a screen reader hears for the image."""

from __future__ import annotations

import pytest

from services.metrics.learning.chart_summary import spans, summarise, value_text
from services.metrics.stats.charts import p_chart, run_chart, xmr_chart
from services.metrics.stats.series import Point
from services.metrics.stats.signals import control_chart_signals, run_chart_signals

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

MONTHS = [f"2024-{m:02d}" for m in range(1, 13)] + [f"2025-{m:02d}" for m in range(1, 13)]


def kept() -> list[Point]:
    """Two years of kept appointments, about 60% then 80%, sizes varying; 2024-03 suppressed."""
    points = []
    for i, label in enumerate(MONTHS):
        n = 100 + 7 * (i % 4)
        k = round(n * (0.6 if i < 12 else 0.8)) + (i % 3 - 1)
        points.append(Point(label, numerator=k, denominator=n, suppressed=i == 2))
    return points


def test_spans_join_consecutive_periods() -> None:
    assert spans(MONTHS, [5, 0, 1, 2, 9, 10]) == "2024-01 to 2024-03, 2024-06, 2024-10 to 2024-11"
    assert spans(MONTHS, []) == ""


def test_values_are_written_as_the_dashboard_writes_them() -> None:
    assert value_text(0.8237, "share") == "82.4%"
    assert value_text(1234.5, "days") == "1,234.50 days"
    assert value_text(None, "share") == "no value"


def test_a_p_chart_is_summarised_with_range_gaps_centre_limits_latest_and_signals() -> None:
    chart = p_chart(kept())
    signals = control_chart_signals(chart, "ihi")
    text = summarise(chart, signals, title="Kept appointments", unit="share",
                     subject="team team-a", chart_name="p chart", period="month",
                     better="higher")  # fmt: skip
    lines = text.splitlines()
    assert lines[0] == (
        "P chart of Kept appointments for team team-a, by month, 2024-01 to 2025-12: "
        "24 periods, 23 plotted; higher is better."
    )
    assert "Not plotted (suppressed or no data): 2024-03." in lines
    assert f"Centre line {value_text(chart.centre, 'share')}." in lines
    lowers = [p.lower for p in chart.plotted if p.lower is not None]
    assert any(
        line.startswith("Control limits (3 sigma) move with each period's size: lower from ")
        and value_text(min(lowers), "share") in line
        for line in lines
    )
    latest = chart.plotted[-1]
    assert f"Latest value (2025-12): {value_text(latest.value, 'share')}." in lines
    shifts = [s for s in signals if s.rule == "shift_8"]  # one per run of points: one line
    where = spans(MONTHS, [i for s in shifts for i in s.indexes])
    assert len(shifts) == 2 and where == "2024-01 to 2024-02, 2024-04 to 2025-12"
    assert f"Signal, {shifts[0].name}: {where}." in lines


def test_constant_limits_are_given_once_and_no_signal_is_said() -> None:
    values = [5.0, 6.0, 5.5, 5.0, 6.0, 5.5, 5.0, 6.0, 5.5, 5.0, 6.0, 5.5]
    chart = xmr_chart([Point(m, value=v) for m, v in zip(MONTHS, values, strict=False)])
    text = summarise(chart, [], title="Days to first session", unit="days",
                     subject="org org-1", chart_name="XmR chart", period="month",
                     better="lower")  # fmt: skip
    low, high = chart.points[0].lower, chart.points[0].upper
    assert (
        f"Control limits (3 sigma): lower {value_text(low, 'days')}, "
        f"upper {value_text(high, 'days')}."
    ) in text.splitlines()
    assert text.splitlines()[-1] == "No special-cause signal."
    assert "Not plotted" not in text


def test_a_run_chart_names_its_median_and_whole_series_signals() -> None:
    chart = run_chart([Point(f"2024-W{i:02d}", value=v) for i, v in enumerate([1, 9] * 6, 1)])
    signals = run_chart_signals(chart, "ihi").signals
    text = summarise(chart, signals, title="Minutes", unit="minutes", subject="org o",
                     chart_name="run chart", period="week", better="lower")  # fmt: skip
    assert text.startswith("Run chart of Minutes")
    assert f"Median {value_text(chart.centre, 'minutes')}." in text.splitlines()
    assert "Control limits" not in text
    whole = [s for s in signals if s.rule == "too_many_runs" or "runs" in s.name.lower()]
    assert whole and f"Signal, {whole[0].name}: the whole series." in text.splitlines()

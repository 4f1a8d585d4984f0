"""A chart told in words: the opening sentences of its SVG ``<desc>``.

A screen reader meets the chart as one image (``role="img"``) and reads this for it: what is
plotted, for whom, over which periods, the centre line, the control limits, the latest value
and where each rule signals, so the picture's message reaches a reader who cannot see it.
Each period's own numbers are in the table the dashboard prints with the chart (and in the
chart route's JSON); the summary says where a reader would look, not every value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from services.metrics.stats.rule_sets import WHOLE_SERIES_RULES
from services.metrics.stats.series import ChartResult
from services.metrics.stats.signals import Signal

SHARE = "share"


def value_text(number: float | None, unit: str) -> str:
    """``82.4%`` for a share, ``12.50 days`` otherwise (as the dashboard writes values)."""
    if number is None:
        return "no value"
    if unit == SHARE:
        return f"{number * 100:.1f}%"
    return f"{number:,.2f} {unit}"


def spans(labels: Sequence[str], indexes: Iterable[int]) -> str:
    """``2024-01 to 2024-06, 2024-09``: consecutive periods joined into one span."""
    runs: list[list[int]] = []
    for i in sorted(set(indexes)):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(
        labels[r[0]] if len(r) == 1 else f"{labels[r[0]]} to {labels[r[-1]]}" for r in runs
    )


def _range(values: Sequence[float], unit: str) -> str:
    low, high = min(values), max(values)
    if value_text(low, unit) == value_text(high, unit):
        return value_text(low, unit)
    return f"from {value_text(low, unit)} to {value_text(high, unit)}"


def _limits(chart: ChartResult, unit: str) -> str:
    plotted = chart.plotted
    lower = [p.lower for p in plotted if p.lower is not None]
    upper = [p.upper for p in plotted if p.upper is not None]
    if not lower and not upper:
        return "No control limits."
    if len({round(v, 9) for v in lower}) <= 1 and len({round(v, 9) for v in upper}) <= 1:
        low = value_text(lower[0], unit) if lower else "none"
        high = value_text(upper[0], unit) if upper else "none"
        return f"Control limits (3 sigma): lower {low}, upper {high}."
    low = _range(lower, unit) if lower else "none"
    high = _range(upper, unit) if upper else "none"
    return f"Control limits (3 sigma) move with each period's size: lower {low}, upper {high}."


def summarise(
    chart: ChartResult,
    signals: Sequence[Signal],
    *,
    title: str,
    unit: str,
    subject: str,
    chart_name: str,
    period: str,
    better: str,
) -> str:
    """The chart in a few sentences; `chart`'s point periods are the labels shown on its x
    axis, `subject` says whose series it is (``team team-a``)."""
    labels = [p.period for p in chart.points]
    plotted = chart.plotted
    lines = [
        f"{chart_name[0].upper()}{chart_name[1:]} of {title} for {subject}, by {period}, "
        f"{labels[0]} to {labels[-1]}: {len(labels)} periods, {len(plotted)} plotted; "
        f"{better} is better."
    ]
    gaps = [p.index for p in chart.skipped]
    if gaps:
        lines.append(f"Not plotted (suppressed or no data): {spans(labels, gaps)}.")
    centre = "Median" if chart.chart == "run" else "Centre line"
    lines.append(f"{centre} {value_text(chart.centre, unit)}.")
    if chart.chart != "run":
        lines.append(_limits(chart, unit))
    if plotted:
        latest = plotted[-1]
        lines.append(f"Latest value ({latest.period}): {value_text(latest.value, unit)}.")
    by_rule: dict[str, tuple[str, set[int]]] = {}
    for s in signals:
        by_rule.setdefault(s.rule, (s.name, set()))[1].update(s.indexes)
    for rule, (name, indexes) in by_rule.items():
        where = "the whole series" if rule in WHOLE_SERIES_RULES else spans(labels, indexes)
        lines.append(f"Signal, {name}: {where}.")
    if not by_rule:
        lines.append("No special-cause signal.")
    return "\n".join(lines)

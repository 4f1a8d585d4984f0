"""Special-cause signals, named per point: Shewhart rules and IHI run-chart rules.

Control charts use the rule set of Provost & Murray, "The Health Care Data Guide" (2011),
also taught by NHS England's "Making Data Count" (conventions.md 5.2):
  beyond_limits   one point outside the control limits;
  shift_8         8 or more consecutive points on one side of the centre line;
  trend_6         6 or more consecutive points steadily increasing or decreasing;
  two_of_three    2 of 3 consecutive points beyond 2 sigma on the same side;
  inner_third_15  15 or more consecutive points within 1 sigma of the centre line.
Run charts use Perla, Provost & Murray (2011, BMJ Qual Saf 20:46-51):
  run_shift       6 or more consecutive points above or below the median;
  run_trend       5 or more consecutive points all increasing or all decreasing;
  too_few_runs / too_many_runs against runs_table (10 to 60 useful observations).
The fourth run-chart rule, the "astronomical point", is a human judgement (the largest value
is not automatically astronomical), so it is deliberately not computed.

Conventions: only plotted points take part (skipped periods are ignored, not gaps that break
a run); a point exactly on the centre line neither breaks nor extends a shift; in a trend, a
value equal to its predecessor is ignored (it is neither an increase nor a decrease).
"""

from __future__ import annotations

from dataclasses import dataclass

from services.metrics.stats.runs_table import runs_limits
from services.metrics.stats.series import ChartPoint, ChartResult

RULE_NAMES = {
    "beyond_limits": "Point beyond a control limit",
    "shift_8": "Shift: 8 or more points on one side of the centre line",
    "trend_6": "Trend: 6 or more points steadily increasing or decreasing",
    "two_of_three": "2 of 3 consecutive points beyond 2 sigma on the same side",
    "inner_third_15": "15 or more consecutive points within 1 sigma of the centre line",
    "run_shift": "Shift: 6 or more points above or below the median",
    "run_trend": "Trend: 5 or more points all increasing or all decreasing",
    "too_few_runs": "Too few runs: points cluster on either side of the median",
    "too_many_runs": "Too many runs: points oscillate around the median",
}


@dataclass(frozen=True)
class Signal:
    """A special-cause signal: the rule, its readable name and the point indexes it covers."""

    rule: str
    name: str
    indexes: tuple[int, ...]


@dataclass(frozen=True)
class RunAnalysis:
    """IHI run-chart analysis: signals plus the counts behind the runs rule.

    `runs_low`/`runs_high` are None when the useful observations fall outside 10..60,
    where the runs rule is not evaluated.
    """

    signals: tuple[Signal, ...]
    useful: int
    runs: int
    runs_low: int | None
    runs_high: int | None
    longest_run: int


def _signal(rule: str, indexes: list[int]) -> Signal:
    return Signal(rule, RULE_NAMES[rule], tuple(indexes))


def _sides(points: list[ChartPoint]) -> list[tuple[int, int]]:
    """(index, side) for points off the centre line: side +1 above, -1 below."""
    out = []
    for p in points:
        assert p.value is not None and p.centre is not None
        if p.value != p.centre:
            out.append((p.index, 1 if p.value > p.centre else -1))
    return out


def _side_runs(sides: list[tuple[int, int]]) -> list[list[int]]:
    runs: list[list[int]] = []
    last = 0
    for index, side in sides:
        if side != last:
            runs.append([])
            last = side
        runs[-1].append(index)
    return runs


def _trends(points: list[ChartPoint], length: int) -> list[list[int]]:
    """Maximal monotone stretches of at least `length` points, repeated values ignored."""
    kept: list[ChartPoint] = []
    for p in points:
        if not kept or p.value != kept[-1].value:
            kept.append(p)
    found: list[list[int]] = []
    run = [kept[0]] if kept else []
    direction = 0
    for p in kept[1:]:
        assert p.value is not None and run[-1].value is not None
        step = 1 if p.value > run[-1].value else -1
        if step == direction or len(run) == 1:
            run.append(p)
        else:
            if len(run) >= length:
                found.append([q.index for q in run])
            run = [run[-1], p]
        direction = step
    if len(run) >= length:
        found.append([q.index for q in run])
    return found


def _windows(points: list[ChartPoint], sigmas: float, size: int, need: int) -> list[list[int]]:
    """Merge every window of `size` points holding `need` beyond `sigmas` on one side."""
    hits: list[set[int]] = []
    for start in range(max(0, len(points) - size + 1)):
        window = points[start : start + size]
        for side in (1, -1):
            beyond = [
                p.index
                for p in window
                if p.sigma and side * ((p.value or 0.0) - (p.centre or 0.0)) > sigmas * p.sigma
            ]
            if len(beyond) >= need:
                if hits and hits[-1] & set(beyond):
                    hits[-1] |= set(beyond)
                else:
                    hits.append(set(beyond))
    return [sorted(h) for h in hits]


def shewhart_signals(chart: ChartResult) -> list[Signal]:
    """Provost & Murray's five control-chart rules over the plotted points of `chart`."""
    points = chart.plotted
    signals = [
        _signal("beyond_limits", [p.index])
        for p in points
        if (p.upper is not None and (p.value or 0.0) > p.upper)
        or (p.lower is not None and (p.value or 0.0) < p.lower)
    ]
    signals += [_signal("shift_8", r) for r in _side_runs(_sides(points)) if len(r) >= 8]
    signals += [_signal("trend_6", r) for r in _trends(points, 6)]
    signals += [_signal("two_of_three", w) for w in _windows(points, 2.0, 3, 2)]
    inner: list[list[int]] = [[]]
    for p in points:
        if p.sigma and abs((p.value or 0.0) - (p.centre or 0.0)) < p.sigma:
            inner[-1].append(p.index)
        elif inner[-1]:
            inner.append([])
    signals += [_signal("inner_third_15", r) for r in inner if len(r) >= 15]
    return signals


def run_chart_signals(chart: ChartResult) -> RunAnalysis:
    """IHI run-chart rules against the chart's centre line (the median for a run chart)."""
    points = chart.plotted
    sides = _sides(points)
    side_runs = _side_runs(sides)
    signals = [_signal("run_shift", r) for r in side_runs if len(r) >= 6]
    signals += [_signal("run_trend", r) for r in _trends(points, 5)]
    useful = len(sides)
    limits = runs_limits(useful)
    every = [i for i, _ in sides]
    if limits is not None and len(side_runs) < limits[0]:
        signals.append(_signal("too_few_runs", every))
    if limits is not None and len(side_runs) > limits[1]:
        signals.append(_signal("too_many_runs", every))
    return RunAnalysis(
        signals=tuple(signals),
        useful=useful,
        runs=len(side_runs),
        runs_low=limits[0] if limits else None,
        runs_high=limits[1] if limits else None,
        longest_run=max((len(r) for r in side_runs), default=0),
    )

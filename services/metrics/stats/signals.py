"""Special-cause signals, named per point, by the rule set the caller chose.

The rules and their sources are in :mod:`services.metrics.stats.rule_sets`; this module finds
where each fires. Conventions shared by every set: only plotted points take part (a skipped
period is ignored, not a gap that breaks a run); a point exactly on the centre line is not
a "useful" point: it neither breaks nor extends a run, nor counts toward n in the Anhøj
rules or the IHI runs table. The Making Data Count rules differ where their reference
implementation (NHSRplotthedots) does: there a point on the centre line ends a shift, and a
repeated value ends a trend, where the IHI trend rules skip it.

The fourth IHI run-chart rule, the "astronomical point", is a human judgement (the largest
value is not automatically astronomical), so it is deliberately not computed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from services.metrics.stats.anhoej import crossings_min, longest_run_max
from services.metrics.stats.rule_sets import (
    DEFAULT_RULE_SET,
    RULE_SETS,
    RULES,
    RuleSetId,
)
from services.metrics.stats.runs_table import runs_limits
from services.metrics.stats.series import ChartPoint, ChartResult


@dataclass(frozen=True)
class Signal:
    """A special-cause signal: the rule, its readable name and the point indexes it covers."""

    rule: str
    name: str
    indexes: tuple[int, ...]


@dataclass(frozen=True)
class RunAnalysis:
    """A run chart's signals and the counts behind its runs rules.

    `useful` counts plotted points off the centre line. The limits belong to one rule set
    and are None under the others: `longest_run_max` and `crossings_min` to ``anhoej``,
    `runs_low`/`runs_high` to ``ihi`` (and there also None outside 10..60 useful points).
    """

    rule_set: RuleSetId
    signals: tuple[Signal, ...]
    useful: int
    runs: int
    crossings: int
    longest_run: int
    longest_run_max: int | None = None
    crossings_min: int | None = None
    runs_low: int | None = None
    runs_high: int | None = None


def _signal(rule: str, indexes: list[int]) -> Signal:
    return Signal(rule, RULES[rule].name, tuple(indexes))


def _side(p: ChartPoint) -> int:
    assert p.value is not None and p.centre is not None
    return (p.value > p.centre) - (p.value < p.centre)


def _side_runs(points: list[ChartPoint], *, centre_breaks: bool = False) -> list[list[int]]:
    """Indexes of the runs on one side of the centre line, in order.

    A point on the line is skipped, or (`centre_breaks`) ends the run it interrupts."""
    runs: list[list[int]] = []
    last = 0
    for p in points:
        side = _side(p)
        if side == 0:
            last = 0 if centre_breaks else last
            continue
        if side != last:
            runs.append([])
            last = side
        runs[-1].append(p.index)
    return runs


def _monotone(points: list[ChartPoint], length: int) -> list[list[int]]:
    """Maximal strictly monotone stretches of at least `length` points (no repeats inside)."""
    found: list[list[int]] = []
    run = points[:1]
    direction = 0
    for p in points[1:]:
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


def _trends(points: list[ChartPoint], length: int, *, ties_break: bool = False) -> list[list[int]]:
    """Trends of at least `length` points: a value equal to its predecessor is skipped, or
    (`ties_break`) ends the trend."""
    if not ties_break:
        kept = [p for i, p in enumerate(points) if i == 0 or p.value != points[i - 1].value]
        return _monotone(kept, length)
    segments: list[list[ChartPoint]] = [[]]
    for i, p in enumerate(points):
        if i and p.value == points[i - 1].value:
            segments.append([])
        segments[-1].append(p)
    return [t for segment in segments for t in _monotone(segment, length)]


def _deviation(p: ChartPoint) -> float:
    return (p.value or 0.0) - (p.centre or 0.0)


def _beyond(p: ChartPoint) -> bool:
    return (p.upper is not None and (p.value or 0.0) > p.upper) or (
        p.lower is not None and (p.value or 0.0) < p.lower
    )


def _windows(
    points: list[ChartPoint],
    counts: Callable[[ChartPoint, int], bool],
    *,
    size: int = 3,
    need: int = 2,
    same_side: bool = False,
) -> list[list[int]]:
    """Merge every window of `size` points holding `need` that `counts` on one side
    (`same_side`: and every point of the window on that side of the centre)."""  # fmt: skip
    hits: list[set[int]] = []
    for start in range(max(0, len(points) - size + 1)):
        window = points[start : start + size]
        for side in (1, -1):
            if same_side and any(_side(p) != side for p in window):
                continue
            found = {p.index for p in window if counts(p, side)}
            if len(found) >= need:
                if hits and hits[-1] & found:
                    hits[-1] |= found
                else:
                    hits.append(found)
    return [sorted(h) for h in hits]


def _beyond_two_sigma(p: ChartPoint, side: int) -> bool:
    return bool(p.sigma) and side * _deviation(p) > 2.0 * (p.sigma or 0.0)


def _close_to_limit(p: ChartPoint, side: int) -> bool:
    return _beyond_two_sigma(p, side) and not _beyond(p)


def _inner_third(points: list[ChartPoint], length: int) -> list[list[int]]:
    inner: list[list[int]] = [[]]
    for p in points:
        if p.sigma and abs(_deviation(p)) < p.sigma:
            inner[-1].append(p.index)
        elif inner[-1]:
            inner.append([])
    return [r for r in inner if len(r) >= length]


def _long_runs(runs: list[list[int]]) -> list[list[int]]:
    useful = sum(len(r) for r in runs)
    return [r for r in runs if useful and len(r) > longest_run_max(useful)]


def _few_crossings(runs: list[list[int]]) -> list[list[int]]:
    useful = [i for r in runs for i in r]
    return [useful] if useful and len(runs) - 1 < crossings_min(len(useful)) else []


def _runs_outside(runs: list[list[int]], low: bool) -> list[list[int]]:
    limits = runs_limits(sum(len(r) for r in runs))
    if limits is None or not (len(runs) < limits[0] if low else len(runs) > limits[1]):
        return []
    return [[i for r in runs for i in r]]


_RUN_DETECTORS: dict[str, Callable[[list[list[int]]], list[list[int]]]] = {
    "long_run": _long_runs,
    "few_crossings": _few_crossings,
    "run_shift": lambda runs: [r for r in runs if len(r) >= 6],
    "too_few_runs": lambda runs: _runs_outside(runs, low=True),
    "too_many_runs": lambda runs: _runs_outside(runs, low=False),
    "shift_8": lambda runs: [r for r in runs if len(r) >= 8],
}
"""Rules read off the runs about the centre line (points on the line skipped)."""
_DETECTORS: dict[str, Callable[[list[ChartPoint]], list[list[int]]]] = {
    "beyond_limits": lambda ps: [[p.index] for p in ps if _beyond(p)],
    "run_trend": lambda ps: _trends(ps, 5),
    "trend_6": lambda ps: _trends(ps, 6),
    "two_of_three": lambda ps: _windows(ps, _beyond_two_sigma),
    "inner_third_15": lambda ps: _inner_third(ps, 15),
    "shift_7": lambda ps: [r for r in _side_runs(ps, centre_breaks=True) if len(r) >= 7],
    "trend_7": lambda ps: _trends(ps, 7, ties_break=True),
    "two_of_three_close": lambda ps: _windows(ps, _close_to_limit, same_side=True),
}


def _find(points: list[ChartPoint], rules: tuple[str, ...]) -> list[Signal]:
    runs = _side_runs(points)
    return [
        _signal(rule, hit)
        for rule in rules
        for hit in (
            _RUN_DETECTORS[rule](runs) if rule in _RUN_DETECTORS else _DETECTORS[rule](points)
        )
    ]


def control_chart_signals(
    chart: ChartResult, rule_set: RuleSetId = DEFAULT_RULE_SET
) -> list[Signal]:
    """The control-chart rules of `rule_set` over the plotted points of `chart`."""
    return _find(chart.plotted, RULE_SETS[rule_set].control_rules)


def run_chart_signals(chart: ChartResult, rule_set: RuleSetId = DEFAULT_RULE_SET) -> RunAnalysis:
    """The run-chart rules of `rule_set` against the chart's centre line (the median)."""
    points = chart.plotted
    runs = _side_runs(points)
    useful = sum(len(r) for r in runs)
    anhoej = rule_set == "anhoej" and useful > 0
    table = runs_limits(useful) if rule_set == "ihi" else None
    return RunAnalysis(
        rule_set=rule_set,
        signals=tuple(_find(points, RULE_SETS[rule_set].run_rules)),
        useful=useful,
        runs=len(runs),
        crossings=max(len(runs) - 1, 0),
        longest_run=max((len(r) for r in runs), default=0),
        longest_run_max=longest_run_max(useful) if anhoej else None,
        crossings_min=crossings_min(useful) if anhoej else None,
        runs_low=table[0] if table else None,
        runs_high=table[1] if table else None,
    )

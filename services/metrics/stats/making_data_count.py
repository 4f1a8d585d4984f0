"""The "Making Data Count" summary of a control chart: its variation and its assurance icons.

Source: NHS England and NHS Improvement, "Making Data Count: Strengthening your decisions"
(2019, revised 2021) and its SPC icon guidance ("Making Data Count: SPC icons"), as the NHS-R
Community's R package NHSRplotthedots computes them. Two questions, two icons:

* **variation**, about the latest point: *common cause* when no special-cause rule marks it;
  otherwise *special cause improving* when the signal points in the metric's better direction,
  *special cause concerning* when it points the other way, and *special cause neither* for a
  metric without a better direction (or a signal with no direction, such as 15 points hugging
  the centre line). A signal's direction is the side of the centre line its points lie on
  (beyond a limit, a shift, 2 of 3 close to a limit) or the way a trend runs. When the latest
  point takes part in signals both ways, *concerning* wins: we choose never to hide a
  deterioration behind an improvement (the guidance does not cover the case).
* **assurance**, where a target exists and the metric has a better direction: a target
  outside the process limits on the bad side means the process will *consistently meet* it
  (every value it produces is on the good side of the target); outside on the good side, it
  will *consistently fail*; between the limits, it *may hit or miss* and only a changed
  process makes it reliable. The limits are those at the latest point (a p or u chart's limits
  depend on each period's denominator: the latest one is the process as it runs now). A
  target exactly on a limit is within the limits, as in NHSRplotthedots.

Which rules find the signals is the chart's business (:mod:`.rule_sets`); this module only
reads them. Rules about the whole series (few crossings, too few or too many runs) mark no
point and so never decide the variation icon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from services.metrics.stats.rule_sets import WHOLE_SERIES_RULES
from services.metrics.stats.series import ChartPoint, ChartResult
from services.metrics.stats.signals import Signal

Better = Literal["higher", "lower"] | None
Variation = Literal[
    "common_cause",
    "special_cause_improving",
    "special_cause_concerning",
    "special_cause_neither",
]
Assurance = Literal["consistently_meets", "consistently_fails", "may_hit_or_miss"]

TREND_RULES = frozenset({"run_trend", "trend_6", "trend_7"})
"""Rules whose direction is the way the points move, not the side of the centre they lie on."""
SHIFT_RULES = frozenset({"long_run", "run_shift", "shift_7", "shift_8"})
"""Rules that a run of points on one side of the centre line fires: a sustained change."""
SUSTAINED_RULES = SHIFT_RULES | TREND_RULES
"""A change that lasts (a shift or a trend), as opposed to one point beyond a limit."""
NO_DIRECTION_RULES = WHOLE_SERIES_RULES | {"inner_third_15"}


@dataclass(frozen=True)
class VariationReading:
    """The variation icon, the point it reads and the signals marking that point."""

    variation: Variation
    point: ChartPoint
    signals: tuple[Signal, ...]


def direction(chart: ChartResult, signal: Signal) -> int:
    """+1 when the signal points up, -1 down, 0 when it has no direction."""
    if signal.rule in NO_DIRECTION_RULES or not signal.indexes:
        return 0
    points = [chart.points[i] for i in signal.indexes]
    if signal.rule in TREND_RULES:
        first, last = points[0].value or 0.0, points[-1].value or 0.0
        return (last > first) - (last < first)
    deviation = sum((p.value or 0.0) - (p.centre or 0.0) for p in points)
    return (deviation > 0) - (deviation < 0)


def good_direction(better: Better) -> int:
    """+1 when higher is better, -1 when lower is, 0 without a better direction."""
    return {"higher": 1, "lower": -1}.get(better or "", 0)


def variation(chart: ChartResult, signals: Sequence[Signal], better: Better) -> VariationReading:
    """The variation icon of the chart's latest plotted point (the chart must have one)."""
    latest = chart.plotted[-1]
    marking = tuple(
        s for s in signals if latest.index in s.indexes and s.rule not in WHOLE_SERIES_RULES
    )
    if not marking:
        return VariationReading("common_cause", latest, ())
    good = good_direction(better)
    directions = {direction(chart, s) for s in marking} - {0}
    if good == 0 or not directions:
        return VariationReading("special_cause_neither", latest, marking)
    if -good in directions:
        return VariationReading("special_cause_concerning", latest, marking)
    return VariationReading("special_cause_improving", latest, marking)


def assurance(point: ChartPoint, target: float | None, better: Better) -> Assurance | None:
    """The assurance icon for ``target`` against the limits at ``point`` (None: no target, no
    better direction, or no limits to judge by)."""
    good = good_direction(better)
    if target is None or good == 0 or (point.lower is None and point.upper is None):
        return None
    below = point.lower is not None and target < point.lower
    above = point.upper is not None and target > point.upper
    if below:
        return "consistently_meets" if good > 0 else "consistently_fails"
    if above:
        return "consistently_fails" if good > 0 else "consistently_meets"
    return "may_hit_or_miss"


def sustained_in(chart: ChartResult, signals: Sequence[Signal], better: Better) -> list[Signal]:
    """The sustained signals (shifts and trends) pointing the better way: what a unit may be
    recognized for (one point beyond a limit is not enough)."""
    good = good_direction(better)
    if good == 0:
        return []
    return [s for s in signals if s.rule in SUSTAINED_RULES and direction(chart, s) == good]

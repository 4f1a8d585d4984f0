"""Plain data types shared by the chart, signal and rendering modules.

Inputs are frozen dataclasses the HTTP layer builds straight from query rows; outputs are
frozen dataclasses it can serialise field by field. Nothing here knows about HTTP or SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from services.metrics.stats.errors import InvalidInputError

ChartType = Literal["run", "p", "pp", "u", "xmr"]
"""run: median run chart; p: p chart; pp: Laney p' chart; u: u chart; xmr: individuals chart."""

MetricKind = Literal["proportion", "rate", "continuous"]
"""What a metric's value is: a share of people/events, events per unit of exposure, or a
continuous summary (median days, mean score)."""

SkipReason = Literal["zero_denominator", "suppressed", "missing"]


@dataclass(frozen=True)
class Point:
    """One period of a metric series.

    Proportions and rates pass `numerator` and `denominator`; continuous metrics pass `value`.
    `suppressed` marks a period whose value rests on too few patients: it is kept in the
    series (so the x axis stays honest) but never plotted or used for limits.
    """

    period: str
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    suppressed: bool = False

    def ratio(self) -> float | None:
        """The plotted value: `value`, or numerator / denominator when both are given."""
        if self.value is not None:
            return self.value
        if self.numerator is None or self.denominator is None or self.denominator == 0:
            return None
        return self.numerator / self.denominator


@dataclass(frozen=True)
class Baseline:
    """Which points the centre line and sigma are computed from ("frozen limits").

    Either the first `count` plotted points, or the periods from `start` to `end` inclusive
    (period strings compare in ISO order: "2024-01" < "2024-02", "2024-W09" < "2024-W10").
    The limits computed there are then applied to every point, so that a later change
    shows up against the old process instead of being absorbed into new limits.
    """

    count: int | None = None
    start: str | None = None
    end: str | None = None

    def select(self, points: Sequence[Point], usable: Sequence[int]) -> list[int]:
        """Indexes (into `points`) of the usable points that belong to the baseline."""
        if self.count is not None:
            if self.count < 1:
                raise InvalidInputError("a baseline needs at least one point")
            return list(usable[: self.count])
        if self.start is None and self.end is None:
            raise InvalidInputError("a baseline needs a count or a period range")
        lo, hi = self.start or "", self.end
        return [
            i for i in usable if points[i].period >= lo and (hi is None or points[i].period <= hi)
        ]


@dataclass(frozen=True)
class ChartPoint:
    """One plotted (or skipped) period with its own centre line and limits.

    Limits are per point because p and u limits depend on each period's denominator.
    A skipped point has `value` None and a `skipped` reason; it is reported, not plotted.
    """

    index: int
    period: str
    value: float | None
    numerator: float | None
    denominator: float | None
    centre: float | None
    sigma: float | None
    lower: float | None
    upper: float | None
    skipped: SkipReason | None = None


@dataclass(frozen=True)
class ChartResult:
    """A computed chart: its type, points, and the numbers behind its limits.

    `baseline_indexes` lists the points the centre and sigma came from (all usable points
    when no baseline was frozen). `sigma_z` is Laney's between-period inflation factor
    (p' only); `mr_bar` and `mr_upper` describe the moving-range chart (XmR only).
    """

    chart: ChartType
    points: tuple[ChartPoint, ...]
    centre: float | None
    baseline_indexes: tuple[int, ...]
    frozen: bool
    sigma_z: float | None = None
    mr_bar: float | None = None
    mr_upper: float | None = None

    @property
    def plotted(self) -> list[ChartPoint]:
        """The points that carry a value, in order."""
        return [p for p in self.points if p.value is not None]

    @property
    def skipped(self) -> list[ChartPoint]:
        """The points left off the chart, each with its reason."""
        return [p for p in self.points if p.value is None]

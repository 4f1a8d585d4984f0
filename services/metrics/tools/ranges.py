"""One value per unit (or group) over a whole date range, from the per-period cells.

:func:`~services.metrics.compute.compute` answers per period. The equity view, benchmarks and
the clinician report want one number over the range, so the periods are pooled here:

* proportions and rates: numerators and denominators are counts of facts, and each fact lies in
  exactly one period, so their sums over the periods are exact;
* means: the mean of each period weighted by its denominator (the facts summarised) is the
  exact mean of the pooled facts;
* medians and percentiles cannot be pooled; within one period the value is exact, over
  several periods :class:`RangeNotPoolableError` is raised.

``n`` (distinct patients) does not add up across periods (the same patient comes back), so
the pooled ``n`` is the largest per-period ``n``: a lower bound of the true count. Suppression
judged on it errs on the side of hiding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from services.metrics.catalog import MetricDefinition
from services.metrics.compute import UNKNOWN_GROUP, Cell
from services.metrics.tools.errors import InvalidToolQueryError

NOT_RECORDED = UNKNOWN_GROUP
"""The group key of patients whose category is not recorded (the computation's own)."""

#: Continuous metrics whose value is a mean (their periods pool exactly).
MEAN_METRICS = frozenset({"feedback-mean"})


class RangeNotPoolableError(InvalidToolQueryError):
    """A median over several periods was asked for."""


@dataclass(frozen=True)
class Pooled:
    """A unit's (or group's) value over the range; ``n`` is a lower bound (see module)."""

    key: str
    numerator: float | None
    denominator: float | None
    n: int
    value: float | None
    periods: int


def pool(definition: MetricDefinition, key: str, cells: Iterable[Cell]) -> Pooled:
    """Pool one unit's (or group's) cells; no cells means an empty, zero value."""
    cells = [c for c in cells if c.denominator or c.n]
    if not cells:
        return Pooled(key, 0.0 if definition.kind != "continuous" else None, 0.0, 0, None, 0)
    n = max(c.n for c in cells)
    den = sum(c.denominator or 0.0 for c in cells)
    if len(cells) == 1:
        c = cells[0]
        return Pooled(key, c.numerator, c.denominator, c.n, c.value, 1)
    if definition.kind == "continuous":
        if definition.metric_id not in MEAN_METRICS:
            raise RangeNotPoolableError(
                f"{definition.metric_id} is a median: it cannot be pooled over several periods; "
                "ask for a range within one period (or a longer `period`).",
                parameter="from",
            )
        weighted = sum(
            (c.value or 0.0) * (c.denominator or 0.0) for c in cells if c.value is not None
        )
        return Pooled(key, None, den, n, weighted / den if den else None, len(cells))
    num = sum(c.numerator or 0.0 for c in cells)
    return Pooled(key, num, den, n, num / den if den else None, len(cells))


def pool_by(
    definition: MetricDefinition, cells: Iterable[Cell], *, key: str = "unit"
) -> dict[str, Pooled]:
    """Pool cells per unit id (``key="unit"``) or per equity group (``key="group"``)."""
    grouped: dict[str, list[Cell]] = {}
    for cell in cells:
        name = cell.unit_id if key == "unit" else (cell.group or NOT_RECORDED)
        grouped.setdefault(name, []).append(cell)
    return {k: pool(definition, k, v) for k, v in grouped.items()}

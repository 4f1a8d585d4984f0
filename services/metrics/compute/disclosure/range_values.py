"""The disclosure policy of one value over a whole range, the same as :mod:`.publish`'s.

Per-period values (a chart's series, a benchmark's periods) are published by
:func:`.publish.publish` itself. The equity view and the clinician report
publish one value over a whole range, which this module publishes with the same three steps:

1. the range is whole calendar months (:func:`services.metrics.learning.ranges.range_value`
   snaps it, and the routes echo the effective range);
2. values published side by side with their total (groups and the unit, a clinician, the rest
   of the team and the team) are suppressed together, primary and complementary, with the
   counting rule of :func:`.siblings.counts_of` (:func:`suppress_range`);
3. every value that survives has its counts rounded to the audience's base and its value
   recomputed from the rounded counts (:mod:`services.metrics.stats.rounding`).

A range value's ``n`` is its exact count of distinct patients over the range (:mod:`.ranges`)
before rounding.

Decision (2026-12-06, reversing the one of 2026-12-02): ranges and periods are no longer an
accepted risk. The earlier decision left differencing across separate queries (two ranges a
day apart, a range minus its published periods, an equity group beside a per-period view) to
the suppression threshold alone; an attacker subtracting published numbers recovered hidden
counts exactly. Hiding a range value whenever one of its periods is hidden was rejected again
(it hides nearly every equity group of a realistic organization); instead every range is
snapped to whole months, so that two ranges differ by whole published periods, and every
count is rounded after suppression (OpenSAFELY's remedy for secondary disclosure), so that
any difference of published numbers is uncertain by at least the rounding base and no exact
count of 1 to 10 can be derived.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import MetricDefinition
from services.metrics.compute import Cell
from services.metrics.compute.disclosure.publish import counts_of, suppression_threshold
from services.metrics.learning.ranges import Pooled
from services.metrics.schemas.common import ValueOut
from services.metrics.stats import rounding, suppression


@dataclass(frozen=True)
class Published:
    """A range value as it may be shown: ``value`` holds the published numbers (rounded to
    ``rounded_to``), all None when suppressed, with the reason."""

    key: str
    suppressed: bool
    reason: str | None
    value: Pooled
    rounded_to: int | None = None


def threshold_for(session: Session, *, floor: int, orgs: Sequence[str]) -> int:
    """The threshold protecting every organization a value rests on."""
    return suppression_threshold(session, orgs=orgs, floor=floor)


def _cell(value: Pooled) -> Cell:
    return Cell(date.min, value.key, value.numerator, value.denominator, value.n or 0, value.value)


def rounded(definition: MetricDefinition, value: Pooled, base: int) -> Pooled:
    """``value`` with its counts rounded to ``base`` and its value recomputed from them (a
    mean or median: to its stated decimals)."""

    def count(x: float | None) -> float | None:
        return None if x is None else rounding.round_count(x, base)

    numerator, denominator = count(value.numerator), count(value.denominator)
    if definition.kind == "continuous":
        shown = rounding.round_value(value.value)
    else:
        shown = None if value.value is None else definition.ratio(numerator, denominator)
    n = None if value.n is None else rounding.round_n(value.n, base)
    return Pooled(value.key, numerator, denominator, n, shown)


def hidden(key: str) -> Pooled:
    """The numbers of a suppressed value: none."""
    return Pooled(key, None, None, None, None)


def suppress_range(
    definition: MetricDefinition,
    values: Sequence[Pooled],
    *,
    total: Pooled | None,
    threshold: int,
    base: int,
) -> tuple[list[Published], Published | None]:
    """Primary and complementary suppression of range values published beside their total,
    then rounding of the survivors to ``base``."""
    cells = [counts_of(definition, _cell(v), v.key) for v in values]
    total_cell = None if total is None else counts_of(definition, _cell(total), total.key)
    result = suppression.suppress(cells, total=total_cell, threshold=threshold)

    def out(c: suppression.Cell, value: Pooled) -> Published:
        if c.suppressed:
            return Published(c.key, True, c.reason, hidden(c.key))
        return Published(c.key, False, None, rounded(definition, value, base), base)

    shown = [out(c, v) for c, v in zip(result.cells, values, strict=True)]
    if result.total is None or total is None:
        return shown, None
    return shown, out(result.total, total)


def value_out(shown: Published) -> ValueOut:
    """A range value as published, as its API model: rounded numbers, or all null when
    suppressed."""
    v = shown.value
    return ValueOut(value=v.value, numerator=v.numerator, denominator=v.denominator, n=v.n,
                    suppressed=shown.suppressed, reason=shown.reason,
                    rounded_to=shown.rounded_to)  # fmt: skip

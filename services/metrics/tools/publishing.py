"""Suppression of the tools' range values, on top of :mod:`services.metrics.publish`.

Per-period values (a chart's series, a benchmark's periods) are published by
:func:`services.metrics.publish.publish` itself. The equity view and the clinician report
publish one value over a whole range, which :mod:`~services.metrics.publish` does not cover:
values published side by side with their total (groups and the unit, a clinician, the rest of
the team and the team) are suppressed together, primary and complementary, with the counting
rule of :func:`services.metrics.publish.counts_of` (:func:`suppress_range`). A range value's
``n`` is its exact count of distinct patients over the range (:mod:`.ranges`).

Decision (2026-12-02): a range value is not hidden because one of its periods is hidden in the
per-period views. Subtracting the published periods from a range total can narrow a hidden
period down (temporal differencing); guarding against it hid nearly every equity group of a
realistic organization (one small week anywhere hides the whole half-year), so the guard was
dropped. Breakdowns published together are protected; differencing across separate queries is
left to the suppression threshold, which orgs can raise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import MetricDefinition
from services.metrics.compute import Cell
from services.metrics.publish import counts_of, suppression_threshold
from services.metrics.stats import suppression
from services.metrics.tools.ranges import Pooled


@dataclass(frozen=True)
class Published:
    """Whether a value may be shown; a suppressed one is shown as null with a reason."""

    key: str
    suppressed: bool
    reason: str | None


def threshold_for(session: Session, *, floor: int, orgs: Sequence[str]) -> int:
    """The threshold protecting every organization a value rests on."""
    return suppression_threshold(session, orgs=orgs, floor=floor)


def _cell(value: Pooled) -> Cell:
    return Cell(date.min, value.key, value.numerator, value.denominator, value.n, value.value)


def suppress_range(
    definition: MetricDefinition,
    values: Sequence[Pooled],
    *,
    total: Pooled | None,
    threshold: int,
) -> tuple[list[Published], Published | None]:
    """Primary and complementary suppression of range values published beside their total."""
    cells = [counts_of(definition, _cell(v), v.key) for v in values]
    total_cell = None if total is None else counts_of(definition, _cell(total), total.key)
    result = suppression.suppress(cells, total=total_cell, threshold=threshold)

    def out(c: suppression.Cell) -> Published:
        return Published(c.key, c.suppressed, c.reason)

    return [out(c) for c in result.cells], None if result.total is None else out(result.total)

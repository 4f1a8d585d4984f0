"""One value per unit (or equity group) over a whole date range.

The equity view and the clinician report show one number over the range. They ask the
computation for its whole-range bucket (:data:`~services.metrics.compute.RANGE`) rather than
adding up per-period cells: ``n`` is then the distinct patients of the range (a patient seen in
two months counts once; no sum or maximum of per-period counts gives that), and medians and
percentiles are those of all the range's facts.

The range is snapped outward to whole calendar months (:func:`aligned_range`) before anything is
computed: a value over an arbitrary day-level range would differ from its neighbour a day
longer by that day's facts (see :mod:`~services.metrics.compute.disclosure.range_values`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import EquityDimension, MetricDefinition
from services.metrics.compute import RANGE, UNKNOWN_GROUP, Cell, MetricQuery, compute
from services.metrics.learning.periods import align
from services.metrics.learning.selection import Selection

NOT_RECORDED = UNKNOWN_GROUP
"""The group key of patients whose category is not recorded (the computation's own)."""


@dataclass(frozen=True)
class Pooled:
    """A unit's (or group's) value over the range, its facts pooled into one bucket; ``n`` is
    the exact count of distinct patients (respondents) it rests on (None: not published)."""

    key: str
    numerator: float | None
    denominator: float | None
    n: int | None
    value: float | None


def empty(definition: MetricDefinition, key: str) -> Pooled:
    """The value of a unit without facts in the range: zero counts, no value."""
    return Pooled(key, 0.0 if definition.kind != "continuous" else None, 0.0, 0, None)


def _pooled(key: str, cell: Cell) -> Pooled:
    return Pooled(key, cell.numerator, cell.denominator, cell.n, cell.value)


def aligned_range(start: date | None, end: date | None) -> tuple[date | None, date | None]:
    """The range a one-value view covers: the requested one snapped outward to whole months."""
    return align(start, end, "month")


def _range_query(selection: Selection) -> MetricQuery:
    start, end = aligned_range(selection.query.start, selection.query.end)
    return replace(selection.query, period=RANGE, start=start, end=end)


def range_value(session: Session, selection: Selection) -> Pooled:
    """The selected unit's value over the (month-aligned) range (empty when it has no facts)."""
    unit = selection.query.unit_id or ""
    query = _range_query(selection)
    cells = compute(session, orgs=selection.orgs, query=query)
    found = [c for c in cells if c.unit_id == unit]
    return _pooled(unit, found[0]) if found else empty(selection.definition, unit)


def range_groups(session: Session, selection: Selection, by: EquityDimension) -> dict[str, Pooled]:
    """The selected unit's value over the (month-aligned) range per equity group with facts."""
    unit = selection.query.unit_id or ""
    query = _range_query(selection)
    cells = compute(session, orgs=selection.orgs, query=query, by=by)
    return {
        (c.group or NOT_RECORDED): _pooled(c.group or NOT_RECORDED, c)
        for c in cells
        if c.unit_id == unit
    }

"""Suppression of the tools' range values, on top of :mod:`services.metrics.publish`.

Per-period values (a chart's series, a benchmark's periods) are published by
:func:`services.metrics.publish.publish` itself. The equity view and the clinician report
publish one value over a whole range, which :mod:`~services.metrics.publish` does not cover;
two things make a range value safe here:

* the range value of a unit (or group) is hidden when the periods of it that the metrics API
  hides, at any period length (week, month, quarter), could be recovered by subtracting the
  published periods from it: one hidden period, or hidden periods whose combined counts are
  small (:func:`range_hidden`);
* values published side by side with their total (groups and the unit, a clinician, the rest
  of the team and the team) are then suppressed together, primary and complementary, with the
  counting rule of :func:`services.metrics.publish.counts_of` (:func:`suppress_range`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import PERIODS, EquityDimension, MetricDefinition
from services.metrics.compute import Cell, compute
from services.metrics.publish import counts_of, publish, publish_equity, suppression_threshold
from services.metrics.stats import suppression
from services.metrics.tools.ranges import NOT_RECORDED, Pooled
from services.metrics.tools.selection import Selection


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


def _exposed(definition: MetricDefinition, hidden: Sequence[Cell], threshold: int) -> bool:
    if not hidden:
        return False
    if len(hidden) == 1:
        return True
    counts = [counts_of(definition, c) for c in hidden]
    combined = suppression.Cell(
        key="hidden",
        n=sum(c.n for c in counts),
        numerator=None
        if any(c.numerator is None for c in counts)
        else sum(c.numerator or 0 for c in counts),
        denominator=None
        if any(c.denominator is None for c in counts)
        else sum(c.denominator or 0 for c in counts),
    )
    return suppression.is_small(combined, threshold)


def range_hidden(
    session: Session,
    *,
    selection: Selection,
    threshold: int,
    viewer_org: str,
    by: EquityDimension | None = None,
) -> set[str]:
    """Keys (the unit id, or group codes with ``by``) whose range value must stay hidden
    because the API's per-period publication hides periods it would give away."""
    definition, unit = selection.definition, selection.query.unit_id
    out: set[str] = set()
    for period in PERIODS:
        query = replace(selection.query, period=period)
        raw = [c for c in compute(session, orgs=selection.orgs, query=query) if c.unit_id == unit]
        if by is None:
            shown = publish(
                session, orgs=selection.orgs, query=query, threshold=threshold,
                viewer_org=viewer_org,
            )  # fmt: skip
            shown = [s for s in shown if s.unit_id == unit]
            hidden = [c for c, s in zip(raw, shown, strict=True) if s.suppressed]
            if _exposed(definition, hidden, threshold):
                out.add(unit or "")
            continue
        publication = publish_equity(
            session, orgs=selection.orgs, query=query, by=by, threshold=threshold,
            viewer_org=viewer_org,
        )  # fmt: skip
        groups = compute(session, orgs=selection.orgs, query=query, by=by)
        per_group: dict[str, list[Cell]] = {}
        for cell, shown_cell in zip(groups, publication.groups, strict=True):
            if cell.unit_id == unit and shown_cell.suppressed:
                per_group.setdefault(cell.group or NOT_RECORDED, []).append(cell)
        out |= {g for g, hidden in per_group.items() if _exposed(definition, hidden, threshold)}
        totals = [s for s in publication.totals if s.unit_id == unit]
        hidden = [c for c, s in zip(raw, totals, strict=True) if s.suppressed]
        if _exposed(definition, hidden, threshold):
            out.add("")
    return out


def suppress_range(
    definition: MetricDefinition,
    values: Sequence[Pooled],
    *,
    total: Pooled | None,
    hidden: Collection[str],
    total_hidden: bool,
    threshold: int,
) -> tuple[list[Published], Published | None]:
    """Primary and complementary suppression of range values published beside their total;
    ``hidden`` keys (and the total when ``total_hidden``) start out suppressed."""
    cells = []
    for v in values:
        cell = counts_of(definition, _cell(v), v.key)
        if v.key in hidden:
            small = suppression.is_small(cell, threshold)
            cell = replace(cell, suppressed=True, reason="primary" if small else "complementary")
        cells.append(cell)
    total_cell = None if total is None else counts_of(definition, _cell(total), total.key)
    if total_cell is not None and total_hidden:
        cells = [c if c.suppressed else replace(c, suppressed=True, reason="complementary")
                 for c in cells]  # fmt: skip
        total_cell = replace(total_cell, suppressed=True, reason="primary")
        result = suppression.SuppressedBreakdown(tuple(cells), total_cell)
    else:
        result = suppression.suppress(cells, total=total_cell, threshold=threshold)

    def out(c: suppression.Cell) -> Published:
        return Published(c.key, c.suppressed, c.reason)

    return [out(c) for c in result.cells], None if result.total is None else out(result.total)

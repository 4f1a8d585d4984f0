"""The equity panel: ``/v1/metrics/{id}/equity`` for the chosen unit, as a table.

The view is :func:`~services.metrics.learning.equity.equity_view` with the selection the
equity route builds (quarters, the whole range pooled). A suppressed group or total carries
no number at all here: the row says "suppressed", and it has no gap either.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlmodel import Session

from services.metrics.catalog import EquityDimension
from services.metrics.dashboard import formatting
from services.metrics.learning.equity import equity_view
from services.metrics.learning.ranges import Pooled
from services.metrics.learning.selection import Selection
from services.metrics.stats.rounding import Rounding

NONE = ("", "")


@dataclass(frozen=True)
class GroupRow:
    code: str
    label: str
    suppressed: bool
    value: str
    n: str
    difference: tuple[str, str]
    ratio: tuple[str, str]
    is_reference: bool


@dataclass(frozen=True)
class EquityPanel:
    by: EquityDimension
    total: GroupRow
    groups: tuple[GroupRow, ...]
    intervals: bool
    warnings: tuple[str, ...]

    @property
    def suppressed(self) -> int:
        return sum(1 for g in self.groups if g.suppressed)


def _shown(code: str, label: str, value: Pooled, suppressed: bool, unit: str) -> GroupRow:
    if suppressed:
        return GroupRow(code, label, True, "suppressed", "suppressed", NONE, NONE, False)
    return GroupRow(code, label, False, formatting.value(value.value, unit),
                    formatting.count(value.n), NONE, NONE, False)  # fmt: skip


def equity_panel(
    session: Session,
    *,
    selection: Selection,
    by: EquityDimension,
    threshold: int,
    viewer_org: str,
    bases: Rounding,
) -> EquityPanel:
    """Groups over the range, the largest known group as reference (the route's default)."""
    pooled = replace(selection, query=replace(selection.query, period="quarter"))
    view = equity_view(
        session, selection=pooled, by=by, reference=None, threshold=threshold,
        viewer_org=viewer_org, bases=bases,
    )  # fmt: skip
    unit = selection.definition.unit
    rows = []
    for g in view.groups:
        row = _shown(g.code, g.label, g.value, g.published.suppressed, unit)
        if not row.suppressed:
            row = replace(
                row,
                difference=("reference", "") if g.is_reference else formatting.difference(
                    g.difference, unit),
                ratio=NONE if g.is_reference else formatting.ratio(g.ratio),
                is_reference=g.is_reference,
            )  # fmt: skip
        rows.append(row)
    total = _shown("", "Total", view.total, view.total_published.suppressed, unit)
    return EquityPanel(by, total, tuple(rows), view.intervals, view.warnings)

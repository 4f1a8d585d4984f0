"""The disclosure policy of computed cells: the last step before any value leaves the service.

:func:`~services.metrics.compute.compute` answers exact cells; every publishing route (values,
CSV, charts, equity, benchmarks, exports) goes through this module (range values through
:mod:`.range_values`, which applies the same rules), so that JSON, CSV, charts and FHIR show
the same numbers. Three steps, in this order (README "Disclosure policy"):

1. **alignment**: the requested range is snapped outward to whole periods of the query's
   grain (:func:`aligned`), so that no two requests differ by a few days of facts (a
   rolling-quarter series steps by whole months, each point over the three months ending
   with it: :meth:`_Walk.rolling_cells`);
2. **suppression** (CMS cell-size suppression policy), below;
3. **rounding** (OpenSAFELY output checking) of every count that survived, and the value
   recomputed from the rounded counts (:mod:`services.metrics.stats.rounding`): to the org's
   base (5) for its own staff, to the shared base (10) at the collaborative level and for
   anything else that leaves the org (``audience="shared"``).

Suppression rules (CMS cell size suppression policy: no cell of 1-10, nor one derivable):

* **primary**: a cell whose ``n``, numerator, denominator or complement (denominator minus
  numerator) is 1..threshold - 1 is suppressed. Numerators and denominators take part where
  they count people or events (appointments, answers, alerts); minutes lost do not.
* **complementary**, within each set of siblings published together with their total:
  the units of a level in one period with the org (or pooled) cell of that period, and the
  equity groups of one unit in one period with that unit's cell. Further cells are hidden
  until no suppressed cell can be recovered by subtraction (:mod:`.stats.suppression`).
  An equity breakdown of a unit whose own cell is suppressed is suppressed whole.
* at the **collaborative** level a member also knows its own org's cell, so the pooled cell
  is suppressed when the pooled cell minus the viewer's own would be small.

The threshold is the deployment floor raised by any org's own setting
(:func:`suppression_threshold`). A suppressed cell publishes only ``suppressed`` and a reason;
a published one says the base its counts were rounded to (``rounded_to``).

Typical use from a router::

    floor = settings.suppression_threshold
    threshold = suppression_threshold(session, orgs=[caller.org], floor=floor)
    cells = publish(session, orgs=[caller.org], query=query, threshold=threshold,
                    bases=settings.rounding())
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session, col, select

from services.metrics.catalog import EquityDimension, MetricDefinition
from services.metrics.compute import Cell, MetricQuery, compute, definition_for
from services.metrics.compute.disclosure.cell import PublishedCell
from services.metrics.compute.disclosure.pool import well_pooled_periods
from services.metrics.compute.disclosure.siblings import (
    counts_of,
    suppress_collaborative,
    suppress_groups,
    suppress_siblings,
)
from services.metrics.compute.sql import RANGE
from services.metrics.learning.periods import (
    ROLLING_QUARTER,
    WINDOW_MONTHS,
    align,
    months_before,
    period_end,
    periods_between,
)
from services.metrics.models import OrgSettings
from services.metrics.stats.rounding import Audience, Rounding

__all__ = [
    "EquityPublication",
    "PublishedCell",
    "aligned",
    "audience_of",
    "counts_of",
    "publish",
    "publish_equity",
    "suppress_collaborative",
    "suppress_groups",
    "suppress_siblings",
    "suppression_threshold",
]

POOLED = "pooled"
"""Unit id of the total over several orgs (the sibling total of a multi-org query)."""


@dataclass(frozen=True)
class EquityPublication:
    """An equity breakdown: the unit cells (the totals beside it) and the group cells."""

    totals: list[PublishedCell]
    groups: list[PublishedCell]


def suppression_threshold(session: Session, *, orgs: Iterable[str], floor: int) -> int:
    """The deployment's floor raised to the highest threshold any of ``orgs`` chose for itself
    (an org may ask for more protection, never less; a pooled cell honours every member)."""
    chosen = session.exec(
        select(OrgSettings.suppression_threshold).where(
            col(OrgSettings.org).in_(list(orgs)),
            col(OrgSettings.suppression_threshold).is_not(None),
        )
    ).all()
    return max([floor, *(t for t in chosen if t is not None)])


def _total_query(query: MetricQuery, orgs: Sequence[str]) -> MetricQuery:
    if len(set(orgs)) == 1:
        return replace(query, level="org", unit_id=None)
    return replace(query, level="collaborative", unit_id=POOLED)


@dataclass(frozen=True)
class _Walk:
    """One publication: whose facts, which metric, the threshold and the viewer, which every
    level of it (each period, or each rolling window) is computed and suppressed against."""

    session: Session
    definition: MetricDefinition
    orgs: Sequence[str]
    threshold: int
    viewer_org: str | None

    def level_cells(self, query: MetricQuery) -> list[tuple[Cell, PublishedCell]]:
        """Every unit of the query's level (all siblings, whatever unit was asked), published."""
        session, orgs = self.session, self.orgs
        if query.level == "collaborative":
            pooled = compute(session, orgs=orgs, query=query)
            own = []
            if self.viewer_org is not None:
                own_query = replace(query, level="org", unit_id=None)
                own = compute(session, orgs=[self.viewer_org], query=own_query)
            published = suppress_collaborative(
                self.definition, pooled, own=own, threshold=self.threshold
            )
            # Too few members with data: pooled minus one's own would be a peer's figure.
            enough = well_pooled_periods(session, orgs=orgs, query=query)
            published = [
                p if p.period in enough else p.hidden("too_few_members") for p in published
            ]
            return list(zip(pooled, published, strict=True))
        cells = compute(session, orgs=orgs, query=replace(query, unit_id=None))
        totals: list[Cell] = []
        if query.level != "org" or len(set(orgs)) > 1:
            totals = compute(session, orgs=orgs, query=_total_query(query, orgs))
        published = suppress_siblings(
            self.definition, cells, totals=totals, threshold=self.threshold
        )
        return list(zip(cells, published, strict=True))

    def rolling_cells(self, query: MetricQuery) -> list[tuple[Cell, PublishedCell]]:
        """A rolling-quarter series: each month's point is one whole-range bucket over the
        three months ending with it (distinct patients of the window, medians of all its
        facts), suppressed among its siblings and total like any period, and dated by its last
        month."""
        out: list[tuple[Cell, PublishedCell]] = []
        for month in _window_ends(self.session, orgs=self.orgs, query=query):
            window = replace(
                query,
                period=RANGE,
                start=months_before(month, WINDOW_MONTHS - 1),
                end=period_end(month, "month"),
            )
            pairs = self.level_cells(window)
            out += [(replace(c, period=month), replace(p, period=month)) for c, p in pairs]
        return out


def _walk(
    session: Session,
    query: MetricQuery,
    *,
    orgs: Sequence[str],
    threshold: int,
    viewer_org: str | None,
) -> tuple[_Walk, MetricQuery]:
    """The publication of ``query`` and the query over its :func:`aligned` range."""
    query = aligned(query)
    walk = _Walk(session, definition_for(query.metric_id), orgs, threshold, viewer_org)
    return walk, query


def aligned(query: MetricQuery) -> MetricQuery:
    """``query`` with its range snapped outward to whole periods of its grain (whole calendar
    months for a whole-range bucket): what is published is what this range gives."""
    grain = "month" if query.period == RANGE else query.period
    start, end = align(query.start, query.end, grain)
    return replace(query, start=start, end=end)


def audience_of(query: MetricQuery) -> Audience:
    """Values at the collaborative level leave the org: they take the shared (strict) base."""
    return "shared" if query.level == "collaborative" else "own"


def _window_ends(session: Session, *, orgs: Sequence[str], query: MetricQuery) -> list[date]:
    """The months a rolling-quarter series has a point for: those of the range, or (an open
    end) from the first to the last month with facts at the level."""
    first, last = query.start, query.end
    if first is None or last is None:
        monthly = compute(session, orgs=orgs, query=replace(query, period="month", unit_id=None))
        if not monthly:
            return []
        first = first or min(c.period for c in monthly)
        last = last or max(c.period for c in monthly)
    return periods_between(first, last, "month")


def _wanted(query: MetricQuery, cell: Cell) -> bool:
    return query.level == "collaborative" or query.unit_id is None or cell.unit_id == query.unit_id


def publish(
    session: Session,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    threshold: int,
    viewer_org: str | None = None,
    bases: Rounding,
    audience: Audience | None = None,
) -> list[PublishedCell]:
    """The published cells of ``query`` (ordered like :func:`compute`'s), over its
    :func:`aligned` range, suppressed, then rounded to the base of ``audience`` (by default
    :func:`audience_of` the query; a benchmark passes ``"shared"``). ``query.period`` may also
    be ``rolling-quarter`` (:meth:`_Walk.rolling_cells`): one point per month of the range.

    Suppression always looks at every sibling unit and the total, even when ``query`` names
    one unit, so that a unit reads the same alone as beside the others. ``viewer_org`` is the
    caller's org at the collaborative level (see :func:`suppress_collaborative`).
    """
    walk, query = _walk(session, query, orgs=orgs, threshold=threshold, viewer_org=viewer_org)
    base = bases.base(audience or audience_of(query))
    cells_of = walk.rolling_cells if query.period == ROLLING_QUARTER else walk.level_cells
    return [
        shown.rounded(walk.definition, base)
        for cell, shown in cells_of(query)
        if _wanted(query, cell)
    ]


def publish_equity(
    session: Session,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    by: EquityDimension,
    threshold: int,
    viewer_org: str | None = None,
    bases: Rounding,
) -> EquityPublication:
    """The query's unit cells and their breakdown by ``by``, both suppressed and rounded
    (over the :func:`aligned` range, to the base of :func:`audience_of` the query).

    Groups leave out facts without a patient (redacted, anonymous); the unit cell beside them
    counts everything, so that the breakdown never reveals how many redacted facts there are.
    """
    walk, query = _walk(session, query, orgs=orgs, threshold=threshold, viewer_org=viewer_org)
    base = bases.base(audience_of(query))
    definition = walk.definition
    pairs = walk.level_cells(query)
    groups = compute(session, orgs=orgs, query=query, by=by)
    shown = suppress_groups(definition, groups, totals=pairs, threshold=threshold)
    return EquityPublication(
        totals=[p.rounded(definition, base) for c, p in pairs if _wanted(query, c)],
        groups=[g.rounded(definition, base) for g in shown],
    )

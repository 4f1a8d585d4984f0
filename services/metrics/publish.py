"""Small-cell suppression of computed cells: the last step before any value leaves the service.

:func:`~services.metrics.compute.compute` answers unsuppressed cells; every publishing route
(values, CSV, charts, equity, benchmarks, exports) goes through this module, so that JSON, CSV,
charts and FHIR all hide the same cells. The rules (conventions.md 3.7, CMS cell-size policy):

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
(:func:`suppression_threshold`). A suppressed cell publishes only ``suppressed`` and a reason.

Typical use from a router::

    floor = settings.suppression_threshold
    threshold = suppression_threshold(session, orgs=[caller.org], floor=floor)
    cells = publish(session, orgs=[caller.org], query=query, threshold=threshold)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session, col, select

from services.metrics.catalog import EquityDimension, MetricDefinition
from services.metrics.collaborative_pool import well_pooled_periods
from services.metrics.compute import Cell, MetricQuery, compute, definition_for
from services.metrics.models import OrgSettings
from services.metrics.stats import suppression
from services.metrics.stats.suppression import Reason

__all__ = [
    "EquityPublication",
    "PublishedCell",
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
class PublishedCell:
    """A cell as it may leave the service. Suppressed: every number is None."""

    period: date
    unit_id: str
    group: str | None
    value: float | None
    numerator: float | None
    denominator: float | None
    n: int | None
    suppressed: bool = False
    reason: Reason | None = None

    @classmethod
    def of(cls, cell: Cell, *, reason: Reason | None = None) -> PublishedCell:
        """Publish ``cell`` as is, or hidden when ``reason`` is given."""
        if reason is not None:
            return cls(cell.period, cell.unit_id, cell.group, None, None, None, None, True, reason)
        return cls(
            cell.period,
            cell.unit_id,
            cell.group,
            cell.value,
            cell.numerator,
            cell.denominator,
            cell.n,
        )

    def hidden(self, reason: Reason) -> PublishedCell:
        """The same cell, suppressed (a cell already suppressed keeps its first reason)."""
        if self.suppressed:
            return self
        return replace(
            self,
            value=None,
            numerator=None,
            denominator=None,
            n=None,
            suppressed=True,
            reason=reason,
        )


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


def counts_of(definition: MetricDefinition, cell: Cell, key: str = "") -> suppression.Cell:
    """The numbers of ``cell`` that suppression looks at: ``n`` always; the denominator (it
    counts appointments, referrals, responses, answers or alerts); the numerator of a
    proportion (people or events), not of a rate (minutes lost are not people)."""
    numerator = None
    if definition.kind == "proportion" and cell.numerator is not None:
        numerator = round(cell.numerator)
    denominator = None if cell.denominator is None else round(cell.denominator)
    return suppression.Cell(key=key, n=cell.n, numerator=numerator, denominator=denominator)


def _by_period(cells: Iterable[Cell]) -> dict[date, list[Cell]]:
    out: dict[date, list[Cell]] = defaultdict(list)
    for cell in cells:
        out[cell.period].append(cell)
    return out


def suppress_siblings(
    definition: MetricDefinition,
    cells: Sequence[Cell],
    *,
    totals: Sequence[Cell] = (),
    threshold: int,
) -> list[PublishedCell]:
    """Suppress ``cells`` (units of one level, any periods) period by period, each period's
    cells being siblings whose total is the ``totals`` cell of that period (the org cell
    for clinicians, teams and sites). Without a total only primary suppression applies."""
    total_of = {t.period: t for t in totals}
    out: dict[int, PublishedCell] = {}
    index = {id(c): i for i, c in enumerate(cells)}
    for period, siblings in _by_period(cells).items():
        total = total_of.get(period)
        result = suppression.suppress(
            [counts_of(definition, c, str(index[id(c)])) for c in siblings],
            total=None if total is None else counts_of(definition, total, "total"),
            threshold=threshold,
        )
        for cell, verdict in zip(siblings, result.cells, strict=True):
            out[index[id(cell)]] = PublishedCell.of(cell, reason=verdict.reason)
    return [out[i] for i in range(len(cells))]


def suppress_groups(
    definition: MetricDefinition,
    groups: Sequence[Cell],
    *,
    totals: Sequence[tuple[Cell, PublishedCell]],
    threshold: int,
) -> list[PublishedCell]:
    """Suppress equity ``groups`` per (period, unit), the siblings of that unit's cell.

    ``totals`` pairs each unit cell with how it was published: a hidden unit cell hides its
    whole breakdown (the groups would add up to it), a unit cell missing from ``totals`` too.
    """
    published = {(c.period, c.unit_id): (c, p) for c, p in totals}
    sets: dict[tuple[date, str], list[int]] = defaultdict(list)
    for i, cell in enumerate(groups):
        sets[(cell.period, cell.unit_id)].append(i)
    out: dict[int, PublishedCell] = {}
    for key, members in sets.items():
        total, shown = published.get(key, (None, None))
        if total is None or shown is None or shown.suppressed:
            for i in members:
                out[i] = PublishedCell.of(groups[i], reason="complementary")
            continue
        result = suppression.suppress(
            [counts_of(definition, groups[i], str(i)) for i in members],
            total=counts_of(definition, total, "total"),
            threshold=threshold,
        )
        for i, verdict in zip(members, result.cells, strict=True):
            out[i] = PublishedCell.of(groups[i], reason=verdict.reason)
    return [out[i] for i in range(len(groups))]


def suppress_collaborative(
    definition: MetricDefinition,
    pooled: Sequence[Cell],
    *,
    own: Sequence[Cell],
    threshold: int,
) -> list[PublishedCell]:
    """Suppress pooled collaborative cells for a member who knows its ``own`` org cells:
    primary on the pooled cell, and complementary when pooled minus own (the other members
    together) would reveal a small number. ``n`` adds up across orgs (patients are per org)."""
    own_of = {c.period: c for c in own}
    out = []
    for cell in pooled:
        counts = counts_of(definition, cell)
        reason: Reason | None = "primary" if suppression.is_small(counts, threshold) else None
        mine = own_of.get(cell.period)
        if reason is None and mine is not None:
            theirs = counts_of(definition, mine)
            rest = suppression.Cell(
                key="others",
                n=max(counts.n - theirs.n, 0),
                numerator=None
                if counts.numerator is None or theirs.numerator is None
                else counts.numerator - theirs.numerator,
                denominator=None
                if counts.denominator is None or theirs.denominator is None
                else counts.denominator - theirs.denominator,
            )
            if suppression.is_small(rest, threshold):
                reason = "complementary"
        out.append(PublishedCell.of(cell, reason=reason))
    return out


def _total_query(query: MetricQuery, orgs: Sequence[str]) -> MetricQuery:
    if len(set(orgs)) == 1:
        return replace(query, level="org", unit_id=None)
    return replace(query, level="collaborative", unit_id=POOLED)


def _level_cells(
    session: Session,
    definition: MetricDefinition,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    threshold: int,
    viewer_org: str | None,
) -> list[tuple[Cell, PublishedCell]]:
    """Every unit of the query's level (all siblings, whatever unit was asked), published."""
    if query.level == "collaborative":
        pooled = compute(session, orgs=orgs, query=query)
        own = []
        if viewer_org is not None:
            own = compute(
                session, orgs=[viewer_org], query=replace(query, level="org", unit_id=None)
            )
        published = suppress_collaborative(definition, pooled, own=own, threshold=threshold)
        # Too few members with data: pooled minus one's own would be a peer's figure.
        enough = well_pooled_periods(session, orgs=orgs, query=query)
        published = [p if p.period in enough else p.hidden("too_few_members") for p in published]
        return list(zip(pooled, published, strict=True))
    cells = compute(session, orgs=orgs, query=replace(query, unit_id=None))
    totals: list[Cell] = []
    if query.level != "org" or len(set(orgs)) > 1:
        totals = compute(session, orgs=orgs, query=_total_query(query, orgs))
    published = suppress_siblings(definition, cells, totals=totals, threshold=threshold)
    return list(zip(cells, published, strict=True))


def _wanted(query: MetricQuery, cell: Cell) -> bool:
    return query.level == "collaborative" or query.unit_id is None or cell.unit_id == query.unit_id


def publish(
    session: Session,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    threshold: int,
    viewer_org: str | None = None,
) -> list[PublishedCell]:
    """The published cells of ``query`` (ordered like :func:`compute`'s).

    Suppression always looks at every sibling unit and the total, even when ``query`` names
    one unit, so that a unit reads the same alone as beside the others. ``viewer_org`` is the
    caller's org at the collaborative level (see :func:`suppress_collaborative`).
    """
    definition = definition_for(query.metric_id)
    pairs = _level_cells(
        session,
        definition,
        orgs=orgs,
        query=query,
        threshold=threshold,
        viewer_org=viewer_org,
    )
    return [shown for cell, shown in pairs if _wanted(query, cell)]


def publish_equity(
    session: Session,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    by: EquityDimension,
    threshold: int,
    viewer_org: str | None = None,
) -> EquityPublication:
    """The query's unit cells and their breakdown by ``by``, both suppressed.

    Groups leave out facts without a patient (redacted, anonymous); the unit cell beside them
    counts everything, so that the breakdown never reveals how many redacted facts there are.
    """
    definition = definition_for(query.metric_id)
    pairs = _level_cells(
        session,
        definition,
        orgs=orgs,
        query=query,
        threshold=threshold,
        viewer_org=viewer_org,
    )
    groups = compute(session, orgs=orgs, query=query, by=by)
    shown = suppress_groups(definition, groups, totals=pairs, threshold=threshold)
    return EquityPublication(
        totals=[p for c, p in pairs if _wanted(query, c)],
        groups=shown,
    )

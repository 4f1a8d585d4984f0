"""Suppression of computed cells, primary and complementary, per set of siblings published
together (the rules are in :mod:`services.metrics.compute.disclosure.publish`'s docstring)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from services.metrics.catalog import MetricDefinition
from services.metrics.compute import Cell
from services.metrics.compute.disclosure.cell import PublishedCell
from services.metrics.stats import suppression
from services.metrics.stats.suppression import Reason


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

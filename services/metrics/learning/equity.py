"""A metric by demographic group over a date range, each group's gap to a reference group.

Each group and the unit's total are one bucket over the whole range (:mod:`.ranges`), so their
``n`` is their exact count of distinct patients and medians are answered for any range.

The range is whole calendar months (:func:`.ranges.aligned_range`). Groups and the unit's total
over the range are suppressed together (primary and complementary), and every surviving count
is rounded (to 5 within the org, 10 at the collaborative level;
:mod:`~services.metrics.compute.disclosure.range_values`). A suppressed group gets no value
and no gap: an interval would reveal its counts. Gaps and their intervals are computed among
the published groups only, from the *rounded* counts, so that an interval cannot be turned
back into exact counts either. The default reference is the
largest published group whose category is known (a "not recorded" group is no reference).

Intervals: proportions get Newcombe's difference and Katz's ratio intervals
(:mod:`services.metrics.stats.equity`). Rates and continuous metrics get the difference and
ratio of the values without intervals: the cells carry no standard deviation or event-level
dispersion to build them from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import EquityDimension
from services.metrics.compute.disclosure.pool import thin_range
from services.metrics.compute.disclosure.publish import audience_of
from services.metrics.compute.disclosure.range_values import Published, hidden, suppress_range
from services.metrics.errors import InvalidParameterError
from services.metrics.learning.group_labels import group_label
from services.metrics.learning.ranges import (
    NOT_RECORDED,
    Pooled,
    aligned_range,
    range_groups,
    range_value,
)
from services.metrics.learning.selection import Selection
from services.metrics.stats.equity import (
    Interval,
    ProportionGroup,
    choose_reference,
    compare_proportions,
)
from services.metrics.stats.rounding import Rounding

_UNKNOWN = frozenset({NOT_RECORDED, "UNK", "ASKU"})


@dataclass(frozen=True)
class GroupResult:
    """One group as published (``value``: rounded numbers, all None when suppressed)."""

    code: str
    label: str
    value: Pooled
    published: Published
    is_reference: bool
    difference: Interval | None
    ratio: Interval | None


@dataclass(frozen=True)
class EquityView:
    selection: Selection
    by: EquityDimension
    reference: str | None
    groups: tuple[GroupResult, ...]
    total: Pooled
    total_published: Published
    intervals: bool
    warnings: tuple[str, ...]
    effective_from: date | None
    effective_to: date | None


def _plain_gap(value: float | None, ref: float | None) -> tuple[Interval | None, Interval | None]:
    if value is None or ref is None:
        return None, None
    diff = Interval(value - ref, value - ref, value - ref)
    ratio = Interval(value / ref, value / ref, value / ref) if ref else None
    return diff, ratio


def _hide_thin_pool(
    session: Session,
    selection: Selection,
    by: EquityDimension,
    published: list[Published],
    total: Published,
) -> tuple[list[Published], Published]:
    """A collaborative's pooled breakdown: hidden whole when any group rests on fewer than
    5 members (one hidden alone would come back from the total), the total too when it does
    (:mod:`services.metrics.compute.disclosure.pool`)."""
    thin_total, thin_group = thin_range(session, orgs=selection.orgs, query=selection.query, by=by)
    if thin_total or thin_group:
        published = [
            Published(p.key, True, p.reason or "too_few_members", hidden(p.key)) for p in published
        ]
    if thin_total:
        total = Published(total.key, True, total.reason or "too_few_members", hidden(total.key))
    return published, total


def equity_view(
    session: Session,
    *,
    selection: Selection,
    by: EquityDimension,
    reference: str | None,
    threshold: int,
    viewer_org: str,
    bases: Rounding,
) -> EquityView:
    """Compute over the month-aligned range, suppress, round and compare."""
    definition = selection.definition
    if definition.anonymous:
        raise InvalidParameterError(
            f"{definition.metric_id} comes from an anonymous survey: it has no equity view.",
            parameter="by",
        )
    exact = range_groups(session, selection, by)
    total = range_value(session, selection)
    order = sorted(exact, key=lambda k: (k in _UNKNOWN, group_label(by, k)))
    published, total_published = suppress_range(
        definition,
        [exact[k] for k in order],
        total=total,
        threshold=threshold,
        base=bases.base(audience_of(selection.query)),
    )
    assert total_published is not None
    if selection.query.level == "collaborative":
        published, total_published = _hide_thin_pool(
            session, selection, by, published, total_published
        )
    # From here on only the published (rounded) numbers are used.
    groups = {p.key: p.value for p in published}
    shown = {p.key for p in published if not p.suppressed and groups[p.key].value is not None}
    if reference is not None and reference not in shown:
        raise InvalidParameterError(
            f"The reference group {reference!r} is not among the published groups "
            f"({', '.join(sorted(shown)) or 'none'}).",
            parameter="reference",
        )
    candidates = {k: groups[k].denominator or float(groups[k].n or 0) for k in shown}
    known = {k: v for k, v in candidates.items() if k not in _UNKNOWN}
    ref = reference or (choose_reference(known or candidates) if candidates else None)
    gaps: dict[str, tuple[Interval | None, Interval | None]] = {}
    intervals = definition.kind == "proportion"
    if ref is not None and intervals:
        result = compare_proportions(
            [
                ProportionGroup(
                    k, round(groups[k].numerator or 0), round(groups[k].denominator or 0)
                )
                for k in order
                if k in shown
            ],
            reference=ref,
        )
        gaps = {g.key: (g.difference, g.ratio) for g in result.groups}
    elif ref is not None:
        gaps = {k: _plain_gap(groups[k].value, groups[ref].value) for k in shown if k != ref}
    warnings = []
    if not intervals:
        warnings.append(
            f"{definition.metric_id} is a {definition.kind} metric: gaps are shown without "
            "95% intervals."
        )
    if any(p.suppressed for p in published):
        warnings.append(
            "Groups resting on too few patients are suppressed, and so are as many others as "
            "it takes for none of them to be recovered from the total."
        )
    results = tuple(
        GroupResult(
            k,
            group_label(by, k),
            p.value,
            p,
            k == ref,
            *gaps.get(k, (None, None)),
        )
        for k, p in zip(order, published, strict=True)
    )
    start, end = aligned_range(selection.query.start, selection.query.end)
    return EquityView(
        selection, by, ref, results, total_published.value, total_published, intervals,
        tuple(warnings), start, end,
    )  # fmt: skip

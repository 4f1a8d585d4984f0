"""Small-cell suppression of published cells: no published cell rests on fewer than the
threshold, and no suppressed cell can be recovered from its siblings and their total."""

from __future__ import annotations

import math
import uuid
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from services.metrics.catalog import CATALOG
from services.metrics.compute import Cell, MetricQuery, compute
from services.metrics.compute.disclosure.publish import (
    PublishedCell,
    counts_of,
    publish,
    publish_equity,
    suppress_collaborative,
    suppress_groups,
    suppress_siblings,
    suppression_threshold,
)
from services.metrics.models import OrgSettings
from services.metrics.stats.rounding import DEFAULT_ROUNDING
from services.metrics.stats.suppression import is_small
from tests.metrics.compute.conftest import World

KEPT = CATALOG["kept-rate"]
MINUTES = CATALOG["telehealth-minutes-lost"]
PERIOD = date(2026, 3, 1)


@st.composite
def cell(draw: st.DrawFn, unit: str) -> Cell:
    den = draw(st.integers(0, 60))
    num = draw(st.integers(0, den))
    n = draw(st.integers(min(den, 1), den)) if den else 0
    return Cell(PERIOD, unit, float(num), float(den), n, num / den if den else None)


@st.composite
def siblings(draw: st.DrawFn) -> tuple[list[Cell], Cell]:
    """Units whose counts add up to the total (each patient in one unit): exact subtraction."""
    cells = [draw(cell(f"u{i}")) for i in range(draw(st.integers(1, 7)))]
    num = sum(c.numerator or 0 for c in cells)
    den = sum(c.denominator or 0 for c in cells)
    total = Cell(PERIOD, "org", num, den, sum(c.n for c in cells), num / den if den else None)
    return cells, total


def _small(x: float, threshold: int) -> bool:
    return 0 < x < threshold


def _rounded(x: float, base: int) -> float:
    """The policy's rounding, written out independently: nearest multiple, halves up."""
    return float(base * math.floor(x / base + 0.5))


def _published_numbers(raw: Cell, base: int | None) -> tuple[object, ...]:
    """What the policy publishes for ``raw``: exact (``base`` None: suppression only), or every
    count rounded to ``base`` and the share recomputed from the rounded counts."""
    if base is None:
        return (raw.value, raw.numerator, raw.denominator, raw.n)
    num, den = _rounded(raw.numerator or 0, base), _rounded(raw.denominator or 0, base)
    return (num / den if den else None, num, den, int(_rounded(raw.n, base)))


def _assert_safe(
    cells: list[Cell],
    shown: list[PublishedCell],
    total: Cell | None,
    threshold: int,
    base: int | None = None,
) -> None:
    for raw, out in zip(cells, shown, strict=True):
        if out.suppressed:
            assert (out.value, out.numerator, out.denominator, out.n) == (None, None, None, None)
            assert out.reason in ("primary", "complementary")
            continue
        counts = counts_of(KEPT, raw)
        numbers = [counts.n, counts.denominator, counts.numerator]
        numbers.append(counts.denominator - counts.numerator)  # type: ignore[operator]
        assert not any(_small(x, threshold) for x in numbers), (raw, out)
        assert (out.value, out.numerator, out.denominator, out.n) == _published_numbers(raw, base)
        assert out.rounded_to == base
    hidden = [raw for raw, out in zip(cells, shown, strict=True) if out.suppressed]
    if total is None or not hidden:
        return
    if is_small(counts_of(KEPT, total), threshold):
        return  # the total itself is suppressed (primary): there is nothing to subtract from
    # What a reader recovers: the total minus every published sibling.
    published = [raw for raw, out in zip(cells, shown, strict=True) if not out.suppressed]
    rest_den = (total.denominator or 0) - sum(c.denominator or 0 for c in published)
    rest_num = (total.numerator or 0) - sum(c.numerator or 0 for c in published)
    rest_n = total.n - sum(c.n for c in published)
    assert len(hidden) >= 2, "a lone suppressed cell is the total minus its siblings"
    for recovered in (rest_den, rest_num, rest_den - rest_num, rest_n):
        assert not _small(recovered, threshold), (hidden, recovered)


@settings(max_examples=300, deadline=None)
@given(siblings(), st.integers(2, 30))
def test_published_siblings_are_never_small_nor_recoverable(
    data: tuple[list[Cell], Cell], threshold: int
) -> None:
    cells, total = data
    shown = suppress_siblings(KEPT, cells, totals=[total], threshold=threshold)
    if is_small(counts_of(KEPT, total), threshold):
        assert all(c.suppressed for c in shown)
    _assert_safe(cells, shown, total, threshold)


@settings(max_examples=200, deadline=None)
@given(siblings(), st.integers(2, 30), st.booleans())
def test_equity_groups_follow_their_unit_cell(
    data: tuple[list[Cell], Cell], threshold: int, unit_hidden: bool
) -> None:
    groups, total = data
    groups = [replace(g, unit_id="org", group=g.unit_id) for g in groups]
    shown_total = PublishedCell.of(total, reason="complementary" if unit_hidden else None)
    shown = suppress_groups(KEPT, groups, totals=[(total, shown_total)], threshold=threshold)
    if unit_hidden:
        assert all(c.suppressed for c in shown)
    _assert_safe(groups, shown, None if unit_hidden else total, threshold)


@settings(max_examples=200, deadline=None)
@given(cell("mine"), cell("theirs"), st.integers(2, 30))
def test_collaborative_cell_never_reveals_the_other_members(
    mine: Cell, theirs: Cell, threshold: int
) -> None:
    pooled = Cell(
        PERIOD,
        "collab",
        (mine.numerator or 0) + (theirs.numerator or 0),
        (mine.denominator or 0) + (theirs.denominator or 0),
        mine.n + theirs.n,
        None,
    )
    [shown] = suppress_collaborative(KEPT, [pooled], own=[mine], threshold=threshold)
    if not shown.suppressed:
        rest = counts_of(KEPT, theirs)
        numbers = [rest.n, rest.numerator, rest.denominator, rest.denominator - rest.numerator]  # type: ignore[operator]
        assert not any(_small(x, threshold) for x in numbers)  # type: ignore[arg-type]


def test_minutes_lost_are_not_people_but_sessions_are() -> None:
    few_minutes = Cell(PERIOD, "t1", 3.0, 40.0, 30, 3 / 40)
    few_sessions = Cell(PERIOD, "t2", 300.0, 8.0, 8, 300 / 8)
    shown = suppress_siblings(MINUTES, [few_minutes, few_sessions], threshold=11)
    assert [c.suppressed for c in shown] == [False, True]


def test_a_unit_reads_the_same_alone_as_among_its_siblings(session: Session, world: World) -> None:
    org = world.orgs[0]
    query = MetricQuery("kept-rate", level="clinician", period="quarter")
    everyone = publish(session, orgs=[org], query=query, threshold=11, bases=DEFAULT_ROUNDING)
    assert everyone and any(c.suppressed for c in everyone)
    assert any(not c.suppressed for c in everyone)
    for unit in {c.unit_id for c in everyone}:
        alone = publish(
            session,
            orgs=[org],
            query=replace(query, unit_id=unit),
            threshold=11,
            bases=DEFAULT_ROUNDING,
        )
        assert alone == [c for c in everyone if c.unit_id == unit]
    raw = {(c.period, c.unit_id): c for c in compute(session, orgs=[org], query=query)}
    totals = compute(session, orgs=[org], query=replace(query, level="org"))
    by_period: dict[date, list[Cell]] = {}
    for key, c in raw.items():
        by_period.setdefault(key[0], []).append(c)
    for total in totals:
        cells = sorted(by_period[total.period], key=lambda c: c.unit_id)
        shown = [c for c in everyone if c.period == total.period]
        assert [c.unit_id for c in shown] == [c.unit_id for c in cells]
        _assert_safe(cells, shown, None, 11, base=5)


def test_equity_publication_hides_groups_of_a_hidden_unit(session: Session, world: World) -> None:
    org = world.orgs[0]
    query = MetricQuery("kept-rate", level="team", period="quarter")
    result = publish_equity(
        session, orgs=[org], query=query, by="race", threshold=11, bases=DEFAULT_ROUNDING
    )
    hidden_units = {(t.period, t.unit_id) for t in result.totals if t.suppressed}
    assert result.groups
    for group in result.groups:
        if (group.period, group.unit_id) in hidden_units:
            assert group.suppressed
        if not group.suppressed:
            # At least 11 patients, published rounded to 5: at least 10, a multiple of 5.
            assert group.n is not None and group.n >= 10 and group.n % 5 == 0
            assert group.rounded_to == 5


def test_threshold_is_the_floor_raised_by_org_settings(session: Session) -> None:
    strict, lax, plain = (f"org-{uuid.uuid4().hex[:12]}" for _ in range(3))
    session.add(OrgSettings(org=strict, suppression_threshold=20))
    session.add(OrgSettings(org=lax, suppression_threshold=5))
    session.commit()
    assert suppression_threshold(session, orgs=[plain], floor=11) == 11
    assert suppression_threshold(session, orgs=[lax], floor=11) == 11
    assert suppression_threshold(session, orgs=[strict], floor=11) == 20
    assert suppression_threshold(session, orgs=[plain, strict], floor=11) == 20

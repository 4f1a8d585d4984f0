"""Small-cell suppression: primary and complementary (CMS cell-size suppression policy)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.metrics.stats.suppression import Cell, is_small, suppress

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def flags(result_cells: tuple[Cell, ...]) -> dict[str, str | None]:
    return {c.key: c.reason for c in result_cells}


def test_primary_suppression_of_counts_one_to_ten_but_not_zero() -> None:
    cells = [Cell("a", 10), Cell("b", 11), Cell("c", 0), Cell("d", 1)]
    assert flags(suppress(cells).cells) == {"a": "primary", "b": None, "c": None, "d": "primary"}


def test_numerator_or_its_complement_below_threshold_is_primary() -> None:
    cells = [
        Cell("few events", 50, numerator=7, denominator=50),
        Cell("few non-events", 50, numerator=47, denominator=50),
        Cell("no events", 50, numerator=0, denominator=50),
        Cell("fine", 50, numerator=20, denominator=50),
    ]
    assert flags(suppress(cells).cells) == {
        "few events": "primary",
        "few non-events": "primary",
        "no events": None,
        "fine": None,
    }


def test_single_suppressed_cell_with_total_gets_a_complement() -> None:
    cells = [Cell("a", 4), Cell("b", 30), Cell("c", 25), Cell("d", 100)]
    result = suppress(cells, total=Cell("total", 159))
    # 4 alone is recoverable as 159 - 155; hiding c (25, next smallest) leaves 4 + 25 = 29.
    assert flags(result.cells) == {"a": "primary", "b": None, "c": "complementary", "d": None}
    assert result.total is not None and not result.total.suppressed


def test_complements_keep_going_until_the_hidden_sum_is_not_small() -> None:
    # a + b = 3 would still be a small count: the next smallest, c, is hidden too.
    cells = [Cell("a", 1), Cell("b", 2), Cell("c", 40), Cell("d", 50)]
    result = suppress(cells, total=Cell("total", 93))
    assert flags(result.cells) == {"a": "primary", "b": "primary", "c": "complementary", "d": None}


def test_small_total_suppresses_everything() -> None:
    result = suppress([Cell("a", 4), Cell("b", 5)], total=Cell("total", 9))
    assert all(c.suppressed for c in result.cells)
    assert result.total is not None and result.total.reason == "primary"


def test_without_a_total_only_primary_applies() -> None:
    result = suppress([Cell("a", 4), Cell("b", 30)])
    assert flags(result.cells) == {"a": "primary", "b": None}


cell_lists = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda t: (t[0] + t[1], t[0])),
    min_size=1,
    max_size=8,
)


@given(cell_lists, st.booleans(), st.integers(2, 16))
def test_no_suppressed_cell_is_recoverable(
    rows: list[tuple[int, int]], with_counts: bool, threshold: int
) -> None:
    cells = [
        Cell(
            f"g{i}", n, numerator=y if with_counts else None, denominator=n if with_counts else None
        )
        for i, (n, y) in enumerate(rows)
    ]
    total = Cell(
        "total",
        sum(n for n, _ in rows),
        numerator=sum(y for _, y in rows) if with_counts else None,
        denominator=sum(n for n, _ in rows) if with_counts else None,
    )
    result = suppress(cells, total=total, threshold=threshold)
    assert result.total is not None
    published = [c for c in result.cells if not c.suppressed]
    hidden = [c for c in result.cells if c.suppressed]
    # 1. Nothing published reveals a small number.
    assert not any(is_small(c, threshold) for c in published)
    if result.total.suppressed:
        assert not published
        return
    assert not is_small(result.total, threshold)
    # 2. What a reader can derive, total minus published siblings, is never a single hidden
    # cell and never a small number in any dimension.
    assert len(hidden) != 1
    if hidden:
        derived_n = result.total.n - sum(c.n for c in published)
        assert not 0 < derived_n < threshold
        if with_counts:
            num = (result.total.numerator or 0) - sum(c.numerator or 0 for c in published)
            den = (result.total.denominator or 0) - sum(c.denominator or 0 for c in published)
            assert not 0 < num < threshold
            assert not 0 < den - num < threshold

"""Quantiles match PostgreSQL percentile_cont (Hyndman & Fan type 7)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.metrics.stats.errors import InsufficientDataError, InvalidInputError
from services.metrics.stats.quantiles import (
    grouped_counted_quantiles,
    grouped_quantiles,
    median,
    percentile_cont,
)

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def test_known_values() -> None:
    # percentile_cont(0.9) over 1..10: h = 9 * 0.9 = 8.1 -> 9 + 0.1 * (10 - 9) = 9.1.
    assert percentile_cont(range(1, 11), 0.9) == pytest.approx(9.1)
    assert median([4, 1, 3, 2]) == 2.5
    assert median(iter([7])) == 7


@given(
    st.lists(st.floats(-1e9, 1e9), min_size=1, max_size=50),
    st.floats(0, 1),
)
def test_agrees_with_numpy_linear(xs: list[float], q: float) -> None:
    expected = float(np.percentile(xs, q * 100, method="linear"))
    assert percentile_cont(xs, q) == pytest.approx(expected, rel=1e-9, abs=1e-6)


def test_grouped_quantiles_stream_one_group_at_a_time() -> None:
    rows = iter([("a", 1.0), ("a", 3.0), ("b", 10.0), ("b", 20.0), ("b", 30.0)])
    out = list(grouped_quantiles(rows))
    assert out == [("a", 2, [2.0, pytest.approx(2.8)]), ("b", 3, [20.0, pytest.approx(28.0)])]
    with pytest.raises(InvalidInputError):
        list(grouped_quantiles([("a", 1.0), ("b", 2.0), ("a", 3.0)]))


@given(
    st.dictionaries(
        st.sampled_from("abc"),
        st.lists(st.integers(0, 400), min_size=1, max_size=80),
        min_size=1,
    ),
    st.lists(st.floats(0, 1), min_size=1, max_size=3),
)
def test_counted_values_give_the_quantiles_of_all_the_values(
    groups: dict[str, list[int]], qs: list[float]
) -> None:
    # Waits in whole days repeat: the database sends each distinct value once with its count.
    plain = [(key, float(v)) for key in sorted(groups) for v in sorted(groups[key])]
    counted = [
        (key, float(v), groups[key].count(v))
        for key in sorted(groups)
        for v in sorted(set(groups[key]))
    ]
    expected = list(grouped_quantiles(plain, qs))
    assert list(grouped_counted_quantiles(counted, qs)) == [
        (key, n, pytest.approx(values, rel=1e-12, abs=1e-9)) for key, n, values in expected
    ]


def test_counted_values_must_come_distinct_and_in_order() -> None:
    assert list(grouped_counted_quantiles([("a", 2.0, 3), ("a", 9.0, 1)], (0.5,))) == [
        ("a", 4, [2.0])
    ]
    with pytest.raises(InvalidInputError):
        list(grouped_counted_quantiles([("a", 2.0, 1), ("a", 2.0, 1)], (0.5,)))
    with pytest.raises(InvalidInputError):
        list(grouped_counted_quantiles([("a", 1.0, 1), ("b", 1.0, 1), ("a", 3.0, 1)], (0.5,)))


def test_errors() -> None:
    with pytest.raises(InsufficientDataError):
        median([])
    with pytest.raises(InvalidInputError):
        percentile_cont([1.0], 1.5)

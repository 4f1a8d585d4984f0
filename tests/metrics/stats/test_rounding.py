"""Rounding after suppression (OpenSAFELY output checking) and the snapping of ranges to whole
periods: the two rules that keep differencing from yielding an exact small count."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from services.metrics.learning.periods import align, months_before
from services.metrics.settings import MetricsSettings
from services.metrics.stats.errors import InvalidInputError
from services.metrics.stats.rounding import Rounding, ratio, round_count, round_n, round_value

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


@given(st.integers(0, 100_000), st.sampled_from([5, 10, 20]))
def test_a_count_is_rounded_to_the_nearest_multiple(count: int, base: int) -> None:
    shown = round_count(count, base)
    assert shown % base == 0
    assert -base / 2 < shown - count <= base / 2  # halves go up
    assert round_count(count + 1, base) >= shown  # monotone: order is kept


def test_what_a_published_ten_means() -> None:
    # With base 5 a published 10 is a true 8 to 12 (and 1-10 are suppressed: 11 or 12).
    assert [x for x in range(30) if round_count(x, 5) == 10] == [8, 9, 10, 11, 12]
    assert [x for x in range(30) if round_count(x, 10) == 10] == list(range(5, 15))
    assert round_count(0, 5) == 0 and round_n(0, 10) == 0
    assert round_n(13, 5) == 15 and isinstance(round_n(13, 5), int)


def test_values_come_from_the_rounded_counts() -> None:
    assert ratio(round_count(27, 5), round_count(55, 5)) == 25 / 55
    assert ratio(0.0, 0.0) is None and ratio(None, 10.0) is None
    assert round_value(3.14159) == 3.14 and round_value(None) is None


def test_bases_are_never_finer_than_five_and_shared_never_finer_than_own() -> None:
    assert Rounding().base("own") == 5 and Rounding().base("shared") == 10
    with pytest.raises(InvalidInputError):
        Rounding(own=4)
    with pytest.raises(InvalidInputError):
        Rounding(own=10, shared=5)
    with pytest.raises(InvalidInputError):
        round_count(-1, 5)
    with pytest.raises(ValidationError):
        MetricsSettings(rounding_base=3)
    assert MetricsSettings(rounding_base=20).rounding() == Rounding(own=20, shared=20)


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(0, 400))
def test_ranges_snap_outward_to_whole_periods(start: date, days: int) -> None:
    end = start + timedelta(days=days)
    first, last = align(start, end, "month")
    assert first == start.replace(day=1) and first <= start
    assert last is not None and last >= end and (last + timedelta(days=1)).day == 1
    week_first, week_last = align(start, end, "week")
    assert week_first is not None and week_first.weekday() == 0 and week_first <= start
    assert week_last is not None and week_last.weekday() == 6 and 0 <= (week_last - end).days < 7
    q_first, q_last = align(start, end, "quarter")
    assert q_first is not None and q_first.month in (1, 4, 7, 10) and q_first.day == 1
    assert q_last is not None and (q_last + timedelta(days=1)).month in (1, 4, 7, 10)
    # A day more or less inside the same period changes nothing.
    if end.day > 1:
        assert align(start, end - timedelta(days=1), "month") == (first, last)
    assert align(None, None, "month") == (None, None)
    assert align(start, end, "rolling-quarter") == (first, last)


def test_a_rolling_quarter_ends_with_its_month() -> None:
    assert months_before(date(2026, 3, 1), 2) == date(2026, 1, 1)
    assert months_before(date(2026, 1, 1), 2) == date(2025, 11, 1)

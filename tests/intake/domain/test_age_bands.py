"""Age bands from a birth year, at their edges."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.intake.codesets.age import AGE_BANDS, age_band

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

ON = date(2025, 6, 30)


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, "0-17"),
        (17, "0-17"),
        (18, "18-25"),
        (25, "18-25"),
        (26, "26-44"),
        (44, "26-44"),
        (45, "45-64"),
        (64, "45-64"),
        (65, "65+"),
        (105, "65+"),
    ],
)
def test_band_edges(age: int, band: str) -> None:
    assert age_band(ON.year - age, ON) == band


def test_age_is_the_age_reached_during_the_year() -> None:
    born = 2007
    assert age_band(born, date(2025, 1, 1)) == age_band(born, date(2025, 12, 31)) == "18-25"
    assert age_band(born, date(2024, 12, 31)) == "0-17"


def test_a_birth_year_after_the_reference_year_is_an_error() -> None:
    with pytest.raises(ValueError):
        age_band(2026, ON)


@given(st.integers(min_value=0, max_value=130))
def test_every_age_falls_in_exactly_one_band(age: int) -> None:
    assert sum(band.contains(age) for band in AGE_BANDS) == 1


def test_bands_are_contiguous_and_open_ended() -> None:
    for lower, upper in pairwise(AGE_BANDS):
        assert lower.high is not None and upper.low == lower.high + 1
    assert AGE_BANDS[0].low == 0 and AGE_BANDS[-1].high is None

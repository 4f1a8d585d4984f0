"""How the attacker reads responses: the range a value covers and the rounding of counts."""

from __future__ import annotations

from datetime import date

from tests.metrics.disclosure.collector import (
    Cell,
    effective,
    observations,
    period_end,
    rounding_bases,
)
from tests.metrics.disclosure.regions import Region

JAN2, MAR31 = date(2026, 1, 2), date(2026, 3, 31)
REGION = Region(frozenset({"a"}), date(2026, 1, 1), MAR31)


def test_the_echoed_effective_range_wins_over_the_request() -> None:
    asked = {"from": "2026-01-02", "to": "2026-03-31"}
    assert effective(asked, JAN2, MAR31) == (JAN2, MAR31)
    snapped = {**asked, "effective_from": "2026-01-01", "effective_to": "2026-03-31"}
    assert effective(snapped, JAN2, MAR31) == (date(2026, 1, 1), MAR31)
    nested = {**asked, "effective": {"from": "2026-01-01", "to": "2026-03-31"}}
    assert effective(nested, JAN2, MAR31) == (date(2026, 1, 1), MAR31)
    assert effective({}, None, None) == (None, None)


def test_period_ends() -> None:
    assert period_end(date(2026, 1, 5), "week") == date(2026, 1, 11)
    assert period_end(date(2026, 2, 1), "month") == date(2026, 2, 28)
    assert period_end(date(2026, 10, 1), "quarter") == date(2026, 12, 31)


def cell(num: int | None, den: int | None, source: str = "values: x") -> Cell:
    return Cell(REGION, num, den, None if den is not None else "primary", source)


def test_counts_that_are_all_multiples_of_5_are_read_as_rounded() -> None:
    exact = [cell(23, 41), cell(15, 30), cell(0, 12)]
    rounded = [cell(25, 40), cell(15, 30), cell(None, None), cell(0, 15, "equity: y")]
    assert rounding_bases(exact) == {"values": 1}
    assert rounding_bases(rounded) == {"values": 5, "equity": 5}
    assert rounding_bases([cell(20, 40), cell(30, 50)]) == {"values": 10}


def test_a_cell_gives_its_numerator_rest_and_denominator() -> None:
    [num, rest, den] = observations([cell(25, 40)], {"values": 5})
    assert (num.low, num.high) == (23, 27) and (den.low, den.high) == (38, 42)
    assert (rest.low, rest.high) == (11, 19) and rest.region.part == "rest"
    hidden = observations([cell(None, None)], {"values": 5})
    assert [o.hidden for o in hidden] == [True, True, True]
    assert {o.reason for o in hidden} == {"primary"}

"""The attacker's solver on systems small enough to check by hand: it recovers a hidden count
that exact published counts determine (so the attack can find leaks), and cannot once the same
counts are rounded to 5 (so the rounding is what protects)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from tests.metrics.disclosure.attack import Target, leaks
from tests.metrics.disclosure.regions import KEPT, Observation, Region
from tests.metrics.disclosure.solver import Model, Range

D1, D2 = date(2026, 2, 2), date(2026, 2, 3)
TEAM, A, B = frozenset({"a", "b"}), frozenset({"a"}), frozenset({"b"})


def seen(region: Region, low: int | None, high: int | None = None) -> Observation:
    high = low if high is None else high
    return Observation(region, low, high, None if low is not None else "primary", "hand-made")


def test_exact_counts_give_away_a_hidden_unit() -> None:
    """Team 20 appointments, clinician a 15, clinician b hidden: b had 5."""
    hidden = Region(B, D1, D1)
    model = Model(
        [seen(Region(TEAM, D1, D1), 20), seen(Region(A, D1, D1), 15), seen(hidden, None)],
        leaves={"a", "b"},
    )
    assert model.range_of(model.expr(hidden)) == Range(5, 5)
    assert model.range_of(model.expr(hidden)).determined


def test_ranges_a_day_apart_give_away_the_day() -> None:
    """Two days 24, the second day alone 13: the first day's 11 is determined, and so would a
    small one be. The kept part of each day comes out too when the rest is published."""
    first = Region(TEAM, D1, D1)
    model = Model(
        [seen(Region(TEAM, D1, D2), 24), seen(Region(TEAM, D2, D2), 13), seen(first, None)],
        leaves={"a", "b"},
    )
    assert model.range_of(model.expr(first)) == Range(11, 11)


def test_an_unfiltered_count_minus_the_other_filter_values_gives_the_hidden_one() -> None:
    org = Region(TEAM, D1, D1)
    by = {m: Region(TEAM, D1, D1, "modality", frozenset({m})) for m in ("in-person", "video")}
    model = Model(
        [seen(org, 30), seen(by["in-person"], 26), seen(by["video"], None)],
        leaves={"a", "b"},
        categories={"modality": ["in-person", "video"]},
    )
    # Unknown modalities ("*") could hold the 4 as well: the video count is 0..4, not known.
    assert model.range_of(model.expr(by["video"])) == Range(0, 4)
    closed = Model(
        [seen(org, 30), seen(by["in-person"], 26), seen(by["video"], None),
         seen(Region(TEAM, D1, D1, "modality", frozenset({"*"})), 0)],
        leaves={"a", "b"}, categories={"modality": ["in-person", "video"]},
    )  # fmt: skip
    assert closed.range_of(closed.expr(by["video"])) == Range(4, 4)


def test_rounded_counts_leave_the_hidden_unit_open() -> None:
    """Team published 20 (18..22), a published 15 (13..17): b is anything from 1 to 9, as far
    as the arithmetic goes (a published count is never 1..10, b's own can be)."""
    hidden = Region(B, D1, D1)
    model = Model(
        [seen(Region(TEAM, D1, D1), 18, 22), seen(Region(A, D1, D1), 13, 17), seen(hidden, None)],
        leaves={"a", "b"},
    )
    found = model.range_of(model.expr(hidden))
    assert found == Range(1, 9)
    assert not found.determined


def test_the_policy_knowledge_that_published_counts_are_never_small_is_used() -> None:
    """Rounded 10 means 8..12, but a published count is not 1..10: it is 11 or 12."""
    region = Region(TEAM, D1, D1)
    model = Model([seen(region, 8, 12)], leaves={"a", "b"})
    assert model.range_of(model.expr(region)) == Range(11, 12)
    zero = Model([seen(region, 0, 2)], leaves={"a", "b"})
    assert zero.range_of(zero.expr(region)) == Range(0, 0)


@pytest.mark.parametrize(
    ("team", "clinician", "leaked"), [((20, 20), (15, 15), True), ((18, 22), (13, 17), False)]
)
def test_the_attack_reports_a_leak_only_when_the_count_is_determined(
    team: tuple[int, int], clinician: tuple[int, int], leaked: bool
) -> None:
    hidden = Region(B, D1, D1)
    model = Model(
        [seen(Region(TEAM, D1, D1), *team), seen(Region(A, D1, D1), *clinician),
         seen(hidden, None)],
        leaves={"a", "b"},
    )  # fmt: skip
    goal = Target(model.expr(hidden), 5, "b on day 1", "hidden cell")
    truth = np.zeros(len(model.var))
    truth[model.total[("a", 0, KEPT)]], truth[model.total[("b", 0, KEPT)]] = 15, 5
    outcome = leaks(model, [goal], truth)
    assert [f.target for f in outcome.leaks] == ([goal] if leaked else [])


def test_a_count_nothing_bounds_is_open_upwards() -> None:
    hidden = Region(B, D1, D1)
    model = Model([seen(Region(A, D1, D1), 15), seen(hidden, None)], leaves={"a", "b"})
    assert model.range_of(model.expr(hidden)) == Range(0, None)

"""The gap rule: where a patient's unnamed assessments on an instrument split into episodes,
and that the ids depend only on what is stored, never on arrival order."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from services.measures.assessments.recording import fingerprint
from services.measures.scoring.episodes import (
    GAP_DAYS,
    gap_episode_id,
    gap_episodes,
    is_gap_episode,
)

pytestmark = pytest.mark.no_database

START = datetime(2025, 1, 6, 10, tzinfo=UTC)


def _day(n: float) -> datetime:
    return START + timedelta(days=n)


def test_180_days_without_an_assessment_start_a_new_episode_and_179_do_not() -> None:
    members = [(_day(0), "a"), (_day(179), "b"), (_day(179 + GAP_DAYS), "c")]
    episodes = gap_episodes("p-1", members)
    assert episodes["a"] == episodes["b"] == gap_episode_id("p-1", "a")
    assert episodes["c"] == gap_episode_id("p-1", "c") != episodes["a"]
    assert GAP_DAYS == 180


def test_ids_begin_gap_and_name_patient_and_first_assessment() -> None:
    assert is_gap_episode(gap_episode_id("p-1", "a"))
    assert gap_episode_id("p-1", "a") != gap_episode_id("p-2", "a")
    assert gap_episode_id("p-1", "a") != gap_episode_id("p-1", "b")
    assert len(gap_episode_id("p-1", "a")) <= 64
    assert not is_gap_episode("ep-1") and not is_gap_episode(None)


def test_arrival_order_never_changes_the_episodes() -> None:
    rng = random.Random(7)
    members = [(_day(d), f"a-{i}") for i, d in enumerate([0, 30, 60, 300, 320, 700, 701])]
    expected = gap_episodes("p-1", members)
    for _ in range(20):
        shuffled = members[:]
        rng.shuffle(shuffled)
        assert gap_episodes("p-1", shuffled) == expected
    assert len(set(expected.values())) == 3


def test_a_back_filled_assessment_that_bridges_a_gap_merges_the_episodes() -> None:
    members = [(_day(0), "a"), (_day(200), "b")]
    assert len(set(gap_episodes("p-1", members).values())) == 2
    bridged = gap_episodes("p-1", [*members, (_day(100), "c")])
    assert set(bridged.values()) == {gap_episode_id("p-1", "a")}


def test_an_earlier_assessment_becomes_the_first_and_renames_the_episode() -> None:
    members = [(_day(10), "b"), (_day(20), "c")]
    assert gap_episodes("p-1", members)["c"] == gap_episode_id("p-1", "b")
    backdated = gap_episodes("p-1", [*members, (_day(0), "z")])
    assert set(backdated.values()) == {gap_episode_id("p-1", "z")}


def test_an_absent_episode_id_leaves_the_fingerprint_of_older_assessments_alone() -> None:
    data = {"patient_id": "p-1", "answers": {"phq9_1": 1}, "completed_at": START}
    assert fingerprint("phq9", {**data, "episode_id": None}) == fingerprint("phq9", data)
    assert fingerprint("phq9", {**data, "episode_id": "ep-1"}) != fingerprint("phq9", data)

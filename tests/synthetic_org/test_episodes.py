"""The synthetic organization's episodes: every patient has one that its referral and sessions
name, closings are consistent with the sessions left, and dropout and missing measures differ
by group as the demo promises (the equity views need something to find)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from services.intake.schemas import EpisodeBatchItem
from synthetic.episodes import BASE_DROPOUT, dropout_chance, missing_chance
from synthetic.generator import OrgPlan, generate

PLAN = OrgPlan(org="org-episodes", seed=5, patients=900, weeks=30, sessions_per_patient=8)
pytestmark = pytest.mark.no_database


def test_each_patient_has_one_valid_episode_that_its_records_name() -> None:
    data = generate(PLAN)
    episodes = {e["patient_id"]: e for e in data.episodes}
    assert len(episodes) == len(data.episodes) == len(data.patients)
    for episode in data.episodes:
        EpisodeBatchItem.model_validate(episode)  # what intake will accept
    assert all(r["episode_id"] == episodes[r["patient_id"]]["episode_id"] for r in data.referrals)
    assert all(e["episode_id"] == episodes[e["patient_id"]]["episode_id"] for e in data.encounters)
    kept: dict[str, list[date]] = defaultdict(list)
    for e in data.encounters:
        if e["status"] == "fulfilled":
            kept[e["patient_id"]].append(date.fromisoformat(e["scheduled_start"][:10]))
    for patient_id, episode in episodes.items():
        if episode.get("discharge_reason") == "dropped-out" and kept[patient_id]:
            # Nothing kept after the last contact, and told 30 days later.
            gap = date.fromisoformat(episode["closed_on"]) - max(kept[patient_id])
            assert gap.days == 30, episode
        if episode["status"] in ("cancelled", "waitlist"):
            assert kept[patient_id] == [], episode
    encounter_ids = {e["encounter_id"] for e in data.encounters}
    assert all(f["encounter_id"] in encounter_ids for f in data.feedback)
    assert all(
        a["assessment_id"][4:] in encounter_ids
        for a in data.assessments
        if a["assessment_id"].startswith("asm-")
    )


def test_dropout_and_missing_measures_differ_by_language() -> None:
    data = generate(PLAN)
    english = {p["patient_id"]: p["preferred_language"] == "en" for p in data.patients}
    closed: dict[bool, list[bool]] = defaultdict(list)
    for e in data.episodes:
        if e["status"] in ("finished", "cancelled"):
            closed[english[e["patient_id"]]].append(e["discharge_reason"] == "dropped-out")
    rate = {group: sum(v) / len(v) for group, v in closed.items()}
    assert rate[False] > rate[True] + 0.08, rate
    # Measured share of kept sessions that would carry a PHQ-9 (every other kept one).
    measured = {a["patient_id"] for a in data.assessments if a["patient_id"]}
    unmeasured = defaultdict(list)
    for patient_id, is_english in english.items():
        if any(e["patient_id"] == patient_id and e["status"] == "fulfilled"
               for e in data.encounters):  # fmt: skip
            unmeasured[is_english].append(patient_id not in measured)
    assert sum(unmeasured[False]) / len(unmeasured[False]) >= sum(unmeasured[True]) / len(
        unmeasured[True]
    )


def test_the_chances_follow_the_groups() -> None:
    base = {"preferred_language": "en", "payer_type": "5", "rurality": "urban"}
    assert dropout_chance(base) == BASE_DROPOUT
    assert dropout_chance(base | {"preferred_language": "es"}) > BASE_DROPOUT
    assert dropout_chance(base | {"payer_type": "8", "rurality": "isolated"}) > BASE_DROPOUT
    assert missing_chance(base | {"birth_year": 2004}, 2026) > missing_chance(base, 2026)

"""Not on track: the organisation's own expected course, or a published rule of thumb."""

from __future__ import annotations

import random

from services.measures.instruments import get_instrument
from services.measures.not_on_track import (
    MIN_EPISODES_PER_CELL,
    PERCENTILE_MODEL_VERSION,
    RULE_MODEL_VERSION,
    EpisodePoint,
    fit_expected_change,
    track_status,
)

PHQ9 = get_instrument("phq9").total


def _history(n_episodes: int, band: str = "moderately_severe", seed: int = 7) -> list[EpisodePoint]:
    """Completed episodes improving about 1 point a week, with spread, seen at weeks 2-12."""
    rng = random.Random(seed)
    points = []
    for episode in range(n_episodes):
        pace = rng.uniform(0.2, 1.6)
        for week in (2, 5, 7, 10):
            points.append(EpisodePoint(f"e{episode}", band, week, -round(pace * week)))
    return points


def test_with_enough_local_history_the_org_model_decides() -> None:
    model = fit_expected_change(PHQ9, _history(60))
    cell = model.cell("moderately_severe", 5)
    assert cell is not None and cell.n_episodes == 60
    slow = track_status(
        PHQ9, model, baseline_band="moderately_severe", weeks_since_baseline=5, change=-1
    )
    typical = track_status(
        PHQ9, model, baseline_band="moderately_severe", weeks_since_baseline=5, change=-5
    )
    assert slow.on_track is False and typical.on_track is True
    assert slow.decided_by == "org_percentile_model"
    assert slow.model_version.startswith(PERCENTILE_MODEL_VERSION)
    assert slow.expected.lower > 1  # the slowest quarter improved by more than 1 point


def test_too_little_local_history_falls_back_to_the_rule_of_thumb() -> None:
    model = fit_expected_change(PHQ9, _history(MIN_EPISODES_PER_CELL - 1))
    assert model.cells == {}
    status = track_status(
        PHQ9, model, baseline_band="moderately_severe", weeks_since_baseline=5, change=-1
    )
    assert (status.decided_by, status.model_version) == ("rule_of_thumb", RULE_MODEL_VERSION)


def test_an_episode_seen_twice_in_a_week_bucket_counts_once() -> None:
    points = _history(MIN_EPISODES_PER_CELL - 1)
    points += [EpisodePoint("e0", "moderately_severe", 5.5, -3)]  # second look in weeks 4-6
    assert fit_expected_change(PHQ9, points).cells == {}


def test_a_band_without_history_uses_the_rule_even_when_others_have_plenty() -> None:
    model = fit_expected_change(PHQ9, _history(60))
    status = track_status(PHQ9, model, baseline_band="mild", weeks_since_baseline=5, change=0)
    assert status.decided_by == "rule_of_thumb"


def test_rule_reliable_deterioration_is_off_track_at_any_time() -> None:
    status = track_status(PHQ9, None, baseline_band="moderate", weeks_since_baseline=2, change=6)
    assert status.on_track is False and status.reason == "reliable deterioration"


def test_rule_no_reliable_improvement_by_week_8_is_off_track() -> None:
    early = track_status(PHQ9, None, baseline_band="moderate", weeks_since_baseline=4, change=-2)
    late = track_status(PHQ9, None, baseline_band="moderate", weeks_since_baseline=8, change=-5)
    improved = track_status(PHQ9, None, baseline_band="moderate", weeks_since_baseline=9, change=-6)
    assert (early.on_track, late.on_track, improved.on_track) == (True, False, True)


def test_nothing_is_judged_in_the_first_week() -> None:
    status = track_status(PHQ9, None, baseline_band="moderate", weeks_since_baseline=0.5, change=3)
    assert (status.on_track, status.decided_by) == (None, "none")


def test_without_a_reliable_change_threshold_the_rule_cannot_judge() -> None:
    k10 = get_instrument("k10").total
    status = track_status(k10, None, baseline_band="severe", weeks_since_baseline=10, change=0)
    assert status.on_track is None

"""Not on track: who is judged, the organisation's own expected course, or a rule of thumb."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.measures.instruments.catalog import get_instrument
from services.measures.instruments.overrides import apply_overrides
from services.measures.scoring.not_on_track import (
    ELIGIBILITY_VERSION,
    MIN_EPISODES_PER_CELL,
    PERCENTILE_MODEL_VERSION,
    RULE_MODEL_VERSION,
    EpisodePoint,
    fit_expected_change,
    not_applicable_reason,
    track_status,
)
from services.measures.scoring.org_history import baseline_band, cached_model
from services.measures.scoring.outcomes import assess_change

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

PHQ9_INSTRUMENT = get_instrument("phq9")
PHQ9 = PHQ9_INSTRUMENT.total


def _history(n_episodes: int, band: str = "moderately_severe", seed: int = 7) -> list[EpisodePoint]:
    """Series improving about 1 point a week, with spread, seen at weeks 2-12."""
    rng = random.Random(seed)
    points = []
    for episode in range(n_episodes):
        pace = rng.uniform(0.2, 1.6)
        for week in (2, 5, 7, 10):
            points.append(EpisodePoint(f"e{episode}", band, week, -round(pace * week)))
    return points


def _status(baseline: float, current: float, weeks: float, model=None, band=None, scale=PHQ9):
    change = replace(assess_change(scale, baseline, current), weeks_in_care=weeks)
    band = band or ("moderately_severe" if 15 <= baseline <= 19 else "moderate")
    return track_status(scale, model, change, baseline_band=band)


def test_with_enough_local_history_the_org_model_decides() -> None:
    model = fit_expected_change(PHQ9, _history(60))
    cell = model.cell("moderately_severe", 5)
    assert cell is not None and cell.n_episodes == 60
    slow = _status(17, 16, 5, model)
    typical = _status(17, 12, 5, model)
    assert (slow.verdict, slow.on_track, typical.on_track) == ("not_on_track", False, True)
    assert slow.decided_by == "org_percentile_model"
    assert slow.model_version.startswith(PERCENTILE_MODEL_VERSION)
    assert slow.expected.lower > 1  # the slowest quarter improved by more than 1 point


def test_the_org_model_never_calls_a_reliable_deterioration_on_track() -> None:
    # A model fitted on an org whose patients mostly worsen: +6 is inside its expected range.
    worsening = [EpisodePoint(f"e{i}", "moderate", 5, 4 + i % 6) for i in range(60)]
    model = fit_expected_change(PHQ9, worsening)
    assert model.cell("moderate", 5).lower <= -6  # the model alone would call +6 on track
    status = _status(12, 18, 5, model)
    assert (status.verdict, status.decided_by) == ("not_on_track", "rule_of_thumb")
    assert status.reason == "reliable deterioration (6 points worse than baseline)"


def test_a_reliable_deterioration_is_not_on_track_even_below_caseness() -> None:
    status = _status(6, 14, 3)  # not a case at baseline, but 8 points worse
    assert (status.verdict, status.reason[:22]) == ("not_on_track", "reliable deterioration")


def test_too_little_local_history_falls_back_to_the_rule_of_thumb() -> None:
    model = fit_expected_change(PHQ9, _history(MIN_EPISODES_PER_CELL - 1))
    assert model.cells == {}
    status = _status(17, 16, 5, model)
    assert (status.decided_by, status.model_version) == ("rule_of_thumb", RULE_MODEL_VERSION)


def test_an_episode_seen_twice_in_a_week_bucket_counts_once() -> None:
    points = _history(MIN_EPISODES_PER_CELL - 1)
    points += [EpisodePoint("e0", "moderately_severe", 5.5, -3)]  # second look in weeks 4-6
    assert fit_expected_change(PHQ9, points).cells == {}


def test_a_band_without_history_uses_the_rule_even_when_others_have_plenty() -> None:
    model = fit_expected_change(PHQ9, _history(60))
    assert _status(12, 12, 5, model).decided_by == "rule_of_thumb"


def test_rule_reliable_deterioration_is_off_track_at_any_time() -> None:
    status = _status(11, 17, 2)
    assert status.on_track is False
    assert status.reason == "reliable deterioration (6 points worse than baseline)"


def test_rule_no_reliable_improvement_by_week_8_is_off_track() -> None:
    early, late, improved = _status(14, 12, 4), _status(14, 9, 8), _status(14, 8, 9)
    assert (early.on_track, late.on_track, improved.on_track) == (True, False, True)


def test_nothing_is_judged_in_the_first_week() -> None:
    status = _status(12, 15, 0.5)
    assert (status.verdict, status.on_track, status.decided_by) == ("too_early", None, "none")


def test_a_patient_below_caseness_is_not_applicable_however_little_they_change() -> None:
    # PHQ-9 4 -> 3 at week 9: once the rule's "no reliable improvement" (a high alert).
    status = _status(4, 3, 9)
    assert (status.verdict, status.on_track) == ("not_applicable", None)
    assert (status.decided_by, status.model_version) == ("eligibility", ELIGIBILITY_VERSION)
    assert status.reason.startswith("not a case at baseline (4 is on the non-clinical side")
    assert _status(9, 9, 12).verdict == "not_applicable"  # the last score under the cut-off
    assert _status(10, 10, 12).verdict == "not_on_track"  # the first case


def test_not_applicable_even_when_the_org_model_has_a_cell_for_the_band() -> None:
    mild = fit_expected_change(PHQ9, _history(60, band="mild"))
    assert mild.cell("mild", 5) is not None
    assert _status(7, 7, 5, mild, band="mild").verdict == "not_applicable"


def test_a_case_without_room_for_a_reliable_improvement_is_not_applicable() -> None:
    # An org that counts cases from 4 on the PHQ-9: a baseline of 5 cannot fall by 6 points.
    low_cut = apply_overrides(
        PHQ9_INSTRUMENT, {"reason": "test", "total": {"caseness_threshold": 4}}
    ).total
    assert not_applicable_reason(low_cut, 6) is None  # 6 - 6 = 0, the floor: room enough
    status = _status(5, 5, 10, scale=low_cut)
    assert status.verdict == "not_applicable"
    assert status.reason == (
        "no room for a reliable improvement: baseline 5 is less than the reliable-change value "
        "(6) from the scale's floor (0)"
    )


def test_a_patient_who_responded_or_remitted_is_never_not_on_track() -> None:
    responded = _status(20, 10, 9)  # 50 % lower, 10 points: response, no remission
    remitted = _status(10, 4, 9)  # 6 points: remission
    assert (responded.verdict, responded.decided_by) == ("on_track", "outcome_reached")
    assert responded.reason.startswith("responded")
    assert (remitted.verdict, remitted.reason[:12]) == ("on_track", "in remission")
    # The org model would have called both behind: its slowest quarter improved by more.
    fast = [EpisodePoint(f"e{i}", "moderate", 9, -10) for i in range(60)]
    fast += [EpisodePoint(f"f{i}", "severe", 9, -15) for i in range(60)]
    model = fit_expected_change(PHQ9, fast)
    assert _status(10, 4, 9, model).on_track is True
    assert _status(20, 10, 9, model, band="severe").on_track is True


def test_without_a_reliable_change_threshold_the_patient_is_not_applicable() -> None:
    k10 = get_instrument("k10").total
    status = _status(30, 30, 10, scale=k10, band="severe")
    assert (status.verdict, status.on_track) == ("not_applicable", None)
    assert "no reliable-change value" in status.reason


def test_the_org_model_is_fitted_on_eligible_baselines_only() -> None:
    """Patients who start below caseness (and barely move) do not shape the expected course."""
    rows = []
    for p in range(40):  # cases at baseline (15) improving 8 points by week 5
        rows += [(f"case{p}", _at(0), 15.0, "e1"), (f"case{p}", _at(5), 7.0, "e1")]
    for p in range(40):  # non-cases (4) that cannot improve
        rows += [(f"low{p}", _at(0), 4.0, "e1"), (f"low{p}", _at(5), 4.0, "e1")]
    model = cached_model(PHQ9_INSTRUMENT, "org-fit-test", size=len(rows), history=lambda: rows)
    assert set(model.cells) == {("moderately_severe", (4, 6))}
    assert model.cells[("moderately_severe", (4, 6))].n_episodes == 40


def _at(weeks: float) -> datetime:
    return datetime(2026, 1, 5, tzinfo=UTC) + timedelta(weeks=weeks)


TRACKED = [i for i in ("phq9", "gad7", "core10", "pcl5") if get_instrument(i).total.reliable_change]


@settings(max_examples=400, deadline=None)
@given(
    instrument=st.sampled_from(TRACKED),
    baseline_share=st.floats(0, 1),
    current_share=st.floats(0, 1),
    weeks=st.floats(0, 40),
    expected_lower=st.floats(-30, 30),
)
def test_verdicts_keep_their_promises_whatever_the_model_expects(
    instrument: str, baseline_share: float, current_share: float, weeks: float,
    expected_lower: float,
) -> None:  # fmt: skip
    """Reliable deterioration is never on track, a response or remission never off track, and
    a patient who is not eligible is never not on track unless reliably worse."""
    inst = get_instrument(instrument)
    scale = inst.total
    baseline = round(scale.min + baseline_share * (scale.max - scale.min))
    current = round(scale.min + current_share * (scale.max - scale.min))
    change = replace(assess_change(scale, baseline, current), weeks_in_care=round(weeks, 2))
    band = baseline_band(inst, baseline)
    # An org model whose every cell expects ``expected_lower`` at the 25th percentile.
    points = [EpisodePoint(f"e{n}", band, w, -expected_lower) for n in range(30) for w in
              (1, 3, 5, 7, 10, 14, 20, 30)]  # fmt: skip
    for model in (None, fit_expected_change(scale, points)):
        status = track_status(scale, model, change, baseline_band=band)
        if status.verdict == "too_early":
            continue
        if change.reliable_deterioration:
            assert status.verdict == "not_on_track"
        if change.response or change.remission:
            assert status.verdict == "on_track"
        if not_applicable_reason(scale, baseline) is not None:
            assert status.verdict in ("not_applicable", "not_on_track")
            assert status.verdict == "not_applicable" or change.reliable_deterioration


def test_each_episode_of_care_is_a_series_of_the_org_model() -> None:
    """A returning patient's second course is a series of its own, measured from its own
    baseline, not a follow-up a year after the first course's."""
    rows = []
    for p in range(20):
        rows += [(f"p{p}", _at(0), 15.0, "e1"), (f"p{p}", _at(5), 7.0, "e1")]
        rows += [(f"p{p}", _at(60), 15.0, "e2"), (f"p{p}", _at(65), 7.0, "e2")]
    model = cached_model(PHQ9_INSTRUMENT, "org-episodes", size=len(rows), history=lambda: rows)
    assert set(model.cells) == {("moderately_severe", (4, 6))}
    assert model.cells[("moderately_severe", (4, 6))].n_episodes == 40

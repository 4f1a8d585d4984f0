"""Change from baseline: reliable, clinically significant, recovery, response, remission."""

from __future__ import annotations

from datetime import date

import pytest

from services.measures.instruments.catalog import get_instrument
from services.measures.instruments.overrides import apply_overrides
from services.measures.scoring.outcomes import assess_change, jacobson_truax_threshold

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

PHQ9 = get_instrument("phq9").total


def test_phq9_15_to_7_is_reliable_significant_recovery_and_response_but_not_remission() -> None:
    change = assess_change(PHQ9, 15, 7)
    assert (change.change, change.improvement) == (-8, 8)
    assert change.reliable_improvement is True  # 8 >= 6 points
    assert change.clinically_significant_improvement is True  # from >= 10 to below 10
    assert change.recovery is True
    assert change.response is True  # 7 is more than 50% below 15
    assert change.remission is False  # remission needs < 5


def test_ahrq_patient_test_19_responds_and_remits_by_visit_4() -> None:
    change = assess_change(
        PHQ9, 14, 4, baseline_at=date(2020, 2, 15), current_at=date(2020, 12, 11)
    )
    assert change.response is True and change.remission is True
    assert change.weeks_in_care == 42.86


def test_exactly_half_the_baseline_counts_as_response() -> None:
    assert assess_change(PHQ9, 10, 5).response is True  # NCQA: "at least 50 percent lower"
    assert assess_change(PHQ9, 10, 6).response is False


def test_a_5_point_drop_is_within_measurement_error_on_the_phq9() -> None:
    change = assess_change(PHQ9, 12, 7)
    assert change.reliable_improvement is False
    assert change.clinically_significant_improvement is True  # crossed the cut-off anyway
    assert change.recovery is False  # recovery needs both


def test_reliable_deterioration() -> None:
    change = assess_change(PHQ9, 8, 14)
    assert change.reliable_deterioration is True and change.reliable_improvement is False
    assert change.response is None  # a baseline of 8 is not eligible for response
    assert assess_change(PHQ9, 12, 18).response is False


def test_remission_and_response_only_count_for_patients_who_started_above_9() -> None:
    # CMS159 and NCQA DRR-E denominators: index PHQ-9 > 9.
    below = assess_change(PHQ9, 9, 3)
    assert (below.baseline_case, below.remission, below.response) == (False, None, None)
    at = assess_change(PHQ9, 10, 4)
    assert (at.baseline_case, at.remission, at.response) == (True, True, True)
    assert (assess_change(PHQ9, 10, 6).remission, assess_change(PHQ9, 10, 6).response) == (
        False, False,
    )  # fmt: skip


def test_recovery_and_significant_change_only_count_for_baseline_cases() -> None:
    # PHQ-9 4 -> 3: no case at the start, so there is nothing to recover from.
    change = assess_change(PHQ9, 4, 3)
    assert (change.clinically_significant_improvement, change.recovery) == (None, None)
    assert change.reliable_improvement is False  # reliable change applies to everyone
    assert assess_change(PHQ9, 9, 2).recovery is None  # 7 points, but 9 is not a case


def test_gad7_remission_follows_the_caseness_cut_off() -> None:
    gad7 = get_instrument("gad7").total
    assert assess_change(gad7, 9, 2).remission is None  # catalog caseness 10 (Spitzer 2006)
    nhs = apply_overrides(
        get_instrument("gad7"),
        {
            "reason": "NHS Talking Therapies",
            "total": {"caseness_threshold": 8, "reliable_change": 4},
        },
    ).total
    change = assess_change(nhs, 9, 5)  # a case at 8 or above; 4 points is reliable there
    assert (change.baseline_case, change.recovery, change.remission) == (True, True, False)
    assert assess_change(gad7, 9, 5).recovery is None


def test_response_from_a_zero_baseline_is_undefined() -> None:
    assert assess_change(PHQ9, 0, 0).response is None


def test_unknown_rules_are_none_not_false() -> None:
    k6 = get_instrument("k6").total  # a screener: no reliable-change, response or remission rule
    change = assess_change(k6, 16, 8)
    assert (change.reliable_improvement, change.response, change.remission, change.recovery) == (
        None, None, None, None,
    )  # fmt: skip
    assert change.clinically_significant_improvement is True


def test_dass_subscale_change_uses_the_subscale_cut_off() -> None:
    depression = next(s for s in get_instrument("dass21").subscales if s.id == "depression")
    assert assess_change(depression, 22, 12).clinically_significant_improvement is True


def test_scores_outside_the_range_are_refused() -> None:
    with pytest.raises(ValueError, match="outside the scale range"):
        assess_change(PHQ9, 36, 11)  # the AHRQ sample's impossible stated total


def test_jacobson_truax_threshold_formula() -> None:
    # 1.96 x SD x sqrt(2(1 - r)); SD 10 and r = .5 give 19.6.
    assert jacobson_truax_threshold(10, 0.5) == pytest.approx(19.6)
    # Bischoff 2020: r = .87 gave 5.59 for the GAD-7, which implies an SD of about 5.59.
    assert jacobson_truax_threshold(5.593, 0.87) == pytest.approx(5.59, abs=0.01)
    with pytest.raises(ValueError):
        jacobson_truax_threshold(5, 1.0)

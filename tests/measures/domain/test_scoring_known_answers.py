"""Scores that published examples and scoring rules fix in advance, instrument by instrument."""

from __future__ import annotations

import pytest

from services.measures.instruments.catalog import get_instrument
from services.measures.scoring.engine import score
from services.measures.scoring.result import Flag
from tests.measures.domain._support import answers_in_order, vectors

INSTRUMENT_IDS = {
    "PHQ-9": "phq9",
    "GAD-7": "gad7",
    "GAD-2": "gad2",
    "PHQ-2": "phq2",
    "PCL-5": "pcl5",
}


def _awell_cases():
    for case in vectors()["awell_score_vectors"]["cases"]:
        if case["instrument"] in INSTRUMENT_IDS:
            yield pytest.param(case, id=f"{case['instrument']}-{case['items']}")


@pytest.mark.parametrize("case", list(_awell_cases()))
def test_awell_score_vectors(case) -> None:
    inst = get_instrument(INSTRUMENT_IDS[case["instrument"]])
    result = score(inst, answers_in_order(inst, case["items"]))
    assert result.total == case["expected_total"]
    assert result.complete


def test_awell_phq9_interpretations_are_our_bands() -> None:
    expected = {"None/minimal depression": "none_minimal", "Moderate depression": "moderate",
                "Severe depression": "severe"}  # fmt: skip
    phq9 = get_instrument("phq9")
    for case in vectors()["awell_score_vectors"]["cases"]:
        if case["instrument"] == "PHQ-9":
            result = score(phq9, answers_in_order(phq9, case["items"]))
            assert result.band.code == expected[case["expected_interpretation"]]


def test_phq9_item9_endorsed_raises_critical_alert_even_with_a_mild_total() -> None:
    phq9 = get_instrument("phq9")
    result = score(phq9, answers_in_order(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1]))
    assert result.total == 1 and result.band.code == "none_minimal"
    assert [hit.rule_id for hit in result.critical] == ["phq9_item9_positive"]
    assert result.critical[0].severity == "urgent"
    assert Flag.CRITICAL_ITEM in result.flags


def test_phq9_with_item9_unanswered_says_risk_was_not_assessed() -> None:
    phq9 = get_instrument("phq9")
    answers = answers_in_order(phq9, [1] * 9)
    del answers["phq9_9"]
    result = score(phq9, answers)
    assert result.total is None  # no prorating for the PHQ-9
    assert result.missing_items == ("phq9_9",)
    assert {Flag.INCOMPLETE, Flag.CRITICAL_ITEM_UNANSWERED} <= result.flags


def test_pacio_gad7_series_matches_stated_totals_and_severity() -> None:
    gad7 = get_instrument("gad7")
    for case in vectors()["gad7_pacio_longitudinal"]["cases"]:
        result = score(gad7, answers_in_order(gad7, case["items"]))
        assert result.total == case["stated_total"]
        assert result.band.code == case["band_spitzer2006"]


def test_hl7_phr_examples_are_minimal() -> None:
    for case in vectors()["hl7_phr_ig"]["cases"]:
        inst = get_instrument({"GAD-7": "gad7", "PHQ-9": "phq9"}[case["instrument"]])
        result = score(inst, answers_in_order(inst, case["items"]))
        assert result.total == case["computed_total"] == 3
        assert result.band.code in {"minimal", "none_minimal"}


def test_pcl5_clusters_and_dsm5_provisional_diagnosis() -> None:
    pcl5 = get_instrument("pcl5")
    case = next(c for c in vectors()["awell_score_vectors"]["cases"] if c.get("expected_clusters"))
    result = score(pcl5, answers_in_order(pcl5, case["items"]))
    assert result.total == 35 and result.case is True  # probable PTSD at >= 33
    clusters = {key: sub.value for key, sub in result.subscales.items()}
    assert clusters == {"B": 11, "C": 7, "D": 7, "E": 10}
    assert result.indicators == ("pcl5_dsm5_provisional",)


def test_pcl5_high_total_without_enough_avoidance_is_not_provisional_ptsd() -> None:
    pcl5 = get_instrument("pcl5")
    items = [4] * 20
    items[5] = items[6] = 1  # cluster C (items 6-7) below "Moderately"
    result = score(pcl5, answers_in_order(pcl5, items))
    assert result.total == 74
    assert result.indicators == ()


def test_dass21_subscales_are_doubled_and_banded_by_lovibond() -> None:
    dass = get_instrument("dass21")
    depression = {3, 5, 10, 13, 16, 17, 21}
    result = score(
        dass, answers_in_order(dass, [2 if n in depression else 0 for n in range(1, 22)])
    )
    assert result.total is None  # DASS-21 is read by subscale only
    assert result.subscales["depression"].value == 28  # 7 items x 2 x 2
    assert result.subscales["depression"].band.code == "extremely_severe"
    assert result.subscales["anxiety"].band.code == "normal"
    assert result.subscales["stress"].value == 0


def test_core10_reverses_support_and_coping_items() -> None:
    core = get_instrument("core10")
    # Someone with support and coping "most or all of the time" and no problems scores 0.
    result = score(core, answers_in_order(core, [0, 4, 4, 0, 0, 0, 0, 0, 0, 0]))
    assert result.total == 0 and result.band.code == "healthy"


def test_core10_prorates_one_missing_item_but_not_two() -> None:
    core = get_instrument("core10")
    answers = answers_in_order(core, [2, 2, 2, 2, 2, 0, 2, 2, 2, 2])  # item scores 2 each, 0
    del answers["core10_1"]
    result = score(core, answers)
    assert result.total == pytest.approx(16 * 10 / 9, abs=0.01)  # clinical score = sum x 10 / n
    assert Flag.PRORATED in result.flags and Flag.INCOMPLETE not in result.flags
    del answers["core10_4"]
    assert score(core, answers).total is None


def test_core10_risk_item_is_critical() -> None:
    core = get_instrument("core10")
    result = score(core, answers_in_order(core, [0, 4, 4, 0, 0, 1, 0, 0, 0, 0]))
    assert [hit.rule_id for hit in result.critical] == ["core10_risk_item"]


def test_k10_scores_one_to_five_and_counts_skipped_items_at_the_minimum() -> None:
    k10 = get_instrument("k10")
    none_of_the_time = dict.fromkeys((i.id for i in k10.items), 1)
    assert score(k10, none_of_the_time).total == 10
    skipped = {k: v for k, v in none_of_the_time.items() if k not in {"k10_3", "k10_6"}}
    result = score(k10, skipped)
    assert result.total == 10 and result.complete and result.band.code == "likely_well"
    # Item 3 is asked when item 2 was not "None of the time": then it is missing.
    asked = {**skipped, "k10_2": 3}
    assert score(k10, asked).missing_items == ("k10_3",)


def test_k6_serious_distress_at_13() -> None:
    k6 = get_instrument("k6")
    assert score(k6, answers_in_order(k6, [3, 2, 2, 2, 2, 1])).case is False  # 12
    assert score(k6, answers_in_order(k6, [3, 2, 2, 2, 2, 2])).case is True  # 13


def test_pc_ptsd5_without_trauma_exposure_is_a_negative_screen() -> None:
    pc = get_instrument("pcptsd5")
    result = score(pc, {"pcptsd5_exposure": 0})
    assert (result.total, result.case) == (0, False) and result.complete
    exposed = {"pcptsd5_exposure": 1, "pcptsd5_1": 1, "pcptsd5_2": 1, "pcptsd5_3": 1}
    assert score(pc, exposed).missing_items == ("pcptsd5_4", "pcptsd5_5")
    positive = {**exposed, "pcptsd5_4": 0, "pcptsd5_5": 0}
    assert (score(pc, positive).total, score(pc, positive).case) == (3, True)


def test_auditc_cut_off_differs_for_men_and_women() -> None:
    auditc = get_instrument("auditc")
    three = {"auditc_1": 2, "auditc_2": 1, "auditc_3": 0}
    assert score(auditc, three, population="female").case is True
    assert score(auditc, three, population="male").case is False
    assert score(auditc, three).case is True  # sex not recorded: the more sensitive cut-off


def test_auditc_points_from_frequency_only_suggest_drinking_within_limits() -> None:
    auditc = get_instrument("auditc")
    result = score(auditc, {"auditc_1": 4, "auditc_2": 0, "auditc_3": 0})
    assert result.total == 4 and result.indicators == ("auditc_frequency_only",)


@pytest.mark.parametrize(
    ("answers", "risk", "critical"),
    [
        ({"cssrs_1": 0, "cssrs_2": 0, "cssrs_6": 0}, "negative", []),
        ({"cssrs_1": 1, "cssrs_2": 0, "cssrs_6": 0}, "low", ["cssrs_screen_positive"]),
        (
            {"cssrs_1": 1, "cssrs_2": 1, "cssrs_3": 1, "cssrs_4": 0, "cssrs_5": 0, "cssrs_6": 0},
            "moderate",
            ["cssrs_screen_positive"],
        ),
        (
            {"cssrs_1": 0, "cssrs_2": 0, "cssrs_6": 1, "cssrs_6_recent": 0},
            "moderate",
            ["cssrs_screen_positive"],
        ),
        (
            {"cssrs_1": 0, "cssrs_2": 0, "cssrs_6": 1, "cssrs_6_recent": 1},
            "high",
            ["cssrs_high_risk", "cssrs_screen_positive"],
        ),
        (
            {"cssrs_1": 1, "cssrs_2": 1, "cssrs_3": 1, "cssrs_4": 1, "cssrs_5": 0, "cssrs_6": 0},
            "high",
            ["cssrs_high_risk", "cssrs_screen_positive"],
        ),
    ],
)
def test_cssrs_screener_triage(answers, risk, critical) -> None:
    result = score(get_instrument("cssrs_screener"), answers)
    assert result.complete and result.total is None
    assert result.classifications["risk"].code == risk
    assert [hit.rule_id for hit in result.critical] == critical


def test_cssrs_asks_items_3_to_5_only_after_active_thoughts() -> None:
    cssrs = get_instrument("cssrs_screener")
    result = score(cssrs, {"cssrs_1": 1, "cssrs_2": 1, "cssrs_6": 0})
    assert result.missing_items == ("cssrs_3", "cssrs_4", "cssrs_5")
    assert Flag.INCOMPLETE in result.flags


def test_burnout_is_answer_three_or_worse() -> None:
    burnout = get_instrument("burnout1")
    assert score(burnout, {"burnout1_1": 2}).case is False
    assert score(burnout, {"burnout1_1": 3}).band.code == "burnout"

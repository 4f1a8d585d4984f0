"""Every third-party PHQ-9 / GAD-7 QuestionnaireResponse in the fixtures, parsed and scored.

Expected results come from the fixture manifest (tests/measures/fixtures/MANIFEST.md) and the
published scoring; stated totals are read only to be checked, never used.
"""

from __future__ import annotations

import copy

import pytest

from services.measures.errors import UnscorableResponseError
from services.measures.fhir.response import (
    parse_questionnaire_response,
    score_questionnaire_response,
)
from services.measures.instruments.catalog import get_instrument
from services.measures.scoring.result import Flag
from tests.measures.domain._support import load_json, read_fsh_response, vectors

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

PHQ9 = get_instrument("phq9")
GAD7 = get_instrument("gad7")
US_CORE = "hl7-us-core/QuestionnaireResponse-phq-9-example.json"


def _score(path: str, inst=PHQ9, **kwargs):
    return score_questionnaire_response(load_json(path), inst, **kwargs)


def test_us_core_phq9_is_12_moderate_and_its_stated_total_agrees() -> None:
    parsed, result = _score(US_CORE)
    assert (result.total, result.band.code, result.case) == (12, "moderate", True)
    assert parsed.stated_total == 12 and result.flags == frozenset()
    assert result.critical == ()  # item 9 answered "Not at all"
    assert parsed.answers["phq9_difficulty"] == 1  # LA6573-5 "Somewhat difficult", not scored
    assert parsed.link_ids["phq9_9"] == "/44260-8"


@pytest.mark.parametrize(
    "path",
    [
        "hl7-sdc/questionnaireresponse-sdc-profile-example-PHQ9.json",
        "hl7-sdc/adaptive-questionnaireresponse-sdc-profile-example-PHQ9.json",
    ],
)
def test_sdc_phq9_stated_13_is_wrong_the_items_sum_to_10(path: str) -> None:
    parsed, result = _score(path)
    assert parsed.stated_total == 13
    assert result.total == 10
    # 10 is the first "moderate" score (Kroenke 2001: 10-14), not "mild".
    assert result.band.code == "moderate"
    assert Flag.STATED_TOTAL_MISMATCH in result.flags
    assert parsed.answers["phq9_9"] == 1  # "Several days" on the suicide item
    assert [hit.rule_id for hit in result.critical] == ["phq9_item9_positive"]


def test_sdc_phq9_can_be_read_through_its_questionnaire_weights_without_a_link_map() -> None:
    """The SDC Questionnaire's contained ValueSet carries ordinalValue 0-3 for its local codes."""
    from services.measures.fhir.maps import LinkMap

    items_only = LinkMap(
        id="test-items-only",
        instrument="phq9",
        questionnaires=("none",),
        items={f"H1/T1/Q{n}": f"phq9_{n}" for n in range(1, 10)},
        source="test",
    )
    _, result = _score(
        "hl7-sdc/questionnaireresponse-sdc-profile-example-PHQ9.json",
        questionnaire=load_json("hl7-sdc/questionnaire-sdc-profile-example-PHQ9.json"),
        link_map=items_only,
    )
    assert result.total == 10


def test_mii_phq9_all_nearly_every_day_is_27_severe_and_critical() -> None:
    parsed, result = _score("mii-proms/QuestionnaireResponse-mii-exa-pro-phq-9-response.json")
    assert (result.total, result.band.code, parsed.stated_total) == (27, "severe", 27)
    assert Flag.CRITICAL_ITEM in result.flags
    assert Flag.STATED_TOTAL_MISMATCH not in result.flags


def test_argonaut_phq9_all_not_at_all_is_0() -> None:
    parsed, result = _score("argonaut-questionnaire/questionnaireresponse-example-phq9.json")
    assert (result.total, result.band.code, result.case) == (0, "none_minimal", False)
    assert parsed.stated_total is None and parsed.answers["phq9_difficulty"] == 0


def test_argonaut_adaptive_phq9_stopped_after_three_items_has_no_total() -> None:
    path = "argonaut-questionnaire/adaptive-questionnaireresponse-example-phq9.json"
    parsed, result = _score(path)
    assert set(parsed.answers) == {"phq9_1", "phq9_8", "phq9_4"}  # via the contained Questionnaire
    assert result.total is None and len(result.missing_items) == 6
    assert {Flag.INCOMPLETE, Flag.CRITICAL_ITEM_UNANSWERED} <= result.flags
    assert set(parsed.ignored_link_ids) == {"score", "std_dev"}


def test_lhc_forms_weight_example_all_several_days_is_9() -> None:
    """LHC-Forms' own test: every item LA6569-3 gives /44261-6 = 9."""
    questionnaire = load_json("lhncbc-lforms/phq9-with-the-weight-function.json")
    several_days = {"system": "http://loinc.org", "code": "LA6569-3"}
    qr = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "item": [
            {"linkId": item["linkId"], "answer": [{"valueCoding": several_days}]}
            for item in questionnaire["item"]
            if item["linkId"] not in {"/44261-6", "/69722-7"}
        ],
    }
    _, result = score_questionnaire_response(qr, PHQ9, questionnaire=questionnaire)
    assert (result.total, result.band.code) == (9, "mild")


@pytest.mark.parametrize(
    ("path", "inst"),
    [
        ("hl7-phr-ig-fsh/QuestionnaireResponse-ScoredAssessment-GAD7.fsh", GAD7),
        ("hl7-phr-ig-fsh/QuestionnaireResponse-ScoredAssessment-PHQ9.fsh", PHQ9),
    ],
)
def test_hl7_phr_ig_examples_score_3_minimal_like_their_observations(path: str, inst) -> None:
    _, result = score_questionnaire_response(read_fsh_response(path), inst)
    assert result.total == 3 and result.band.code in {"minimal", "none_minimal"}


def _ahrq_responses() -> list[dict]:
    bundle = load_json("smart-generated-sample-data/ahrq-depression-patient-phq9.STU3.json")
    return [
        entry["resource"]
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] == "QuestionnaireResponse"
    ]


def test_ahrq_bundle_all_45_responses_score_and_exactly_the_7_known_totals_are_wrong() -> None:
    known = {
        c["qr_id"]: (c["computed"], c["stated"])
        for c in vectors()["ahrq_phq9_stated_total_mismatches"]["cases"]
    }
    mismatched = {}
    responses = _ahrq_responses()
    assert len(responses) == 45
    for qr in responses:
        parsed, result = score_questionnaire_response(qr, PHQ9)
        assert result.complete and 0 <= result.total <= 27
        if Flag.STATED_TOTAL_MISMATCH in result.flags:
            mismatched[qr["id"]] = (result.total, parsed.stated_total)
    assert mismatched == known
    assert sum(stated > 27 for _, stated in mismatched.values()) == 5  # impossible totals


def test_ahrq_answers_coded_not_at_all_but_weighted_higher_are_flagged_as_conflicts() -> None:
    qr = next(q for q in _ahrq_responses() if q["id"] == "372416")
    parsed, result = score_questionnaire_response(qr, PHQ9)
    assert result.total == 15  # from the iso21090-CO-value weights 3,2,0,2,0,1,2,3,2
    assert Flag.ANSWER_CODE_CONFLICT in result.flags
    assert len(parsed.conflicts) == 7  # every item whose weight is not 0


def _trajectory(patient: str) -> list[int]:
    visits = sorted(
        (q["authored"], score_questionnaire_response(q, PHQ9)[1].total)
        for q in _ahrq_responses()
        if q["subject"]["reference"] == f"urn:uuid:Patient/{patient}"
    )
    return [total for _, total in visits]


def test_ahrq_trajectories_match_the_research_notes() -> None:
    assert _trajectory("TEST-17") == [11, 0, 18, 5]
    assert _trajectory("TEST-19") == [14, 5, 8, 4]


def test_us_core_audit_c_example_is_not_a_standard_audit_c() -> None:
    """Its item 1 is the NIAAA question 68517-2, so AUDIT-C item 1 (68518-0) is missing."""
    auditc = get_instrument("auditc")
    parsed, result = _score("hl7-us-core/QuestionnaireResponse-AUDIT-C.json", auditc)
    assert parsed.ignored_link_ids == ("/68517-2",)
    assert result.missing_items == ("auditc_1",) and result.total is None
    assert parsed.stated_total == 0
    assert Flag.STATED_TOTAL_MISMATCH in result.flags  # a stated 0 we cannot reproduce


def _with_first_answer(answer: dict) -> dict:
    qr = copy.deepcopy(load_json(US_CORE))
    qr["item"][0]["answer"] = [answer]
    return qr


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ({"valueCoding": {"system": "http://loinc.org", "code": "LA6572-7"}}, "has no weight"),
        ({"valueString": "often"}, "unsupported answer type valueString"),
        ({"valueInteger": 7}, "outside the options"),
        ({"valueDecimal": 1.5}, "whole-number"),
        ({"valueBoolean": True}, "non yes/no"),
        (
            {
                "valueCoding": {
                    "code": "x",
                    "extension": [
                        {
                            "url": "http://hl7.org/fhir/StructureDefinition/ordinalValue",
                            "valueDecimal": 4,
                        }
                    ],
                }
            },
            "outside the options",
        ),
    ],
)
def test_an_unscorable_answer_names_the_item_and_why(answer: dict, reason: str) -> None:
    with pytest.raises(UnscorableResponseError, match=reason) as caught:
        parse_questionnaire_response(_with_first_answer(answer), PHQ9)
    assert caught.value.link_id == "/44250-9"


def test_two_answers_to_one_item_are_refused() -> None:
    qr = copy.deepcopy(load_json(US_CORE))
    qr["item"][0]["answer"] *= 2
    with pytest.raises(UnscorableResponseError, match="more than one answer"):
        parse_questionnaire_response(qr, PHQ9)


def test_the_same_item_under_two_link_ids_is_refused() -> None:
    qr = copy.deepcopy(load_json(US_CORE))
    qr["item"].append({"linkId": "phq9_1", "answer": [{"valueInteger": 0}]})
    with pytest.raises(UnscorableResponseError, match="already given"):
        parse_questionnaire_response(qr, PHQ9)


def test_a_declined_answer_is_missing_not_an_error() -> None:
    declined = {
        "valueCoding": {
            "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
            "code": "asked-declined",
        }
    }
    parsed, result = score_questionnaire_response(_with_first_answer(declined), PHQ9)
    assert parsed.declined_items == ("phq9_1",)
    assert result.total is None and result.missing_items == ("phq9_1",)


@pytest.mark.parametrize(
    "qr",
    [
        {"resourceType": "Observation"},
        {"resourceType": "QuestionnaireResponse", "status": "entered-in-error"},
    ],
)
def test_something_else_than_a_live_response_is_refused(qr: dict) -> None:
    with pytest.raises(UnscorableResponseError):
        parse_questionnaire_response(qr, PHQ9)


def test_our_own_item_ids_with_integers_and_booleans_are_understood() -> None:
    qr = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "item": [
            {"linkId": "cssrs_1", "answer": [{"valueBoolean": True}]},
            {"linkId": "cssrs_2", "answer": [{"valueBoolean": False}]},
            {"linkId": "cssrs_6", "answer": [{"valueInteger": 0}]},
        ],
    }
    _, result = score_questionnaire_response(qr, get_instrument("cssrs_screener"))
    assert result.classifications["risk"].code == "low"

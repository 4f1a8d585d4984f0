"""Questionnaires built from the catalog: valid R4, coded like published ones, round-trippable."""

from __future__ import annotations

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire

from services.measures.fhir.common import LOINC, ORDINAL_VALUE
from services.measures.fhir.questionnaire import build_questionnaire
from services.measures.fhir.response import score_questionnaire_response
from services.measures.instruments.catalog import default_catalog, get_instrument
from services.measures.scoring.engine import score
from tests.measures.domain._support import answers_in_order, load_json


@pytest.mark.parametrize("inst", default_catalog().latest(), ids=lambda i: i.id)
def test_every_instrument_builds_a_valid_r4_questionnaire(inst) -> None:
    resource = build_questionnaire(inst)
    Questionnaire.model_validate(resource)
    link_ids = [item["linkId"] for item in resource["item"]]
    assert len(link_ids) == len(set(link_ids))
    # Wording we do not hold verbatim (licensed, or not in our sources) makes a draft.
    assert (resource["status"] == "active") == inst.wording_complete


def _coded(item: dict) -> list[tuple[str, float]]:
    return [
        (option["valueCoding"]["code"], option["extension"][0]["valueDecimal"])
        for option in item["answerOption"]
    ]


def _ordinal(option: dict) -> float:
    return next(e["valueDecimal"] for e in option["extension"] if e["url"] == ORDINAL_VALUE)


def test_phq9_questionnaire_codes_match_the_us_core_example() -> None:
    ours = build_questionnaire(get_instrument("phq9"))
    theirs = load_json("hl7-us-core/Questionnaire-phq-9-example.json")
    assert ours["code"][0] == {
        "system": LOINC,
        "code": "44249-1",
        "display": ours["code"][0]["display"],
    }
    our_items = [
        i for i in ours["item"] if i["type"] == "choice" and i["answerOption"][0].get("extension")
    ]
    their_items = [i for i in theirs["item"] if i["type"] == "choice" and i["linkId"] != "/69722-7"]
    assert [i["code"][0]["code"] for i in our_items] == [i["code"][0]["code"] for i in their_items]
    for our, their in zip(our_items, their_items, strict=True):
        assert _coded(our) == [
            (o["valueCoding"]["code"], _ordinal(o)) for o in their["answerOption"]
        ]
    total = next(i for i in ours["item"] if i["linkId"] == "phq9_total")
    assert total["code"][0]["code"] == "44261-6" and total["readOnly"] is True


def test_difficulty_item_has_no_weights_because_it_is_not_scored() -> None:
    phq9 = build_questionnaire(get_instrument("phq9"))
    difficulty = next(i for i in phq9["item"] if i["linkId"] == "phq9_difficulty")
    assert all("extension" not in option for option in difficulty["answerOption"])


def test_core10_reversed_items_carry_reversed_weights() -> None:
    core = build_questionnaire(get_instrument("core10"))
    coping = next(i for i in core["item"] if i["linkId"] == "core10_3")
    tension = next(i for i in core["item"] if i["linkId"] == "core10_1")
    assert [w for _, w in _coded(coping)] == [4, 3, 2, 1, 0]
    assert [w for _, w in _coded(tension)] == [0, 1, 2, 3, 4]


def test_cssrs_asks_intent_questions_only_after_active_thoughts() -> None:
    cssrs = build_questionnaire(get_instrument("cssrs_screener"))
    intent = next(i for i in cssrs["item"] if i["linkId"] == "cssrs_4")
    assert intent["enableWhen"] == [
        {
            "question": "cssrs_2",
            "operator": "=",
            "answerCoding": {"system": LOINC, "code": "LA33-6", "display": "Yes"},
        }
    ]


def test_burnout_questionnaire_is_addressed_to_practitioners() -> None:
    assert build_questionnaire(get_instrument("burnout1"))["subjectType"] == ["Practitioner"]


@pytest.mark.parametrize("instrument_id", ["phq9", "gad7", "core10", "pcl5", "dass21", "k10"])
def test_a_response_to_our_questionnaire_scores_like_the_raw_answers(instrument_id: str) -> None:
    inst = get_instrument(instrument_id)
    questionnaire = build_questionnaire(inst)
    scored = [i for i in inst.items if i.scored]
    values = [inst.answer_list(i.answers).options[n % 3].value for n, i in enumerate(scored)]
    answers = answers_in_order(inst, values)
    by_link = {item["linkId"]: item for item in questionnaire["item"]}
    response = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "item": [
            {
                "linkId": item_id,
                "answer": [
                    {
                        "valueCoding": next(
                            option["valueCoding"]
                            for option, o in zip(
                                by_link[item_id]["answerOption"],
                                inst.answer_list(inst.item(item_id).answers).options,
                                strict=True,
                            )
                            if o.value == value
                        )
                    }
                ],
            }
            for item_id, value in answers.items()
        ],
    }
    _, via_fhir = score_questionnaire_response(response, inst, questionnaire=questionnaire)
    assert via_fhir == score(inst, answers)

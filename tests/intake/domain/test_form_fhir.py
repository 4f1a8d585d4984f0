"""Forms as FHIR R4 Questionnaires, and QuestionnaireResponses parsed back into answers."""

from __future__ import annotations

import json
from copy import deepcopy
from datetime import UTC, datetime
from typing import Any

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire
from hypothesis import given
from hypothesis import strategies as st

from services.intake.errors import InvalidAnswersError, UnknownFormError
from services.intake.forms import (
    answers_from_questionnaire_response,
    build_questionnaire,
    build_questionnaire_response,
    get_form,
    load_forms,
)
from services.intake.forms.fhir import ORDINAL_VALUE_URL, answer_system

from .strategies import valid_answers

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

FORM_IDS = sorted(load_forms())


def as_json(resource: Any) -> dict[str, Any]:
    """What travels over the wire: FHIR JSON without empty elements."""
    return json.loads(resource.model_dump_json(exclude_none=True))


def response_for(form_id: str, answers: dict[str, Any]) -> dict[str, Any]:
    return as_json(build_questionnaire_response(get_form(form_id), answers))


def refusal(resource: dict[str, Any]) -> list[tuple[str | None, str, str]]:
    with pytest.raises(InvalidAnswersError) as caught:
        answers_from_questionnaire_response(resource)
    return [(e.item_id, e.code, e.pointer) for e in caught.value.errors]


SESSION = {"felt-heard": 5, "worked-on-what-mattered": 2, "overall": 10}


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_each_form_is_a_valid_r4_questionnaire(form_id: str) -> None:
    form = get_form(form_id)
    wire = as_json(build_questionnaire(form))
    reparsed = Questionnaire.model_validate(wire)
    assert (wire["url"], wire["version"], wire["status"]) == (
        f"https://learning-loop.dev/fhir/Questionnaire/{form_id}",
        form.version,
        "active",
    )
    assert [i["linkId"] for i in wire["item"]] == [i.id for i in form.items]
    assert reparsed.name and reparsed.name[0].isupper()


def test_likert_items_offer_codings_with_their_ordinal_value() -> None:
    form = get_form("session-feedback")
    overall = as_json(build_questionnaire(form))["item"][3]
    assert overall["type"] == "choice"
    first, last = overall["answerOption"][0], overall["answerOption"][-1]
    assert first["valueCoding"]["code"] == "0" and last["valueCoding"]["code"] == "10"
    assert last["extension"] == [{"url": ORDINAL_VALUE_URL, "valueDecimal": 10}]
    assert last["valueCoding"]["system"] == answer_system(form, form.items[3])


def test_item_types_and_constraints() -> None:
    telehealth = as_json(build_questionnaire(get_form("telehealth-experience")))["item"]
    comment = as_json(build_questionnaire(get_form("comment")))["item"]
    assert [(i["type"], i["required"]) for i in telehealth] == [
        ("choice", True),
        ("choice", False),
        ("choice", True),
        ("boolean", False),
        ("boolean", False),
    ]
    assert (comment[0]["type"], comment[0]["maxLength"]) == ("text", 2000)


@given(
    st.sampled_from(FORM_IDS).flatmap(
        lambda form_id: st.tuples(st.just(form_id), valid_answers(get_form(form_id)))
    )
)
def test_a_response_built_for_a_form_parses_back_to_the_same_answers(
    case: tuple[str, dict[str, Any]],
) -> None:
    form_id, answers = case
    form, parsed = answers_from_questionnaire_response(response_for(form_id, answers))
    assert form.id == form_id
    assert parsed == answers
    assert all(type(parsed[k]) is type(v) for k, v in answers.items())


def test_a_bare_integer_answer_and_an_unversioned_canonical_are_accepted() -> None:
    resource = response_for("session-feedback", SESSION)
    resource["questionnaire"] = resource["questionnaire"].split("|")[0]
    resource["item"][2]["answer"] = [{"valueInteger": 10}]
    assert answers_from_questionnaire_response(resource)[1] == SESSION


def test_authored_time_is_carried() -> None:
    authored = datetime(2025, 3, 17, 16, 5, tzinfo=UTC)
    qr = build_questionnaire_response(get_form("session-feedback"), SESSION, authored=authored)
    assert as_json(qr)["authored"].startswith("2025-03-17T16:05:00")


def test_a_response_to_an_unknown_questionnaire_is_refused() -> None:
    resource = response_for("session-feedback", SESSION)
    resource["questionnaire"] = "http://loinc.org/q/44249-1"
    with pytest.raises(UnknownFormError):
        answers_from_questionnaire_response(resource)


def test_problems_point_into_the_response() -> None:
    resource = response_for("session-feedback", SESSION)
    resource["status"] = "in-progress"
    resource["questionnaire"] += "0"  # another version of the form
    resource["item"][0]["answer"][0]["valueCoding"]["system"] = "http://snomed.info/sct"
    resource["item"][1]["answer"].append({"valueInteger": 3})
    resource["item"].append({"linkId": "mood", "answer": [{"valueInteger": 1}]})
    resource["item"][2]["answer"] = [{"valueInteger": 11}]
    errors = refusal(resource)
    assert len(errors) == len(set(errors)) == 6
    assert set(errors) == {
        (None, "version_mismatch", "/questionnaire"),
        (None, "not_completed", "/status"),
        ("felt-heard", "wrong_type", "/item/0/answer/0"),
        ("worked-on-what-mattered", "multiple_answers", "/item/1/answer"),
        ("overall", "out_of_range", "/item/2"),
        ("mood", "unknown_item", "/item/3"),
    }


def test_a_yes_no_item_needs_a_boolean_and_a_repeated_item_is_refused() -> None:
    resource = response_for(
        "telehealth-experience",
        {"audio-quality": 4, "ease-of-joining": 4, "choose-video-again": True},
    )
    resource["item"][2]["answer"] = [{"valueString": "yes"}]
    resource["item"].append(deepcopy(resource["item"][0]))
    assert refusal(resource) == [
        ("choose-video-again", "wrong_type", "/item/2/answer/0"),
        ("audio-quality", "duplicate_item", "/item/3"),
    ]


def test_structurally_invalid_fhir_is_refused_without_echoing_it() -> None:
    resource = response_for("comment", {"comment": "Dr. Alvarez was kind"})
    del resource["status"]
    resource["item"][0]["answer"][0]["valueString"] = {"text": "Dr. Alvarez was kind"}
    errors = refusal(resource)
    assert {code for (_, code, _) in errors} == {"invalid_fhir"}
    assert "Alvarez" not in repr(errors)

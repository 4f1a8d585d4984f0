"""Score Observations: a valid transaction Bundle shaped like the US Core PHQ-9 examples."""

from __future__ import annotations

import pytest
from fhir.resources.R4B.bundle import Bundle

from services.measures.fhir.observations import build_score_bundle, observation_codes
from services.measures.fhir.response import score_questionnaire_response
from services.measures.instruments.catalog import default_catalog, get_instrument
from services.measures.scoring.engine import score
from tests.measures.domain._support import answers_reaching, load_json

PHQ9 = get_instrument("phq9")


def _bundle(inst, result, seed="qr-1"):
    return build_score_bundle(
        inst,
        result,
        subject="Patient/example",
        effective="2022-11-29T20:50:32Z",
        seed=seed,
        questionnaire_response="QuestionnaireResponse/phq-9-example",
    )


def _by_code(bundle: dict) -> dict[str, dict]:
    return {e["resource"]["code"]["coding"][0]["code"]: e["resource"] for e in bundle["entry"]}


def test_us_core_phq9_response_becomes_the_us_core_observation_set() -> None:
    _, result = score_questionnaire_response(
        load_json("hl7-us-core/QuestionnaireResponse-phq-9-example.json"), PHQ9
    )
    bundle = _bundle(PHQ9, result)
    Bundle.model_validate(bundle)
    observations = _by_code(bundle)
    their_panel = load_json("hl7-us-core/Observation-PHQ9-panel-example-44249-1.json")
    panel = observations["44249-1"]
    # US Core's panel has 11 members: 9 items, the total and the difficulty item.
    assert len(panel["hasMember"]) == len(their_panel["hasMember"]) == 11
    member_urls = {m["reference"] for m in panel["hasMember"]}
    assert member_urls == {e["fullUrl"] for e in bundle["entry"][1:]}
    total = observations["44261-6"]
    their_total = load_json("hl7-us-core/Observation-PHQ9-item-example-44261-6.json")
    assert total["valueQuantity"]["value"] == int(their_total["valueString"]) == 12
    assert total["interpretation"][0]["coding"][0]["code"] == "moderate"
    item9 = observations["44260-8"]
    their_item9 = load_json("hl7-us-core/Observation-PHQ9-item-example-44260-8.json")
    assert (
        item9["valueCodeableConcept"]["coding"][0]["code"]
        == their_item9["valueCodeableConcept"]["coding"][0]["code"]
        == "LA6568-5"
    )
    assert all(e["resource"]["derivedFrom"] for e in bundle["entry"])


def test_an_incomplete_score_reports_items_but_no_total() -> None:
    answers = {f"phq9_{n}": 2 for n in range(1, 9)}
    bundle = _bundle(PHQ9, score(PHQ9, answers))
    codes = set(_by_code(bundle))
    assert "44261-6" not in codes and "44259-0" in codes
    assert "incomplete" in bundle["entry"][0]["resource"]["note"][0]["text"]


def test_the_same_score_always_gives_the_same_bundle() -> None:
    result = score(PHQ9, {f"phq9_{n}": 1 for n in range(1, 10)})
    assert _bundle(PHQ9, result) == _bundle(PHQ9, result)
    assert (
        _bundle(PHQ9, result)["entry"][0]["fullUrl"]
        != _bundle(PHQ9, result, "qr-2")["entry"][0]["fullUrl"]
    )


@pytest.mark.parametrize("inst", default_catalog().latest(), ids=lambda i: i.id)
def test_every_instrument_yields_a_valid_bundle(inst) -> None:
    key = next(iter(inst.scales()), None)
    answers = (
        answers_reaching(inst, key, inst.scales()[key].max)
        if key
        else {i.id: 0 for i in inst.items if not i.enable_when}
    )
    bundle = _bundle(inst, score(inst, answers))
    Bundle.model_validate(bundle)
    assert bundle["type"] == "transaction"
    # A search by code reads only the instruments whose codes hold it (observation_codes).
    coded = {c["code"] for e in bundle["entry"] for c in e["resource"]["code"]["coding"]}
    assert coded <= observation_codes(inst)


def test_cssrs_risk_level_travels_as_a_coded_observation() -> None:
    cssrs = get_instrument("cssrs_screener")
    result = score(cssrs, {"cssrs_1": 0, "cssrs_2": 0, "cssrs_6": 1, "cssrs_6_recent": 1})
    risk = _by_code(_bundle(cssrs, result))["cssrs_screener-risk"]
    assert risk["valueCodeableConcept"]["coding"][0]["code"] == "high"

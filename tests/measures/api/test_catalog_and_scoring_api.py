"""Catalog, Questionnaire, instrument settings and stateless scoring over HTTP."""

from __future__ import annotations

from fhir.resources.R4B.questionnaire import Questionnaire
from starlette.testclient import TestClient

from tests.measures.api._helpers import phq9
from tests.support.tokens import bearer


def test_catalog_lists_every_instrument_and_restricted_ones_start_disabled(
    measures_client: TestClient, org: str
) -> None:
    response = measures_client.get("/v1/instruments", headers=bearer(org))
    assert response.status_code == 200
    by_id = {i["id"]: i for i in response.json()}
    assert len(by_id) >= 15
    assert by_id["phq9"]["enabled"] is True and by_id["phq9"]["loinc_panel"] == "44249-1"
    assert by_id["cssrs_screener"]["enabled"] is False


def test_instrument_detail_cites_sources(measures_client: TestClient, org: str) -> None:
    body = measures_client.get("/v1/instruments/gad7", headers=bearer(org)).json()
    assert body["total"]["loinc"] == "70274-6"
    assert body["total"]["reliable_change"]["value"] == 6
    assert body["total"]["reliable_change"]["alternatives"][0]["value"] == 4


def test_questionnaire_is_valid_fhir(measures_client: TestClient, org: str) -> None:
    response = measures_client.get("/v1/instruments/phq9/questionnaire", headers=bearer(org))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/fhir+json")
    Questionnaire.model_validate(response.json())


def test_unknown_instrument_is_a_404_problem(measures_client: TestClient, org: str) -> None:
    response = measures_client.get("/v1/instruments/phq10", headers=bearer(org))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


def test_score_is_stateless_and_recomputes_from_items(
    measures_client: TestClient, org: str
) -> None:
    body = {"instrument_id": "phq9", "answers": phq9([0, 0, 0, 1, 2, 1, 3, 2, 1])}
    response = measures_client.post("/v1/score", json=body, headers=bearer(org))
    assert response.status_code == 200, response.text
    out = response.json()
    assert (out["total"], out["band"]["code"]) == (10, "moderate")
    assert out["critical"][0]["rule_id"] == "phq9_item9_positive"


def test_score_batch_answers_item_by_item(measures_client: TestClient, org: str) -> None:
    items = [
        {"instrument_id": "gad7", "answers": {f"gad7_{n}": 3 for n in range(1, 8)}},
        {"instrument_id": "cssrs_screener", "answers": {"cssrs_1": 0}},
        {"instrument_id": "nope", "answers": {}},
    ]
    response = measures_client.post("/v1/score:batch", json={"items": items}, headers=bearer(org))
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert results[0]["score"]["band"]["code"] == "severe"
    assert [r["status"] for r in results] == [200, 403, 404]  # C-SSRS is off until enabled


def test_an_org_enables_a_restricted_instrument_and_overrides_a_cut_off(
    measures_client: TestClient, org: str
) -> None:
    put = measures_client.put(
        "/v1/instrument-settings/cssrs_screener", json={"enabled": True}, headers=bearer(org)
    )
    assert put.status_code == 200, put.text
    body = {
        "instrument_id": "cssrs_screener",
        "answers": {"cssrs_1": 1, "cssrs_2": 0, "cssrs_6": 0},
    }
    scored = measures_client.post("/v1/score", json=body, headers=bearer(org)).json()
    assert scored["classifications"]["risk"]["code"] == "low"
    override = {
        "enabled": False,
        "overrides": {"reason": "local PTSD study", "total": {"caseness_threshold": 31}},
    }
    assert (
        measures_client.put(
            "/v1/instrument-settings/pcl5", json=override, headers=bearer(org)
        ).status_code
        == 200
    )
    answers = {f"pcl5_{n}": 2 for n in range(1, 17)} | {f"pcl5_{n}": 0 for n in range(17, 21)}
    answers["pcl5_1"] = 0  # total 30... then 31 with one more point
    answers["pcl5_17"] = 1
    out = measures_client.post(
        "/v1/score", json={"instrument_id": "pcl5", "answers": answers}, headers=bearer(org)
    ).json()
    assert out["total"] == 31 and out["case"] is True
    assert out["scoring_version"].startswith("pcl5.v1+org.")


def test_an_impossible_override_is_a_422(measures_client: TestClient, org: str) -> None:
    bad = {"enabled": False, "overrides": {"reason": "typo", "total": {"caseness_threshold": 99}}}
    response = measures_client.put("/v1/instrument-settings/gad7", json=bad, headers=bearer(org))
    assert response.status_code == 422

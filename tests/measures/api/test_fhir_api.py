"""FHIR over HTTP: QuestionnaireResponses in (totals recomputed), score Observations out."""

from __future__ import annotations

import copy
import json

from fhir.resources.R4B.bundle import Bundle
from starlette.testclient import TestClient

from tests.measures.domain._support import load_json
from tests.support.fhir_outcome import outcome_pointers
from tests.support.tokens import bearer

FHIR = {"Content-Type": "application/fhir+json"}


def _post(client: TestClient, org: str, qr: dict, **params: str):
    return client.post(
        "/fhir/QuestionnaireResponse",
        content=json.dumps(qr),
        params=params,
        headers={**bearer(org), **FHIR},
    )


def test_us_core_phq9_files_back_as_observations(measures_client: TestClient, org: str) -> None:
    response = _post(
        measures_client, org, load_json("hl7-us-core/QuestionnaireResponse-phq-9-example.json")
    )
    assert response.status_code == 201, response.text
    Bundle.model_validate(response.json())
    search = measures_client.get(
        "/fhir/Observation", params={"patient": "example", "code": "44261-6"}, headers=bearer(org)
    )
    assert search.status_code == 200
    entries = search.json()["entry"]
    assert [e["resource"]["valueQuantity"]["value"] for e in entries] == [12]
    everything = measures_client.get(
        "/fhir/Observation", params={"patient": "Patient/example"}, headers=bearer(org)
    )
    panel = next(e["resource"] for e in everything.json()["entry"] if "hasMember" in e["resource"])
    assert len(panel["hasMember"]) == 11
    Bundle.model_validate(everything.json())


def test_sdc_wrong_stated_total_is_stored_as_a_flag(measures_client: TestClient, org: str) -> None:
    qr = load_json("hl7-sdc/questionnaireresponse-sdc-profile-example-PHQ9.json")
    qr["subject"] = {"reference": "Patient/proband"}
    response = _post(measures_client, org, qr)
    assert response.status_code == 201, response.text
    assessment = measures_client.get(response.headers["location"], headers=bearer(org)).json()
    assert assessment["score"]["total"] == 10
    assert "stated_total_mismatch" in assessment["score"]["flags"]
    assert [a["rule_id"] for a in assessment["alerts"]] == ["phq9_item9_positive"]


def test_ahrq_bundle_seven_wrong_totals_flagged(measures_client: TestClient, org: str) -> None:
    bundle = load_json("smart-generated-sample-data/ahrq-depression-patient-phq9.STU3.json")
    flagged = 0
    for entry in bundle["entry"]:
        qr = entry["resource"]
        if qr["resourceType"] != "QuestionnaireResponse":
            continue
        qr = copy.deepcopy(qr)
        qr["subject"] = {"reference": qr["subject"]["reference"].removeprefix("urn:uuid:")}
        response = _post(measures_client, org, qr)
        assert response.status_code == 201, response.text
        note = response.json()["entry"][0]["resource"].get("note", [{"text": ""}])[0]["text"]
        flagged += "stated_total_mismatch" in note
    assert flagged == 7


def test_an_unscorable_answer_is_a_422_naming_the_link_id(
    measures_client: TestClient, org: str
) -> None:
    qr = load_json("hl7-us-core/QuestionnaireResponse-phq-9-example.json")
    qr["item"][2]["answer"] = [{"valueString": "often"}]
    response = _post(measures_client, org, qr)
    assert response.status_code == 422
    assert outcome_pointers(response) == ["/body/item//44259-0"]


def test_plain_text_is_refused(measures_client: TestClient, org: str) -> None:
    response = measures_client.post(
        "/fhir/QuestionnaireResponse",
        content="x",
        headers={**bearer(org), "Content-Type": "text/plain"},
    )
    assert response.status_code == 415


def test_an_authored_date_at_the_ends_of_the_calendar_is_a_422(
    measures_client: TestClient, org: str
) -> None:
    qr = load_json("hl7-us-core/QuestionnaireResponse-phq-9-example.json")
    # With these offsets the time is not even representable in UTC (it used to be a 500).
    for authored in (
        "0001-01-01T00:00:00+01:00",
        "1899-12-31T23:59:59Z",
        "9999-12-31T23:00:00-05:00",
    ):
        response = _post(measures_client, org, {**qr, "authored": authored})
        assert response.status_code == 422, (authored, response.text)
        assert outcome_pointers(response) == ["/body/authored"]
    search = measures_client.get(
        "/fhir/Observation", params={"patient": "example"}, headers=bearer(org)
    )
    assert search.json().get("entry", []) == []

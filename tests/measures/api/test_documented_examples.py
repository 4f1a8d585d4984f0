"""The request bodies the OpenAPI document shows integrators are accepted as they stand."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from starlette.testclient import TestClient

from tests.support.tokens import bearer


def _example(document: dict[str, Any], method: str, path: str, media: str) -> Any:
    body = document["paths"][path][method]["requestBody"]["content"][media]
    if "example" in body:
        return body["example"]
    schema = body["schema"]
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    (example,) = schema["examples"]
    return example


def test_every_documented_request_body_is_accepted(measures_client: TestClient, org: str) -> None:
    document = measures_client.get("/openapi.json").json()
    headers = bearer(org)
    cases = [
        ("put", "/v1/instrument-settings/{instrument_id}", "/v1/instrument-settings/phq9"),
        ("post", "/v1/score:batch", "/v1/score:batch"),
        ("post", "/v1/assessments:batch", "/v1/assessments:batch"),
    ]
    for method, template, path in cases:
        body = _example(document, method, template, "application/json")
        answer = measures_client.request(method.upper(), path, json=body, headers=headers)
        assert answer.status_code in (200, 201), (path, answer.text)
        for item in answer.json().get("results", []):
            assert item["status"] in (200, 201), (path, item)
    fhir = "application/fhir+json"
    response = _example(document, "post", "/fhir/QuestionnaireResponse", fhir)
    answer = measures_client.post(
        "/fhir/QuestionnaireResponse",
        content=json.dumps(response),
        headers={**headers, "Content-Type": fhir},
    )
    assert answer.status_code == 201, answer.text
    total = next(
        entry["resource"]
        for entry in answer.json()["entry"]
        if entry["resource"]["code"]["coding"][0]["code"] == "44261-6"
    )
    assert total["valueQuantity"]["value"] == 13


def test_the_safety_loop_examples_are_accepted(measures_client: TestClient, org: str) -> None:
    """The escalation policy's example as it stands; the action's example on a fresh alert,
    with only its `performed_at` moved to now (a fixed date lies before any alert raised
    today, which is rightly refused)."""
    document = measures_client.get("/openapi.json").json()
    headers = bearer(org)
    policy = _example(document, "put", "/v1/escalation-policy", "application/json")
    answer = measures_client.put("/v1/escalation-policy", json=policy, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["urgent"] == policy["urgent"]
    nine = {f"phq9_{n}": 1 for n in range(1, 10)}
    body = {"patient_id": "p-1", "instrument_id": "phq9", "answers": nine,
            "completed_at": datetime.now(UTC).isoformat()}  # fmt: skip
    [alert] = measures_client.post("/v1/assessments", json=body, headers=headers).json()["alerts"]
    path = "/v1/alerts/{alert_id}/actions"
    action = _example(document, "post", path, "application/json")
    action["performed_at"] = datetime.now(UTC).isoformat()
    done = measures_client.post(
        path.format(alert_id=alert["alert_id"]), json=action, headers=headers
    )
    assert done.status_code == 201, done.text

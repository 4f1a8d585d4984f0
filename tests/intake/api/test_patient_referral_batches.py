"""Patients and referrals in batches, as JSON arrays and as NDJSON: answered item by item."""

from __future__ import annotations

import json

from starlette.testclient import TestClient

from tests.intake.feed import read_feed
from tests.support.tokens import bearer

NDJSON = {"content-type": "application/x-ndjson"}


def ndjson(items: list[dict[str, object]]) -> str:
    return "\n".join(json.dumps(i) for i in items) + "\n"


def test_a_referral_batch_stores_the_good_items_and_reports_the_bad(
    intake_client: TestClient, org: str
) -> None:
    good = {"patient_id": "p-1", "received_on": "2025-02-03", "service_line": "a", "site_id": "s"}
    items = [
        good | {"referral_id": "r-1"},
        good | {"referral_id": "r-2", "received_on": "1925-02-03"},
        good | {"referral_id": "r-1"},
    ]
    result = intake_client.post("/v1/referrals:batch", json=items, headers=bearer(org)).json()
    assert [(r["id"], r["status"]) for r in result["results"]] == [
        ("r-1", 201),
        ("r-2", 422),
        ("r-1", 200),
    ]
    assert result["results"][1]["problem"]["errors"][0]["pointer"] == "/body/1/received_on"
    assert intake_client.get("/v1/referrals/r-2", headers=bearer(org)).status_code == 404
    assert [e["subject"] for e in read_feed(intake_client, org)] == ["referrals/r-1"]


def test_patient_and_referral_batches_accept_ndjson(intake_client: TestClient, org: str) -> None:
    patients = [{"patient_id": "p-1", "sex": "248152002"}, {"patient_id": "p-2", "phone": "1"}]
    response = intake_client.post(
        "/v1/patients:batch", content=ndjson(patients), headers=bearer(org) | NDJSON
    )
    assert [r["status"] for r in response.json()["results"]] == [201, 422]
    assert response.json()["results"][1]["problem"]["errors"][0]["code"] == "phi_not_accepted"
    referral = {"patient_id": "p-1", "received_on": "2025-02-03", "service_line": "a"}
    response = intake_client.post(
        "/v1/referrals:batch",
        content=ndjson([referral | {"referral_id": "r-1", "site_id": "s"}]),
        headers=bearer(org) | NDJSON,
    )
    assert [r["status"] for r in response.json()["results"]] == [201]
    broken = intake_client.post(
        "/v1/referrals:batch",
        content="{not json\n",
        headers=bearer(org) | NDJSON,
    )
    assert (broken.status_code, broken.headers["content-type"]) == (
        400,
        "application/problem+json",
    )

"""Patients over HTTP: upsert, read, page, PHI refusal, audit, feed event, tenant isolation."""

from typing import Any

from sqlalchemy import select
from starlette.testclient import TestClient

from services.intake import models
from tests.intake.feed import read_feed
from tests.support.tokens import bearer

BODY = {
    "birth_year": 1987,
    "sex": "248152002",
    "race": ["2054-5"],
    "ethnicity": "2135-2",
    "preferred_language": "es-MX",
    "payer_type": "2",
    "rurality": "urban",
}


def feed(client: TestClient, org: str) -> list[dict[str, Any]]:
    return read_feed(client, org)


def test_put_creates_then_replaces_and_publishes_each_change_once(
    intake_client: TestClient, org: str
) -> None:
    first = intake_client.put("/v1/patients/p-1", json=BODY, headers=bearer(org))
    assert first.status_code == 201
    assert first.json()["race_ethnicity_2024"] == ["black", "hispanic-latino"]
    same = intake_client.put("/v1/patients/p-1", json=BODY, headers=bearer(org))
    assert same.status_code == 200
    changed = intake_client.put(
        "/v1/patients/p-1", json=BODY | {"payer_type": "5"}, headers=bearer(org)
    )
    assert (changed.status_code, changed.json()["payer_type"]) == (200, "5")
    events = feed(intake_client, org)
    assert [e["type"] for e in events] == ["patient.upserted"] * 2
    assert events[0]["data"] | {"age_band": None} == {
        "patient_id": "p-1",
        "age_band": None,
        "sex": "248152002",
        "gender_identity": None,
        "race": ["2054-5"],
        "ethnicity": "2135-2",
        "language": "es",
        "payer": "2",
        "rurality": "urban",
    }
    assert "birth_year" not in events[0]["data"]


def test_identifying_fields_are_a_422_problem_that_stores_nothing(
    intake_client: TestClient, org: str
) -> None:
    response = intake_client.put(
        "/v1/patients/p-2", json=BODY | {"last_name": "Smith"}, headers=bearer(org)
    )
    assert response.status_code == 422
    problem = response.json()
    assert response.headers["content-type"].startswith("application/problem+json")
    assert problem["errors"][0]["code"] == "phi_not_accepted"
    assert "Smith" not in response.text
    assert intake_client.get("/v1/patients/p-2", headers=bearer(org)).status_code == 404


def test_reads_are_audited(intake_client: TestClient, org: str) -> None:
    intake_client.put("/v1/patients/p-3", json=BODY, headers=bearer(org))
    assert (
        intake_client.get("/v1/patients/p-3", headers=bearer(org, sub="dr-who")).json()[
            "preferred_language"
        ]
        == "es-MX"
    )
    engine = intake_client.app.state.engine
    with engine.connect() as connection:
        rows = (
            connection.execute(select(models.audit_log).where(models.audit_log.c.org == org))
            .mappings()
            .all()
        )
    assert [(r["actor"], r["patient_id"], r["route"]) for r in rows] == [
        ("dr-who", "p-3", "/v1/patients/{patient_id}")
    ]


def test_pages_follow_the_cursor(intake_client: TestClient, org: str) -> None:
    for n in range(5):
        intake_client.put(f"/v1/patients/p-{n}", json={}, headers=bearer(org))
    seen, cursor = [], None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = intake_client.get("/v1/patients", params=params, headers=bearer(org)).json()
        seen += [p["patient_id"] for p in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"p-{n}" for n in range(5)]


def test_another_org_gets_404_and_sees_nothing(intake_client: TestClient, org: str) -> None:
    intake_client.put("/v1/patients/p-9", json=BODY, headers=bearer(org))
    other = bearer(org + "-b")
    assert intake_client.get("/v1/patients/p-9", headers=other).status_code == 404
    assert intake_client.get("/v1/patients", headers=other).json()["items"] == []
    assert feed(intake_client, org + "-b") == []


def test_part2_patients_stay_off_the_feed(intake_client: TestClient, org: str) -> None:
    intake_client.put(
        "/v1/patients/p-sud", json=BODY | {"sensitivity": "part2"}, headers=bearer(org)
    )
    assert feed(intake_client, org) == []


def test_patient_batch_reports_each_item(intake_client: TestClient, org: str) -> None:
    items = [
        {"patient_id": "bp-1", "sex": "248153007"},
        {"patient_id": "bp-2", "email": "x@y"},
        {"patient_id": "123-45-6789"},
    ]
    result = intake_client.post("/v1/patients:batch", json=items, headers=bearer(org)).json()
    assert [(r["index"], r["status"]) for r in result["results"]] == [(0, 201), (1, 422), (2, 422)]
    assert "x@y" not in str(result)

"""Reporting safety events over HTTP: named and anonymous, replays, conflicts, batches, feed."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from starlette.testclient import TestClient

from tests.intake.api.test_encounters_api import body as encounter
from tests.intake.feed import read_feed
from tests.intake.safety import NARRATIVE, OCCURRED, report, reviewer, writer
from tests.support.tokens import bearer


def _safety_events(client: TestClient, org: str) -> list[dict[str, Any]]:
    return [e["data"] for e in read_feed(client, org) if e["type"] == "safety_event.upserted"]


def test_a_named_report_is_stored_and_published_without_narrative_or_reporter(
    intake_client: TestClient, org: str
) -> None:
    posted = intake_client.post("/v1/safety-events", json=report(), headers=writer(org))
    assert posted.status_code == 201
    out = posted.json()
    assert out["review_status"] == "received" and out["anonymous_report"] is False
    # The writer gets the report back without its narrative and reporter.
    assert out["narrative"] is None and out["reporter_id"] is None
    assert out["occurred_at"] == OCCURRED.isoformat().replace("+00:00", "Z")
    (event,) = _safety_events(intake_client, org)
    assert event["safety_event_id"] == "se-1" and event["anonymous_report"] is False
    assert event["kind"] == "medication" and event["harm_level"] == "mild"
    assert "narrative" not in event and "reporter_id" not in event
    feed = str(read_feed(intake_client, org))
    assert NARRATIVE not in feed and "Rosalind" not in feed and "staff-118" not in feed
    stored = intake_client.get("/v1/safety-events/se-1", headers=reviewer(org)).json()
    assert (stored["narrative"], stored["reporter_id"]) == (NARRATIVE, "staff-118")


def test_an_anonymous_report_stores_no_reporter(intake_client: TestClient, org: str) -> None:
    posted = intake_client.post(
        "/v1/safety-events", json=report("se-anon", reporter_id=None), headers=writer(org)
    )
    assert posted.status_code == 201 and posted.json()["anonymous_report"] is True
    stored = intake_client.get("/v1/safety-events/se-anon", headers=reviewer(org)).json()
    assert stored["reporter_id"] is None and stored["narrative"] == NARRATIVE
    (event,) = _safety_events(intake_client, org)
    assert event["anonymous_report"] is True


def test_a_retry_replays_and_another_body_is_a_409(intake_client: TestClient, org: str) -> None:
    first = intake_client.post("/v1/safety-events", json=report(), headers=writer(org))
    again = intake_client.post("/v1/safety-events", json=report(), headers=writer(org))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    for change in (
        {"narrative": NARRATIVE + "."},
        {"harm_level": "moderate"},
        {"reporter_id": None},
        {"reporter_id": "staff-119"},
        {"occurred_at": (OCCURRED - timedelta(minutes=5)).isoformat()},
    ):
        conflict = intake_client.post(
            "/v1/safety-events", json=report(**change), headers=writer(org)
        )
        assert conflict.status_code == 409, change
        problem = conflict.json()
        assert problem["type"].endswith("/conflict")
        # Neither the stored nor the sent narrative or reporter is named.
        assert "Rosalind" not in conflict.text and "staff-11" not in conflict.text
    assert len(_safety_events(intake_client, org)) == 1


def test_a_batch_answers_item_by_item(intake_client: TestClient, org: str) -> None:
    intake_client.post("/v1/safety-events", json=report("se-old"), headers=writer(org))
    items = [
        report("se-a"),
        report("se-b", kind="near-miss", harm_level="severe"),
        report("se-old"),
        report("se-old", harm_level="severe"),
        report("se-a"),
        report("se-c", reporter_id=None, team_id=None),
    ]
    answer = intake_client.post("/v1/safety-events:batch", json=items, headers=writer(org))
    assert answer.status_code == 200
    result = answer.json()
    assert [r["status"] for r in result["results"]] == [201, 422, 200, 409, 200, 201]
    assert (result["accepted"], result["refused"]) == (4, 2)
    assert result["results"][1]["problem"]["errors"][0]["pointer"] == "/body/1/harm_level"
    assert "Rosalind" not in answer.text
    published = sorted(e["safety_event_id"] for e in _safety_events(intake_client, org))
    assert published == ["se-a", "se-c", "se-old"]


def test_an_ndjson_batch_is_accepted(intake_client: TestClient, org: str) -> None:
    lines = "\n".join(json.dumps(report(f"se-{i}")) for i in range(3)) + "\n"
    answer = intake_client.post(
        "/v1/safety-events:batch",
        content=lines,
        headers=writer(org) | {"Content-Type": "application/x-ndjson"},
    )
    assert [r["status"] for r in answer.json()["results"]] == [201, 201, 201]


def test_an_encounter_of_another_patient_is_refused(intake_client: TestClient, org: str) -> None:
    put = intake_client.put("/v1/encounters/e-1", json=encounter(), headers=bearer(org))
    assert put.status_code == 201
    wrong = intake_client.post(
        "/v1/safety-events",
        json=report(patient_id="p-2", encounter_id="e-1"),
        headers=writer(org),
    )
    assert wrong.status_code == 422
    assert wrong.json()["errors"][0]["pointer"] == "/body/encounter_id"
    right = intake_client.post(
        "/v1/safety-events",
        json=report(patient_id="p-1", encounter_id="e-1"),
        headers=writer(org),
    )
    # An encounter or patient intake does not hold yet is accepted: extracts arrive later.
    later = intake_client.post(
        "/v1/safety-events",
        json=report("se-2", patient_id="p-9", encounter_id="e-9"),
        headers=writer(org),
    )
    assert (right.status_code, later.status_code) == (201, 201)


def test_part2_records_are_published_redacted(intake_client: TestClient, org: str) -> None:
    intake_client.put(
        "/v1/encounters/e-sud", json=encounter(sensitivity="part2"), headers=bearer(org)
    )
    intake_client.post(
        "/v1/safety-events",
        json=report(patient_id="p-1", encounter_id="e-sud"),
        headers=writer(org),
    )
    (event,) = _safety_events(intake_client, org)
    assert event["patient_id"] is None and event["encounter_id"] is None
    stored = intake_client.get("/v1/safety-events/se-1", headers=reviewer(org)).json()
    assert (stored["patient_id"], stored["encounter_id"]) == ("p-1", "e-sud")


def test_another_org_neither_sees_nor_collides(intake_client: TestClient, org: str) -> None:
    intake_client.post("/v1/safety-events", json=report(), headers=writer(org))
    other = f"{org}-b"
    assert intake_client.get("/v1/safety-events/se-1", headers=reviewer(other)).status_code == 404
    assert intake_client.get("/v1/safety-events", headers=reviewer(other)).json()["items"] == []
    mine = intake_client.post(
        "/v1/safety-events", json=report(harm_level="severe"), headers=writer(other)
    )
    assert mine.status_code == 201

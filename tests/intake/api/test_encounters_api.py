"""Encounters over HTTP: lifecycle 409s, validation 422s, batches, Part 2 redaction, isolation."""

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from starlette.testclient import TestClient

from tests.intake.feed import read_feed
from tests.support.tokens import bearer

START = (datetime.now(UTC) - timedelta(days=3)).replace(microsecond=0)


def body(**changes: Any) -> dict[str, Any]:
    base = {
        "patient_id": "p-1",
        "clinician_id": "clin-1",
        "team_id": "team-a",
        "site_id": "north",
        "service_line": "adult",
        "modality": "video",
        "scheduled_start": START.isoformat(),
        "scheduled_minutes": 50,
        "status": "booked",
    }
    return {k: v for k, v in (base | changes).items() if v is not None}


KEPT = {
    "status": "fulfilled",
    "actual_start": (START + timedelta(minutes=2)).isoformat(),
    "actual_end": (START + timedelta(minutes=50)).isoformat(),
    "technical_problems": {"kinds": ["audio"], "minutes_lost": 3},
}


def events(client: TestClient, org: str) -> list[dict[str, Any]]:
    return read_feed(client, org)


def test_booked_then_kept_then_retracted(intake_client: TestClient, org: str) -> None:
    put = intake_client.put("/v1/encounters/e-1", json=body(), headers=bearer(org))
    assert (put.status_code, put.json()["fhir_appointment_status"]) == (201, "booked")
    kept = intake_client.put("/v1/encounters/e-1", json=body(**KEPT), headers=bearer(org))
    assert (kept.status_code, kept.json()["fhir_encounter_status"]) == (200, "finished")
    retracted = intake_client.put(
        "/v1/encounters/e-1",
        json=body(**KEPT | {"status": "entered-in-error"}),
        headers=bearer(org),
    )
    assert retracted.status_code == 200
    data = [e["data"] for e in events(intake_client, org)]
    assert [d["status"] for d in data] == ["booked", "fulfilled", "entered-in-error"]
    assert data[1]["telehealth"]["kinds"] == ["audio"]


def test_an_impossible_move_is_a_409_problem_and_changes_nothing(
    intake_client: TestClient, org: str
) -> None:
    intake_client.put("/v1/encounters/e-2", json=body(**KEPT), headers=bearer(org))
    response = intake_client.put(
        "/v1/encounters/e-2", json=body(status="no-show"), headers=bearer(org)
    )
    assert response.status_code == 409
    problem = response.json()
    assert problem["type"].endswith("/transition-not-allowed")
    assert (problem["current_status"], problem["allowed_statuses"]) == (
        "fulfilled",
        ["entered-in-error"],
    )
    stored = intake_client.get("/v1/encounters/e-2", headers=bearer(org)).json()
    assert stored["status"] == "fulfilled"
    assert len(events(intake_client, org)) == 1


def test_invalid_encounters_are_422_with_field_pointers(
    intake_client: TestClient, org: str
) -> None:
    response = intake_client.put(
        "/v1/encounters/e-3",
        json=body(
            modality="in-person",
            **{k: v for k, v in KEPT.items() if k != "status"},
            status="fulfilled",
        ),
        headers=bearer(org),
    )
    assert response.status_code == 422
    assert [e["pointer"] for e in response.json()["errors"]] == ["/body/technical_problems"]


def test_a_kept_session_closes_its_referral(intake_client: TestClient, org: str) -> None:
    received = (START - timedelta(days=10)).date().isoformat()
    referral = {
        "patient_id": "p-1",
        "received_on": received,
        "service_line": "adult",
        "site_id": "north",
    }
    assert (
        intake_client.put("/v1/referrals/r-1", json=referral, headers=bearer(org)).status_code
        == 201
    )
    intake_client.put(
        "/v1/encounters/e-4", json=body(referral_id="r-1", **KEPT), headers=bearer(org)
    )
    got = intake_client.get("/v1/referrals/r-1", headers=bearer(org)).json()
    assert (got["closed"], got["first_kept_encounter_id"], got["access_days"]) == (True, "e-4", 10)
    referral_events = [e for e in events(intake_client, org) if e["type"] == "referral.upserted"]
    assert referral_events[-1]["data"]["first_kept_at"] is not None


def test_batch_answers_item_by_item(intake_client: TestClient, org: str) -> None:
    items = [
        body(encounter_id="b-1"),
        body(encounter_id="b-2", modality="chat"),
        {"encounter_id": "b-3"},
        body(encounter_id="b-4", **KEPT),
    ]
    response = intake_client.post("/v1/encounters:batch", json=items, headers=bearer(org))
    assert response.status_code == 200
    result = response.json()
    assert [(r["id"], r["status"]) for r in result["results"]] == [
        ("b-1", 201),
        ("b-2", 422),
        ("b-3", 422),
        ("b-4", 201),
    ]
    assert (result["accepted"], result["refused"]) == (2, 2)
    assert result["results"][1]["problem"]["errors"][0]["pointer"] == "/body/1/modality"
    again = intake_client.post(
        "/v1/encounters:batch",
        json=[body(encounter_id="b-4", status="no-show")],
        headers=bearer(org),
    ).json()
    assert again["results"][0]["status"] == 409


def test_batch_accepts_ndjson(intake_client: TestClient, org: str) -> None:
    import json

    lines = "\n".join(json.dumps(body(encounter_id=f"n-{i}")) for i in range(3))
    response = intake_client.post(
        "/v1/encounters:batch",
        content=lines,
        headers=bearer(org) | {"content-type": "application/x-ndjson"},
    )
    assert [r["status"] for r in response.json()["results"]] == [201, 201, 201]


def test_part2_encounters_are_counted_but_redacted(intake_client: TestClient, org: str) -> None:
    intake_client.put("/v1/encounters/e-5", json=body(sensitivity="part2"), headers=bearer(org))
    [event] = events(intake_client, org)
    assert (event["data"]["redacted"], event["data"]["patient_id"]) == (True, None)
    assert event["data"]["status"] == "booked"


def test_a_single_put_for_a_part2_patient_is_redacted(intake_client: TestClient, org: str) -> None:
    """The label may sit on the patient alone; a single PUT looks it up in the caller's org only
    (another org's patient of the same id, labelled, changes nothing for this one)."""
    patient = {"birth_year": 1987, "sensitivity": "part2"}
    other = org + "-b"
    assert intake_client.put("/v1/patients/p-sud", json=patient, headers=bearer(org)).is_success
    assert intake_client.put("/v1/patients/p-1", json=patient, headers=bearer(other)).is_success
    put = intake_client.put(
        "/v1/encounters/e-9", json=body(patient_id="p-sud"), headers=bearer(org)
    )
    assert put.status_code == 201
    assert intake_client.put("/v1/encounters/e-10", json=body(), headers=bearer(org)).is_success
    published = {
        e["subject"]: (e["data"]["redacted"], e["data"]["patient_id"])
        for e in events(intake_client, org)
        if e["subject"].startswith("encounters/")
    }
    assert published == {"encounters/e-9": (True, None), "encounters/e-10": (False, "p-1")}


def test_another_org_gets_404(intake_client: TestClient, org: str) -> None:
    intake_client.put("/v1/encounters/e-6", json=body(), headers=bearer(org))
    other = bearer(org + "-b")
    assert intake_client.get("/v1/encounters/e-6", headers=other).status_code == 404
    assert intake_client.get("/v1/encounters", headers=other).json()["items"] == []
    # The other org's PUT creates its own encounter; it cannot touch org A's.
    assert (
        intake_client.put(
            "/v1/encounters/e-6", json=body(status="no-show"), headers=other
        ).status_code
        == 201
    )
    assert intake_client.get("/v1/encounters/e-6", headers=bearer(org)).json()["status"] == "booked"


def test_put_answers_exactly_what_a_read_returns(intake_client: TestClient, org: str) -> None:
    """PUT builds its answer from the body it stored, not from a read back: prove they agree,
    with a non-UTC offset, microseconds, telehealth problems and a patient cancellation."""
    zone = timezone(timedelta(hours=-5, minutes=-30))
    start = (START - timedelta(days=1)).astimezone(zone).replace(microsecond=250000)
    bodies = [
        body(scheduled_start=start.isoformat(), **KEPT),
        body(
            modality="phone",
            status="cancelled-by-patient",
            scheduled_start=start.isoformat(),
            cancelled_at=(start - timedelta(hours=3)).isoformat(),
        ),
    ]
    for n, sent in enumerate(bodies):
        put = intake_client.put(f"/v1/encounters/r-{n}", json=sent, headers=bearer(org))
        assert put.status_code == 201
        got = intake_client.get(f"/v1/encounters/r-{n}", headers=bearer(org))
        assert put.json() == got.json()
        again = intake_client.put(f"/v1/encounters/r-{n}", json=sent, headers=bearer(org))
        assert (again.status_code, again.json()) == (200, got.json())
    assert got.json()["late_cancellation"] is True
    assert datetime.fromisoformat(got.json()["scheduled_start"]) == start
    assert got.json()["scheduled_start"].endswith("-05:30")


def test_a_new_encounter_takes_two_statements(intake_client: TestClient, org: str) -> None:
    """The single PUT's shortcut for an id not seen (first_write.py): the row (whose INSERT also
    answers the Part 2 lookup) and its event; an update still takes the general path."""
    from sqlalchemy import event

    engine = intake_client.app.state.engine  # type: ignore[attr-defined]
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.startswith(("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")):
            seen.append(" ".join(statement.split()[:3]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        created = intake_client.put("/v1/encounters/e-2s", json=body(), headers=bearer(org))
        first, seen[:] = list(seen), []
        kept = intake_client.put("/v1/encounters/e-2s", json=body(**KEPT), headers=bearer(org))
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert (created.status_code, kept.status_code) == (201, 200)
    assert first == ["INSERT INTO encounters", "INSERT INTO feed_events"]
    assert "UPDATE encounters SET" in seen
    assert [e["data"]["status"] for e in events(intake_client, org)] == ["booked", "fulfilled"]

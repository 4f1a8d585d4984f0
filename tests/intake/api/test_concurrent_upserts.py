"""Many clients upsert the same ids at the same moment (an EHR retrying while its extract runs).

On PostgreSQL (TEST_DATABASE_URL) the requests really overlap: no answer may be a 500, exactly
one request creates the record, and the lifecycle holds as if they had come one after another
(one outcome wins; the other outcome is a 409, never silently stored over it). On SQLite writers
are serialized and the same assertions hold trivially.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from starlette.testclient import TestClient

from tests.intake.api.test_encounters_api import KEPT, body
from tests.intake.feed import read_feed
from tests.support.tokens import bearer

CLIENTS, ROUNDS = 6, 8


def all_at_once(send: list[Any]) -> list[Any]:
    """Call each function from its own thread, released together; their results in order."""
    barrier = threading.Barrier(len(send))
    results: list[Any] = [None] * len(send)

    def run(n: int) -> None:
        barrier.wait()
        results[n] = send[n]()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(send))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def outcomes(client: TestClient, org: str, encounter_id: str) -> list[tuple[int, str]]:
    """Half the clients report the session kept, half a no-show, all at once."""
    bodies = [body(**KEPT) if n % 2 else body(status="no-show") for n in range(CLIENTS)]
    responses = all_at_once(
        [
            lambda b=b: client.put(f"/v1/encounters/{encounter_id}", json=b, headers=bearer(org))
            for b in bodies
        ]
    )
    return [(r.status_code, b["status"]) for r, b in zip(responses, bodies, strict=True)]


def encounter_events(client: TestClient, org: str, encounter_id: str) -> list[str]:
    return [
        e["data"]["status"]
        for e in read_feed(client, org)
        if e["subject"] == f"encounters/{encounter_id}"
    ]


def test_racing_creations_of_one_encounter_make_one_record(
    intake_client: TestClient, org: str
) -> None:
    for n in range(ROUNDS):
        answers = outcomes(intake_client, org, f"new-{n}")
        stored = intake_client.get(f"/v1/encounters/new-{n}", headers=bearer(org)).json()
        winner = stored["status"]
        assert Counter(status for status, _ in answers)[201] == 1
        for status, sent in answers:
            assert status in ((201, 200) if sent == winner else (409,))
        assert encounter_events(intake_client, org, f"new-{n}") == [winner]


def test_racing_outcomes_of_one_booked_encounter_keep_the_lifecycle(
    intake_client: TestClient, org: str
) -> None:
    for n in range(ROUNDS):
        encounter_id = f"booked-{n}"
        assert (
            intake_client.put(
                f"/v1/encounters/{encounter_id}", json=body(), headers=bearer(org)
            ).status_code
            == 201
        )
        answers = outcomes(intake_client, org, encounter_id)
        stored = intake_client.get(f"/v1/encounters/{encounter_id}", headers=bearer(org)).json()
        winner = stored["status"]
        assert {status for status, sent in answers if sent == winner} == {200}
        assert {status for status, sent in answers if sent != winner} == {409}
        assert encounter_events(intake_client, org, encounter_id) == ["booked", winner]


def test_racing_batches_and_patients_never_fail(intake_client: TestClient, org: str) -> None:
    items = [body(encounter_id=f"b-{i}") for i in range(20)]
    batches = all_at_once(
        [
            lambda: intake_client.post("/v1/encounters:batch", json=items, headers=bearer(org))
            for _ in range(CLIENTS)
        ]
    )
    assert [r.status_code for r in batches] == [200] * CLIENTS
    created = Counter(r["id"] for b in batches for r in b.json()["results"] if r["status"] == 201)
    assert created == dict.fromkeys((f"b-{i}" for i in range(20)), 1)
    patients = all_at_once(
        [
            lambda: intake_client.put("/v1/patients/p-race", json={}, headers=bearer(org))
            for _ in range(CLIENTS)
        ]
    )
    assert sorted(r.status_code for r in patients) == [200] * (CLIENTS - 1) + [201]

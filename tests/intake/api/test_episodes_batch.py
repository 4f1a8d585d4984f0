"""The episode batch: item by item, JSON and NDJSON, idempotent on retry, and equal to the same
items sent one by one through PUT (answers, stored episodes and feed events alike)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.testclient import TestClient

from tests.intake.episodes import episode, finished
from tests.intake.feed import read_feed
from tests.support.tokens import bearer


def item(episode_id: str, sent: dict[str, Any]) -> dict[str, Any]:
    return {"episode_id": episode_id} | sent


def comparable(problem: dict[str, Any] | None) -> dict[str, Any] | None:
    """A problem without what differs by request (instance, request id, body pointers)."""
    if problem is None:
        return None
    kept = ("type", "title", "status", "detail", "current_status", "allowed_statuses")
    return {k: problem[k] for k in kept if k in problem}


def by_batch(client: TestClient, org: str, items: list[dict[str, Any]]) -> list[Any]:
    response = client.post("/v1/episodes:batch", json=items, headers=bearer(org))
    assert response.status_code == 200, response.text
    result = response.json()
    assert [r["index"] for r in result["results"]] == list(range(len(items)))
    return [(r["status"], comparable(r["problem"])) for r in result["results"]]


def one_by_one(client: TestClient, org: str, items: list[dict[str, Any]]) -> list[Any]:
    answers = []
    for sent in items:
        body = {k: v for k, v in sent.items() if k != "episode_id"}
        response = client.put(f"/v1/episodes/{sent['episode_id']}", json=body, headers=bearer(org))
        problem = response.json() if response.status_code >= 400 else None
        answers.append((response.status_code, comparable(problem)))
    return answers


def stored(client: TestClient, org: str) -> list[dict[str, Any]]:
    page = client.get("/v1/episodes", params={"limit": 1000}, headers=bearer(org)).json()
    return [{k: v for k, v in r.items() if k != "updated_at"} for r in page["items"]]


def feed(client: TestClient, org: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(e["type"], e["subject"], e["data"]) for e in read_feed(client, org)]


def test_a_batch_equals_the_same_items_one_by_one(intake_client: TestClient) -> None:
    items = [
        item("ep-1", episode(status="waitlist")),
        item("ep-1", episode(status="waitlist")),  # an identical re-send: no change, no event
        item("ep-1", episode()),  # waitlist -> active
        item("ep-1", finished(discharge_reason="dropped-out")),  # active -> finished
        item("ep-1", episode()),  # finished -> active: refused
        item("ep-2", finished(patient_id="p-2")),  # a new episode may arrive closed
        item("ep-3", episode(status="planned")),
    ]
    sides = []
    for send in (by_batch, one_by_one):
        org = f"org-{uuid.uuid4().hex[:12]}"
        sides.append((send(intake_client, org, items), stored(intake_client, org)))
        sides[-1] += (feed(intake_client, org),)
    (answers, rows, events), other = sides
    assert (answers, rows, events) == other
    assert [status for status, _ in answers] == [201, 200, 200, 200, 409, 201, 201]
    assert answers[4][1] == {
        "type": "https://learning-loop.dev/problems/transition-not-allowed",
        "title": "Episode status change not allowed",
        "status": 409,
        "detail": "An episode in status 'finished' cannot become 'active'; "
        "allowed next statuses: entered-in-error.",
        "current_status": "finished",
        "allowed_statuses": ["entered-in-error"],
    }
    assert {r["episode_id"]: r["status"] for r in rows} == {
        "ep-1": "finished",
        "ep-2": "finished",
        "ep-3": "planned",
    }
    assert [(s, d["status"]) for _, s, d in events] == [
        ("episodes/ep-1", "waitlist"),
        ("episodes/ep-1", "active"),
        ("episodes/ep-1", "finished"),
        ("episodes/ep-2", "finished"),
        ("episodes/ep-3", "planned"),
    ]


def test_invalid_items_are_refused_with_pointers_into_the_item(
    intake_client: TestClient, org: str
) -> None:
    items = [
        item("ep-1", episode()),
        item("ep-2", episode(closed_on="2025-01-01")),
        {"episode_id": "ep-3"},
        item("ep-4", finished()),
    ]
    result = intake_client.post("/v1/episodes:batch", json=items, headers=bearer(org)).json()
    assert [(r["id"], r["status"]) for r in result["results"]] == [
        ("ep-1", 201),
        ("ep-2", 422),
        ("ep-3", 422),
        ("ep-4", 201),
    ]
    assert (result["accepted"], result["refused"]) == (2, 2)
    assert [e["pointer"] for e in result["results"][1]["problem"]["errors"]] == [
        "/body/1/closed_on"
    ]
    assert {e["data"]["episode_id"] for e in read_feed(intake_client, org)} == {"ep-1", "ep-4"}


def test_ndjson_and_a_retried_batch_store_nothing_twice(
    intake_client: TestClient, org: str
) -> None:
    lines = "\n".join(json.dumps(item(f"n-{i}", episode(patient_id=f"p-{i}"))) for i in range(4))
    headers = bearer(org) | {"content-type": "application/x-ndjson"}
    first = intake_client.post("/v1/episodes:batch", content=lines, headers=headers)
    assert [r["status"] for r in first.json()["results"]] == [201] * 4
    # A dropped connection, the extract sent again (a new Idempotency-Key or none): all 200.
    retry = intake_client.post("/v1/episodes:batch", content=lines + "\n", headers=headers)
    assert [r["status"] for r in retry.json()["results"]] == [200] * 4
    assert len(read_feed(intake_client, org)) == 4
    assert len(stored(intake_client, org)) == 4


def test_a_batch_body_must_be_an_array_or_ndjson(intake_client: TestClient, org: str) -> None:
    refused = intake_client.post(
        "/v1/episodes:batch", json={"episode_id": "x"}, headers=bearer(org)
    )
    assert refused.status_code == 400
    text = bearer(org) | {"content-type": "text/plain"}
    assert intake_client.post("/v1/episodes:batch", content="[]", headers=text).status_code == 415

"""People by role and learning sessions over HTTP: who attaches and keeps what, idempotent
PUTs, and what each member sees of the others."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from starlette.testclient import TestClient

from tests.support.collaboratives import admit, create
from tests.support.tokens import bearer


def put(client: TestClient, path: str, org: str, body: dict[str, Any]) -> Any:
    return client.put(path, json=body, headers=bearer(org))


def test_people_by_role_and_who_sees_them(metrics_client: TestClient, org: str) -> None:
    cid = create(metrics_client, org)
    a, b = f"{org}-a", f"{org}-b"
    admit(metrics_client, cid, org, a, b)
    base = f"/v1/collaboratives/{cid}/people"
    coach = {"label": "Coach A", "role": "coach"}
    assert put(metrics_client, f"{base}/c-1", a, coach).status_code == 403
    assert put(metrics_client, f"{base}/c-1", org, coach).status_code == 201
    assert put(metrics_client, f"{base}/c-1", org, coach).status_code == 200
    family = {"label": "Family advisor 1", "role": "family"}
    assert put(metrics_client, f"{base}/fam-1", a, family).status_code == 201
    assert put(metrics_client, f"{base}/fam-1", a, family).status_code == 200
    bad = put(metrics_client, f"{base}/x", a, {"label": " ", "role": "family"})
    assert bad.status_code == 422

    def seen(viewer: str) -> list[tuple[str, str, str | None]]:
        response = metrics_client.get(base, headers=bearer(viewer))
        assert response.status_code == 200, response.text
        return [(p["label"], p["role"], p["org"]) for p in response.json()["items"]]

    assert seen(org) == [("Coach A", "coach", org), ("Family advisor 1", "family", a)]
    assert seen(a) == [("Coach A", "coach", None), ("Family advisor 1", "family", a)]
    assert seen(b) == [("Coach A", "coach", None)]  # not a's people, nor who the coach's org is
    assert metrics_client.delete(f"{base}/fam-1", headers=bearer(b)).status_code == 204
    assert ("Family advisor 1", "family", a) in seen(a)  # b removes only its own
    assert metrics_client.delete(f"{base}/fam-1", headers=bearer(a)).status_code == 204
    assert seen(a) == [("Coach A", "coach", None)]


def test_sessions_and_attendance(metrics_client: TestClient, org: str) -> None:
    cid = create(metrics_client, org)
    a, b = f"{org}-a", f"{org}-b"
    admit(metrics_client, cid, org, a, b)
    path = f"/v1/collaboratives/{cid}/sessions/2026-03-call"
    body = {"held_on": "2026-03-12", "topic": "Reminder calls", "attendance": {org: 2, a: 3}}
    assert put(metrics_client, path, a, body).status_code == 403  # the owner's or facilitators'
    created = put(metrics_client, path, org, body)
    assert created.status_code == 201, created.text
    assert put(metrics_client, path, org, body).status_code == 200
    unknown = put(metrics_client, path, org, {**body, "attendance": {f"{org}-x": 1}})
    assert unknown.status_code == 422
    assert put(metrics_client, path, org, {**body, "attendance": {a: 0}}).status_code == 422
    assert put(metrics_client, path, org, {**body, "held_on": "12/03/2026"}).status_code == 422

    def sessions(viewer: str) -> list[dict[str, Any]]:
        response = metrics_client.get(f"/v1/collaboratives/{cid}/sessions", headers=bearer(viewer))
        assert response.status_code == 200, response.text
        return list(response.json()["items"])

    (mine,) = sessions(org)
    assert mine["attendance"] == {org: 2, a: 3} and mine["people_attending"] == 5
    (as_a,) = sessions(a)
    assert as_a["attendance"] == {a: 3} and as_a["organizations_attending"] == 2
    (as_b,) = sessions(b)
    assert as_b["attendance"] == {} and as_b["topic"] == "Reminder calls"
    assert org not in str(as_b) and a not in str(as_b)

    changed = put(metrics_client, path, org, {**body, "attendance": {b: 1}})
    assert changed.status_code == 200 and changed.json()["attendance"] == {b: 1}
    assert sessions(org)[0]["people_attending"] == 1
    assert metrics_client.delete(path, headers=bearer(a)).status_code == 403
    assert metrics_client.delete(path, headers=bearer(org)).status_code == 204
    assert metrics_client.delete(path, headers=bearer(org)).status_code == 204
    assert sessions(org) == []
    outsider = metrics_client.get(f"/v1/collaboratives/{cid}/sessions", headers=bearer("x-org"))
    assert outsider.status_code == 404


def test_concurrent_puts_and_deletes_never_fail(metrics_client: TestClient, org: str) -> None:
    """PUTs and DELETEs of one session and one person at once: a PUT that read a row a DELETE
    then removed is re-run, not a 500. Each answer is a success or a 409 to send again."""
    cid = create(metrics_client, org)
    session_path = f"/v1/collaboratives/{cid}/sessions/s-race"
    person_path = f"/v1/collaboratives/{cid}/people/p-race"
    bodies = {
        session_path: {"held_on": "2026-03-05", "topic": "Reminder calls", "attendance": {}},
        person_path: {"label": "Coach 1", "role": "coach"},
    }

    def hammer(worker: int) -> set[int]:
        codes = set()
        for round_ in range(12):
            path = session_path if worker % 2 else person_path
            if (worker + round_) % 3 == 0:
                answer = metrics_client.delete(path, headers=bearer(org))
            else:
                answer = metrics_client.put(path, json=bodies[path], headers=bearer(org))
            codes.add(answer.status_code)
        return codes

    with ThreadPoolExecutor(max_workers=6) as pool:
        seen = set().union(*pool.map(hammer, range(6)))
    assert seen <= {200, 201, 204, 409}, seen

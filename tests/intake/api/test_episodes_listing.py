"""Listing episodes: every filter narrows to exactly the episodes it names, keyset pages walk
the whole list once, and another org sees none of them (nor any of its ids)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.intake.episodes import episode
from tests.support.tokens import bearer

DAY = date(2026, 1, 5)
# id: (patient, status, service line, team, lead clinician, opened day, closed day)
EPISODES: dict[str, tuple[str, str, str, str, str, int, int | None]] = {
    "ep-a": ("p-1", "active", "adult", "team-a", "clin-1", 0, None),
    "ep-b": ("p-1", "finished", "adult", "team-a", "clin-1", 10, 40),
    "ep-c": ("p-2", "finished", "child", "team-b", "clin-2", 20, 60),
    "ep-d": ("p-3", "waitlist", "child", "team-b", "clin-3", 30, None),
    "ep-e": ("p-4", "cancelled", "adult", "team-c", "clin-2", 40, 45),
    "ep-f": ("p-5", "onhold", "adult", "team-a", "clin-3", 50, None),
}


def _day(offset: int) -> str:
    return (DAY + timedelta(days=offset)).isoformat()


def seed(client: TestClient, org: str) -> None:
    items = []
    for episode_id, (patient, status, line, team, clinician, opened, closed) in EPISODES.items():
        sent = episode(
            patient_id=patient,
            status=status,
            service_line=line,
            team_id=team,
            clinician_id=clinician,
            opened_on=_day(opened),
            closed_on=None if closed is None else _day(closed),
            discharge_reason="dropped-out" if status == "finished" else None,
        )
        items.append({"episode_id": episode_id} | sent)
    result = client.post("/v1/episodes:batch", json=items, headers=bearer(org)).json()
    assert result["accepted"] == len(EPISODES), result


def listed(client: TestClient, org: str, **params: Any) -> list[str]:
    response = client.get("/v1/episodes", params=params, headers=bearer(org))
    assert response.status_code == 200, response.text
    return [e["episode_id"] for e in response.json()["items"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["ep-a", "ep-b", "ep-c", "ep-d", "ep-e", "ep-f"]),
        ({"patient_id": "p-1"}, ["ep-a", "ep-b"]),
        ({"status": "finished"}, ["ep-b", "ep-c"]),
        ({"service_line": "child"}, ["ep-c", "ep-d"]),
        ({"team_id": "team-a"}, ["ep-a", "ep-b", "ep-f"]),
        ({"clinician_id": "clin-2"}, ["ep-c", "ep-e"]),
        ({"opened_from": _day(20), "opened_to": _day(40)}, ["ep-c", "ep-d", "ep-e"]),
        ({"opened_to": _day(9)}, ["ep-a"]),
        ({"closed_from": _day(45)}, ["ep-c", "ep-e"]),
        ({"closed_from": _day(41), "closed_to": _day(59)}, ["ep-e"]),
        ({"team_id": "team-a", "status": "onhold"}, ["ep-f"]),
        ({"patient_id": "p-9"}, []),
    ],
)
def test_each_filter_narrows_to_the_episodes_it_names(
    intake_client: TestClient, org: str, params: dict[str, str], expected: list[str]
) -> None:
    seed(intake_client, org)
    assert listed(intake_client, org, **params) == expected


def test_pages_walk_the_list_once_and_bad_input_is_a_problem(
    intake_client: TestClient, org: str
) -> None:
    seed(intake_client, org)

    def walk(**filters: str) -> tuple[list[str], int]:
        seen: list[str] = []
        cursor, pages = None, 0
        while True:
            params: dict[str, Any] = {"limit": 2, **filters}
            if cursor:
                params["cursor"] = cursor
            page = intake_client.get("/v1/episodes", params=params, headers=bearer(org)).json()
            seen += [e["episode_id"] for e in page["items"]]
            pages += 1
            cursor = page["next_cursor"]
            if cursor is None:
                return seen, pages

    assert walk() == (sorted(EPISODES), 3)
    assert walk(team_id="team-a") == (["ep-a", "ep-b", "ep-f"], 2)
    for bad in ({"cursor": "not-a-cursor"}, {"status": "closed"}, {"opened_from": "soon"}):
        response = intake_client.get("/v1/episodes", params=bad, headers=bearer(org))
        assert response.status_code in (400, 422), bad
        assert response.headers["content-type"].startswith("application/problem+json")


def test_another_org_sees_none_and_cannot_touch_them(intake_client: TestClient, org: str) -> None:
    seed(intake_client, org)
    other = bearer(org + "-b")
    assert intake_client.get("/v1/episodes", headers=other).json()["items"] == []
    assert intake_client.get("/v1/episodes/ep-b", headers=other).status_code == 404
    # B's PUT under A's id creates B's own episode; A's finished one is untouched.
    assert intake_client.put("/v1/episodes/ep-b", json=episode(), headers=other).status_code == 201
    mine = intake_client.get("/v1/episodes/ep-b", headers=bearer(org)).json()
    assert mine["status"] == "finished"
    reader = bearer(org, scope="intake:read")
    assert intake_client.put("/v1/episodes/ep-z", json=episode(), headers=reader).status_code == 403

"""The staff batch (item by item, equal to the same items PUT one by one, idempotent on retry
and replayed under its Idempotency-Key) and the staff listing (filters, in-post day, paging)."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from tests.intake.feed import read_feed
from tests.intake.workforce import leaver, staff
from tests.support.tokens import bearer

KEEPER = "intake:workforce"


def item(staff_id: str, sent: dict[str, Any]) -> dict[str, Any]:
    return {"staff_id": staff_id} | sent


def post(client: TestClient, org: str, items: Any, **headers: str) -> Any:
    return client.post("/v1/staff:batch", json=items, headers=bearer(org, KEEPER) | headers)


def test_each_item_is_answered_as_if_sent_alone(intake_client: TestClient, org: str) -> None:
    items = [
        item("s-1", staff()),
        item("s-2", staff(fte=2)),
        item("s-1", leaver()),
        {"staff_id": "s-3"},
        item("s-4", staff(entered_in_error=True)),
        item("s-4", staff()),
        item("s-1", leaver()),
    ]
    result = post(intake_client, org, items).json()
    assert [(r["id"], r["status"]) for r in result["results"]] == [
        ("s-1", 201),
        ("s-2", 422),
        ("s-1", 200),
        ("s-3", 422),
        ("s-4", 201),
        ("s-4", 409),
        ("s-1", 200),
    ]
    assert (result["accepted"], result["refused"]) == (4, 3)
    assert [e["pointer"] for e in result["results"][1]["problem"]["errors"]] == ["/body/1/fte"]
    assert result["results"][5]["problem"]["current_status"] == "entered-in-error"
    # Events as the items were accepted; the unchanged re-send of s-1 published nothing.
    events = [(e["data"]["staff_id"], e["data"]["ended_on"]) for e in read_feed(intake_client, org)]
    assert [(i, ended is not None) for i, ended in events] == [
        ("s-1", False),
        ("s-1", True),
        ("s-4", False),
    ]
    keeper = bearer(org, KEEPER)
    assert intake_client.get("/v1/staff/s-1", headers=keeper).json()["state"] == "left"
    assert intake_client.get("/v1/staff/s-4", headers=keeper).json()["entered_in_error"] is True


def test_a_retried_batch_stores_nothing_twice(intake_client: TestClient, org: str) -> None:
    items = [item(f"r-{i}", staff(role="nurse")) for i in range(3)]
    first = post(intake_client, org, items, **{"Idempotency-Key": f"roster-{org}"})
    assert [r["status"] for r in first.json()["results"]] == [201] * 3
    replayed = post(intake_client, org, items, **{"Idempotency-Key": f"roster-{org}"})
    assert (replayed.json(), replayed.headers.get("idempotent-replayed")) == (first.json(), "true")
    # Sent again without the key (a new extract of the same roster): all 200, nothing new.
    again = post(intake_client, org, items)
    assert [r["status"] for r in again.json()["results"]] == [200] * 3
    assert len(read_feed(intake_client, org)) == 3


def test_a_batch_body_must_be_an_array(intake_client: TestClient, org: str) -> None:
    refused = post(intake_client, org, {"staff_id": "x"})
    assert (refused.status_code, refused.json()["type"]) == (
        400,
        "https://learning-loop.dev/problems/bad-request",
    )


def test_filters_and_the_in_post_day(intake_client: TestClient, org: str) -> None:
    roster = [
        item("a-nurse", staff(role="nurse", team_id="team-a")),
        item("b-psych", staff(team_id="team-b", site_id="south")),
        item("c-left", leaver(ended_on="2024-12-31", leaving_reason="retired")),
        item("d-new", staff(started_on="2025-06-02")),
        item("e-error", staff(entered_in_error=True)),
    ]
    assert post(intake_client, org, roster).json()["accepted"] == 5

    def ids(**params: Any) -> list[str]:
        answer = intake_client.get("/v1/staff", params=params, headers=bearer(org, KEEPER))
        assert answer.status_code == 200, answer.text
        return [s["staff_id"] for s in answer.json()["items"]]

    assert ids() == ["a-nurse", "b-psych", "c-left", "d-new", "e-error"]
    assert ids(team_id="team-b") == ["b-psych"]
    assert ids(site_id="south") == ["b-psych"]
    assert ids(role="nurse") == ["a-nurse"]
    assert ids(in_post_on="2024-12-31") == ["a-nurse", "b-psych", "c-left"]
    assert ids(in_post_on="2025-01-01") == ["a-nurse", "b-psych"]
    assert ids(in_post_on="2025-06-02", team_id="team-a") == ["a-nurse", "d-new"]


def test_paging_and_bad_queries(intake_client: TestClient, org: str) -> None:
    assert post(intake_client, org, [item(f"p-{i}", staff()) for i in range(5)]).is_success
    keeper = bearer(org, KEEPER)
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = intake_client.get("/v1/staff", params=params, headers=keeper).json()
        seen += [s["staff_id"] for s in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"p-{i}" for i in range(5)]
    for params in ({"cursor": "not-ours"}, {"cursor": "WzEsMl0"}):
        assert intake_client.get("/v1/staff", params=params, headers=keeper).status_code == 400
    for params in ({"role": "surgeon"}, {"in_post_on": "0"}, {"in_post_on": "2025-13-01"}):
        answer = intake_client.get("/v1/staff", params=params, headers=keeper)
        assert answer.status_code == 422, params

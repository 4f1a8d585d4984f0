"""Reviewing safety events: the lifecycle's moves and their times, the scope, the feed."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.intake.feed import read_feed
from tests.intake.safety import reader, report, reviewer, writer
from tests.support.tokens import bearer


def _review(client: TestClient, org: str, status: str, event: str = "se-1") -> Any:
    return client.post(
        f"/v1/safety-events/{event}/review", json={"review_status": status}, headers=reviewer(org)
    )


def _published(client: TestClient, org: str) -> list[dict[str, Any]]:
    return [e["data"] for e in read_feed(client, org) if e["type"] == "safety_event.upserted"]


def test_received_then_reviewed_then_actioned(intake_client: TestClient, org: str) -> None:
    intake_client.post("/v1/safety-events", json=report(), headers=writer(org))
    reviewed = _review(intake_client, org, "reviewed")
    assert reviewed.status_code == 200
    out = reviewed.json()
    assert out["review_status"] == "reviewed" and out["reviewed_at"] is not None
    assert out["actioned_at"] is None and out["narrative"] is None
    again = _review(intake_client, org, "reviewed")
    assert again.json()["reviewed_at"] == out["reviewed_at"]
    actioned = _review(intake_client, org, "actioned").json()
    assert actioned["actioned_at"] >= actioned["reviewed_at"] == out["reviewed_at"]
    assert actioned["reported_at"] <= actioned["reviewed_at"]
    retracted = _review(intake_client, org, "entered-in-error").json()
    assert retracted["review_status"] == "entered-in-error"
    assert retracted["actioned_at"] == actioned["actioned_at"]
    statuses = [e["review_status"] for e in _published(intake_client, org)]
    assert statuses == ["received", "reviewed", "actioned", "entered-in-error"]
    last = _published(intake_client, org)[-1]
    assert last["reviewed_at"] is not None and last["actioned_at"] is not None


@pytest.mark.parametrize(
    ("path", "status", "allowed"),
    [
        ([], "actioned", ["reviewed", "entered-in-error"]),
        ([], "received", None),
        (["reviewed"], "received", ["actioned", "entered-in-error"]),
        (["reviewed", "actioned"], "reviewed", ["entered-in-error"]),
        (["entered-in-error"], "reviewed", []),
    ],
)
def test_impossible_moves_are_409_naming_the_allowed_ones(
    intake_client: TestClient, org: str, path: list[str], status: str, allowed: list[str] | None
) -> None:
    intake_client.post("/v1/safety-events", json=report(), headers=writer(org))
    for step in path:
        assert _review(intake_client, org, step).status_code == 200
    answer = _review(intake_client, org, status)
    if allowed is None:  # received again: nothing changes
        assert answer.status_code == 200 and answer.json()["review_status"] == "received"
        return
    assert answer.status_code == 409
    problem = answer.json()
    assert problem["type"].endswith("/transition-not-allowed")
    assert problem["allowed_statuses"] == allowed


def test_review_needs_the_safety_review_scope(intake_client: TestClient, org: str) -> None:
    intake_client.post("/v1/safety-events", json=report(), headers=writer(org))
    body = {"review_status": "reviewed"}
    no_review = "intake:read intake:write measures:read measures:write feed:read"
    for headers in (reader(org), writer(org), bearer(org, scope=no_review)):
        answer = intake_client.post("/v1/safety-events/se-1/review", json=body, headers=headers)
        assert answer.status_code == 403
        assert answer.json()["missing_scopes"] == ["intake:safety-review"]
    only_review = bearer(org, scope="intake:safety-review")
    answer = intake_client.post("/v1/safety-events/se-1/review", json=body, headers=only_review)
    assert answer.status_code == 200


def test_review_problems(intake_client: TestClient, org: str) -> None:
    intake_client.post("/v1/safety-events", json=report(), headers=writer(org))
    assert _review(intake_client, org, "reviewed", event="se-404").status_code == 404
    assert _review(intake_client, org, "done").status_code == 422
    bad_id = intake_client.post(
        "/v1/safety-events/se%201/review", json={"review_status": "reviewed"}, headers=reviewer(org)
    )
    assert bad_id.status_code == 422
    extra = intake_client.post(
        "/v1/safety-events/se-1/review",
        json={"review_status": "reviewed", "note": "x"},
        headers=reviewer(org),
    )
    assert extra.status_code == 422
    assert _review(intake_client, f"{org}-b", "reviewed").status_code == 404

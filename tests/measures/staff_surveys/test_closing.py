"""Closing by date and closing against answers, over HTTP and the closing worker.

A campaign whose last day has passed is closed by the worker's pass and each team published
exactly once, even with two passes racing (two replicas). A close racing with answers lets
no answer land after its team was published: each accepted answer is in its team's event,
each refused one is a 410.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from starlette.testclient import TestClient

from tests.intake.api.test_concurrent_upserts import all_at_once
from tests.intake.feed import read_feed
from tests.measures.staff_surveys._support import ADMIN, answer, campaign, close, mint
from tests.measures.staff_surveys.conftest import MovableClock
from tests.support.tokens import bearer


def _events(client: TestClient, org: str) -> list[dict[str, Any]]:
    return [e for e in read_feed(client, org) if e["type"] == "staff-survey.closed"]


def test_a_passed_campaign_is_closed_and_published_once_by_racing_workers(
    fresh_client: TestClient, org: str, clock: MovableClock
) -> None:
    created = campaign(fresh_client, org)
    campaign_id = created["campaign_id"]
    tokens = mint(fresh_client, org, campaign_id, "t-north").json()["tokens"]
    for token in tokens[:2]:
        assert answer(fresh_client, token).status_code == 201
    run_once = fresh_client.app.state.staff_survey_closing  # type: ignore[attr-defined]
    assert run_once() == 0  # still open: nothing to close

    clock.now += timedelta(days=15)  # the day after its last
    late = answer(fresh_client, tokens[2])
    assert late.status_code == 410, late.text
    read = fresh_client.get(f"/v1/staff-surveys/{campaign_id}", headers=bearer(org, scope=ADMIN))
    assert read.json()["status"] == "closed" and read.json()["closed_on"] is None

    closed = all_at_once([run_once, run_once])
    assert sorted(closed) == [0, 1]
    assert run_once() == 0
    events = _events(fresh_client, org)
    assert sorted(e["data"]["team_id"] for e in events) == ["t-north", "t-south"]
    by_team = {e["data"]["team_id"]: e["data"] for e in events}
    assert len(by_team["t-north"]["responses"]) == 2 and by_team["t-south"]["responses"] == []
    assert by_team["t-north"]["closed_on"] == created["closes_on"]
    read = fresh_client.get(f"/v1/staff-surveys/{campaign_id}", headers=bearer(org, scope=ADMIN))
    assert read.json()["closed_on"] == created["closes_on"]
    assert all(team["published"] for team in read.json()["teams"])
    assert close(fresh_client, org, campaign_id).status_code == 200
    assert len(_events(fresh_client, org)) == 2


def test_no_answer_lands_after_its_team_was_published(fresh_client: TestClient, org: str) -> None:
    created = campaign(fresh_client, org, teams=[{"team_id": "t-race", "invited": 12}])
    campaign_id = created["campaign_id"]
    tokens = mint(fresh_client, org, campaign_id, "t-race").json()["tokens"]
    calls = [lambda t=token: answer(fresh_client, t) for token in tokens]
    calls.insert(6, lambda: close(fresh_client, org, campaign_id))
    results = all_at_once(calls)
    closing = results.pop(6)
    assert closing.status_code == 200, closing.text
    statuses = [r.status_code for r in results]
    assert set(statuses) <= {201, 410}, [r.text for r in results]
    [event] = _events(fresh_client, org)
    assert len(event["data"]["responses"]) == statuses.count(201)
    for token, status in zip(tokens, statuses, strict=True):
        again = answer(fresh_client, token)
        assert again.status_code == 410, (status, again.text)

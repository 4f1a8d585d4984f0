"""Escalation timed by a clock the test moves: none before a deadline, exactly one at it, none
once the alert is closed; acknowledge and action deadlines apart; the org's policy as data;
and alert.escalated delivered to a subscribed webhook."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.measures.safety._support import (
    Clock,
    act,
    escalated,
    measures_app,
    migrated_database,
    raise_alert,
    worker,
)
from tests.support.tokens import bearer
from tests.support.webhook_receiver import Receiver, free_port, receiving, verify, wait_for


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with migrated_database("measures_escalation", tmp_path_factory.mktemp("escalation")) as url:
        yield url


@pytest.fixture
def client(database: str, clock: Clock) -> Iterator[TestClient]:
    """An app of its own per test (each test moves its own clock), on one database."""
    with measures_app(database, clock) as client:
        yield client


def alert(client: TestClient, org: str, alert_id: str) -> dict[str, Any]:
    response = client.get(f"/v1/alerts/{alert_id}", headers=bearer(org))
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_the_acknowledge_deadline_escalates_once_at_its_time(
    client: TestClient, clock: Clock, org: str
) -> None:
    alert_id = raise_alert(client, org)["alert_id"]
    clock.advance(minutes=59)
    assert worker(client).run_once() == 0
    clock.advance(minutes=1, seconds=1)  # the default policy: urgent, 60 minutes
    assert worker(client).run_once() == 1
    assert worker(client).run_once() == 0
    [event] = escalated(client, org, 1)
    read = alert(client, org, alert_id)
    assert event["data"]["deadline"] == "acknowledge" and event["data"]["alert_id"] == alert_id
    assert event["data"]["due_at"].startswith(read["acknowledge_due_at"][:19])
    assert [e["deadline"] for e in read["escalations"]] == ["acknowledge"]
    clock.advance(hours=30)
    assert worker(client).run_once() == 1  # the action deadline, 24 hours after the raise
    assert [e["data"]["deadline"] for e in escalated(client, org, 2)] == ["acknowledge", "action"]
    clock.advance(days=10)
    assert worker(client).run_once() == 0


def test_acknowledging_meets_one_deadline_and_not_the_other(
    client: TestClient, clock: Clock, org: str
) -> None:
    alert_id = raise_alert(client, org)["alert_id"]
    clock.advance(minutes=10)
    client.post(f"/v1/alerts/{alert_id}/acknowledge", headers=bearer(org))
    clock.advance(hours=2)
    assert worker(client).run_once() == 0
    clock.advance(hours=22)
    assert worker(client).run_once() == 1
    [event] = escalated(client, org, 1)
    assert event["data"]["deadline"] == "action"


def test_an_action_meets_both_deadlines(client: TestClient, clock: Clock, org: str) -> None:
    alert_id = raise_alert(client, org)["alert_id"]
    clock.advance(minutes=5)
    done = act(client, org, alert_id, action_id="x-1", action="patient-contacted",
               performed_at=clock().isoformat())  # fmt: skip
    assert done.status_code == 201, done.text
    clock.advance(days=5)
    assert worker(client).run_once() == 0
    assert alert(client, org, alert_id)["status"] == "acknowledged"


def test_closing_cancels_pending_deadlines(client: TestClient, clock: Clock, org: str) -> None:
    alert_id = raise_alert(client, org)["alert_id"]
    clock.advance(minutes=61)
    assert worker(client).run_once() == 1  # the acknowledge deadline had passed
    closed = act(client, org, alert_id, action_id="z-1", action="reviewed-no-action-needed",
                 reason="answered-in-error", performed_at=clock().isoformat())  # fmt: skip
    assert closed.status_code == 201, closed.text
    clock.advance(days=3)
    assert worker(client).run_once() == 0
    assert len(escalated(client, org, 1)) == 1
    assert alert(client, org, alert_id)["status"] == "closed"


def test_the_org_policy_is_data_and_applies_to_alerts_raised_after_it(
    client: TestClient, clock: Clock, org: str
) -> None:
    default = client.get("/v1/escalation-policy", headers=bearer(org)).json()
    assert default["is_default"] is True
    assert default["urgent"] == {"acknowledge_within_minutes": 60, "action_within_hours": 24}
    before = raise_alert(client, org, patient_id="p-before")["alert_id"]
    policy = {
        "urgent": {"acknowledge_within_minutes": 15, "action_within_hours": None},
        "high": {"acknowledge_within_minutes": 120, "action_within_hours": 48},
        "info": {"acknowledge_within_minutes": None, "action_within_hours": None},
    }
    put = client.put("/v1/escalation-policy", json=policy, headers=bearer(org, sub="lead-1"))
    assert put.status_code == 200, put.text
    assert put.json()["is_default"] is False and put.json()["updated_by"] == "lead-1"
    again = client.put("/v1/escalation-policy", json=policy, headers=bearer(org))
    assert again.json()["updated_by"] == "lead-1"  # the same policy again changes nothing
    after = raise_alert(client, org, patient_id="p-after")
    assert after["action_due_at"] is None
    clock.advance(minutes=16)
    assert worker(client).run_once() == 1
    [event] = escalated(client, org, 1)
    assert event["data"]["alert_id"] == after["alert_id"]  # the earlier alert keeps 60 minutes
    clock.advance(days=40)
    worker(client).run_once()
    mine = [(e["data"]["alert_id"], e["data"]["deadline"]) for e in escalated(client, org, 3)]
    assert sorted(mine) == sorted([(after["alert_id"], "acknowledge"),
                                   (before, "acknowledge"), (before, "action")])  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        {"urgent": {"acknowledge_within_minutes": 0, "action_within_hours": 24}},
        {"urgent": {"acknowledge_within_minutes": 60}, "high": None, "info": None},
        {
            "urgent": {"acknowledge_within_minutes": 60, "action_within_hours": 24},
            "high": {"acknowledge_within_minutes": 60, "action_within_hours": 24 * 40},
            "info": {"acknowledge_within_minutes": None, "action_within_hours": None},
        },
        {
            "urgent": {"acknowledge_within_minutes": 60, "action_within_hours": 24},
            "high": {"acknowledge_within_minutes": 60, "action_within_hours": 24},
            "info": {"acknowledge_within_minutes": None, "action_within_hours": None},
            "critical": {"acknowledge_within_minutes": 1, "action_within_hours": 1},
        },
    ],
)
def test_an_invalid_policy_is_a_problem(client: TestClient, org: str, body: Any) -> None:
    response = client.put("/v1/escalation-policy", json=body, headers=bearer(org))
    assert response.status_code == 422, response.text
    assert client.get("/v1/escalation-policy", headers=bearer(org)).json()["is_default"]
    read_only = bearer(org, scope="measures:read")
    assert client.put("/v1/escalation-policy", json=body, headers=read_only).status_code == 403


def test_an_escalation_is_delivered_to_a_subscribed_webhook(
    client: TestClient, clock: Clock, org: str
) -> None:
    with receiving(Receiver(free_port())) as receiver:
        types = ["alert.escalated", "alert.actioned", "alert.closed"]
        body = {"url": receiver.url, "event_types": types}
        hook = client.post("/v1/webhooks", json=body, headers=bearer(org)).json()
        alert_id = raise_alert(client, org)["alert_id"]
        clock.advance(minutes=61)
        assert worker(client).run_once() == 1
        wait_for(lambda: len(receiver.received) >= 1)
        closed = act(client, org, alert_id, action_id="h-1", action="safety-plan-made",
                     close=True, performed_at=clock().isoformat(), note="secret")  # fmt: skip
        assert closed.status_code == 201
        wait_for(lambda: len(receiver.received) >= 3)
    first = receiver.received[0]
    assert hook["event_types"] == sorted(types)
    assert verify(hook["secret"], first.headers, first.body)
    sent = [json.loads(r.body) for r in receiver.received]
    assert sent[0]["type"] == "alert.escalated"
    assert sorted(b["type"] for b in sent[1:]) == ["alert.actioned", "alert.closed"]
    assert sent[0]["data"] == {"org": org, "alert_id": alert_id, "patient_id": "p-1"}
    assert all(b"secret" not in r.body for r in receiver.received)

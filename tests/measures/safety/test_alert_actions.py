"""An alert followed through over HTTP: raised by PHQ-9 item 9, acknowledged, acted on, closed;
its history, its status, and its feed events in order, with no note anywhere but measures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from services.measures import models
from shared.models import utcnow
from tests.measures.safety._support import (
    Clock,
    act,
    alert_events,
    measures_app,
    migrated_database,
    raise_alert,
)
from tests.support.tokens import bearer

NOTE = "Patient says the thoughts are passive; lives with sister; agreed plan."


@pytest.fixture(scope="module")
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, clock: Clock) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("actions")
    with migrated_database("measures_actions", folder) as url, measures_app(url, clock) as client:
        yield client


def at(minutes: float) -> str:
    return (utcnow() + timedelta(minutes=minutes)).isoformat()


def problem(response: Any, status: int, slug: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["type"].endswith("/" + slug), body
    return body


def test_an_alert_from_raise_to_close(client: TestClient, org: str) -> None:
    alert = raise_alert(client, org)
    alert_id = alert["alert_id"]
    assert alert["acknowledge_due_at"] and alert["action_due_at"]  # the default policy

    acked = client.post(f"/v1/alerts/{alert_id}/acknowledge", headers=bearer(org, sub="clin-1"))
    assert acked.status_code == 200 and acked.json()["status"] == "acknowledged"

    first = act(client, org, alert_id, action_id="a-1", action="risk-assessment-done",
                performed_at=at(0), note=NOTE)  # fmt: skip
    assert first.status_code == 201, first.text
    assert first.json()["performed_by"] == first.json()["recorded_by"]  # default: token's sub
    second = act(client, org, alert_id, action_id="a-2", action="safety-plan-made",
                 performed_at=at(0), performed_by="clin-7", close=True)  # fmt: skip
    assert second.status_code == 201 and second.json()["closes"] is True

    read = client.get(f"/v1/alerts/{alert_id}", headers=bearer(org)).json()
    assert read["status"] == "closed" and read["closing_action"] == "safety-plan-made"
    assert read["closed_at"] and read["first_action_at"] and read["escalations"] == []
    history = client.get(f"/v1/alerts/{alert_id}/actions", headers=bearer(org)).json()
    assert [a["action_id"] for a in history] == ["a-1", "a-2"]
    assert history[0]["note"] == NOTE and history[1]["performed_by"] == "clin-7"
    closed = client.get("/v1/alerts?status=closed", headers=bearer(org)).json()["items"]
    assert [a["alert_id"] for a in closed] == [alert_id]
    for status in ("open", "acknowledged"):
        listed = client.get(f"/v1/alerts?status={status}", headers=bearer(org)).json()
        assert listed["items"] == [], status

    events = alert_events(client, org, 5)
    assert [e["type"] for e in events] == [
        "alert.raised", "alert.acknowledged", "alert.actioned", "alert.actioned", "alert.closed",
    ]  # fmt: skip
    raised = events[0]["data"]
    assert raised["rule_id"] == "phq9_item9_positive" and raised["severity"] == "urgent"
    assert [e["data"]["action"] for e in events[2:4]] == ["risk-assessment-done",
                                                          "safety-plan-made"]  # fmt: skip
    assert [e["data"]["closes"] for e in events[2:4]] == [False, True]
    assert events[4]["data"]["closing_action"] == "safety-plan-made"
    text = json.dumps(events)
    assert NOTE not in text and "clin-7" not in text and "performed_by" not in text


def test_an_action_acknowledges_an_unacknowledged_alert(client: TestClient, org: str) -> None:
    alert_id = raise_alert(client, org)["alert_id"]
    done = act(client, org, alert_id, action_id="c-1", action="patient-contacted",
               performed_at=at(0))  # fmt: skip
    assert done.status_code == 201, done.text
    read = client.get(f"/v1/alerts/{alert_id}", headers=bearer(org)).json()
    assert read["status"] == "acknowledged" and read["acknowledged_at"]
    types = [e["type"] for e in alert_events(client, org, 3)]
    assert types == ["alert.raised", "alert.acknowledged", "alert.actioned"]


def test_reviewed_no_action_needed_closes_with_a_coded_reason(client: TestClient, org: str) -> None:
    alert_id = raise_alert(client, org)["alert_id"]
    body = {"action": "reviewed-no-action-needed", "performed_at": at(0)}
    problem(act(client, org, alert_id, action_id="r-1", **body), 422, "validation-error")
    problem(act(client, org, alert_id, action_id="r-1", **body, reason="other"),
            422, "validation-error")  # fmt: skip
    problem(act(client, org, alert_id, action_id="r-1", **body, reason="bored"),
            422, "validation-error")  # fmt: skip
    done = act(client, org, alert_id, action_id="r-1", **body, reason="duplicate-alert")
    assert done.status_code == 201 and done.json()["closes"] is True  # close not asked: closes
    read = client.get(f"/v1/alerts/{alert_id}", headers=bearer(org)).json()
    assert read["status"] == "closed" and read["closing_action"] == "reviewed-no-action-needed"


def test_invalid_actions_are_problems_and_store_nothing(client: TestClient, org: str) -> None:
    alert_id = raise_alert(client, org)["alert_id"]
    ok = {"action_id": "v-1", "action": "patient-contacted", "performed_at": at(0)}
    cases = [
        ({**ok, "action": "prayed"}, "/body/action"),
        ({**ok, "reason": "duplicate-alert"}, "/body"),
        ({**ok, "note": "x" * 2001}, "/body/note"),
        ({**ok, "performed_at": at(60)}, "/body/performed_at"),
        ({**ok, "performed_at": at(-60)}, "/body/performed_at"),
        ({**ok, "action_id": "has space"}, "/body/action_id"),
        ({**ok, "surprise": 1}, "/body/surprise"),
    ]
    for body, pointer in cases:
        answer = problem(
            client.post(f"/v1/alerts/{alert_id}/actions", json=body, headers=bearer(org)),
            422, "validation-error",
        )  # fmt: skip
        assert [e["pointer"] for e in answer["errors"]] == [pointer], body
    assert client.get(f"/v1/alerts/{alert_id}/actions", headers=bearer(org)).json() == []
    missing = act(client, org, "no-such-alert", **ok)
    problem(missing, 404, "not-found")
    assert [e["type"] for e in alert_events(client, org, 1)] == ["alert.raised"]


def test_action_ids_replay_or_conflict_and_closed_alerts_refuse(
    client: TestClient, org: str
) -> None:
    alert_id = raise_alert(client, org)["alert_id"]
    other_id = raise_alert(client, org, patient_id="p-2")["alert_id"]
    body = {"action_id": "k-1", "action": "crisis-service-referral", "performed_at": at(0),
            "close": True, "note": NOTE}  # fmt: skip
    first = act(client, org, alert_id, **body)
    assert first.status_code == 201, first.text
    again = act(client, org, alert_id, **body)
    assert again.status_code == 200 and again.json() == first.json()
    problem(act(client, org, alert_id, **{**body, "note": "changed"}), 409, "action-id-reused")
    problem(act(client, org, other_id, **body), 409, "action-id-reused")
    later = {**body, "action_id": "k-2", "close": False}
    problem(act(client, org, alert_id, **later), 409, "alert-closed")
    assert len(client.get(f"/v1/alerts/{alert_id}/actions", headers=bearer(org)).json()) == 1
    types = [e["type"] for e in alert_events(client, org, 5)]
    assert types.count("alert.actioned") == 1 and types.count("alert.closed") == 1


def test_the_history_read_is_audited_and_needs_the_read_scope(client: TestClient, org: str) -> None:
    alert_id = raise_alert(client, org)["alert_id"]
    path = f"/v1/alerts/{alert_id}/actions"
    assert client.get(path, headers=bearer(org, scope="feed:read")).status_code == 403
    body = {"action_id": "w-1", "action": "patient-contacted", "performed_at": at(0)}
    write = client.post(path, json=body, headers=bearer(org, scope="measures:read"))
    assert write.status_code == 403
    assert client.get(path, headers=bearer(org, sub="clin-9")).status_code == 200
    assert client.get(path, headers=bearer("another-org")).status_code == 404
    assert client.post(path, json=body, headers=bearer("another-org")).status_code == 404
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        reads = connection.execute(
            select(models.audit_log.c.actor, models.audit_log.c.patient_id).where(
                models.audit_log.c.org == org,
                models.audit_log.c.route == "/v1/alerts/{alert_id}/actions",
            )
        ).all()
    assert [tuple(r) for r in reads] == [("clin-9", "p-1")]

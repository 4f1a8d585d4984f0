"""Alerts reach a registered receiver: signed, retried while it is down, never lost, never doubled.

A dedicated app runs the delivery worker with tiny retry delays and private targets allowed, so
a real HTTP receiver on 127.0.0.1 (``http.server`` in a thread) can play the EHR.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.measures.app import MIGRATIONS, create_app
from services.measures.settings import MeasuresSettings
from tests.measures.api._helpers import phq9, post_assessment
from tests.support.services import migrated_client
from tests.support.tokens import bearer
from tests.support.webhook_receiver import Receiver, free_port, receiving, verify, wait_for

ITEM9 = phq9([0, 0, 0, 0, 0, 0, 0, 0, 1])


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with migrated_client(
        label="measures_hooks",
        folder=tmp_path_factory.mktemp("hooks"),
        settings_cls=MeasuresSettings,
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        webhooks_allow_private_targets=True,
        webhooks_poll_seconds=0.05,
        webhooks_retry_schedule_seconds=(0.2, 0.3, 0.5),
        webhooks_max_attempts=4,
        webhooks_timeout_seconds=2,
    ) as client:
        yield client


def register(client: TestClient, org: str, url: str, types: list[str] | None = None) -> Any:
    body = {"url": url, "event_types": types or ["alert.raised", "alert.acknowledged"]}
    response = client.post("/v1/webhooks", json=body, headers=bearer(org))
    assert response.status_code == 201, response.text
    return response.json()


def deliveries(client: TestClient, org: str, webhook_id: str) -> list[dict[str, Any]]:
    response = client.get(f"/v1/webhooks/{webhook_id}/deliveries", headers=bearer(org))
    assert response.status_code == 200, response.text
    return response.json()["items"]


def settled(client: TestClient, org: str, webhook_id: str, count: int = 1):  # type: ignore[no-untyped-def]
    """The deliveries, once ``count`` of them are no longer pending."""

    def done() -> list[dict[str, Any]] | None:
        items = deliveries(client, org, webhook_id)
        finished = [d for d in items if d["state"] != "pending"]
        return items if len(finished) >= count else None

    return wait_for(done)


def test_an_alert_is_delivered_signed_with_an_ids_only_body(client: TestClient, org: str) -> None:
    with receiving(Receiver(free_port())) as receiver:
        hook = register(client, org, receiver.url)
        alert = post_assessment(client, org, answers=ITEM9).json()["alerts"][0]
        [delivery] = settled(client, org, hook["webhook_id"])

    assert delivery["state"] == "delivered" and delivery["attempts"] == 1
    assert delivery["attempt_log"][0]["status_code"] == 200
    [request] = receiver.received
    assert request.path == "/hooks/ll"
    assert request.headers["webhook-id"] == delivery["delivery_id"]
    assert verify(hook["secret"], request.headers, request.body)
    assert not verify(hook["secret"], request.headers, request.body + b" ")
    body = json.loads(request.body)
    assert body["type"] == "alert.raised"
    assert body["data"] == {"org": org, "alert_id": alert["alert_id"], "patient_id": "p-1"}
    assert set(body) == {"type", "timestamp", "data"}

    fetched = client.get(f"/v1/alerts/{alert['alert_id']}", headers=bearer(org))
    assert fetched.status_code == 200 and fetched.json()["rule_id"] == "phq9_item9_positive"


def test_an_unanswered_safety_item_alert_is_delivered_like_any_alert(
    client: TestClient, org: str
) -> None:
    """PHQ-9 item 9 left blank: the clinician's EHR hears of it as it hears of an answered one."""
    with receiving(Receiver(free_port())) as receiver:
        hook = register(client, org, receiver.url)
        blank9 = {k: v for k, v in phq9([1] * 9).items() if k != "phq9_9"}
        [alert] = post_assessment(client, org, answers=blank9).json()["alerts"]
        [delivery] = settled(client, org, hook["webhook_id"])
    assert delivery["state"] == "delivered" and delivery["alert_id"] == alert["alert_id"]
    [request] = receiver.received
    assert json.loads(request.body)["data"]["alert_id"] == alert["alert_id"]
    fetched = client.get(f"/v1/alerts/{alert['alert_id']}", headers=bearer(org)).json()
    assert fetched["rule_id"] == "critical_item_unanswered"
    assert fetched["evidence"]["missing_items"] == ["phq9_9"]


def test_receiver_down_is_retried_and_delivered_once_it_is_up(client: TestClient, org: str) -> None:
    receiver = Receiver(free_port())
    hook = register(client, org, receiver.url)
    post_assessment(client, org, answers=ITEM9)

    def failed_once() -> bool:
        items = deliveries(client, org, hook["webhook_id"])
        return bool(items) and items[0]["attempts"] >= 1

    wait_for(failed_once)
    [pending] = deliveries(client, org, hook["webhook_id"])
    assert pending["state"] == "pending" and pending["next_attempt_at"]
    assert pending["attempt_log"][0]["error"] == "connect_error"
    with receiving(receiver):
        [delivery] = settled(client, org, hook["webhook_id"])
        wait_for(lambda: len(receiver.received) >= 1)
    assert delivery["state"] == "delivered"
    assert [a["status_code"] for a in delivery["attempt_log"]][-1] == 200
    assert len(receiver.received) == 1, "delivered exactly once after coming up"
    assert verify(hook["secret"], receiver.received[0].headers, receiver.received[0].body)


def test_a_5xx_is_retried_under_the_same_webhook_id_and_success_is_not_repeated(
    client: TestClient, org: str
) -> None:
    with receiving(Receiver(free_port(), script=[500, 503])) as receiver:
        hook = register(client, org, receiver.url)
        post_assessment(client, org, answers=ITEM9)
        [delivery] = settled(client, org, hook["webhook_id"])
        wait_for(lambda: len(receiver.received) >= 3)
        time.sleep(0.5)  # many worker polls: a delivered message must not be sent again
    assert [a["status_code"] for a in delivery["attempt_log"]] == [500, 503, 200]
    assert delivery["state"] == "delivered" and delivery["delivered_at"]
    assert len(receiver.received) == 3
    assert len({r.headers["webhook-id"] for r in receiver.received}) == 1
    assert all(verify(hook["secret"], r.headers, r.body) for r in receiver.received)


def test_delivery_gives_up_after_max_attempts(client: TestClient, org: str) -> None:
    with receiving(Receiver(free_port(), default=500)) as receiver:
        hook = register(client, org, receiver.url)
        post_assessment(client, org, answers=ITEM9)
        [delivery] = settled(client, org, hook["webhook_id"])
    assert delivery["state"] == "failed" and delivery["attempts"] == 4
    assert delivery["next_attempt_at"] is None and len(receiver.received) == 4


def test_410_gone_disables_the_endpoint(client: TestClient, org: str) -> None:
    with receiving(Receiver(free_port(), default=410)) as receiver:
        hook = register(client, org, receiver.url)
        post_assessment(client, org, answers=ITEM9)
        [delivery] = settled(client, org, hook["webhook_id"])
        assert delivery["state"] == "failed" and delivery["attempts"] == 1
        [listed] = client.get("/v1/webhooks", headers=bearer(org)).json()["items"]
        assert listed["active"] is False and listed["disabled_reason"] == "gone_410"
        post_assessment(client, org, answers=ITEM9, completed_at="2026-01-06T10:00:00Z")
    assert len(deliveries(client, org, hook["webhook_id"])) == 1
    assert len(receiver.received) == 1


def test_acknowledgements_go_only_to_endpoints_that_asked(client: TestClient, org: str) -> None:
    with (
        receiving(Receiver(free_port())) as both,
        receiving(Receiver(free_port())) as raised_only,
    ):
        all_hook = register(client, org, both.url)
        raised_hook = register(client, org, raised_only.url, ["alert.raised"])
        alert = post_assessment(client, org, answers=ITEM9).json()["alerts"][0]
        settled(client, org, raised_hook["webhook_id"])
        settled(client, org, all_hook["webhook_id"])
        ack = client.post(f"/v1/alerts/{alert['alert_id']}/acknowledge", headers=bearer(org))
        assert ack.status_code == 200
        settled(client, org, all_hook["webhook_id"], count=2)
    assert [json.loads(r.body)["type"] for r in both.received] == [
        "alert.raised",
        "alert.acknowledged",
    ]
    assert [json.loads(r.body)["type"] for r in raised_only.received] == ["alert.raised"]


def test_deleting_an_endpoint_cancels_what_it_had_pending(client: TestClient, org: str) -> None:
    hook = register(client, org, f"http://127.0.0.1:{free_port()}/down")
    post_assessment(client, org, answers=ITEM9)
    wait_for(lambda: deliveries(client, org, hook["webhook_id"]))
    deleted = client.delete(f"/v1/webhooks/{hook['webhook_id']}", headers=bearer(org))
    assert deleted.status_code == 204
    assert client.get("/v1/webhooks", headers=bearer(org)).json()["items"] == []
    gone = client.get(f"/v1/webhooks/{hook['webhook_id']}/deliveries", headers=bearer(org))
    assert gone.status_code == 404


def test_a_redirect_is_not_followed(client: TestClient, org: str) -> None:
    with (
        receiving(Receiver(free_port())) as elsewhere,
        receiving(
            Receiver(free_port(), default=307, headers={"location": elsewhere.url})
        ) as redirecting,
    ):
        hook = register(client, org, redirecting.url)
        post_assessment(client, org, answers=ITEM9)
        [delivery] = settled(client, org, hook["webhook_id"])
    assert delivery["state"] == "failed"
    assert [a["error"] for a in delivery["attempt_log"]] == ["http_307"] * 4
    assert len(redirecting.received) == 4
    assert elsewhere.received == [], "the redirect's target was called"


def test_recover_sends_given_up_deliveries_again_under_their_webhook_id(
    client: TestClient, org: str
) -> None:
    with receiving(Receiver(free_port(), script=[500] * 4)) as receiver:
        hook = register(client, org, receiver.url)
        post_assessment(client, org, answers=ITEM9)
        [failed] = settled(client, org, hook["webhook_id"])
        assert (failed["state"], failed["attempts"]) == ("failed", 4)
        path = f"/v1/webhooks/{hook['webhook_id']}/recover"
        later = client.post(path, json={"since": "2999-01-01T00:00:00Z"}, headers=bearer(org))
        assert later.status_code == 200 and later.json() == {"requeued": 0}
        stranger = bearer(org + "-b")
        foreign = client.post(path, json={"since": "2026-01-01T00:00:00Z"}, headers=stranger)
        assert foreign.status_code == 404
        recovered = client.post(path, json={"since": "2026-01-01T00:00:00Z"}, headers=bearer(org))
        assert recovered.status_code == 200 and recovered.json() == {"requeued": 1}
        [delivery] = settled(client, org, hook["webhook_id"])
        wait_for(lambda: len(receiver.received) >= 5)
        again = client.post(path, json={"since": "2026-01-01T00:00:00Z"}, headers=bearer(org))
    assert (delivery["state"], delivery["attempts"]) == ("delivered", 1)
    assert [a["attempt"] for a in delivery["attempt_log"]] == [1, 2, 3, 4, 5]
    assert [a["status_code"] for a in delivery["attempt_log"]] == [500, 500, 500, 500, 200]
    assert {r.headers["webhook-id"] for r in receiver.received} == {delivery["delivery_id"]}
    assert len(receiver.received) == 5
    assert again.json() == {"requeued": 0}, "a delivered message is never requeued"


def test_recover_enables_an_endpoint_that_answered_410(client: TestClient, org: str) -> None:
    with receiving(Receiver(free_port(), script=[410])) as receiver:
        hook = register(client, org, receiver.url)
        post_assessment(client, org, answers=ITEM9)
        settled(client, org, hook["webhook_id"])
        [disabled] = client.get("/v1/webhooks", headers=bearer(org)).json()["items"]
        assert disabled["active"] is False
        path = f"/v1/webhooks/{hook['webhook_id']}/recover"
        recovered = client.post(path, json={"since": "2026-01-01T00:00:00Z"}, headers=bearer(org))
        assert recovered.json() == {"requeued": 1}
        [delivery] = settled(client, org, hook["webhook_id"])
    [listed] = client.get("/v1/webhooks", headers=bearer(org)).json()["items"]
    assert listed["active"] is True and listed["disabled_reason"] is None
    assert delivery["state"] == "delivered"
    assert [r.headers["webhook-id"] for r in receiver.received] == [delivery["delivery_id"]] * 2

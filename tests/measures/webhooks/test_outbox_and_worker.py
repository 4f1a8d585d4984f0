"""The outbox outlives the worker: a delivery is written with its alert, a crashed worker's claim
expires, and a stopping worker hands back what it has not sent.

The app here runs no worker of its own (``webhooks_enabled=False``), so each test drives a
:class:`DeliveryWorker` itself, with a clock it controls, against a real receiver on 127.0.0.1.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.measures.app import MIGRATIONS, create_app
from services.measures.models import as_utc
from services.measures.models import webhook_tables as tables
from services.measures.settings import MeasuresSettings
from shared.models import utcnow
from shared.webhooks import Delivery
from shared.webhooks.delivery import claim_due
from shared.webhooks.worker import DeliveryWorker
from tests.measures.api._helpers import phq9, post_assessment
from tests.support.services import migrated_client
from tests.support.tokens import bearer
from tests.support.webhook_receiver import Receiver, free_port, receiving, verify, wait_for

ITEM9 = phq9([0, 0, 0, 0, 0, 0, 0, 0, 1])
SETTINGS = {
    "webhooks_enabled": False,
    "webhooks_allow_private_targets": True,
    "webhooks_retry_schedule_seconds": (0.2,),
    "webhooks_timeout_seconds": 5,
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with migrated_client(
        label="measures_outbox",
        folder=tmp_path_factory.mktemp("outbox"),
        settings_cls=MeasuresSettings,
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        **SETTINGS,
    ) as client:
        yield client


def worker(client: TestClient, **kwargs: Any) -> DeliveryWorker:
    settings: MeasuresSettings = client.app.state.settings  # type: ignore[attr-defined]
    engine = client.app.state.engine  # type: ignore[attr-defined]
    return DeliveryWorker(engine, tables, settings, service="measures", **kwargs)


def register(client: TestClient, org: str, url: str) -> Any:
    body = {"url": url, "event_types": ["alert.raised"]}
    response = client.post("/v1/webhooks", json=body, headers=bearer(org))
    assert response.status_code == 201, response.text
    return response.json()


def deliveries(client: TestClient, org: str, webhook_id: str) -> list[dict[str, Any]]:
    response = client.get(f"/v1/webhooks/{webhook_id}/deliveries", headers=bearer(org))
    assert response.status_code == 200, response.text
    return response.json()["items"]


def rows(client: TestClient, org: str) -> list[Delivery]:
    d = tables.deliveries
    with client.app.state.engine.connect() as connection:  # type: ignore[attr-defined]
        found = connection.execute(d.select().where(d.c.org == org).order_by(d.c.delivery_id))
        return [Delivery.of(r, tables.subject) for r in found]


def test_the_delivery_is_committed_with_the_alert_and_sent_by_a_later_worker(
    client: TestClient, org: str
) -> None:
    """No worker runs when the alert is raised (every replica down): the delivery is already in
    the log when the assessment's answer comes back, and a worker started later sends it."""
    receiver = Receiver(free_port())
    hook = register(client, org, receiver.url)
    alert = post_assessment(client, org, answers=ITEM9).json()["alerts"][0]
    [pending] = deliveries(client, org, hook["webhook_id"])
    assert (pending["state"], pending["attempts"], pending["alert_id"]) == (
        "pending",
        0,
        alert["alert_id"],
    )
    with receiving(receiver):
        later = worker(client)
        try:
            assert later.run_once() == 1
        finally:
            later.stop()
    [delivered] = deliveries(client, org, hook["webhook_id"])
    assert delivered["state"] == "delivered" and delivered["delivery_id"] == pending["delivery_id"]
    [request] = receiver.received
    assert request.headers["webhook-id"] == pending["delivery_id"]
    assert verify(hook["secret"], request.headers, request.body)


def test_a_crashed_workers_claim_expires_and_another_worker_delivers(
    client: TestClient, org: str
) -> None:
    with receiving(Receiver(free_port())) as receiver:
        hook = register(client, org, receiver.url)
        post_assessment(client, org, answers=ITEM9)
        now = utcnow()
        # A replica claims the delivery with a 300 s lease, then dies before sending anything.
        [dead] = [
            c
            for c in claim_due(client.app.state.engine, tables, now=now, limit=1000, lease=300)  # type: ignore[attr-defined]
            if c.org == org
        ]
        clock = {"now": now + timedelta(seconds=299)}
        survivor = worker(client, clock=lambda: clock["now"])
        try:
            survivor.run_once()
            assert receiver.received == [], "a live lease was taken over"
            clock["now"] = now + timedelta(seconds=301)
            survivor.run_once()
        finally:
            survivor.stop()
    [delivery] = deliveries(client, org, hook["webhook_id"])
    assert (delivery["state"], delivery["attempts"]) == ("delivered", 1)
    assert [r.headers["webhook-id"] for r in receiver.received] == [dead.delivery_id]


def test_stopping_finishes_attempts_in_flight_and_releases_the_rest(
    client: TestClient, org: str
) -> None:
    with receiving(Receiver(free_port(), delay=1.0)) as receiver:
        register(client, org, receiver.url)
        for week in range(6):
            completed = f"2026-01-{5 + week:02d}T10:00:00Z"
            post_assessment(client, org, answers=ITEM9, completed_at=completed)
        stopping = worker(client, threads=2)
        stopping.start()
        wait_for(lambda: len(receiver.received) >= 2)
        started = time.monotonic()
        stopping.stop()
        took = time.monotonic() - started
        time.sleep(0.2)
    assert took < 3, f"stop took {took:.1f}s"
    assert len(receiver.received) == 2, "an attempt was started after stop"
    states = sorted((r.state, r.attempts, r.claim is None) for r in rows(client, org))
    assert states == [("delivered", 1, True)] * 2 + [("pending", 0, True)] * 4
    due = [r.next_attempt_at for r in rows(client, org) if r.state == "pending"]
    assert all(at is not None and as_utc(at) <= utcnow() for at in due), (
        "released deliveries must be due at once, not after the lease"
    )

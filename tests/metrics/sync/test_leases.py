"""One consumer per feed: the lease, the cursor written with the facts, and the typed errors a
feed read ends in. The source is the real intake app (in process), fed over its API."""

from __future__ import annotations

import time
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from starlette.testclient import TestClient

from harness.processes import free_port
from services.metrics.clients import (
    FeedBadAnswerError,
    FeedClient,
    FeedRefusedError,
    FeedUnavailableError,
)
from services.metrics.settings import MetricsSettings
from services.metrics.sync.consumer import ConsumerThread, FeedConsumer, Poll
from services.metrics.sync.state import (
    CURSORS,
    PROBLEMS,
    LeaseLostError,
    commit_page,
    read_position,
    take_lease,
)
from shared.auth import issue_local_token
from shared.feed import FeedPage
from shared.models import utcnow
from tests.intake.feed import wait_for_horizon
from tests.support.tokens import bearer

SETTINGS = MetricsSettings(
    database_url="sqlite://", environment="test", poll_seconds=0.05, page_size=7,
    backoff_max_seconds=0.2, lease_seconds=5,
)  # fmt: skip
TOKEN = issue_local_token(org="platform", scope="feed:read feed:all")


def intake_feed(intake_client: TestClient, source: str = "intake") -> FeedClient:
    return FeedClient(
        source=source, base_url=str(intake_client.base_url), http=intake_client,
        token=lambda: TOKEN,
    )  # fmt: skip


def post_patients(intake_client: TestClient, org: str, count: int) -> None:
    body = [{"patient_id": f"pt-{i}", "race": ["2106-3"]} for i in range(count)]
    response = intake_client.post("/v1/patients:batch", json=body, headers=bearer(org))
    assert response.status_code == 200, response.text
    # On PostgreSQL a transaction still open elsewhere on the server holds the feed back.
    wait_for_horizon(intake_client, org)


def feed_length(client: FeedClient) -> int:
    total, after = 0, None
    while True:
        page = client.read(after=after, limit=1000)
        total, after = total + len(page.items), page.next_cursor
        if not page.has_more:
            return total


def test_only_the_lease_holder_applies(fact_engine: Engine, intake_client: TestClient, org: str):
    post_patients(intake_client, org, 20)
    feed = intake_feed(intake_client, source="lease-a")
    first = FeedConsumer(engine=fact_engine, client=feed, holder="replica-1", settings=SETTINGS)
    second = FeedConsumer(engine=fact_engine, client=feed, holder="replica-2", settings=SETTINGS)
    assert first.poll() == Poll(held=True, applied=7, has_more=True)
    cursor = read_position(fact_engine, "lease-a")
    assert second.poll() == Poll(held=False)
    assert read_position(fact_engine, "lease-a") == cursor
    assert first.poll().applied == 7
    assert read_position(fact_engine, "lease-a").events_applied == 14


def test_two_replicas_running_together_apply_each_event_once(
    fact_engine: Engine, intake_client: TestClient, org: str
) -> None:
    post_patients(intake_client, org, 40)
    feed = intake_feed(intake_client, source="lease-b")
    threads = [
        ConsumerThread(
            FeedConsumer(engine=fact_engine, client=feed, holder=f"replica-{i}", settings=SETTINGS)
        )
        for i in range(2)
    ]
    for thread in threads:
        thread.start()
    expected = feed_length(feed)
    deadline = time.monotonic() + 20
    while read_position(fact_engine, "lease-b").events_applied < expected:
        assert time.monotonic() < deadline, "the consumers did not catch up"
        time.sleep(0.05)
    for thread in threads:
        thread.signal()
    for thread in threads:
        thread.stop()
    # Each event counted once: had both replicas applied pages, the count would exceed it.
    assert read_position(fact_engine, "lease-b").events_applied == expected


def test_a_replica_that_lost_its_lease_cannot_advance_the_cursor(
    fact_engine: Engine, intake_client: TestClient, org: str
) -> None:
    post_patients(intake_client, org, 3)
    feed = intake_feed(intake_client)
    now = utcnow()
    assert take_lease(fact_engine, source="lease-c", holder="old", now=now, seconds=5)
    page = feed.read(after=None, limit=3)
    later = now + timedelta(seconds=6)  # the old holder stalled past its lease
    assert take_lease(fact_engine, source="lease-c", holder="new", now=later, seconds=5)
    with pytest.raises(LeaseLostError):
        commit_page(
            fact_engine, source="lease-c", holder="old", after=None, page=page, now=later,
            lease_seconds=5,
        )  # fmt: skip
    assert read_position(fact_engine, "lease-c").cursor is None
    commit_page(
        fact_engine, source="lease-c", holder="new", after=None, page=page, now=later,
        lease_seconds=5,
    )  # fmt: skip
    assert read_position(fact_engine, "lease-c").cursor == page.next_cursor


def test_an_empty_page_marks_the_source_caught_up(fact_engine: Engine) -> None:
    now = utcnow()
    assert take_lease(fact_engine, source="lease-d", holder="me", now=now, seconds=5)
    empty = FeedPage(items=[], next_cursor="WzAsMF0", has_more=False)
    commit_page(
        fact_engine, source="lease-d", holder="me", after=None, page=empty, now=now,
        lease_seconds=5,
    )  # fmt: skip
    with fact_engine.connect() as connection:
        row = connection.execute(select(CURSORS).where(CURSORS.c.source == "lease-d")).one()
    assert row.caught_up_at is not None and row.events_applied == 0


def test_a_failing_source_is_recorded(fact_engine: Engine) -> None:
    with httpx.Client(timeout=2) as http:
        consumer = FeedConsumer(
            engine=fact_engine,
            client=FeedClient(
                source="lease-e",
                base_url=f"http://127.0.0.1:{free_port()}",
                http=http,
                token=lambda: TOKEN,
            ),
            holder="me",
            settings=SETTINGS,
        )
        with pytest.raises(FeedUnavailableError):
            consumer.poll()
        with pytest.raises(FeedUnavailableError):
            consumer.poll()
    with fact_engine.connect() as connection:
        problem = connection.execute(select(PROBLEMS).where(PROBLEMS.c.source == "lease-e")).one()
    assert problem.failures == 2 and problem.error.startswith("unavailable")


def test_feed_client_error_types(intake_client: TestClient) -> None:
    refused = FeedClient(
        source="intake", base_url=str(intake_client.base_url), http=intake_client,
        token=lambda: "not-a-token",
    )  # fmt: skip
    with pytest.raises(FeedRefusedError) as caught:
        refused.read(after=None, limit=5)
    assert caught.value.status == 401
    # A real endpoint that answers 200 with something that is not a feed page.
    wrong = FeedClient(
        source="intake", base_url=f"{intake_client.base_url}/openapi.json#", http=intake_client,
        token=lambda: TOKEN,
    )  # fmt: skip
    with pytest.raises(FeedBadAnswerError):
        wrong.read(after=None, limit=5)

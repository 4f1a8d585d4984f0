"""The outbox feed: exactly the committed events, in an order that never skips one."""

from __future__ import annotations

import contextlib
import random
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from harness.databases import throwaway_database
from services.intake import models
from services.intake.app import MIGRATIONS
from shared.db import make_engine
from shared.feed import NewEvent, append_events, read_feed
from shared.feed_cursor import START
from shared.migrations import upgrade
from tests.support.tokens import bearer

TABLE = models.feed_events


def _append(engine, org: str, subject: str, fail: bool = False) -> None:
    with Session(engine) as session, session.begin():
        append_events(session, TABLE, [NewEvent(org, "test.happened", subject, {"n": 1})])
        if fail:
            raise RuntimeError("roll back")


def test_feed_serves_committed_events_only_and_scoped_to_org(
    intake_client: TestClient, org: str
) -> None:
    engine = intake_client.app.state.engine
    _append(engine, org, "things/1")
    with contextlib.suppress(RuntimeError):
        _append(engine, org, "things/rolled-back", fail=True)
    _append(engine, org + "-other", "things/theirs")
    _append(engine, org, "things/2")

    page = intake_client.get("/v1/feed", headers=bearer(org, scope="feed:read")).json()
    assert [e["subject"] for e in page["items"]] == ["things/1", "things/2"]
    assert {e["org"] for e in page["items"]} == {org}
    assert page["items"][0]["source"] == "/learning-loop/intake"
    assert page["items"][0]["specversion"] == "1.0"

    again = intake_client.get(
        "/v1/feed", params={"after": page["next_cursor"]}, headers=bearer(org, scope="feed:read")
    ).json()
    assert again["items"] == [] and again["next_cursor"] == page["next_cursor"]


def test_feed_pages_with_has_more(intake_client: TestClient, org: str) -> None:
    engine = intake_client.app.state.engine
    for i in range(5):
        _append(engine, org, f"things/{i}")
    seen, cursor = [], None
    while True:
        params = {"limit": 2} | ({"after": cursor} if cursor else {})
        page = intake_client.get(
            "/v1/feed", params=params, headers=bearer(org, scope="feed:read")
        ).json()
        seen += [e["subject"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == [f"things/{i}" for i in range(5)]


def test_feed_requires_feed_scope(intake_client: TestClient, org: str) -> None:
    response = intake_client.get("/v1/feed", headers=bearer(org, scope="intake:read"))
    assert response.status_code == 403


def test_concurrent_writers_never_make_the_reader_skip(tmp_path: Path) -> None:
    """Many writers hold transactions open for random times, so ids commit out of order
    (on PostgreSQL); a reader following the feed meanwhile must still see every event once."""
    writers, per_writer = 8, 40
    with throwaway_database("feedrace", tmp_path) as url:
        upgrade(MIGRATIONS, url)
        engine = make_engine(url)
        expected: set[str] = set()
        lock = threading.Lock()
        done = threading.Event()

        def write(worker: int) -> None:
            rng = random.Random(worker)
            for i in range(per_writer):
                subject = f"w{worker}/{i}/{uuid.uuid4().hex[:6]}"
                with Session(engine) as session, session.begin():
                    append_events(session, TABLE, [NewEvent("org-race", "t", subject, {})])
                    time.sleep(rng.random() * 0.01)  # commit later than a younger id
                with lock:
                    expected.add(subject)

        seen: Counter[str] = Counter()

        def follow() -> None:
            # Until every written event has come (a skipped one never comes: the test then
            # fails on the deadline), then three quiet pages more for any duplicate. Not "three
            # quiet pages after the writers": on PostgreSQL a transaction open elsewhere on the
            # server holds the horizon back, and pages stay empty meanwhile.
            position = START
            idle_after_all = 0
            deadline = time.monotonic() + 50
            while idle_after_all < 3 and time.monotonic() < deadline:
                with engine.connect() as connection:
                    page = read_feed(
                        connection, TABLE, source="t", org=None, after=position, limit=50
                    )
                seen.update(event.subject for event in page.items)
                position = page.position
                with lock:
                    complete = done.is_set() and set(seen) >= expected
                if not page.items and complete:
                    idle_after_all += 1
                time.sleep(0.002)

        reader = threading.Thread(target=follow)
        reader.start()
        threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        done.set()
        reader.join(timeout=60)
        engine.dispose()

    assert len(expected) == writers * per_writer
    assert set(seen) == expected, f"missed {len(expected - set(seen))} events"
    assert max(seen.values()) == 1, "an event was delivered twice"

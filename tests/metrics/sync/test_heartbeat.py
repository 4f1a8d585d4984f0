"""The lease rules with heartbeats: a holder whose process stopped beating is replaced at once,
a live one (or one that never beats, until its lease expires) is not; sync status stops calling
a feed caught up behind a dead holder and names the holder's last heartbeat."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from starlette.testclient import TestClient

from services.metrics.sync.consumer import ConsumerThread, FeedConsumer
from services.metrics.sync.heartbeat import Heartbeat, beat, forget
from services.metrics.sync.state import (
    HEARTBEATS,
    LeaseLostError,
    commit_page,
    read_position,
    take_lease,
)
from services.metrics.sync.status import sync_status
from shared.feed import FeedPage
from shared.models import utcnow
from tests.metrics.sync.test_leases import SETTINGS, feed_length, intake_feed, post_patients

LEASE, SPAN = 30.0, 3.0  # the defaults: a lease lasts 30 s, a heartbeat 3 s
EMPTY = FeedPage(items=[], next_cursor="WzAsMF0", has_more=False)


def _take(engine: Engine, source: str, holder: str, now: datetime) -> bool:
    return take_lease(
        engine, source=source, holder=holder, now=now, seconds=LEASE, heartbeat_seconds=SPAN
    )


def test_a_dead_holders_lease_is_taken_once_its_heartbeat_is_stale(fact_engine: Engine) -> None:
    start = utcnow()
    beat(fact_engine, holder="killed", now=start)
    assert _take(fact_engine, "beat-a", "killed", start)
    # Restarted 1 s later: the old process's heartbeat is still fresh, so it is respected.
    assert not _take(fact_engine, "beat-a", "restarted", start + timedelta(seconds=1))
    # Its lease runs 30 s more, but it has not beaten for 3 s: it is dead, the lease is taken.
    later = start + timedelta(seconds=SPAN + 0.5)
    assert _take(fact_engine, "beat-a", "restarted", later)
    # Had the old holder only stalled, its next page is refused: never two appliers.
    with pytest.raises(LeaseLostError):
        commit_page(
            fact_engine, source="beat-a", holder="killed", after=None, page=EMPTY, now=later,
            lease_seconds=LEASE,
        )  # fmt: skip
    assert read_position(fact_engine, "beat-a").cursor is None


def test_a_live_holder_keeps_its_lease(fact_engine: Engine) -> None:
    start = utcnow()
    beat(fact_engine, holder="alive", now=start)
    assert _take(fact_engine, "beat-b", "alive", start)
    for second in range(1, 40, 2):  # beating every 2 s, past the lease's own 30 s
        now = start + timedelta(seconds=second)
        beat(fact_engine, holder="alive", now=now)
        assert not _take(fact_engine, "beat-b", "other", now)
        if second % 10 == 1:  # renewed by its pages now and then
            assert _take(fact_engine, "beat-b", "alive", now)


def test_a_holder_that_never_beats_keeps_its_lease_until_it_expires(fact_engine: Engine) -> None:
    start = utcnow()
    assert _take(fact_engine, "beat-c", "rebuild:x", start)  # no heartbeat row
    assert not _take(fact_engine, "beat-c", "other", start + timedelta(seconds=LEASE - 1))
    assert _take(fact_engine, "beat-c", "other", start + timedelta(seconds=LEASE + 1))


def test_forget_keeps_only_the_rows_that_vouch_for_a_lease(fact_engine: Engine) -> None:
    start = utcnow()
    for holder in ("leaving", "long-gone", "dead-holding"):
        beat(fact_engine, holder=holder, now=start)
    assert _take(fact_engine, "beat-d", "dead-holding", start)
    forget(fact_engine, holder="leaving", now=start + timedelta(seconds=10), seconds=SPAN)
    with fact_engine.connect() as connection:
        left = set(connection.execute(select(HEARTBEATS.c.holder)).scalars())
    # Dropping the dead holder's row would make its lease count as alive for 30 s more.
    assert {"leaving", "long-gone"}.isdisjoint(left) and "dead-holding" in left


def _status(engine: Engine, now: datetime) -> dict[str, object]:
    with engine.connect() as connection:
        answer = sync_status(connection, now=now, heartbeat_seconds=SPAN)
    return answer.sources[0].model_dump()  # intake


def test_a_feed_behind_a_dead_holder_is_not_caught_up(fact_engine: Engine) -> None:
    start = utcnow()
    beat(fact_engine, holder="replica-1", now=start)
    assert _take(fact_engine, "intake", "replica-1", start)
    commit_page(
        fact_engine, source="intake", holder="replica-1", after=None, page=EMPTY, now=start,
        lease_seconds=LEASE,
    )  # fmt: skip
    fresh = _status(fact_engine, start + timedelta(seconds=1))
    assert fresh["caught_up"] and fresh["holder_alive"]
    assert (fresh["lease_holder"], fresh["holder_seen_at"]) == ("replica-1", start)
    # Killed: no beat since. Its lease has 26 s left, but the feed waits behind a dead holder.
    dead = _status(fact_engine, start + timedelta(seconds=4))
    assert not dead["caught_up"] and not dead["holder_alive"]
    assert (dead["lease_holder"], dead["holder_seen_at"]) == ("replica-1", start)
    # Once the lease itself is gone, no one is named, and still no one is caught up.
    gone = _status(fact_engine, start + timedelta(seconds=LEASE + 1))
    assert not gone["caught_up"] and gone["lease_holder"] is None


def test_a_new_holder_is_caught_up_only_once_it_has_polled(fact_engine: Engine) -> None:
    start = utcnow()
    beat(fact_engine, holder="old", now=start)
    assert _take(fact_engine, "measures", "old", start)
    commit_page(
        fact_engine, source="measures", holder="old", after=None, page=EMPTY, now=start,
        lease_seconds=LEASE,
    )  # fmt: skip
    taken = start + timedelta(seconds=SPAN + 1)  # "old" was killed; its successor takes over
    beat(fact_engine, holder="new", now=taken)
    assert _take(fact_engine, "measures", "new", taken)
    with fact_engine.connect() as connection:
        measures = sync_status(connection, now=taken, heartbeat_seconds=SPAN).sources[1]
    # Alive, but "caught up" was its predecessor's word, from before events may have arrived.
    assert measures.holder_alive and not measures.caught_up
    assert (measures.lease_holder, measures.lease_taken_at) == ("new", taken)
    polled = taken + timedelta(seconds=0.5)
    assert _take(fact_engine, "measures", "new", polled)  # a renewal keeps when it was taken
    commit_page(
        fact_engine, source="measures", holder="new", after=EMPTY.next_cursor, page=EMPTY,
        now=polled, lease_seconds=LEASE,
    )  # fmt: skip
    with fact_engine.connect() as connection:
        measures = sync_status(connection, now=polled, heartbeat_seconds=SPAN).sources[1]
    assert measures.caught_up and measures.lease_taken_at == taken


def test_two_beating_replicas_apply_each_event_once(
    fact_engine: Engine, intake_client: TestClient, org: str
) -> None:
    post_patients(intake_client, org, 40)
    feed = intake_feed(intake_client, source="beat-e")
    settings = SETTINGS.model_copy(update={"heartbeat_seconds": 0.3})
    hearts, threads = [], []
    for i in range(2):
        holder = f"beating-{i}"
        hearts.append(Heartbeat(fact_engine, holder=holder, seconds=settings.heartbeat_seconds))
        consumer = FeedConsumer(engine=fact_engine, client=feed, holder=holder, settings=settings)
        threads.append(ConsumerThread(consumer))
    for part in (*hearts, *threads):
        part.start()
    expected = feed_length(feed)
    deadline = time.monotonic() + 20
    while read_position(fact_engine, "beat-e").events_applied < expected:
        assert time.monotonic() < deadline, "the consumers did not catch up"
        time.sleep(0.05)
    time.sleep(1)  # both keep polling; neither may apply a page the other applied
    for part in (*threads, *hearts):
        part.stop()
    assert read_position(fact_engine, "beat-e").events_applied == expected

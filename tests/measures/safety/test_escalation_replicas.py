"""Exactly once across processes' worth of workers: two app instances (each its own engine and
worker) on one database racing over the same due alerts, and a restart that finds what fell
due while no app ran.

On PostgreSQL this is the deployment's race: the replicas' passes overlap, the alert rows are
taken ``FOR UPDATE SKIP LOCKED`` and the escalation rows inserted ``ON CONFLICT DO NOTHING``.
On SQLite two apps in one process share the file's single writer, so the passes interleave
rather than overlap; the test still holds the unique key to its promise there.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from tests.measures.safety._support import (
    Clock,
    escalated,
    measures_app,
    migrated_database,
    raise_alert,
    worker,
)

ALERTS = 12


@pytest.fixture
def database(tmp_path: pytest.TempPathFactory) -> Iterator[str]:
    with migrated_database("measures_replicas", tmp_path) as url:  # type: ignore[arg-type]
        yield url


def test_two_replicas_escalate_each_deadline_once(database: str, org: str) -> None:
    clock = Clock()
    with measures_app(database, clock) as first, measures_app(database, clock) as second:
        alert_ids = {
            raise_alert(first, org, patient_id=f"p-{n}")["alert_id"] for n in range(ALERTS)
        }
        clock.advance(hours=25)  # past both deadlines of every alert
        start = threading.Barrier(4)
        fired: list[int] = []

        def race(client: TestClient) -> None:
            start.wait()
            for _ in range(3):
                fired.append(worker(client).run_once())

        threads = [threading.Thread(target=race, args=(c,)) for c in (first, second) * 2]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        events = escalated(first, org, 2 * ALERTS)
        assert sum(fired) == 2 * ALERTS
        keys = Counter((e["data"]["alert_id"], e["data"]["deadline"]) for e in events)
        assert set(keys) == {(a, d) for a in alert_ids for d in ("acknowledge", "action")}
        assert set(keys.values()) == {1}
        assert worker(second).run_once() == 0 and worker(first).run_once() == 0


def test_a_restart_escalates_what_fell_due_while_down_once(database: str, org: str) -> None:
    clock = Clock()
    with measures_app(database, clock) as before:
        alert_id = raise_alert(before, org)["alert_id"]
        assert worker(before).run_once() == 0
    clock.advance(hours=2)  # nothing runs: the acknowledge deadline passes unseen
    with measures_app(database, clock) as after:
        # Its worker's first pass runs as it starts; this one finds nothing left to do.
        worker(after).run_once()
        [event] = escalated(after, org, 1)
        assert event["data"]["alert_id"] == alert_id
        assert event["data"]["deadline"] == "acknowledge"
    with measures_app(database, clock) as again:
        assert worker(again).run_once() == 0
        assert len(escalated(again, org, 1)) == 1

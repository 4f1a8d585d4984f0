"""Several delivery workers (replicas) claiming at once take disjoint deliveries, and a claim
whose lease ran out is taken over without the late worker overwriting the new owner's result."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path

from harness.databases import throwaway_database
from services.measures.app import MIGRATIONS
from services.measures.models import webhook_tables as tables
from services.measures.settings import MeasuresSettings
from shared.db import make_engine
from shared.migrations import upgrade
from shared.models import utcnow
from shared.webhooks.delivery import Outcome, claim_due, record
from shared.webhooks.signing import new_secret

ORG = "org-claims"


def _seed(engine, count: int) -> None:  # type: ignore[no-untyped-def]
    now = utcnow()
    with engine.begin() as connection:
        connection.execute(
            tables.endpoints.insert().values(
                org=ORG,
                webhook_id="h-1",
                url="http://127.0.0.1:1/h",
                event_types=["alert.raised"],
                secret=new_secret(),
                created_at=now,
                created_by="test",
            )
        )
        for n in range(count):
            connection.execute(
                tables.deliveries.insert().values(
                    org=ORG,
                    delivery_id=f"msg_{n:04d}",
                    webhook_id="h-1",
                    event_type="alert.raised",
                    alert_id=f"a-{n}",
                    payload="{}",
                    state="pending",
                    attempts=0,
                    attempt_log=[],
                    next_attempt_at=now - timedelta(seconds=1),
                    created_at=now,
                )
            )


def test_concurrent_workers_claim_each_due_delivery_once(tmp_path: Path) -> None:
    deliveries, workers = 120, 6
    with throwaway_database("claims", tmp_path) as url:
        upgrade(MIGRATIONS, url)
        engine = make_engine(url)
        _seed(engine, deliveries)
        taken: Counter[str] = Counter()
        lock = threading.Lock()
        start = threading.Barrier(workers)

        def work() -> None:
            start.wait()
            while batch := claim_due(engine, tables, now=utcnow(), limit=7, lease=300):
                with lock:
                    taken.update(item.delivery_id for item in batch)

        threads = [threading.Thread(target=work) for _ in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        engine.dispose()
    assert len(taken) == deliveries
    assert max(taken.values()) == 1, "a delivery was claimed by two workers"


def test_a_late_worker_cannot_overwrite_a_taken_over_claim(tmp_path: Path) -> None:
    settings = MeasuresSettings(database_url="sqlite://", webhooks_max_attempts=3)
    with throwaway_database("lease", tmp_path) as url:
        upgrade(MIGRATIONS, url)
        engine = make_engine(url)
        _seed(engine, 1)
        [slow] = claim_due(engine, tables, now=utcnow(), limit=5, lease=0)  # lease ends at once
        [fresh] = claim_due(engine, tables, now=utcnow() + timedelta(seconds=1), limit=5, lease=300)
        assert fresh.delivery_id == slow.delivery_id and fresh.claim != slow.claim
        record(engine, tables, fresh, Outcome(status_code=204), settings=settings, now=utcnow())
        record(engine, tables, slow, Outcome(status_code=500), settings=settings, now=utcnow())
        with engine.connect() as connection:
            d = tables.deliveries
            key = (d.c.org == ORG) & (d.c.delivery_id == slow.delivery_id)
            row = connection.execute(d.select().where(key)).one()
            assert (row.state, row.attempts, row.last_status_code) == ("delivered", 1, 204)
        engine.dispose()

"""An in-flight ``Idempotency-Key`` goes stale only when its request stops beating.

Before the heartbeat, a first request that ran longer than the in-flight timeout was taken for
dead, and a concurrent retry ran it a second time (seen in tests/e2e/test_faults.py on a loaded
PostgreSQL: two assessments from 24 identical POSTs).
"""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import MetaData

from shared.db import make_engine
from shared.idempotency import Heartbeat, IdempotencyStore, idempotency_table

IDENT = ("org-a", "local-user", "key-1")


def _store(tmp_path: Path) -> IdempotencyStore:
    metadata = MetaData()
    table = idempotency_table(metadata)
    engine = make_engine(f"sqlite:///{tmp_path / 'keys.db'}")
    metadata.create_all(engine)
    return IdempotencyStore(engine, table, timedelta(hours=1), timedelta(seconds=0.4))


def test_a_slow_request_keeps_its_claim_and_a_dead_one_loses_it(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert store.claim(IDENT, "print") is None
    with Heartbeat(store, IDENT):
        time.sleep(1.0)  # well past the timeout, but beating
        held = store.claim(IDENT, "print")
        assert held is not None and held["state"] == "in_flight"
    time.sleep(0.6)  # no beat for longer than the timeout: its process is taken for dead
    assert store.claim(IDENT, "print") is None

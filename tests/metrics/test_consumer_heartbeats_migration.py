"""The consumer-heartbeats migration adds its table beside the leases it vouches for, and leaves
an existing lease as it was (with no heartbeat row, it lasts until it expires); its downgrade
drops the table, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS
from shared.db import make_engine
from shared.migrations import downgrade, upgrade

BEFORE, AFTER = "5c1d7e3a9b24", "7c3f0a9e5d21"
AT = datetime(2026, 12, 6, 9, tzinfo=UTC)


def test_heartbeats_table_comes_and_goes_and_leases_stay(tmp_path: Path) -> None:
    with throwaway_database("mig_heartbeats", tmp_path) as url:
        upgrade(MIGRATIONS, url, BEFORE)
        engine = make_engine(url)
        try:
            with engine.begin() as connection:
                connection.execute(
                    sa.text("INSERT INTO consumer_leases VALUES ('intake', 'host:1:a', :at)"),
                    {"at": AT},
                )
            upgrade(MIGRATIONS, url, AFTER)
            with engine.begin() as connection:
                connection.execute(
                    sa.text("INSERT INTO consumer_heartbeats VALUES ('host:2:b', :at, :at)"),
                    {"at": AT},
                )
                lease = connection.execute(sa.text("SELECT * FROM consumer_leases")).one()
                assert (lease.holder, lease.taken_at) == ("host:1:a", None)
            downgrade(MIGRATIONS, url, BEFORE)
            inspector = sa.inspect(engine)
            assert "consumer_heartbeats" not in inspector.get_table_names()
            assert "taken_at" not in {c["name"] for c in inspector.get_columns("consumer_leases")}
        finally:
            engine.dispose()

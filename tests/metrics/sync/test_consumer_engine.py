"""The consumers' engine keeps SQLite's temporary files in memory; the app's engine does not
(its rebuilds and reports may touch a whole table in one statement, so they spill to disk)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from services.metrics.sync.engine import consumer_engine
from shared.db import make_engine

MEMORY, DEFAULT = 2, 0  # PRAGMA temp_store's answers


def test_only_the_consumers_connections_keep_temporary_files_in_memory(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/metrics.db"
    consumers, app = consumer_engine(url), make_engine(url)
    try:
        for engine, expected in ((consumers, MEMORY), (app, DEFAULT)):
            with engine.connect() as connection:
                assert connection.execute(text("PRAGMA temp_store")).scalar_one() == expected
                # make_engine's own pragmas are still there.
                assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    finally:
        consumers.dispose()
        app.dispose()

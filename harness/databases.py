"""Throwaway databases: a SQLite file by default, a fresh PostgreSQL database per service when
``TEST_DATABASE_URL`` names a server (created here and dropped afterwards)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from shared.db import normalise_url

SERVER_URL = os.environ.get("TEST_DATABASE_URL")


def on_postgres() -> bool:
    return bool(SERVER_URL)


def _admin_conninfo() -> str:
    url = make_url(normalise_url(SERVER_URL or ""))
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def throwaway_database(label: str, folder: Path) -> Iterator[str]:
    """Yield the SQLAlchemy URL of a new, empty database; remove it afterwards."""
    if not SERVER_URL:
        yield f"sqlite:///{folder / f'{label}-{uuid.uuid4().hex[:8]}.db'}"
        return
    name = f"ll_test_{label}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(_admin_conninfo(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield (
            make_url(normalise_url(SERVER_URL))
            .set(database=name)
            .render_as_string(hide_password=False)
        )
    finally:
        with psycopg.connect(_admin_conninfo(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_for_server_horizon(seconds: float = 120.0) -> None:
    """Return once every transaction committed before this call is visible to the services'
    feeds; at once on SQLite.

    On PostgreSQL a feed serves no event newer than the oldest transaction still open anywhere on
    the server (that is how it never skips one), so after a test's writes a consumer can be
    "caught up" with what it may serve while the test's last events still wait. Transaction ids
    are server-wide, so the horizon passing a fresh id means it passed every earlier write.
    """
    if not SERVER_URL:
        return
    with psycopg.connect(_admin_conninfo(), autocommit=True) as admin:
        now = admin.execute("SELECT CAST(CAST(pg_current_xact_id() AS text) AS bigint)").fetchone()
        horizon = "SELECT CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint)"
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            row = admin.execute(horizon).fetchone()
            if now is not None and row is not None and row[0] > now[0]:
                return
            time.sleep(0.02)
    raise AssertionError(f"the PostgreSQL horizon stayed behind for {seconds} s")

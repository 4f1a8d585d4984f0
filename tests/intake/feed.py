"""Reading intake's feed in tests, on a PostgreSQL server other clients share.

On PostgreSQL the feed holds back every event newer than the oldest transaction still running
on the whole server (that is how it never skips one). Other test runs on the same server then
delay what a test reads right after its own writes; :func:`read_feed` waits until the org's
newest event is past that horizon, so a test sees all of its events, as a consumer eventually
does.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import func, select, text
from starlette.testclient import TestClient

from services.intake import models
from tests.support.tokens import bearer

WAIT_SECONDS = 120.0
_OLDEST = text(
    "SELECT datname, state, now() - xact_start FROM pg_stat_activity"
    " WHERE backend_xid IS NOT NULL ORDER BY xact_start LIMIT 1"
)
_HORIZON = text("SELECT CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint)")


def wait_for_horizon(client: TestClient, org: str) -> None:
    """Return once every committed event of ``org`` is visible on the feed."""
    engine = client.app.state.engine  # type: ignore[attr-defined]
    if engine.dialect.name != "postgresql":
        return
    table = models.feed_events
    with engine.connect() as connection:
        newest = connection.execute(
            select(func.max(table.c.txid)).where(table.c.org == org)
        ).scalar()
    if newest is None:
        return
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            if connection.execute(_HORIZON).scalar_one() > newest:
                return
        time.sleep(0.01)
    with engine.connect() as connection:
        holder = connection.execute(_OLDEST).first()
    raise AssertionError(f"the feed horizon stayed behind for {WAIT_SECONDS} s; oldest: {holder}")


def read_feed(client: TestClient, org: str, limit: int = 1000) -> list[dict[str, Any]]:
    """The org's events over HTTP (``GET /v1/feed`` with ``feed:read``), all of them."""
    wait_for_horizon(client, org)
    response = client.get(
        "/v1/feed", params={"limit": limit}, headers=bearer(org, scope="feed:read")
    )
    assert response.status_code == 200
    items: list[dict[str, Any]] = response.json()["items"]
    return items

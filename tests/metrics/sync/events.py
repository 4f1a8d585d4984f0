"""Feed events built by hand, as intake and measures publish them (shared.events models)."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from services.metrics.sync.apply import apply_events
from services.metrics.sync.rebuild import FACT_TABLES
from shared.events import EventData
from shared.feed import FeedEvent

_clock = itertools.count()
BASE = datetime(2026, 3, 1, tzinfo=UTC)


def event(org: str, data: EventData, *, time: datetime | None = None) -> FeedEvent:
    """A feed event; each new one is committed a second after the previous by default."""
    at = time or BASE + timedelta(seconds=next(_clock))
    subject = type(data).type.split(".")[0] + "s/x"
    return FeedEvent(
        id=str(uuid.uuid4()),
        source="/learning-loop/test",
        type=data.type,
        time=at,
        subject=subject,
        org=org,
        data=data.model_dump(mode="json"),
    )


def apply(engine: Engine, *events: FeedEvent) -> None:
    with engine.begin() as connection:
        apply_events(connection, list(events))


def rows(engine: Engine, table: Any, org: str) -> list[dict[str, Any]]:
    """Every row of ``table`` for ``org``, in key order, as plain dicts."""
    keys = [c for c in table.primary_key.columns]
    with engine.connect() as connection:
        result = connection.execute(select(table).where(table.c.org == org).order_by(*keys))
        return [dict(r) for r in result.mappings()]


def fact_snapshot(engine: Engine, org: str) -> dict[str, list[dict[str, Any]]]:
    """Every fact table's rows for ``org`` (without the org), to compare two ways of applying."""
    taken = {}
    for table in FACT_TABLES:
        found = rows(engine, table, org)
        for row in found:
            row.pop("org")
        taken[table.name] = found
    return taken


def one(engine: Engine, table: Any, org: str) -> dict[str, Any]:
    found = rows(engine, table, org)
    assert len(found) == 1, found
    return found[0]

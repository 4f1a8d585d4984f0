"""What every fact module shares: parsed events, the latest event per id, chunked reads and
the one upsert statement each fact table is written with."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, Generic, TypeVar, overload

from sqlalchemy import Table, or_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from shared.db import executemany
from shared.events import EventData

#: Largest IN list one read sends (keeps statements small on SQLite and PostgreSQL).
CHUNK = 500

D = TypeVar("D", bound=EventData)


@dataclass(frozen=True, slots=True)
class Parsed(Generic[D]):
    """One feed event's envelope facts and its parsed ``data``."""

    org: str
    time: datetime
    data: D


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def latest(events: Iterable[Parsed[D]], key: Callable[[Parsed[D]], Hashable]) -> list[Parsed[D]]:
    """The newest event per key: greatest commit time, then latest in feed order.

    A page can hold several events about one record (a batch publishes a referral again after
    each of its encounters); only the last state matters, and it is written once.
    """
    kept: dict[Hashable, Parsed[D]] = {}
    for event in events:
        k = key(event)
        previous = kept.get(k)
        if previous is None or event.time >= previous.time:
            kept[k] = event
    return list(kept.values())


@overload
def utc(value: datetime) -> datetime: ...
@overload
def utc(value: None) -> None: ...
@overload
def utc(value: datetime | None) -> datetime | None: ...


def utc(value: datetime | None) -> datetime | None:
    """A producer's time as UTC (stored that way on both databases, so comparisons hold)."""
    return None if value is None else value.astimezone(UTC)


def by_org(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """``(org, id)`` pairs grouped into one sorted id list per org, for IN queries."""
    grouped: dict[str, set[str]] = {}
    for org, value in pairs:
        grouped.setdefault(org, set()).add(value)
    return {org: sorted(values) for org, values in grouped.items()}


def upsert(
    connection: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    *,
    versioned: bool,
) -> None:
    """Insert rows or replace the stored ones with the same primary key, in one executemany.

    ``versioned`` tables only take a row whose ``event_time`` is at least the stored one, so
    re-applying an older event (a replayed prefix of the feed) leaves the newer state alone.
    Rows are written in key order: B-tree inserts in order touch each page once.
    """
    if not rows:
        return
    keys = [c.name for c in table.primary_key.columns]
    rows.sort(key=itemgetter(*keys))
    statement = _upsert_statement(connection.dialect.name, table, tuple(rows[0]), versioned)
    executemany(connection, statement, rows)


@lru_cache(maxsize=64)
def _upsert_statement(dialect: str, table: Table, columns: tuple[str, ...], versioned: bool) -> Any:
    """One statement object per table and row shape, so :func:`shared.db.executemany` reuses
    its compiled plan instead of compiling the upsert for every page."""
    keys = [c.name for c in table.primary_key.columns]
    statement: Any = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    changed = {name: statement.excluded[name] for name in columns if name not in keys}
    where = None
    if versioned:
        stored = table.c.event_time
        where = or_(stored.is_(None), stored <= statement.excluded.event_time)
    return statement.on_conflict_do_update(index_elements=keys, set_=changed, where=where)

"""The consumers' state in metrics' database: leases, cursors and the last failure per source.

Portable SQL only (no advisory locks), so one code path serves SQLite and PostgreSQL:

* a **lease** is taken with one conditional UPDATE (``holder = me OR expires_at < now OR the
  holder's heartbeat is stale``), after an ``INSERT ... ON CONFLICT DO NOTHING`` that makes sure
  the row exists. Exactly one taker's UPDATE matches: PostgreSQL re-checks the condition after
  the row lock, SQLite has one writer. A holder's **heartbeat** (:mod:`.heartbeat`) is written by
  its process apart from the pages it applies, so a killed process's feeds are taken within the
  heartbeat's few seconds instead of the lease's thirty; a holder with no heartbeat row (a
  rebuild, a test's consumer) keeps its lease until it expires.
* a page is **committed** in one transaction that first renews the lease (``holder = me AND
  expires_at > now``; a replica that lost it gets :class:`LeaseLostError` and writes nothing), then
  applies the events, then moves the cursor with a compare-and-set on the cursor it read from
  (a rebuild that reset it in between makes the page :class:`CursorMovedError`). The renewal is the
  transaction's first write, so on PostgreSQL it also locks the lease row until commit.

Taking a lease from a holder wrongly thought dead (its heartbeat thread starved, clocks skewed
beyond the heartbeat's span) costs that holder its next page, never a page applied twice: its
renewal inside the page's transaction fails, and the cursor's compare-and-set stops a page read
after a stale cursor. Applying an event is an upsert keyed by the event's record and guarded by
its time (:mod:`.apply`), so even a replayed page would not count anything twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from services.metrics.models import ConsumerHeartbeat, ConsumerLease, FeedCursor, SyncProblem
from services.metrics.sync.apply import Applied, apply_events
from shared.feed import FeedPage

LEASES = ConsumerLease.__table__  # type: ignore[attr-defined]
CURSORS = FeedCursor.__table__  # type: ignore[attr-defined]
PROBLEMS = SyncProblem.__table__  # type: ignore[attr-defined]
HEARTBEATS = ConsumerHeartbeat.__table__  # type: ignore[attr-defined]
ERROR_MAX = 256


class LeaseLostError(Exception):
    """This consumer no longer holds the source's lease; the page was not applied."""


class CursorMovedError(Exception):
    """The stored cursor is not the one the page was read after (a rebuild reset it)."""


@dataclass(frozen=True, slots=True)
class Position:
    cursor: str | None
    events_applied: int


def _insert(connection: Connection, table: Any) -> Any:
    return (postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert)(table)


def stale_holders(now: datetime, heartbeat_seconds: float) -> Any:
    """The holders whose process has not beaten for ``heartbeat_seconds``: dead, or as good as."""
    since = now - timedelta(seconds=heartbeat_seconds)
    return select(HEARTBEATS.c.holder).where(HEARTBEATS.c.seen_at < since)


def take_lease(
    engine: Engine,
    *,
    source: str,
    holder: str,
    now: datetime,
    seconds: float,
    force: bool = False,
    heartbeat_seconds: float | None = None,
) -> bool:
    """Take or renew the lease on ``source``; True when ``holder`` now holds it.

    ``force`` takes it from whoever holds it (a rebuild, which must not wait behind a replica);
    with ``heartbeat_seconds``, a holder whose heartbeat is older than that counts as gone.
    """
    expires = now + timedelta(seconds=seconds)
    with engine.begin() as connection:
        connection.execute(
            _insert(connection, LEASES)
            .values(source=source, holder=holder, expires_at=expires, taken_at=now)
            .on_conflict_do_nothing(index_elements=["source"])
        )
        connection.execute(
            _insert(connection, CURSORS)
            .values(source=source, events_applied=0)
            .on_conflict_do_nothing(index_elements=["source"])
        )
        statement = update(LEASES).where(LEASES.c.source == source)
        if not force:
            free = (LEASES.c.holder == holder) | (LEASES.c.expires_at < now)
            if heartbeat_seconds is not None:
                free = free | LEASES.c.holder.in_(stale_holders(now, heartbeat_seconds))
            statement = statement.where(free)
        taken_at = case((LEASES.c.holder == holder, LEASES.c.taken_at), else_=now)
        taken = connection.execute(
            statement.values(holder=holder, expires_at=expires, taken_at=taken_at)
        )
        return taken.rowcount == 1


def release_lease(engine: Engine, *, source: str, holder: str) -> None:
    """Give the lease up now (at shutdown, after a rebuild), if still held."""
    with engine.begin() as connection:
        connection.execute(
            delete(LEASES).where(LEASES.c.source == source, LEASES.c.holder == holder)
        )


def read_position(engine: Engine, source: str) -> Position:
    with engine.connect() as connection:
        row = connection.execute(
            select(CURSORS.c.cursor, CURSORS.c.events_applied).where(CURSORS.c.source == source)
        ).first()
    return Position(None, 0) if row is None else Position(row.cursor, row.events_applied)


def renew_in(
    connection: Connection, *, source: str, holder: str, now: datetime, seconds: float
) -> None:
    """Renew the lease inside the caller's transaction, or raise :class:`LeaseLostError`."""
    renewed = connection.execute(
        update(LEASES)
        .where(LEASES.c.source == source, LEASES.c.holder == holder, LEASES.c.expires_at > now)
        .values(expires_at=now + timedelta(seconds=seconds))
    )
    if renewed.rowcount != 1:
        raise LeaseLostError(source)


def commit_page(
    engine: Engine,
    *,
    source: str,
    holder: str,
    after: str | None,
    page: FeedPage,
    now: datetime,
    lease_seconds: float,
) -> Applied:
    """Apply one page and move the cursor to its ``next_cursor``, in one transaction."""
    with engine.begin() as connection:
        renew_in(connection, source=source, holder=holder, now=now, seconds=lease_seconds)
        applied = apply_events(connection, page.items)
        values: dict[str, Any] = {
            "cursor": page.next_cursor,
            "events_applied": CURSORS.c.events_applied + len(page.items),
            "updated_at": now,
            "caught_up_at": None if page.has_more else now,
        }
        if page.items:
            last = page.items[-1]
            values.update(last_event_id=last.id, last_event_time=last.time)
        moved = connection.execute(
            update(CURSORS)
            .where(CURSORS.c.source == source, CURSORS.c.cursor.is_not_distinct_from(after))
            .values(**values)
        )
        if moved.rowcount != 1:
            raise CursorMovedError(source)
        connection.execute(delete(PROBLEMS).where(PROBLEMS.c.source == source))
    return applied


def record_problem(engine: Engine, *, source: str, error: str, now: datetime) -> None:
    """Keep the last failure (and how many in a row) where the status route shows it."""
    with engine.begin() as connection:
        statement = _insert(connection, PROBLEMS).values(
            source=source, failed_at=now, failures=1, error=error[:ERROR_MAX]
        )
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=["source"],
                set_={
                    "failed_at": statement.excluded.failed_at,
                    "error": statement.excluded.error,
                    "failures": PROBLEMS.c.failures + 1,
                },
            )
        )

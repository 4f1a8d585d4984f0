"""The event feed: a transactional outbox read in commit-safe order over HTTP.

Producers call :func:`append_events` inside the transaction that makes the change, so an event
exists exactly when its change does. Readers page with ``GET /v1/feed?after=<cursor>``.

Why not simply ``WHERE id > :cursor``: on PostgreSQL a sequence value is taken at INSERT time,
not at COMMIT, so id 11 can be visible while id 10 is still uncommitted; a reader that moved its
cursor past 11 would never see 10. Each event therefore records the id of the transaction that
wrote it, events are ordered by ``(txid, id)``, and the feed only hands out events whose
transaction is older than the oldest transaction still running
(``pg_snapshot_xmin(pg_current_snapshot())``). Anything older than that horizon has finished, so
nothing can later appear behind a cursor. SQLite has one writer at a time, commit order is id
order, and ``txid`` is 0.

Visibility: a caller with ``feed:read`` sees its own org's events; the platform's metrics
service holds ``feed:all`` and reads every org's events (each carries its ``org``). The
position a reader resumes from is handed out sealed and bound to that reader's scope
(:mod:`shared.feed_cursor`), since the counters themselves move with every org's writes.
"""

import functools
import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    insert,
    literal_column,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from shared.db import executemany
from shared.events import EventData
from shared.feed_cursor import CursorCodec, Position
from shared.models import as_utc, utcnow

FEED_MAX_LIMIT = 1000
_PG_TXID: ColumnClause[int] = literal_column("CAST(CAST(pg_current_xact_id() AS text) AS bigint)")
_PG_HORIZON: ColumnClause[int] = literal_column(
    "CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint)"
)


def outbox_table(metadata: MetaData) -> Table:
    return Table(
        "feed_events",
        metadata,
        Column(
            "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
        ),
        Column("txid", BigInteger, nullable=False, default=0),
        Column("event_id", String(36), nullable=False, unique=True),
        Column("org", String(128), nullable=False),
        Column("type", String(64), nullable=False),
        Column("subject", String(256), nullable=False),
        Column("time", DateTime(timezone=True), nullable=False),
        Column("data", Text, nullable=False),
        Index("ix_feed_events_position", "txid", "id"),
        Index("ix_feed_events_org_position", "org", "txid", "id"),
    )


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event to write with the change it describes. ``time`` is the commit time unless
    given: an anonymous answer's event carries a coarsened one instead."""

    org: str
    type: str
    subject: str
    data: dict[str, Any]
    time: datetime | None = None

    @classmethod
    def of(
        cls, org: str, subject: str, data: EventData, *, time: datetime | None = None
    ) -> "NewEvent":
        """An event whose payload follows the feed contract in :mod:`shared.events`."""
        return cls(org, data.type, subject, data.model_dump(mode="json"), time)


#: ``json.dumps(data, separators=(",", ":"), default=str)``, built once instead of per event.
_DATA_ENCODER = json.JSONEncoder(separators=(",", ":"), default=str)


def _uuid4_strings(count: int) -> list[str]:
    """``str(uuid.uuid4())`` ``count`` times, from one read of the OS's random source."""
    if count == 1:
        return [str(uuid.uuid4())]
    random = bytearray(os.urandom(16 * count))
    ids = []
    for start in range(0, 16 * count, 16):
        # RFC 9562 version 4: version nibble 0100, variant bits 10 (as uuid.uuid4 sets them).
        random[start + 6] = (random[start + 6] & 0x0F) | 0x40
        random[start + 8] = (random[start + 8] & 0x3F) | 0x80
        h = random[start : start + 16].hex()
        ids.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return ids


def append_events(session: Session | Connection, table: Table, events: Sequence[NewEvent]) -> None:
    """Write events in the caller's transaction (the outbox half of the change)."""
    if not events:
        return
    now = utcnow()
    encode = _DATA_ENCODER.encode
    rows = [
        {
            "event_id": event_id,
            "org": e.org,
            "type": e.type,
            "subject": e.subject,
            "time": now if e.time is None else e.time,
            "data": encode(e.data),
        }
        for e, event_id in zip(events, _uuid4_strings(len(events)), strict=True)
    ]
    connection = session.connection() if isinstance(session, Session) else session
    postgresql = connection.dialect.name == "postgresql"
    if not postgresql:
        for row in rows:
            row["txid"] = 0
    executemany(connection, _outbox_insert(table, postgresql=postgresql), rows)


@functools.cache
def _outbox_insert(table: Table, *, postgresql: bool) -> Any:
    """The outbox INSERT, built once per table: a statement object kept across calls keeps
    its memoized cache key, so a single write does not pay for building it again."""
    statement = insert(table)
    return statement.values(txid=_PG_TXID) if postgresql else statement


class FeedEvent(BaseModel):
    """A CloudEvents 1.0 event (structured JSON mode), plus the tenant it belongs to."""

    specversion: str = Field(default="1.0", description="CloudEvents version.")
    id: str = Field(description="Unique event id; consumers deduplicate on it.")
    source: str = Field(description="The producing service.", examples=["/learning-loop/intake"])
    type: str = Field(description="What happened.", examples=["encounter.upserted"])
    time: datetime = Field(
        description="When the change was committed (UTC); for an anonymous staff answer only "
        "the start of that week (or month)."
    )
    subject: str = Field(
        description="The resource the event is about.", examples=["encounters/enc-001"]
    )
    org: str = Field(description="Tenant the event belongs to (CloudEvents extension).")
    datacontenttype: str = Field(
        default="application/json", description="The media type of `data` (CloudEvents)."
    )
    data: dict[str, Any] = Field(description="The event payload; never free text.")


class FeedPage(BaseModel):
    items: list[FeedEvent] = Field(description="Events in feed order.")
    next_cursor: str = Field(
        description="Resume position: pass as `after` next time. Always present; unchanged "
        "when there was nothing new. Opaque and valid only for the organization (or the "
        "all-organizations reader) it was given to.",
        max_length=128,
    )
    has_more: bool = Field(description="True when more events are ready right now.")


@dataclass(frozen=True, slots=True)
class FeedRead:
    """One page of events and the position after its last one."""

    items: list[FeedEvent]
    position: Position
    has_more: bool


def read_feed(
    connection: Connection,
    table: Table,
    *,
    source: str,
    org: str | None,
    after: Position,
    limit: int,
) -> FeedRead:
    """One page of events after a position, never past an unfinished transaction."""
    conditions = [
        or_(table.c.txid > after[0], and_(table.c.txid == after[0], table.c.id > after[1]))
    ]
    if connection.dialect.name == "postgresql":
        conditions.append(table.c.txid < _PG_HORIZON)
    if org is not None:
        conditions.append(table.c.org == org)
    rows = (
        connection.execute(
            select(table).where(*conditions).order_by(table.c.txid, table.c.id).limit(limit + 1)
        )
        .mappings()
        .all()
    )
    items = [
        FeedEvent(
            id=r["event_id"],
            source=source,
            type=r["type"],
            time=as_utc(r["time"]),
            subject=r["subject"],
            org=r["org"],
            data=json.loads(r["data"]),
        )
        for r in rows[:limit]
    ]
    page = rows[:limit]
    last = (page[-1]["txid"], page[-1]["id"]) if page else after
    return FeedRead(items, last, has_more=len(rows) > limit)


def page_for(read: FeedRead, *, codec: CursorCodec, scope: str, after: str | None) -> FeedPage:
    """The page as served: its position sealed for the reader's scope. With nothing new the
    reader's own cursor comes back as it was, so a caught-up reader stores nothing new."""
    if after is not None and not read.items:
        return FeedPage(items=[], next_cursor=after, has_more=read.has_more)
    cursor = codec.seal(read.position, scope)
    return FeedPage(items=read.items, next_cursor=cursor, has_more=read.has_more)

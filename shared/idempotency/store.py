"""Where ``Idempotency-Key`` claims and stored responses live: the table, the store, the heartbeat.

A claim is a row per (org, subject, key): in flight while its request runs (renewed by a
:class:`Heartbeat`), then holding the response to replay. The policy is in this package's
docstring; the middleware that applies it is ``shared.idempotency.middleware``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from datetime import timedelta
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from shared.models import as_utc, utcnow
from shared.problems import BadRequest, Conflict

logger = logging.getLogger("learning_loop.idempotency")

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
#: What a key is, as the document states it and :func:`parse_key` checks it: 1 to 255 visible
#: ASCII characters, spaces only inside (an HTTP field value is trimmed of surrounding spaces, and
#: a header is not the place for other characters). An RFC 8941 quoted string is the key within
#: the quotes (an empty one, ``""``, is taken as it is).
KEY_PATTERN = r"^[!-~]([ -~]{0,253}[!-~])?$"
IN_FLIGHT_TIMEOUT = timedelta(minutes=2)


def idempotency_table(metadata: MetaData) -> Table:
    """The table each service adds to its own metadata (and migrations)."""
    return Table(
        "idempotency_keys",
        metadata,
        Column("org", String(128), primary_key=True),
        Column("caller", String(256), primary_key=True),
        Column("key", String(MAX_KEY_LENGTH), primary_key=True),
        Column("fingerprint", String(64), nullable=False),
        Column("state", String(16), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("status_code", Integer, nullable=True),
        Column("headers", Text, nullable=True),
        Column("body", LargeBinary, nullable=True),
    )


def parse_key(raw: str) -> str:
    """Accept RFC 8941 quoted strings and the unquoted keys most clients send."""
    key = raw.strip()
    if not re.fullmatch(KEY_PATTERN, key):
        raise BadRequest(f"{HEADER} must be 1 to {MAX_KEY_LENGTH} visible ASCII characters.")
    if len(key) > 2 and key[0] == key[-1] == '"':
        key = key[1:-1]
    return key


class IdempotencyStore:
    """Database side of the protocol; the middleware calls it from a worker thread."""

    def __init__(
        self, engine: Engine, table: Table, ttl: timedelta, in_flight: timedelta = IN_FLIGHT_TIMEOUT
    ) -> None:
        self.engine, self.table, self.ttl, self.in_flight = engine, table, ttl, in_flight

    def _where(self, ident: tuple[str, str, str]) -> Any:
        org, caller, key = ident
        t = self.table
        return (t.c.org == org) & (t.c.caller == caller) & (t.c.key == key)

    def claim(self, ident: tuple[str, str, str], request_print: str) -> dict[str, Any] | None:
        """Claim the key; return the stored row instead when someone already holds it."""
        now = utcnow()
        for _ in range(2):
            try:
                with self.engine.begin() as conn:
                    conn.execute(
                        insert(self.table).values(
                            org=ident[0],
                            caller=ident[1],
                            key=ident[2],
                            fingerprint=request_print,
                            state="in_flight",
                            created_at=now,
                        )
                    )
                return None
            except IntegrityError:
                with self.engine.begin() as conn:
                    found = conn.execute(select(self.table).where(self._where(ident)))
                    row = found.mappings().first()
                    if row is None:
                        continue
                    created = as_utc(row["created_at"])
                    stale = (row["state"] == "in_flight" and now - created > self.in_flight) or (
                        now - created > self.ttl
                    )
                    if not stale:
                        return dict(row)
                    conn.execute(delete(self.table).where(self._where(ident)))
        raise Conflict("The idempotency key is contended; retry shortly.")

    def complete(
        self, ident: tuple[str, str, str], status: int, headers: list[tuple[str, str]], body: bytes
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(self.table)
                .where(self._where(ident))
                .values(state="done", status_code=status, headers=json.dumps(headers), body=body)
            )

    def touch(self, ident: tuple[str, str, str]) -> None:
        """Renew an in-flight claim: its request is still running."""
        with self.engine.begin() as conn:
            conn.execute(
                update(self.table)
                .where(self._where(ident) & (self.table.c.state == "in_flight"))
                .values(created_at=utcnow())
            )

    def release(self, ident: tuple[str, str, str]) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(self.table).where(self._where(ident)))


class Heartbeat:
    """Renews an in-flight claim four times per timeout from a thread while its request runs.

    A thread rather than a task: the request's own work may block the event loop's worker
    threads, and a missed renewal would let a concurrent retry run the request again.
    """

    def __init__(self, store: IdempotencyStore, ident: tuple[str, str, str]) -> None:
        self.store, self.ident = store, ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="idempotency-heartbeat", daemon=True)

    def _run(self) -> None:
        interval = self.store.in_flight.total_seconds() / 4
        while not self._stop.wait(interval):
            try:
                self.store.touch(self.ident)
            except Exception:  # the claim may then go stale; the next beat tries again
                logger.warning("could not renew an idempotency claim", exc_info=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def fingerprint(method: str, path: str, query_string: bytes, body: bytes) -> str:
    """What makes two requests "the same" for a key: method, target and exact body."""
    digest = hashlib.sha256()
    digest.update(method.encode() + b"\0" + path.encode() + b"\0" + query_string + b"\0")
    digest.update(body)
    return digest.hexdigest()

"""``Idempotency-Key`` for POSTs (draft-ietf-httpapi-idempotency-key-header).

A retry with the same key and body replays the first response byte for byte; the same key with
another body is 422; a key whose first request is still running is 409. Keys are scoped to the
caller (org and subject), so one tenant can never see another's stored response.

Policy, published in each service's OpenAPI description: keys are kept for
``idempotency_ttl_hours`` (24 h by default). Responses with a 5xx status are not stored: the
key is released so that a retry runs again (the failed request changed nothing).
An in-flight key whose request died with its process is released after
``idempotency_in_flight_seconds`` (``IN_FLIGHT_TIMEOUT`` by default) without a heartbeat: until
then a retry gets 409. While its request runs, a :class:`Heartbeat` renews the claim, so a request
that is merely slow is never taken for dead and run a second time by a concurrent retry (it was,
before the heartbeat, whenever a request outlasted the timeout).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from datetime import timedelta
from typing import Any

import anyio
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
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.asgi import header
from shared.models import as_utc, utcnow
from shared.problems import BadRequest, Conflict, Problem, Unprocessable, problem_response

logger = logging.getLogger("learning_loop.idempotency")

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
#: What a key is, as the document states it and :func:`parse_key` checks it: 1 to 255 visible
#: ASCII characters, spaces only inside (an HTTP field value is trimmed of surrounding spaces, and
#: a header is not the place for other characters). An RFC 8941 quoted string is the key within
#: the quotes (an empty one, ``""``, is taken as it is).
KEY_PATTERN = r"^[!-~]([ -~]{0,253}[!-~])?$"
IN_FLIGHT_TIMEOUT = timedelta(minutes=2)
REPLAYED_HEADER = b"idempotent-replayed"
_KEPT_HEADERS = {"content-type", "location", "etag"}


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


class IdempotencyMiddleware:
    """Pure ASGI middleware: it must see the exact bytes of both request and response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw_key = header(scope, b"idempotency-key")
        if scope["type"] != "http" or scope["method"] != "POST" or raw_key is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        state = scope["app"].state
        try:
            key = parse_key(raw_key)
            caller = _caller(scope)
            if caller is None:  # the route itself answers 401
                await self.app(scope, receive, send)
                return
            body = await _read_body(receive)
            request_print = fingerprint(
                scope["method"], scope["path"], scope.get("query_string", b""), body
            )
            ident = (caller[0], caller[1], key)
            store = IdempotencyStore(
                state.engine,
                state.idempotency_table,
                timedelta(hours=state.settings.idempotency_ttl_hours),
                timedelta(seconds=state.settings.idempotency_in_flight_seconds),
            )
            existing = await anyio.to_thread.run_sync(store.claim, ident, request_print)
        except Problem as problem:
            await problem_response(
                request,
                status=problem.status,
                slug=problem.slug,
                title=problem.title,
                detail=problem.detail,
            )(scope, receive, send)
            return
        if existing is not None:
            await self._answer_existing(request, existing, request_print, scope, receive, send)
            return
        await self._run_first(store, ident, body, scope, send)

    async def _answer_existing(
        self,
        request: Request,
        row: dict[str, Any],
        request_print: str,
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        if row["fingerprint"] != request_print:
            problem: Problem = Unprocessable(
                f"This {HEADER} was already used with a different request body."
            )
        elif row["state"] != "done":
            problem = Conflict(f"A request with this {HEADER} is still being processed.")
        else:
            headers = [
                (k.encode("latin-1"), v.encode("latin-1"))
                for k, v in json.loads(row["headers"] or "[]")
            ]
            headers.append((REPLAYED_HEADER, b"true"))
            await send(
                {"type": "http.response.start", "status": row["status_code"], "headers": headers}
            )
            await send({"type": "http.response.body", "body": row["body"] or b""})
            return
        await problem_response(
            request,
            status=problem.status,
            slug=problem.slug,
            title=problem.title,
            detail=problem.detail,
        )(scope, receive, send)

    async def _run_first(
        self,
        store: IdempotencyStore,
        ident: tuple[str, str, str],
        body: bytes,
        scope: Scope,
        send: Send,
    ) -> None:
        status = 500
        kept: list[tuple[str, str]] = []
        chunks: list[bytes] = []
        delivered = False

        async def replay_receive() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        finished = False

        async def finish() -> None:
            nonlocal finished
            finished = True
            if status >= 500:
                await anyio.to_thread.run_sync(store.release, ident)
            else:
                await anyio.to_thread.run_sync(
                    store.complete, ident, status, kept, b"".join(chunks)
                )

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                for name, value in message.get("headers", []):
                    if name.decode("latin-1").lower() in _KEPT_HEADERS:
                        kept.append((name.decode("latin-1"), value.decode("latin-1")))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    # The response is stored before its last byte leaves: a client that has
                    # its answer can retry at once and get the replay (not a 409), and a crash
                    # after answering can never let a retry run the request again.
                    await finish()
            await send(message)

        try:
            with Heartbeat(store, ident):
                await self.app(scope, replay_receive, capture)
        except BaseException:
            if not finished:
                await anyio.to_thread.run_sync(store.release, ident)
            raise
        if not finished:
            await finish()


def _caller(scope: Scope) -> tuple[str, str] | None:
    authorization = header(scope, b"authorization")
    if not authorization or not authorization.lower().startswith("bearer "):
        return None
    try:
        caller = scope["app"].state.authenticator.verify(authorization[7:].strip())
    except Problem:
        return None
    return caller.org, caller.sub


def fingerprint(method: str, path: str, query_string: bytes, body: bytes) -> str:
    """What makes two requests "the same" for a key: method, target and exact body."""
    digest = hashlib.sha256()
    digest.update(method.encode() + b"\0" + path.encode() + b"\0" + query_string + b"\0")
    digest.update(body)
    return digest.hexdigest()


async def _read_body(receive: Receive) -> bytes:
    parts: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)

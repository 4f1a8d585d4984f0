"""The ASGI middleware that applies ``Idempotency-Key`` to POSTs (policy: the package docstring)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import anyio
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.asgi import header
from shared.idempotency.store import HEADER, Heartbeat, IdempotencyStore, fingerprint, parse_key
from shared.problems import Conflict, Problem, Unprocessable, problem_response

REPLAYED_HEADER = b"idempotent-replayed"
_KEPT_HEADERS = {"content-type", "location", "etag"}


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

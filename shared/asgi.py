"""Small helpers for the pure ASGI middleware in ``shared``."""

from __future__ import annotations

import time
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def header(scope: Scope, name: bytes) -> str | None:
    """The first value of a request header (``name`` in lower case), decoded as HTTP says."""
    for key, value in scope.get("headers", []):
        if key == name:
            return bytes(value).decode("latin-1")
    return None


async def call_observed(
    app: ASGIApp, scope: Scope, receive: Receive, send: Send, done: Callable[[int, float], None]
) -> None:
    """Run ``app``; then ``done(status, seconds)``, also when it raised (status 500 if no
    answer had started): the one way the access log and the request metrics time requests."""
    started = time.perf_counter()
    status = 500

    async def capture_status(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        await send(message)

    try:
        await app(scope, receive, capture_status)
    finally:
        done(status, time.perf_counter() - started)

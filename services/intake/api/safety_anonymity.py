"""Keeping the sender's identity away from safety event reports: no ``Idempotency-Key`` record.

The shared idempotency middleware stores, for a POST with ``Idempotency-Key``, the caller's
org and subject beside the response it gave: for an anonymous safety event report that row
would say who sent it. Reports are idempotent without the header (the reporting system's
``safety_event_id``: same id and body replays, another body is a 409), so on the two create
routes the header is removed before that middleware sees the request, and the OpenAPI
document says there that it is ignored. The review route keeps it: a reviewer is not anonymous.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from starlette.middleware import Middleware
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.idempotency import HEADER, IdempotencyMiddleware

__all__ = ["CREATE_PATHS", "install"]

CREATE_PATHS = frozenset({"/v1/safety-events", "/v1/safety-events:batch"})
_HEADER = HEADER.lower().encode("latin-1")
IGNORED_KEY_PARAMETER = {
    "name": HEADER,
    "in": "header",
    "required": False,
    "description": "Ignored on this route, and never stored: a stored key would keep the "
    "caller's identity beside an anonymous report. `safety_event_id` makes a retry safe "
    "instead (same id and body: replayed; another body: 409).",
    "schema": {"type": "string"},
    "example": "0b7e1c5e-8c8f-4bd2-9f11-6f4c2a0e9d3a",
}


class DropIdempotencyKey:
    """Pure ASGI: removes ``Idempotency-Key`` from POSTs to :data:`CREATE_PATHS`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"] in CREATE_PATHS:
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != _HEADER]
            scope = {**scope, "headers": headers}
        await self.app(scope, receive, send)


def _undocument(build: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
    def openapi() -> dict[str, Any]:
        document = build()
        for path in CREATE_PATHS:
            operation = document.get("paths", {}).get(path, {}).get("post")
            if operation is None:
                continue
            operation["parameters"] = [
                *(p for p in operation.get("parameters", []) if p.get("name") != HEADER),
                IGNORED_KEY_PARAMETER,
            ]
        return document

    return openapi


def install(app: FastAPI) -> None:
    """Put :class:`DropIdempotencyKey` just outside the idempotency middleware (inside the
    request id, the access log and the body guard), and adjust the OpenAPI document."""
    classes: list[object] = [m.cls for m in app.user_middleware]
    index = classes.index(IdempotencyMiddleware)
    app.user_middleware.insert(index, Middleware(DropIdempotencyKey))
    app.openapi = _undocument(app.openapi)  # type: ignore[method-assign]

"""The answer route hears nothing of the person: an ASGI middleware, outermost, that drops
``Authorization`` and ``Idempotency-Key`` from requests to ``/v1/staff-survey-responses``.

A browser may carry an organization's bearer token along, and a client an Idempotency-Key.
The idempotency store would then keep the caller's id, the moment and a hash of the body (the
token and its answers, so whoever holds the token could test candidate answers against it):
a stored value linking an answer to a person. The token already makes a retry safe (the same
answers again are a replay), so nothing is lost by not hearing either header.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

ANSWER_PATH = "/v1/staff-survey-responses"
_DROPPED = {b"authorization", b"idempotency-key"}


class UnlinkedAnswersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].rstrip("/") == ANSWER_PATH:
            headers = [(k, v) for k, v in scope["headers"] if k.lower() not in _DROPPED]
            scope = {**scope, "headers": headers}
        await self.app(scope, receive, send)

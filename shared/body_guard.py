"""Refuse oversized bodies (413) and bodies in media types no route reads (415) before parsing.

Both checks run before FastAPI reads a body, so a 2 GB upload or an XML post costs nothing
beyond the limit: a body without ``Content-Length`` is read here up to the limit and no further.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.asgi import header
from shared.problems import problem_response

JSON_MEDIA_TYPES = ("application/json", "application/x-ndjson")
_BODY_METHODS = {"POST", "PUT", "PATCH"}


def _media_type(scope: Scope) -> str | None:
    value = header(scope, b"content-type")
    return value.split(";")[0].strip().lower() if value is not None else None


def _content_length(scope: Scope) -> int | None:
    value = header(scope, b"content-length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def accepted_media_type(media_type: str) -> bool:
    """JSON, any ``+json`` structured suffix (FHIR, merge patch) and NDJSON."""
    return media_type in JSON_MEDIA_TYPES or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


class BodyGuardMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        length = _content_length(scope)
        if length is not None and length > self.max_body_bytes:
            await self._too_large(request, scope, receive, send)
            return
        media_type = _media_type(scope)
        if (
            (length or media_type)
            and media_type is not None
            and not accepted_media_type(media_type)
        ):
            await problem_response(
                request,
                status=415,
                slug="unsupported-media-type",
                title="Unsupported Media Type",
                detail="Send application/json (or application/fhir+json, application/x-ndjson).",
            )(scope, receive, send)
            return

        # Read the whole body here, up to the limit, before the app sees any of it: a body
        # sent without Content-Length (chunked) that grows past the limit must be a 413, and an
        # error raised from inside FastAPI's body parsing would become its 400 instead.
        parts: list[bytes] = []
        received = 0
        first: Message | None = None
        while True:
            message = await receive()
            if message["type"] != "http.request":
                first = message  # the client went away: the app sees the disconnect
                break
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > self.max_body_bytes:
                await self._too_large(request, scope, receive, send)
                return
            parts.append(chunk)
            if not message.get("more_body", False):
                break
        if first is None:
            first = {"type": "http.request", "body": b"".join(parts), "more_body": False}
        delivered = False

        async def replay_receive() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                assert first is not None
                return first
            return await receive()

        await self.app(scope, replay_receive, send)

    async def _too_large(
        self, request: Request, scope: Scope, receive: Receive, send: Send
    ) -> None:
        await problem_response(
            request,
            status=413,
            slug="payload-too-large",
            title="Content Too Large",
            detail=f"The body exceeds {self.max_body_bytes} bytes; split it into batches.",
        )(scope, receive, send)

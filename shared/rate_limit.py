"""Request limits per token and per organization: 429 with ``Retry-After`` and RateLimit headers.

Every authenticated request counts against two budgets over a sliding window (``limits``'
sliding-window counter, kept in memory or in Redis): its bearer token's and its organization's,
so one integration cannot starve the rest of its org, and an org that spreads its traffic over
many tokens still meets one ceiling. Over either budget the answer is a 429 problem with
``Retry-After`` (RFC 9110) and the ``RateLimit-Policy`` / ``RateLimit`` fields of
draft-ietf-httpapi-ratelimit-headers; answers within budget carry the same two fields, so
clients can slow down before they are refused.

* The token is identified by a digest of its text (the text itself is never stored); the org
  comes from the verified token, never from anything the client could forge.
* Requests without a valid token are not counted: the route answers them 401 at no cost to a
  budget. Probes and metrics (``/healthz``, ``/readyz``, ``/metrics-prom``) are exempt.
* With ``memory://`` (the default) each process counts on its own; with ``redis://`` every
  replica shares the same counters.
* Redis unreachable or slow fails open: the request goes through uncounted and a warning is
  logged (once per ``RETRY_STORAGE_SECONDS``). A limit is a guard against a runaway client,
  not a security boundary, and refusing clinical traffic because a cache is down would do more
  harm than a minute without limits. Each call to Redis is bounded by
  ``STORAGE_TIMEOUT_SECONDS``, and after a failure Redis is left alone for
  ``RETRY_STORAGE_SECONDS``, so an outage adds no latency to requests.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from dataclasses import dataclass
from typing import Any

from limits import RateLimitItemPerSecond
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.errors import StorageError
from limits.storage import storage_from_string
from pydantic import BaseModel, Field
from redis.asyncio import ConnectionPool
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.openapi import PROBLEM_REF
from shared.problems import PROBLEM_MEDIA_TYPE, Problem, problem_response

logger = logging.getLogger("learning_loop.rate_limit")

EXEMPT_PATHS = frozenset({"/healthz", "/readyz", "/metrics-prom"})
STORAGE_TIMEOUT_SECONDS = 0.25
RETRY_STORAGE_SECONDS = 5.0
TOO_MANY_REQUESTS = 429


class RateLimitSettings(BaseModel):
    """Fields every service's settings class inherits (each under its own env prefix)."""

    rate_limit_per_token: int = Field(
        default=6000,
        ge=1,
        description="Requests one bearer token may make per window (default 6000 a minute: "
        "100 a second, far above any integration's steady rate).",
    )
    rate_limit_per_org: int = Field(
        default=30000,
        ge=1,
        description="Requests all tokens of one organization may make together per window.",
    )
    rate_limit_window_seconds: int = Field(
        default=60, ge=1, le=3600, description="Length of the sliding window, in seconds."
    )
    rate_limit_storage_url: str = Field(
        default="memory://",
        description="`memory://` counts in each process; `redis://host:6379/0` shares the "
        "counters between every replica. Redis unreachable fails open (logged).",
    )
    rate_limit_key_prefix: str = Field(
        default="learning-loop",
        description="Prefix of the counters' keys in Redis (one per deployment sharing it).",
    )


@dataclass(frozen=True)
class Verdict:
    """The outcome of counting one request: allowed or not, and the headers to answer with."""

    allowed: bool
    headers: list[tuple[bytes, bytes]]
    retry_after: int


class RateLimiter:
    """Counts requests against the token and org budgets in the configured storage."""

    def __init__(self, settings: RateLimitSettings, service: str) -> None:
        window = settings.rate_limit_window_seconds
        self.window = window
        self.token_limit = RateLimitItemPerSecond(settings.rate_limit_per_token, window)
        self.org_limit = RateLimitItemPerSecond(settings.rate_limit_per_org, window)
        self.prefix = f"{settings.rate_limit_key_prefix}:{service}"
        self.policy = (
            f'"token";q={settings.rate_limit_per_token};w={window}, '
            f'"org";q={settings.rate_limit_per_org};w={window}'
        ).encode()
        storage, self._pool = _storage(settings)
        self.strategy = SlidingWindowCounterRateLimiter(storage)
        self._storage_down_until = 0.0

    async def aclose(self) -> None:
        """Close the Redis connections (nothing to do in memory)."""
        if self._pool is not None:
            await self._pool.aclose()

    async def count(self, token: str, org: str) -> Verdict | None:
        """Count one request of ``token`` (of ``org``); None when the storage cannot answer."""
        if time.monotonic() < self._storage_down_until:
            return None
        digest = hashlib.sha256(token.encode()).hexdigest()[:32]
        try:
            async with asyncio.timeout(STORAGE_TIMEOUT_SECONDS * 2):
                return await self._count(digest, org)
        except (StorageError, OSError, TimeoutError) as error:
            self._storage_down_until = time.monotonic() + RETRY_STORAGE_SECONDS
            logger.warning(
                "rate limit storage unavailable; requests pass uncounted",
                extra={
                    "error": type(error).__name__,
                    "reason": (str(error).splitlines() or [""])[0][:200],
                },
            )
            return None

    async def _count(self, digest: str, org: str) -> Verdict:
        budgets = ((self.token_limit, "token", digest), (self.org_limit, "org", org))
        remaining: list[tuple[str, int, int]] = []
        allowed = True
        for item, name, key in budgets:
            # The org's budget is only spent by requests their token's budget let through.
            if allowed:
                allowed = await self.strategy.hit(item, self.prefix, name, key)
            stats = await self.strategy.get_window_stats(item, self.prefix, name, key)
            remaining.append((name, stats.remaining, self._reset_in(stats.reset_time)))
        limited = [reset for _name, left, reset in remaining if left <= 0]
        retry_after = max(limited) if not allowed and limited else self.window
        current = ", ".join(f'"{name}";r={left};t={reset}' for name, left, reset in remaining)
        headers = [(b"ratelimit-policy", self.policy), (b"ratelimit", current.encode())]
        if not allowed:
            headers.append((b"retry-after", str(retry_after).encode()))
        return Verdict(allowed, headers, retry_after)

    def _reset_in(self, reset_time: float) -> int:
        return max(1, min(self.window, math.ceil(reset_time - time.time())))


def _storage(settings: RateLimitSettings) -> tuple[Any, ConnectionPool | None]:
    """The counters' storage and, for Redis, the connection pool to close at shutdown."""
    url = settings.rate_limit_storage_url
    if url.startswith(("redis://", "rediss://")):
        pool = ConnectionPool.from_url(
            url,
            socket_timeout=STORAGE_TIMEOUT_SECONDS,
            socket_connect_timeout=STORAGE_TIMEOUT_SECONDS,
        )
        storage = storage_from_string(
            "async+" + url,
            implementation="redispy",
            wrap_exceptions=True,
            key_prefix=settings.rate_limit_key_prefix,
            connection_pool=pool,  # type: ignore[arg-type]  # passed on to redis-py
        )
        return storage, pool
    if url == "memory://":
        return storage_from_string("async+memory://", wrap_exceptions=True), None
    raise ValueError(f"unsupported rate limit storage: {url.split('://', 1)[0]}://")


def _bearer(scope: Scope) -> str | None:
    """The bearer token of the request, if it sent one."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            text: str = value.decode("latin-1")
            scheme, _, token = text.partition(" ")
            if scheme.lower() != "bearer":
                return None
            return token.strip() or None
    return None


class RateLimitMiddleware:
    """Pure ASGI: counts each authenticated request before the app reads its body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        limiter: RateLimiter | None = getattr(state, "rate_limiter", None)
        token = _bearer(scope)
        org = await _verified_org(state.authenticator, token) if token and limiter else None
        verdict = await limiter.count(token, org) if limiter and token and org else None
        if verdict is None:
            await self.app(scope, receive, send)
            return
        if not verdict.allowed:
            response = problem_response(
                None,
                status=TOO_MANY_REQUESTS,
                slug="too-many-requests",
                title="Too Many Requests",
                detail=f"Over the request limit; send again in {verdict.retry_after} s.",
                instance=scope["path"],
            )
            response.raw_headers.extend(verdict.headers)
            await response(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *verdict.headers]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _verified_org(authenticator: Any, token: str) -> str | None:
    """The org of a valid token (from the authenticator's cache, usually), else None: an
    invalid token is left for the route to refuse with 401."""
    try:
        if authenticator.may_block:
            caller = await run_in_threadpool(authenticator.verify, token)
        else:
            caller = authenticator.verify(token)
    except Problem:
        return None
    org: str = caller.org
    return org


_HEADERS = {
    "Retry-After": {
        "description": "Seconds to wait before sending again (RFC 9110).",
        "schema": {"type": "integer", "minimum": 1},
        "example": 12,
    },
    "RateLimit-Policy": {
        "description": "The budgets this request counts against "
        "(draft-ietf-httpapi-ratelimit-headers): `q` requests per `w` seconds, per bearer "
        "token and per organization.",
        "schema": {"type": "string"},
        "example": '"token";q=6000;w=60, "org";q=30000;w=60',
    },
    "RateLimit": {
        "description": "What is left of each budget: `r` requests, for the next `t` seconds.",
        "schema": {"type": "string"},
        "example": '"token";r=0;t=12, "org";r=28211;t=12',
    },
}


def document_rate_limits(document: dict[str, Any]) -> dict[str, Any]:
    """Add the 429 answer and the RateLimit headers to every counted operation (idempotent)."""
    document.setdefault("components", {})["headers"] = _HEADERS
    refs = {name: {"$ref": f"#/components/headers/{name}"} for name in _HEADERS}
    for path, item in document.get("paths", {}).items():
        if path in EXEMPT_PATHS:
            continue
        for operation in item.values():
            responses = operation.setdefault("responses", {})
            for status, response in responses.items():
                if status.startswith("2"):
                    # A new dict: the generated document may share one between operations.
                    response["headers"] = {
                        **response.get("headers", {}),
                        **{k: v for k, v in refs.items() if k != "Retry-After"},
                    }
            responses["429"] = {
                "description": "Over the request limit of the token or its organization; "
                "send again after `Retry-After` seconds.",
                "headers": refs,
                "content": {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_REF}},
            }
    return document

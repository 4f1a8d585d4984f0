"""Admission: how many requests a process works on at once; the rest wait their turn.

A Python process runs its Python code one thread at a time (the interpreter lock). With sixty
requests in flight, sixty worker threads took turns on it, and the event loop, which answers
``/healthz`` and reads every request off the socket, was one more thread in that queue: a
probe waited for its turn behind all of them (p99 of 320 ms on PostgreSQL, where the database
is quick and the interpreter is what everybody waits for). Running more requests at once does
not finish them sooner on one interpreter; it only spreads the wait over everybody.

So a request is admitted to the application only while fewer than ``max_active_requests``
are; the others wait on the event loop, where waiting costs no thread and no turn on the
lock. The few admitted requests keep the database and the interpreter busy, and the event
loop competes with a handful of threads instead of dozens. Once admitted, a request keeps its
place until its answer is sent, so it never queues again halfway (for a thread to validate its
response in, or to commit in) behind requests that are not yet running: the convoy
``shared.threads`` describes cannot form.

* Waiting is bounded: a request not admitted within ``admission_wait_seconds`` is answered
  503 with ``Retry-After``, as a database too busy to wait for is; the client comes back
  instead of being kept waiting without end.
* Probes and metrics (``/healthz``, ``/readyz``, ``/metrics-prom``) are never queued: they
  must say how the process is while it is busiest.
* Admission sits inside the rate limiter: a client over its budget is refused at once, not
  after waiting its turn.
"""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.problems import ServiceUnavailable, problem_response

EXEMPT_PATHS = frozenset({"/healthz", "/readyz", "/metrics-prom"})
RETRY_AFTER_SECONDS = 1


def admission_gate(max_active_requests: int) -> asyncio.Semaphore:
    """The gate of one event loop, made in the lifespan (a semaphore belongs to its loop)."""
    return asyncio.Semaphore(max_active_requests)


class AdmissionMiddleware:
    """Admit at most the app's ``state.admission`` gate's worth of requests at once."""

    def __init__(self, app: ASGIApp, *, wait_seconds: float) -> None:
        self.app = app
        self.wait_seconds = wait_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        # Made in the lifespan; an app started without one (no lifespan run) admits everyone.
        gate: asyncio.Semaphore | None = getattr(scope["app"].state, "admission", None)
        if gate is None:
            await self.app(scope, receive, send)
            return
        try:
            await asyncio.wait_for(gate.acquire(), self.wait_seconds)
        except TimeoutError:
            response = problem_response(
                Request(scope),
                status=ServiceUnavailable.status,
                slug=ServiceUnavailable.slug,
                title=ServiceUnavailable.title,
                detail="Too many requests are ahead of this one; retry after the given delay.",
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
            await response(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            gate.release()

"""Prometheus metrics at ``/metrics-prom``: requests and latency by method, route and status.

One registry per app, so several apps (the tests') can share a process.

The series are those prometheus-fastapi-instrumentator exposed before (``http_requests_total``
by ``handler``, ``method`` and ``status``; ``http_request_duration_seconds`` by ``handler`` and
``method``), so dashboards and alerts keep working, but they are recorded by this middleware on
prometheus_client itself. Why not the instrumentator: it resolves each request's route a second
time by walking the whole route table and builds a ``Request``, a ``Response`` and an info
object per request, about 0.15 ms of a 1.3 ms ``PUT /v1/encounters/{id}`` (measured in process,
``benchmarks/README.md``). Here the router has already put the matched route in the scope, so
the template costs a lookup. The request and response size series were dropped: nobody read
them, and the access log has every request's status and duration.

``handler`` is the route template (``/v1/patients/{patient_id}``), never a raw path (ids would
become label values), or ``none`` for a request no route matched. The probes and the scrape
itself are not counted.

The figures are the platform's, not a tenant's (request rates of every organization together,
route by route), so the scrape needs a bearer token with the operator scope
``platform:operate``, which no tenant token carries; Prometheus sends one from a credentials
file (``deploy/k8s/prometheus-scrape.yaml``).
"""

from __future__ import annotations

from fastapi import Depends, FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.exposition import generate_latest
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.asgi import call_observed
from shared.auth.dependencies import require_scopes
from shared.auth.roles import OPERATOR_SCOPE

PROMETHEUS_PATH = "/metrics-prom"
NOT_COUNTED = frozenset({PROMETHEUS_PATH, "/healthz", "/readyz"})
# Seconds; the instrumentator's defaults, which span a cached read to a 5,000-item batch.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10)


class PrometheusMiddleware:
    """Pure ASGI: counts each answered request and observes its duration, after the app."""

    def __init__(self, app: ASGIApp, registry: CollectorRegistry) -> None:
        self.app = app
        self.requests = Counter(
            "http_requests",
            "Requests answered, by route template, method and status.",
            ("handler", "method", "status"),
            registry=registry,
        )
        self.duration = Histogram(
            "http_request_duration_seconds",
            "Time from the request to the end of its answer, by route template and method.",
            ("handler", "method"),
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in NOT_COUNTED:
            await self.app(scope, receive, send)
            return

        def record(status: int, seconds: float) -> None:
            route = scope.get("route")
            handler = str(getattr(route, "path", "none")) if route is not None else "none"
            method = scope["method"]
            self.requests.labels(handler, method, str(status)).inc()
            self.duration.labels(handler, method).observe(seconds)

        await call_observed(self.app, scope, receive, send, record)


def install_prometheus(app: FastAPI) -> None:
    """Count every request of ``app`` and expose the figures at ``/metrics-prom`` to the
    platform operator's token."""
    registry = CollectorRegistry()

    async def scrape() -> Response:
        # Async, like /healthz: the figures must be readable while every worker thread is busy.
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    app.add_api_route(
        PROMETHEUS_PATH,
        scrape,
        methods=["GET"],
        include_in_schema=False,
        dependencies=[Depends(require_scopes(OPERATOR_SCOPE))],
    )
    app.add_middleware(PrometheusMiddleware, registry=registry)

"""Prometheus metrics at ``/metrics-prom``, one registry per app so several apps share a process."""

from __future__ import annotations

from fastapi import FastAPI
from prometheus_client import CollectorRegistry
from prometheus_fastapi_instrumentator import Instrumentator

PROMETHEUS_PATH = "/metrics-prom"


def install_prometheus(app: FastAPI) -> None:
    Instrumentator(
        registry=CollectorRegistry(),
        should_group_status_codes=False,
        excluded_handlers=[PROMETHEUS_PATH, "/healthz", "/readyz"],
    ).instrument(app).expose(app, endpoint=PROMETHEUS_PATH, include_in_schema=False)

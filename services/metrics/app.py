"""The metrics service: the learning part, from feeds to control charts and benchmarks."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from services.metrics import models
from services.metrics.settings import MetricsSettings
from shared.app_factory import create_service_app

HERE = Path(__file__).parent
MIGRATIONS = HERE / "migrations"
SNAPSHOT = HERE / "openapi.json"

DESCRIPTION = """\
Turns the intake and measures feeds into learning: metrics for clinicians, teams, sites,
organizations and collaboratives, statistical process control charts, equity stratification
with small-cell suppression, benchmarks, QI interventions and their measured effect, exports.

Errors are RFC 9457 problem details. POSTs accept `Idempotency-Key` (kept 24 hours).
"""

TAGS: list[dict[str, str]] = []


def create_app(settings: MetricsSettings | None = None) -> FastAPI:
    settings = settings or MetricsSettings()
    return create_service_app(
        settings=settings,
        title="Learning Loop metrics",
        description=DESCRIPTION,
        version="0.1.0",
        tags=TAGS,
        routers=[],
        migrations_dir=MIGRATIONS,
        idempotency_table=models.idempotency_keys,
    )

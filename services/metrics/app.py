"""The metrics service: the learning part, from feeds to control charts and benchmarks."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI

from services.metrics import models
from services.metrics.api import (
    admin,
    associations,
    benchmarks,
    charts,
    collaboration,
    collaboratives,
    dashboard,
    dashboard_overview,
    dashboard_projects,
    dashboard_wellbeing,
    equity,
    exports,
    feedback,
    interventions,
    learning_sessions,
    measurement,
    metrics,
    overview,
    projects,
    reports,
    sync,
    targets,
)
from services.metrics.api.deps import clinician_guard
from services.metrics.learning.recognition_worker import recognition_worker
from services.metrics.settings import MetricsSettings
from services.metrics.sync.hook import feed_consumers
from shared.app_factory import create_service_app
from shared.feed_api import feed_router

HERE = Path(__file__).parent
MIGRATIONS = HERE / "migrations"
SNAPSHOT = HERE / "openapi.json"
EVENT_TYPES = ["recognition.found"]

DESCRIPTION = """\
Turns the intake and measures feeds into learning: metrics for clinicians, teams, sites,
organizations and collaboratives, statistical process control charts, equity stratification
with small-cell suppression, benchmarks, improvement projects with PDSA cycles and their
measured effect, exports.

No published value rests on fewer patients than the suppression threshold (default 11).
Teams' and clinicians' sustained improvements are published on metrics' own feed
(`GET /v1/feed`, `recognition.found`), each once, for the org's apps.

Errors are RFC 9457 problem details. POSTs accept `Idempotency-Key` (kept 24 hours).
"""

TAGS: list[dict[str, str]] = [
    {"name": "metrics", "description": "The metric catalog and metric values for any level."},
    {"name": "charts", "description": "Run charts and Shewhart control charts with signals."},
    {"name": "equity", "description": "A metric by demographic group, with gaps and intervals."},
    {"name": "benchmarks", "description": "Collaboratives and anonymized peer comparison."},
    {
        "name": "projects",
        "description": "Improvement projects, their PDSA cycles and measured effect, and the "
        "collaborative's library of shared projects.",
    },
    {
        "name": "interventions",
        "description": "Deprecated: QI changes (PDSA), now the cycles of improvement projects.",
    },
    {"name": "reports", "description": "Feedback reports for clinicians."},
    {"name": "exports", "description": "CSV and FHIR MeasureReport exports."},
    {"name": "sync", "description": "The feed consumers: cursors, lag and rebuilds."},
    {
        "name": "overview",
        "description": "Every metric at a glance with its Making Data Count icons, and the "
        "units whose charts show a sustained improvement.",
    },
    {"name": "targets", "description": "The goals an organization sets on its metrics."},
    {
        "name": "measurement",
        "description": "Measurement plans, and the patients due for a measurement at their "
        "next session (patient-level: role-checked and audited).",
    },
    {
        "name": "feed",
        "description": "metrics' own ordered events: recognitions, for a team's or clinician's "
        "app.",
    },
]


def clinician_views(*routers: APIRouter) -> APIRouter:
    """The routers whose answers may name clinicians, behind the role check
    (:func:`services.metrics.api.deps.clinician_guard`)."""
    guarded = APIRouter(dependencies=[Depends(clinician_guard)])
    for router in routers:
        guarded.include_router(router)
    return guarded


def create_app(settings: MetricsSettings | None = None) -> FastAPI:
    settings = settings or MetricsSettings()
    return create_service_app(
        settings=settings,
        title="Learning Loop metrics",
        description=DESCRIPTION,
        version="0.2.0",
        tags=TAGS,
        routers=[
            clinician_views(metrics.router, feedback.router, charts.router, equity.router),
            collaboratives.router,
            collaboration.router,
            learning_sessions.router,
            associations.router,
            benchmarks.router,
            clinician_views(interventions.router, reports.router, exports.router),
            clinician_views(overview.router, targets.router),
            projects.router,
            measurement.router,
            sync.router,
            admin.router,
            dashboard_overview.router,
            dashboard_wellbeing.router,
            dashboard_projects.router,
            dashboard.router,
            feed_router(
                models.feed_events, source="/learning-loop/metrics", event_types=EVENT_TYPES
            ),
        ],
        migrations_dir=MIGRATIONS,
        idempotency_table=models.idempotency_keys,
        hooks=[feed_consumers, recognition_worker],
    )

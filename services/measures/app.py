"""The measures service: measurement-based care, from instrument catalog to alerts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from fastapi import FastAPI

from services.measures import models
from services.measures.api import (
    alert_actions,
    alerts,
    assessments,
    escalation,
    fhir,
    fhir_metadata,
    fhir_reads,
    instruments,
    scoring,
    staff_surveys,
    trajectories,
    webhooks,
)
from services.measures.assessments.escalation_worker import escalation_worker
from services.measures.settings import MeasuresSettings
from services.measures.staff_surveys.unlinked import UnlinkedAnswersMiddleware
from services.measures.staff_surveys.worker import closing_worker
from shared.app_factory import create_service_app
from shared.feed_api import feed_router
from shared.models import utcnow
from shared.webhooks import delivery_worker

HERE = Path(__file__).parent
MIGRATIONS = HERE / "migrations"
SNAPSHOT = HERE / "openapi.json"
EVENT_TYPES = [
    "assessment.scored",
    "alert.raised",
    "alert.acknowledged",
    "alert.actioned",
    "alert.escalated",
    "alert.closed",
    "staff-survey.closed",
]

DESCRIPTION = """\
Measurement-based care: an instrument catalog defined as data (PHQ-9, GAD-7, PCL-5 and more),
scoring, severity bands, patient trajectories, reliable change, response and remission,
critical-item and not-on-track alerts (pushed to registered webhooks) followed through: coded
actions, closing, and escalation when an org's deadlines pass unmet; and FHIR Questionnaire /
QuestionnaireResponse / Observation for EHRs and form tools. Every scored assessment and alert is
published on the feed.

Errors are RFC 9457 problem details (FHIR OperationOutcomes under `/fhir`). POSTs accept
`Idempotency-Key` (kept 24 hours).
"""

TAGS = [
    {
        "name": "instruments",
        "description": "The instrument catalog, its FHIR Questionnaires, and "
        "each organisation's instrument settings (restricted instruments, overrides).",
    },
    {"name": "scoring", "description": "Stateless scoring: nothing is stored."},
    {
        "name": "assessments",
        "description": "Stored, scored assessments with change since baseline.",
    },
    {"name": "trajectories", "description": "A patient's series on one instrument and its change."},
    {
        "name": "alerts",
        "description": "Critical-item and not-on-track alerts for clinicians: acknowledged, "
        "acted on, closed, and escalated under the org's escalation policy.",
    },
    {
        "name": "webhooks",
        "description": "Endpoints notified of alerts (Standard Webhooks signatures, ids-only "
        "bodies, retries with backoff) and their delivery log.",
    },
    {
        "name": "fhir",
        "description": "FHIR QuestionnaireResponse in, score Observations out (searched by "
        "patient, code and date, page by page, or read by id); the CapabilityStatement at "
        "`/fhir/metadata`; errors are OperationOutcomes.",
    },
    {
        "name": "staff-surveys",
        "description": "Anonymous staff surveys (Mini Z 2.0, psychological safety, intent to "
        "leave): campaigns, one-time tokens, anonymous answers, and one `staff-survey.closed` "
        "feed event per team when a campaign closes.",
    },
    {"name": "feed", "description": "Ordered change events for the metrics service."},
]


def create_app(
    settings: MeasuresSettings | None = None, *, clock: Callable[[], datetime] = utcnow
) -> FastAPI:
    """The measures app. ``clock`` is what alert actions, acknowledgements, escalations and
    webhook deliveries take as now: tests pass one they can move forward."""
    settings = settings or MeasuresSettings()
    app = create_service_app(
        settings=settings,
        title="Learning Loop measures",
        description=DESCRIPTION,
        version="0.2.0",
        tags=TAGS,
        routers=[
            instruments.router,
            scoring.router,
            assessments.router,
            trajectories.router,
            alerts.router,
            alert_actions.router,
            escalation.router,
            webhooks.router,
            staff_surveys.router,
            fhir.router,
            fhir_reads.router,
            fhir_metadata.router,
            feed_router(
                models.feed_events, source="/learning-loop/measures", event_types=EVENT_TYPES
            ),
        ],
        migrations_dir=MIGRATIONS,
        idempotency_table=models.idempotency_keys,
        hooks=[
            delivery_worker(models.webhook_tables, service="measures"),
            escalation_worker,
            closing_worker,
        ],
    )
    app.add_middleware(UnlinkedAnswersMiddleware)  # outermost: before idempotency and logs
    app.state.clock = clock
    return app

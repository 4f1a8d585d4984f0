"""The intake service: consumer feedback, care-process events and pseudonymous patients."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from services.intake import models
from services.intake.api import (
    encounters,
    episodes,
    establishments,
    feedback,
    feedback_reads,
    feedback_responses,
    feedback_themes,
    fhir,
    fhir_metadata,
    forms,
    patients,
    referrals,
    safety_anonymity,
    safety_events,
    safety_reads,
    staff,
    webhooks,
)
from services.intake.settings import IntakeSettings
from shared.app_factory import create_service_app
from shared.feed_api import feed_router
from shared.webhooks import delivery_worker

HERE = Path(__file__).parent
MIGRATIONS = HERE / "migrations"
SNAPSHOT = HERE / "openapi.json"
EVENT_TYPES = [
    "patient.upserted",
    "referral.upserted",
    "encounter.upserted",
    "feedback.received",
    "feedback.themed",
    "feedback.rupture",
    "safety_event.upserted",
    "episode.upserted",
    "staff.upserted",
    "establishment.upserted",
]

DESCRIPTION = """\
The front door for what EHR and telehealth vendors and mobile apps report about care as it
happens: pseudonymous patients with the demographic categories used for equity views, referrals,
encounters (scheduled, kept, no-show, cancelled; modality; telehealth technical problems),
episodes of care (a patient's course of care in a service line, opened and closed with a
discharge reason),
consumer feedback (read by staff, tagged with the org's themes and answered: "you said, we
did"; a rupture of the working alliance in session feedback is published and pushed by
webhook to the clinician's EHR), safety events (incidents and near misses, anonymous or
named, and their review), and the workforce (staff records: team, role, FTE, start, leaving
and why; team establishments: funded FTE from a day on).
Every accepted change is published on the ordered event feed; free text (comments, safety
narratives) never is.

Errors are RFC 9457 problem details (FHIR OperationOutcomes under `/fhir`). POSTs accept
`Idempotency-Key` (kept 24 hours).
"""

TAGS = [
    {
        "name": "patients",
        "description": "Pseudonymous patients and the coded demographic "
        "categories used for equity views. No names, addresses, phones or emails.",
    },
    {"name": "referrals", "description": "Referrals; access time runs to the first kept session."},
    {
        "name": "encounters",
        "description": "Sessions booked, kept, missed or cancelled, with "
        "modality and telehealth technical problems; status changes follow a checked lifecycle.",
    },
    {
        "name": "episodes",
        "description": "Episodes of care (FHIR EpisodeOfCare): a patient's course of care in one "
        "service line, its lead clinician, when it opened and closed and why; status changes "
        "follow a checked lifecycle. Encounters and referrals name their episode.",
    },
    {
        "name": "feedback",
        "description": "Consumer feedback on forms; only scores (and staff's theme codes) reach "
        "the feed. Staff list and read it; comments only with `intake:feedback-review`, each "
        "read audited. The org's themes, and its 'you said, we did' responses.",
    },
    {
        "name": "safety-events",
        "description": "Incidents and near misses (AHRQ Common Formats harm levels), anonymous "
        "or named, and their review. The narrative is read only with `intake:safety-review`.",
    },
    {
        "name": "workforce",
        "description": "Staff records (a pseudonymous `staff_id`, the clinical records' "
        "`clinician_id`: team, role, FTE, start, leaving and why) and team establishments "
        "(funded FTE from a day on), for turnover, vacancy and caseload per FTE. Written with "
        "`intake:workforce`; staff read with it too, each read audited.",
    },
    {"name": "forms", "description": "Feedback forms as data, and as FHIR R4 Questionnaires."},
    {
        "name": "fhir",
        "description": "FHIR R4 resources (`application/fhir+json`): the CapabilityStatement "
        "at `/fhir/metadata`; errors are OperationOutcomes.",
    },
    {
        "name": "webhooks",
        "description": "Endpoints notified, signed the Standard Webhooks way, when session "
        "feedback shows an alliance rupture (`feedback.rupture`).",
    },
    {"name": "feed", "description": "Ordered change events for the metrics service."},
]


def create_app(settings: IntakeSettings | None = None) -> FastAPI:
    settings = settings or IntakeSettings()
    app = create_service_app(
        settings=settings,
        title="Learning Loop intake",
        description=DESCRIPTION,
        version="0.2.0",
        tags=TAGS,
        # Routes are matched in this order, one by one: the encounters' (the PUT that EHRs
        # send for every session) come first. The docs group by tag, whatever this order.
        routers=[
            encounters.router,
            patients.router,
            referrals.router,
            episodes.router,
            feedback.router,
            feedback_reads.router,
            feedback_themes.router,
            feedback_responses.router,
            safety_events.router,
            safety_reads.router,
            staff.router,
            establishments.router,
            forms.router,
            fhir.router,
            fhir_metadata.router,
            webhooks.router,
            feed_router(
                models.feed_events, source="/learning-loop/intake", event_types=EVENT_TYPES
            ),
        ],
        migrations_dir=MIGRATIONS,
        idempotency_table=models.idempotency_keys,
        hooks=[delivery_worker(models.webhook_tables, service="intake")],
    )
    safety_anonymity.install(app)
    return app

"""Webhook endpoints: where an org wants rupture alerts pushed (the clinician's EHR), so the
clinician can repair the alliance at the next session. The machinery is :mod:`shared.webhooks`,
the same as measures' alert webhooks; the bodies are intake's."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response

from services.intake.api.deps import Reader, Writer
from services.intake.models import webhook_tables
from services.intake.schemas.webhooks import (
    WEBHOOK_EXAMPLE,
    WebhookCreated,
    WebhookIn,
    WebhookOut,
    webhook_out,
)
from services.intake.settings import IntakeSettings
from shared import webhooks
from shared.paging import Page
from shared.problems import NotFound, problem_responses
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["webhooks"])
WebhookIdPath = Annotated[
    str,
    Path(
        min_length=1,
        max_length=36,
        description="The webhook id.",
        examples=["3f1c0a9e-5b7d-4c2e-9a8f-1d2e3f4a5b6c"],
    ),
]


def _writable(webhook_id: WebhookIdPath, caller: Writer, session: SessionDep) -> webhooks.Endpoint:
    row = webhooks.find(session, webhook_tables, caller.org, webhook_id)
    if row is None:
        raise NotFound("No webhook with this id.")  # also for another org's id
    return row


@router.post(
    "/webhooks",
    summary="Register a webhook endpoint",
    status_code=201,
    response_model=WebhookCreated,
    responses={
        201: {
            "content": {
                "application/json": {
                    "example": WEBHOOK_EXAMPLE
                    | {"secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}
                }
            }
        },
        **problem_responses(400, 409, 413, 422),
    },
)
def create_webhook(
    body: WebhookIn, caller: Writer, session: SessionDep, request: Request
) -> WebhookCreated:
    """`feedback.rupture` (session feedback whose form's rupture rule fired: an alliance item
    at or below the form's threshold, or a drop from the patient's previous submission) is
    POSTed to `url`, signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
    `webhook-signature`). Bodies carry ids only (`{"type": "feedback.rupture", "timestamp":
    ..., "data": {"org", "feedback_id", "rule", "patient_id"}}`; `patient_id` is null for a
    42 CFR Part 2 record the feed may not name): read the submission with
    `GET /v1/feedback/{feedback_id}`. Failed deliveries are retried with exponential backoff
    and jitter for about 42 hours. Redirects are not followed. The URL must resolve to public
    addresses only (422 otherwise). The signing secret is in this answer only: store it."""
    settings: IntakeSettings = request.app.state.settings
    row = webhooks.register(
        session,
        webhook_tables,
        org=caller.org,
        by=caller.sub,
        url=body.url,
        description=body.description,
        event_types=body.event_types,
        allow_private=settings.webhooks_allow_private_targets,
        max_per_org=settings.webhooks_max_per_org,
    )
    return WebhookCreated(**webhook_out(row).model_dump(), secret=row.secret)


@router.get(
    "/webhooks",
    summary="List webhook endpoints",
    response_model=Page[WebhookOut],
    responses={200: {"content": {"application/json": {"example": {"items": [WEBHOOK_EXAMPLE]}}}}},
)
def list_webhooks(caller: Reader, session: ReadSessionDep) -> Page[WebhookOut]:
    """The org's endpoints, oldest first (an org has at most a few, so one page holds them)."""
    rows = webhooks.list_endpoints(session, webhook_tables, caller.org)
    return Page(items=[webhook_out(r) for r in rows])


@router.delete(
    "/webhooks/{webhook_id}",
    summary="Delete a webhook endpoint",
    status_code=204,
    response_class=Response,
    responses=problem_responses(404),
)
def delete_webhook(
    row: Annotated[webhooks.Endpoint, Depends(_writable)], session: SessionDep
) -> Response:
    """Stop notifying this endpoint. Deliveries not yet made are cancelled; the log is kept."""
    webhooks.delete(session, webhook_tables, row)
    return Response(status_code=204)

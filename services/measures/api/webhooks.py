"""Webhook endpoints: where an org wants alert notifications pushed, and what was delivered."""

from datetime import UTC

from fastapi import APIRouter, Request, Response

from services.measures.api.deps import ReadableWebhook, Reader, WritableWebhook, Writer
from services.measures.models import as_utc, webhook_tables
from services.measures.schemas import (
    AttemptOut,
    DeliveryOut,
    RecoverIn,
    RecoverOut,
    WebhookCreated,
    WebhookIn,
    WebhookOut,
    webhook_out,
)
from services.measures.settings import MeasuresSettings
from shared import webhooks
from shared.paging import CursorQuery, LimitQuery, Page
from shared.problems import problem_responses
from shared.sessions import SessionDep

router = APIRouter(prefix="/v1", tags=["webhooks"])


@router.post(
    "/webhooks",
    summary="Register a webhook endpoint",
    status_code=201,
    response_model=WebhookCreated,
    responses=problem_responses(400, 409, 413, 422),
)
def create_webhook(
    body: WebhookIn, caller: Writer, session: SessionDep, request: Request
) -> WebhookCreated:
    """The org's alert events chosen in `event_types` (raised, acknowledged, actioned,
    escalated when a deadline of the escalation policy passes unmet, closed) are POSTed to
    `url`, signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
    `webhook-signature`). Bodies carry ids only
    (`{"type": "alert.raised", "timestamp": ..., "data": {"org", "alert_id", "patient_id"}}`):
    fetch the alert with `GET /v1/alerts/{alert_id}`. Failed deliveries are retried with
    exponential backoff and jitter for about 42 hours, then kept as `failed` in the delivery
    log, from where `POST /v1/webhooks/{webhook_id}/recover` sends them again. Redirects are not
    followed. The URL must resolve to public addresses only (422 otherwise). The signing secret
    is in this answer only: store it."""
    settings: MeasuresSettings = request.app.state.settings
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
)
def list_webhooks(caller: Reader, session: SessionDep) -> Page[WebhookOut]:
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
def delete_webhook(row: WritableWebhook, session: SessionDep) -> Response:
    """Stop notifying this endpoint. Deliveries not yet made are cancelled; the log stays
    readable by support but the endpoint no longer appears."""
    webhooks.delete(session, webhook_tables, row)
    return Response(status_code=204)


@router.get(
    "/webhooks/{webhook_id}/deliveries",
    summary="Read a webhook's delivery log",
    response_model=Page[DeliveryOut],
    responses=problem_responses(400, 404),
)
def list_webhook_deliveries(
    row: ReadableWebhook,
    session: SessionDep,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> Page[DeliveryOut]:
    """Every message sent (or still to send) to the endpoint, newest first: its `webhook-id`,
    state, attempts with their status codes, and when the next attempt is due."""
    page, next_cursor = webhooks.delivery_page(
        session, webhook_tables, row, cursor=cursor, limit=limit
    )
    return Page(items=[delivery_out(r) for r in page], next_cursor=next_cursor)


@router.post(
    "/webhooks/{webhook_id}/recover",
    summary="Send given-up deliveries again",
    response_model=RecoverOut,
    responses=problem_responses(400, 404, 409, 413, 422),
)
def recover_webhook(body: RecoverIn, row: WritableWebhook, session: SessionDep) -> RecoverOut:
    """After an outage longer than the retry schedule (about 42 hours), or once an endpoint that
    answered 410 Gone is back: every `failed` or `cancelled` delivery created since `since` is
    set back to `pending` with a fresh retry schedule, under its original `webhook-id` (so a
    receiver that did get one can drop the repeat). A disabled endpoint is enabled again."""
    since = as_utc(body.since).astimezone(UTC)
    return RecoverOut(requeued=webhooks.recover(session, webhook_tables, row, since=since))


def delivery_out(row: webhooks.Delivery) -> DeliveryOut:
    return DeliveryOut(
        delivery_id=row.delivery_id,
        event_type=row.event_type,
        alert_id=row.subject_id,
        state=row.state,
        attempts=row.attempts,
        next_attempt_at=None if row.next_attempt_at is None else as_utc(row.next_attempt_at),
        last_status_code=row.last_status_code,
        created_at=as_utc(row.created_at),
        delivered_at=None if row.delivered_at is None else as_utc(row.delivered_at),
        attempt_log=[AttemptOut.model_validate(a) for a in row.attempt_log],
    )

"""Alert webhooks: registration, the delivery outbox, and Standard Webhooks signatures.

Payloads are thin on purpose (Standard Webhooks "thin payloads"): ids only, never scores,
answers, rules or free text, because whether a patient has, say, a critical-item alert is itself
sensitive. A receiver fetches the alert with ``GET /v1/alerts/{alert_id}`` under its own token,
and that read is audit-logged. The body is::

    {"type": "alert.raised", "timestamp": "2026-11-22T10:00:00+00:00",
     "data": {"org": "org-a", "alert_id": "…", "patient_id": "…"}}

A delivery row is written in the transaction that raises, acknowledges, actions, escalates or
closes the alert (an outbox): when the receiver is down nothing is lost, the worker in
:mod:`.delivery` retries it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select, update

from services.measures.errors import WebhookLimitError
from services.measures.models import Alert, WebhookDeliveryRow, WebhookRow, as_utc
from services.measures.webhooks.url_guard import Resolver, check_url, system_resolver
from shared.models import utcnow

EVENT_TYPES = (
    "alert.raised",
    "alert.acknowledged",
    "alert.actioned",
    "alert.escalated",
    "alert.closed",
)
SECRET_PREFIX = "whsec_"  # noqa: S105 - a format prefix, not a secret
SECRET_BYTES = 32


def new_secret() -> str:
    """A Standard Webhooks symmetric secret: ``whsec_`` + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` header value for one attempt (``v1,<base64 HMAC-SHA256>``)."""
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def register(
    session: Session,
    *,
    org: str,
    by: str,
    url: str,
    description: str | None,
    event_types: Sequence[str],
    allow_private: bool,
    max_per_org: int,
    resolver: Resolver = system_resolver,
) -> WebhookRow:
    """Check the URL (SSRF) and store a new endpoint with a fresh secret."""
    target = check_url(url, allow_private=allow_private, resolver=resolver)
    count = session.exec(
        select(func.count())
        .select_from(WebhookRow)
        .where(WebhookRow.org == org, col(WebhookRow.deleted_at).is_(None))
    ).one()
    if int(count) >= max_per_org:
        raise WebhookLimitError(f"An organisation may register at most {max_per_org} webhooks.")
    row = WebhookRow(
        org=org,
        webhook_id=str(uuid.uuid4()),
        url=target.url,
        description=description,
        event_types=sorted(set(event_types)),
        secret=new_secret(),
        created_at=utcnow(),
        created_by=by,
    )
    session.add(row)
    return row


def find(session: Session, org: str, webhook_id: str) -> WebhookRow | None:
    """The org's live endpoint with this id (another org's id finds nothing)."""
    row = session.get(WebhookRow, (org, webhook_id))
    return None if row is None or row.deleted_at is not None else row


def delete(session: Session, row: WebhookRow) -> None:
    """Remove an endpoint; its pending deliveries are cancelled, its log is kept."""
    row.deleted_at = utcnow()
    session.add(row)
    session.execute(
        update(WebhookDeliveryRow)
        .where(
            col(WebhookDeliveryRow.org) == row.org,
            col(WebhookDeliveryRow.webhook_id) == row.webhook_id,
            col(WebhookDeliveryRow.state) == "pending",
        )
        .values(state="cancelled", next_attempt_at=None, claim=None)
    )


def recover(session: Session, row: WebhookRow, *, since: datetime) -> int:
    """Send again every delivery to this endpoint that gave up (or was cancelled when the
    endpoint was disabled) since ``since``: the way back after an outage longer than the retry
    schedule. A disabled endpoint is enabled again. Each delivery keeps its ``webhook-id`` and
    its attempt log, and gets a full retry schedule; the number requeued is returned."""
    now = utcnow()
    if row.disabled_at is not None:
        row.disabled_at, row.disabled_reason = None, None
        session.add(row)
    result = session.execute(
        update(WebhookDeliveryRow)
        .where(
            col(WebhookDeliveryRow.org) == row.org,
            col(WebhookDeliveryRow.webhook_id) == row.webhook_id,
            col(WebhookDeliveryRow.state).in_(("failed", "cancelled")),
            col(WebhookDeliveryRow.created_at) >= since,
        )
        .values(state="pending", attempts=0, next_attempt_at=now, claim=None)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def enqueue(
    session: Session,
    alerts: Sequence[Alert],
    event_type: str,
    *,
    now: datetime | None = None,
    at: datetime | None = None,
) -> int:
    """Write one delivery per alert and subscribed endpoint, in the alerts' own transaction,
    due ``now`` (the caller's clock); ``at`` is the body's timestamp when the event is not a
    raise or an acknowledgement (an action, a closing, an escalation)."""
    if not alerts:
        return 0
    hooks = subscribed(session, alerts[0].org, event_type)
    rows = deliveries(alerts, hooks, event_type, now=now or utcnow(), at=at)
    for values in rows:
        session.add(WebhookDeliveryRow(**values))
    return len(rows)


def subscribed(session: Session, org: str, event_type: str) -> list[WebhookRow]:
    """The org's live, enabled endpoints that subscribe to ``event_type``."""
    return [
        hook
        for hook in session.exec(
            select(WebhookRow).where(
                WebhookRow.org == org,
                col(WebhookRow.deleted_at).is_(None),
                col(WebhookRow.disabled_at).is_(None),
            )
        ).all()
        if event_type in hook.event_types
    ]


def deliveries(
    alerts: Sequence[Alert],
    hooks: Sequence[WebhookRow],
    event_type: str,
    *,
    now: datetime,
    at: datetime | None = None,
) -> list[dict[str, Any]]:
    """The delivery rows (every column) for these alerts to these endpoints, due ``now``."""
    rows = []
    for alert in alerts if hooks else ():
        when = at
        if when is None:
            ack = event_type == "alert.acknowledged"
            when = alert.acknowledged_at if ack else alert.raised_at
        body = payload(event_type, alert, when or now)
        for hook in hooks:
            rows.append(
                {
                    "org": alert.org,
                    "delivery_id": "msg_" + uuid.uuid4().hex,
                    "webhook_id": hook.webhook_id,
                    "event_type": event_type,
                    "alert_id": alert.alert_id,
                    "payload": body,
                    "state": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "claim": None,
                    "last_status_code": None,
                    "last_error": None,
                    "attempt_log": [],
                    "created_at": now,
                    "delivered_at": None,
                }
            )
    return rows


def payload(event_type: str, alert: Alert, at: datetime) -> str:
    """The exact JSON body every attempt sends (ids only)."""
    body = {
        "type": event_type,
        "timestamp": as_utc(at).isoformat(),
        "data": {"org": alert.org, "alert_id": alert.alert_id, "patient_id": alert.patient_id},
    }
    return json.dumps(body, separators=(",", ":"))

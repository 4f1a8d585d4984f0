"""Alert webhooks: what measures announces and how, on the shared machinery
(:mod:`shared.webhooks`: endpoints, outbox, signed delivery, worker, URL guard).

Payloads are thin on purpose (Standard Webhooks "thin payloads"): ids only, never scores,
answers, rules or free text, because whether a patient has, say, a critical-item alert is itself
sensitive. A receiver fetches the alert with ``GET /v1/alerts/{alert_id}`` under its own token,
and that read is audit-logged. The body is::

    {"type": "alert.raised", "timestamp": "2026-11-22T10:00:00+00:00",
     "data": {"org": "org-a", "alert_id": "…", "patient_id": "…"}}

A delivery row is written in the transaction that raises, acknowledges, actions, escalates or
closes the alert (an outbox): when the receiver is down nothing is lost, the shared worker
retries it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session

from services.measures.models import Alert, webhook_tables
from shared import webhooks as shared
from shared.models import utcnow

EVENT_TYPES = (
    "alert.raised",
    "alert.acknowledged",
    "alert.actioned",
    "alert.escalated",
    "alert.closed",
)
TABLES = webhook_tables


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
    if rows:
        session.execute(TABLES.deliveries.insert(), rows)
    return len(rows)


def subscribed(session: Session, org: str, event_type: str) -> list[shared.Endpoint]:
    """The org's live, enabled endpoints that subscribe to ``event_type``."""
    return shared.subscribed(session, TABLES, org, event_type)


def deliveries(
    alerts: Sequence[Alert],
    hooks: Sequence[shared.Endpoint],
    event_type: str,
    *,
    now: datetime,
    at: datetime | None = None,
) -> list[dict[str, Any]]:
    """The delivery rows (every column) for these alerts to these endpoints, due ``now``."""
    rows: list[dict[str, Any]] = []
    for alert in alerts if hooks else ():
        when = at
        if when is None:
            ack = event_type == "alert.acknowledged"
            when = alert.acknowledged_at if ack else alert.raised_at
        message = shared.Message(alert.alert_id, payload(event_type, alert, when or now))
        rows += shared.delivery_rows(TABLES, alert.org, [message], hooks, event_type, now=now)
    return rows


def payload(event_type: str, alert: Alert, at: datetime) -> str:
    """The exact JSON body every attempt sends (ids only)."""
    data = {"org": alert.org, "alert_id": alert.alert_id, "patient_id": alert.patient_id}
    return shared.payload(event_type, at, data)

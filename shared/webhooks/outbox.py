"""The delivery outbox: one row per message and subscribed endpoint, written in the transaction
that makes the event, so when the receiver is down nothing is lost (the worker retries it);
and the delivery log read back, newest first.

Payloads are thin on purpose (Standard Webhooks "thin payloads"): ids only, never scores,
answers or free text, because that a patient has, say, an alert is itself sensitive. A receiver
fetches what the ids name under its own token. The body is::

    {"type": "<event type>", "timestamp": "2026-11-22T10:00:00+00:00", "data": {"org": …, …}}
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from shared.models import utcnow
from shared.paging import decode_cursor, encode_cursor
from shared.problems import BadRequest
from shared.webhooks.endpoints import subscribed
from shared.webhooks.tables import Delivery, Endpoint, WebhookTables, as_utc

__all__ = ["Message", "delivery_page", "delivery_rows", "enqueue", "payload"]


@dataclass(frozen=True, slots=True)
class Message:
    """One event to announce: the id it is about and the exact body to send."""

    subject_id: str
    body: str


def payload(event_type: str, at: datetime, data: Mapping[str, Any]) -> str:
    """The exact JSON body every attempt sends (ids only)."""
    body = {"type": event_type, "timestamp": as_utc(at).isoformat(), "data": dict(data)}
    return json.dumps(body, separators=(",", ":"))


def delivery_rows(
    tables: WebhookTables,
    org: str,
    messages: Sequence[Message],
    hooks: Sequence[Endpoint],
    event_type: str,
    *,
    now: datetime,
) -> list[dict[str, Any]]:
    """The delivery rows (every column) for these messages to these endpoints, due ``now``."""
    rows = []
    for message in messages if hooks else ():
        for hook in hooks:
            rows.append(
                {
                    "org": org,
                    "delivery_id": "msg_" + uuid.uuid4().hex,
                    "webhook_id": hook.webhook_id,
                    "event_type": event_type,
                    tables.subject: message.subject_id,
                    "payload": message.body,
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


def enqueue(
    session: Session,
    tables: WebhookTables,
    org: str,
    event_type: str,
    messages: Sequence[Message],
    *,
    now: datetime | None = None,
) -> int:
    """Write one delivery per message and subscribed endpoint, in the caller's transaction."""
    if not messages:
        return 0
    hooks = subscribed(session, tables, org, event_type)
    rows = delivery_rows(tables, org, messages, hooks, event_type, now=now or utcnow())
    if rows:
        session.execute(insert(tables.deliveries), rows)
    return len(rows)


def delivery_page(
    session: Session,
    tables: WebhookTables,
    endpoint: Endpoint,
    *,
    cursor: str | None,
    limit: int,
) -> tuple[list[Delivery], str | None]:
    """One page of the endpoint's delivery log, newest first, and the next page's cursor."""
    d = tables.deliveries
    query = select(d).where(d.c.org == endpoint.org, d.c.webhook_id == endpoint.webhook_id)
    key = decode_cursor(cursor)
    if key is not None:
        if len(key) != 2 or not all(isinstance(k, str) for k in key):
            raise BadRequest("The cursor is not valid; start again without one.")
        try:
            at = as_utc(datetime.fromisoformat(key[0]))
        except ValueError as exc:
            raise BadRequest("The cursor is not valid; start again without one.") from exc
        query = query.where(
            or_(d.c.created_at < at, (d.c.created_at == at) & (d.c.delivery_id < key[1]))
        )
    rows = session.execute(
        query.order_by(d.c.created_at.desc(), d.c.delivery_id.desc()).limit(limit + 1)
    ).all()
    page = [Delivery.of(r, tables.subject) for r in rows[:limit]]
    last = page[-1] if len(rows) > limit else None
    next_cursor = (
        None if last is None else encode_cursor([last.created_at.isoformat(), last.delivery_id])
    )
    return page, next_cursor

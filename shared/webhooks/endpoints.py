"""Registered endpoints: adding one (URL checked against SSRF), finding, listing, deleting, and
bringing one back after an outage. Every function works on the calling service's tables."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from shared.models import utcnow
from shared.webhooks.errors import WebhookLimitError
from shared.webhooks.signing import new_secret
from shared.webhooks.tables import Endpoint, WebhookTables
from shared.webhooks.url_guard import Resolver, check_url, system_resolver

__all__ = ["delete", "find", "list_endpoints", "recover", "register", "subscribed"]


def register(
    session: Session,
    tables: WebhookTables,
    *,
    org: str,
    by: str,
    url: str,
    description: str | None,
    event_types: Sequence[str],
    allow_private: bool,
    max_per_org: int,
    resolver: Resolver = system_resolver,
) -> Endpoint:
    """Check the URL (SSRF) and store a new endpoint with a fresh secret."""
    target = check_url(url, allow_private=allow_private, resolver=resolver)
    t = tables.endpoints
    count = session.execute(
        select(func.count()).select_from(t).where(t.c.org == org, t.c.deleted_at.is_(None))
    ).scalar_one()
    if int(count) >= max_per_org:
        raise WebhookLimitError(f"An organisation may register at most {max_per_org} webhooks.")
    values = {
        "org": org,
        "webhook_id": str(uuid.uuid4()),
        "url": target.url,
        "description": description,
        "event_types": sorted(set(event_types)),
        "secret": new_secret(),
        "created_at": utcnow(),
        "created_by": by,
        "disabled_at": None,
        "disabled_reason": None,
        "deleted_at": None,
    }
    session.execute(insert(t).values(**values))
    return Endpoint(**values)  # type: ignore[arg-type]


def find(session: Session, tables: WebhookTables, org: str, webhook_id: str) -> Endpoint | None:
    """The org's live endpoint with this id (another org's id finds nothing)."""
    t = tables.endpoints
    row = session.execute(
        select(t).where(t.c.org == org, t.c.webhook_id == webhook_id, t.c.deleted_at.is_(None))
    ).first()
    return None if row is None else Endpoint.of(row)


def list_endpoints(session: Session, tables: WebhookTables, org: str) -> list[Endpoint]:
    """The org's live endpoints, oldest first (an org has at most a few)."""
    t = tables.endpoints
    rows = session.execute(
        select(t)
        .where(t.c.org == org, t.c.deleted_at.is_(None))
        .order_by(t.c.created_at, t.c.webhook_id)
    ).all()
    return [Endpoint.of(r) for r in rows]


def subscribed(
    session: Session, tables: WebhookTables, org: str, event_type: str
) -> list[Endpoint]:
    """The org's live, enabled endpoints that subscribe to ``event_type``."""
    t = tables.endpoints
    rows = session.execute(
        select(t).where(t.c.org == org, t.c.deleted_at.is_(None), t.c.disabled_at.is_(None))
    ).all()
    return [hook for hook in map(Endpoint.of, rows) if event_type in hook.event_types]


def delete(session: Session, tables: WebhookTables, endpoint: Endpoint) -> None:
    """Remove an endpoint; its pending deliveries are cancelled, its log is kept."""
    t, d = tables.endpoints, tables.deliveries
    session.execute(
        update(t)
        .where(t.c.org == endpoint.org, t.c.webhook_id == endpoint.webhook_id)
        .values(deleted_at=utcnow())
    )
    session.execute(
        update(d)
        .where(
            d.c.org == endpoint.org,
            d.c.webhook_id == endpoint.webhook_id,
            d.c.state == "pending",
        )
        .values(state="cancelled", next_attempt_at=None, claim=None)
    )


def recover(session: Session, tables: WebhookTables, endpoint: Endpoint, *, since: datetime) -> int:
    """Send again every delivery to this endpoint that gave up (or was cancelled when the
    endpoint was disabled) since ``since``: the way back after an outage longer than the retry
    schedule. A disabled endpoint is enabled again. Each delivery keeps its ``webhook-id`` and
    its attempt log, and gets a full retry schedule; the number requeued is returned."""
    now = utcnow()
    t, d = tables.endpoints, tables.deliveries
    if endpoint.disabled_at is not None:
        session.execute(
            update(t)
            .where(t.c.org == endpoint.org, t.c.webhook_id == endpoint.webhook_id)
            .values(disabled_at=None, disabled_reason=None)
        )
    result = session.execute(
        update(d)
        .where(
            d.c.org == endpoint.org,
            d.c.webhook_id == endpoint.webhook_id,
            d.c.state.in_(("failed", "cancelled")),
            d.c.created_at >= since,
        )
        .values(state="pending", attempts=0, next_attempt_at=now, claim=None)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]

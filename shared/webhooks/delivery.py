"""Delivering webhooks: claim due deliveries, send them signed, record each attempt (run by the
worker in :mod:`.worker`).

Several replicas may run it. A claim happens in a short transaction that selects due rows
(``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so replicas take disjoint rows; SQLite has a single
writer and ``BEGIN IMMEDIATE``), stamps them with a claim token and pushes ``next_attempt_at``
past the attempt's worst-case duration (a lease). The HTTP call happens outside any
transaction; its outcome is recorded only if the claim still holds. A worker that dies
mid-attempt leaves rows that fall due again when the lease ends: delivery is at least once,
and ``webhook-id`` (unchanged across retries) lets the receiver deduplicate.

Success is any 2xx. Redirects are not followed (3xx is a failure). 410 Gone disables the
endpoint. Everything else is retried on the configured schedule, honouring ``Retry-After``,
until the maximum number of attempts; a target that fails the SSRF check is not retried.
"""

from __future__ import annotations

import math
import random
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from shared.db import read_only
from shared.webhooks.errors import UnsafeUrlError
from shared.webhooks.settings import WebhookSettings
from shared.webhooks.signing import sign
from shared.webhooks.tables import Endpoint, WebhookTables
from shared.webhooks.url_guard import check_url, pinned, system_resolver

SEND_THREADS = 8
MAX_RETRY_AFTER_SECONDS = 24 * 3600


@dataclass(frozen=True, slots=True)
class Claimed:
    """A delivery taken by this worker for one attempt."""

    org: str
    delivery_id: str
    webhook_id: str
    claim: str
    url: str
    secret: str
    payload: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one attempt came to; ``error`` is a short code, never a receiver's text."""

    status_code: int | None = None
    error: str | None = None
    retry_after: float | None = None
    final: bool = False
    duration_ms: int = 0

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def lease_seconds(settings: WebhookSettings, threads: int = SEND_THREADS) -> float:
    """Long enough for a whole claimed batch: connect, write and read may each time out."""
    rounds = math.ceil(settings.webhooks_batch_size / threads)
    return 3 * settings.webhooks_timeout_seconds * rounds + 30


def has_due(engine: Engine, tables: WebhookTables, now: datetime) -> bool:
    """A cheap read (no write lock on SQLite) before trying to claim."""
    d = tables.deliveries
    with read_only(engine).connect() as connection:
        return (
            connection.execute(
                select(d.c.delivery_id)
                .where(d.c.state == "pending", d.c.next_attempt_at <= now)
                .limit(1)
            ).first()
            is not None
        )


def claim_due(
    engine: Engine, tables: WebhookTables, *, now: datetime, limit: int, lease: float
) -> list[Claimed]:
    """Take up to ``limit`` due deliveries for this worker (disjoint across replicas)."""
    d, t = tables.deliveries, tables.endpoints
    claimed: list[Claimed] = []
    with Session(engine) as session, session.begin():
        query = (
            select(d.c.org, d.c.delivery_id, d.c.webhook_id, d.c.payload)
            .where(d.c.state == "pending", d.c.next_attempt_at <= now)
            .order_by(d.c.next_attempt_at)
            .limit(limit)
        )
        if engine.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        rows = session.execute(query).all()
        hooks: dict[tuple[str, str], Endpoint | None] = {}
        for org, delivery_id, webhook_id, body in rows:
            key = (org, webhook_id)
            if key not in hooks:
                found = session.execute(
                    select(t).where(t.c.org == org, t.c.webhook_id == webhook_id)
                ).first()
                hooks[key] = None if found is None else Endpoint.of(found)
            hook = hooks[key]
            mine = (d.c.org == org) & (d.c.delivery_id == delivery_id)
            if hook is None or hook.deleted_at is not None or hook.disabled_at is not None:
                session.execute(
                    update(d)
                    .where(mine)
                    .values(state="cancelled", next_attempt_at=None, claim=None)
                )
                continue
            claim = str(uuid.uuid4())
            session.execute(
                update(d)
                .where(mine)
                .values(claim=claim, next_attempt_at=now + timedelta(seconds=lease))
            )
            claimed.append(
                Claimed(
                    org=org,
                    delivery_id=delivery_id,
                    webhook_id=webhook_id,
                    claim=claim,
                    url=hook.url,
                    secret=hook.secret,
                    payload=body,
                )
            )
    return claimed


def send(client: httpx.Client, item: Claimed, *, allow_private: bool, user_agent: str) -> Outcome:
    """One signed attempt, to the address the SSRF check approved."""
    started = time.monotonic()
    try:
        target = check_url(item.url, allow_private=allow_private, resolver=system_resolver)
    except UnsafeUrlError as error:
        return Outcome(error=error.code, final=error.code != "unresolvable_host")
    body = item.payload.encode()
    timestamp = int(time.time())
    headers = {
        "content-type": "application/json",
        "user-agent": user_agent,
        "webhook-id": item.delivery_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(item.secret, item.delivery_id, timestamp, body),
    }
    url, extensions = pinned(target.url, target.host, target.address, headers)
    try:
        with client.stream("POST", url, content=body, headers=headers, extensions=extensions) as r:
            status = r.status_code
            retry_after = _retry_after(r.headers.get("retry-after"))
    except httpx.TimeoutException:
        return Outcome(error="timeout", duration_ms=_ms(started))
    except httpx.HTTPError:
        return Outcome(error="connect_error", duration_ms=_ms(started))
    return Outcome(
        status_code=status,
        error=None if 200 <= status < 300 else f"http_{status}",
        retry_after=retry_after,
        final=status == 410,
        duration_ms=_ms(started),
    )


def release(engine: Engine, tables: WebhookTables, item: Claimed, *, now: datetime) -> None:
    """Give back a claim not attempted (the worker is stopping): due again at once, so another
    replica need not wait for the lease to run out."""
    d = tables.deliveries
    with Session(engine) as session, session.begin():
        session.execute(
            update(d)
            .where(
                d.c.org == item.org,
                d.c.delivery_id == item.delivery_id,
                d.c.claim == item.claim,
                d.c.state == "pending",
            )
            .values(claim=None, next_attempt_at=now)
        )


def record(
    engine: Engine,
    tables: WebhookTables,
    item: Claimed,
    outcome: Outcome,
    *,
    settings: WebhookSettings,
    now: datetime,
) -> None:
    """Log the attempt and decide what is next, if this worker's claim still holds."""
    d = tables.deliveries
    mine = (d.c.org == item.org) & (d.c.delivery_id == item.delivery_id)
    with Session(engine) as session, session.begin():
        query = select(d.c.claim, d.c.state, d.c.attempts, d.c.attempt_log).where(mine)
        if engine.dialect.name == "postgresql":
            query = query.with_for_update()
        row = session.execute(query).first()
        if row is None or row.claim != item.claim or row.state != "pending":
            return  # the lease ran out and another worker took it over
        attempts = row.attempts + 1
        entry: dict[str, Any] = {
            "attempt": len(row.attempt_log) + 1,  # attempts restarts at 0 when recovered
            "at": now.isoformat(),
            "status_code": outcome.status_code,
            "error": outcome.error,
            "duration_ms": outcome.duration_ms,
        }
        values: dict[str, Any] = {
            "attempts": attempts,
            "claim": None,
            "last_status_code": outcome.status_code,
            "last_error": outcome.error,
            "attempt_log": [*row.attempt_log, entry],
        }
        if outcome.ok:
            values |= {"state": "delivered", "delivered_at": now, "next_attempt_at": None}
        elif outcome.final or attempts >= settings.webhooks_max_attempts:
            values |= {"state": "failed", "next_attempt_at": None}
        else:
            values["next_attempt_at"] = now + timedelta(seconds=_delay(attempts, outcome, settings))
        session.execute(update(d).where(mine).values(**values))
        if outcome.status_code == 410:
            _disable(session, tables, item.org, item.webhook_id, reason="gone_410", now=now)


# Our own generator: the ``random`` module's shared state belongs to whatever else runs in the
# process (a seeded simulation, a property-based test), and this runs in a background thread.
_JITTER = random.Random()  # noqa: S311 - jitter, not security


def _delay(attempts: int, outcome: Outcome, settings: WebhookSettings) -> float:
    schedule = settings.webhooks_retry_schedule_seconds
    base = schedule[min(attempts - 1, len(schedule) - 1)]
    delay = base * (1 + _JITTER.random() * 0.1)
    if outcome.retry_after is not None:
        delay = max(delay, min(outcome.retry_after, MAX_RETRY_AFTER_SECONDS))
    return delay


def _disable(
    session: Session,
    tables: WebhookTables,
    org: str,
    webhook_id: str,
    *,
    reason: str,
    now: datetime,
) -> None:
    t, d = tables.endpoints, tables.deliveries
    session.execute(
        update(t)
        .where(t.c.org == org, t.c.webhook_id == webhook_id, t.c.disabled_at.is_(None))
        .values(disabled_at=now, disabled_reason=reason)
    )
    session.execute(
        update(d)
        .where(d.c.org == org, d.c.webhook_id == webhook_id, d.c.state == "pending")
        .values(state="cancelled", next_attempt_at=None, claim=None)
    )


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to the schedule


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)

"""How far metrics has applied each feed, and what is failing (``GET /v1/sync/status``): read
from the consumers' own tables (:mod:`.state`).

A source is **caught up** when its last poll found nothing more to apply, that poll was made
under the current lease (a new holder has not polled yet: it knows nothing of what waits), no
failure came since, and the consumer holding its lease is alive. Alive means its process beat within
``heartbeat_seconds`` (:mod:`.heartbeat`); a holder with no heartbeat row (a rebuild, a one-off
sync) is alive while its lease lasts. So a killed consumer's last "caught up" stops being
reported within ``heartbeat_seconds`` of its death, and stays off until a live consumer has
polled the feed to its end again; a poll that found more (``has_more``) already cleared it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from services.metrics.schemas.sync import SourceStatus, SyncStatus
from services.metrics.sync.consumer import SOURCES
from services.metrics.sync.state import CURSORS, HEARTBEATS, LEASES, PROBLEMS
from shared.models import as_utc


def _seconds(later: datetime, earlier: datetime | None) -> float | None:
    return None if earlier is None else round(max(0.0, (later - earlier).total_seconds()), 3)


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value)


def _holder_alive(lease: Any, seen_at: datetime | None, *, now: datetime, span: float) -> bool:
    if lease is None:
        return False
    if seen_at is None:
        return as_utc(lease.expires_at) > now
    return seen_at >= now - timedelta(seconds=span)


def _polled_under(lease: Any, caught_up_at: datetime) -> bool:
    """The "caught up" poll came after the current holder took the lease."""
    return lease.taken_at is None or caught_up_at >= as_utc(lease.taken_at)


def sync_status(connection: Connection, *, now: datetime, heartbeat_seconds: float) -> SyncStatus:
    """Each source's cursor, events applied, lag, last failure and lease holder at ``now``."""
    cursors = {r.source: r for r in connection.execute(select(CURSORS))}
    leases = {r.source: r for r in connection.execute(select(LEASES))}
    problems = {r.source: r for r in connection.execute(select(PROBLEMS))}
    beats = {r.holder: as_utc(r.seen_at) for r in connection.execute(select(HEARTBEATS))}
    statuses = []
    for source in SOURCES:
        cursor, lease, problem = cursors.get(source), leases.get(source), problems.get(source)
        caught_up_at = _utc(cursor.caught_up_at) if cursor else None
        last_event = _utc(cursor.last_event_time) if cursor else None
        failed_at = _utc(problem.failed_at) if problem else None
        seen_at = beats.get(lease.holder) if lease else None
        alive = _holder_alive(lease, seen_at, now=now, span=heartbeat_seconds)
        # A dead holder's lease is shown until taken (that is what the feed waits behind).
        current = lease if lease is not None and (alive or as_utc(lease.expires_at) > now) else None
        statuses.append(
            SourceStatus(
                source=source,
                cursor=cursor.cursor if cursor else None,
                events_applied=cursor.events_applied if cursor else 0,
                last_event_time=last_event,
                caught_up=caught_up_at is not None
                and (failed_at is None or failed_at < caught_up_at)
                and alive
                and _polled_under(lease, caught_up_at),
                caught_up_at=caught_up_at,
                lag_seconds=_seconds(now, caught_up_at or last_event),
                last_error=problem.error if problem else None,
                failures=problem.failures if problem else 0,
                last_failed_at=failed_at,
                lease_holder=current.holder if current else None,
                lease_expires_at=_utc(current.expires_at) if current else None,
                lease_taken_at=_utc(current.taken_at) if current else None,
                holder_alive=alive,
                holder_seen_at=seen_at if current else None,
            )
        )
    return SyncStatus(sources=statuses)

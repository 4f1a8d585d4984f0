"""What ``GET /v1/sync/status`` and ``POST /v1/admin/rebuild`` answer: each feed's progress."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.engine import Connection

from services.metrics.consumer import SOURCES
from services.metrics.consumer_state import CURSORS, LEASES, PROBLEMS
from shared.models import as_utc

_EXAMPLE_TIME = "2026-12-02T09:30:00Z"


class SourceStatus(BaseModel):
    """How far metrics has applied one source's feed."""

    source: str = Field(description="The producing service.", examples=["intake"])
    cursor: str | None = Field(
        description="The feed position applied so far (null: nothing yet).", examples=["WzAsNDJd"]
    )
    events_applied: int = Field(description="Events consumed from this feed.", examples=[4200])
    last_event_time: datetime | None = Field(
        description="Commit time of the last event applied.", examples=[_EXAMPLE_TIME]
    )
    caught_up: bool = Field(
        description="The last poll found nothing more to apply and no failure came since."
    )
    caught_up_at: datetime | None = Field(
        description="When metrics last had everything the source had.", examples=[_EXAMPLE_TIME]
    )
    lag_seconds: float | None = Field(
        description="How stale metrics may be for this source: seconds since it was last caught "
        "up, or (never caught up since the last reset) since the last event applied.",
        examples=[1.5],
    )
    last_error: str | None = Field(
        description="The last failure reading the feed, cleared by the next good poll.",
        examples=["unavailable: cannot reach it (ConnectError)"],
    )
    failures: int = Field(description="Failed polls in a row.", examples=[0])
    last_failed_at: datetime | None = Field(description="When the last poll failed.")
    lease_holder: str | None = Field(
        description="The consumer applying this feed (host:pid:id), if its lease is current.",
        examples=["metrics-7d9f:12:3fa2b1c0"],
    )
    lease_expires_at: datetime | None = Field(description="When that lease runs out unrenewed.")


class SyncStatus(BaseModel):
    """Every source's progress."""

    sources: list[SourceStatus] = Field(description="One entry per feed, intake then measures.")


def _seconds(later: datetime, earlier: datetime | None) -> float | None:
    return None if earlier is None else round(max(0.0, (later - earlier).total_seconds()), 3)


def _utc(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value)


def sync_status(connection: Connection, *, now: datetime) -> SyncStatus:
    cursors = {r.source: r for r in connection.execute(select(CURSORS))}
    leases = {r.source: r for r in connection.execute(select(LEASES))}
    problems = {r.source: r for r in connection.execute(select(PROBLEMS))}
    statuses = []
    for source in SOURCES:
        cursor, lease, problem = cursors.get(source), leases.get(source), problems.get(source)
        caught_up_at = _utc(cursor.caught_up_at) if cursor else None
        last_event = _utc(cursor.last_event_time) if cursor else None
        failed_at = _utc(problem.failed_at) if problem else None
        current_lease = lease is not None and as_utc(lease.expires_at) > now
        statuses.append(
            SourceStatus(
                source=source,
                cursor=cursor.cursor if cursor else None,
                events_applied=cursor.events_applied if cursor else 0,
                last_event_time=last_event,
                caught_up=caught_up_at is not None
                and (failed_at is None or failed_at < caught_up_at),
                caught_up_at=caught_up_at,
                lag_seconds=_seconds(now, caught_up_at or last_event),
                last_error=problem.error if problem else None,
                failures=problem.failures if problem else 0,
                last_failed_at=failed_at,
                lease_holder=lease.holder if current_lease else None,
                lease_expires_at=_utc(lease.expires_at) if current_lease else None,
            )
        )
    return SyncStatus(sources=statuses)


class SourceReplay(BaseModel):
    """What a rebuild replayed from one feed."""

    source: str = Field(description="The producing service.", examples=["measures"])
    events: int = Field(description="Events replayed.", examples=[1800])
    pages: int = Field(description="Pages read.", examples=[2])
    cursor: str | None = Field(description="The feed position reached.", examples=["WzAsMTgwMF0"])


class RebuildOut(BaseModel):
    """The outcome of a rebuild: the feeds replayed and the facts they gave."""

    sources: list[SourceReplay] = Field(description="One entry per feed.")
    facts: dict[str, int] = Field(
        description="Rows per fact table after the rebuild.",
        examples=[{"fact_encounters": 2000, "fact_assessments": 800}],
    )
    seconds: float = Field(description="How long the rebuild took.", examples=[3.2])

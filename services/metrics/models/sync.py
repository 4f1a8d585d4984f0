"""Sync state: each feed's cursor (written in the transaction of the facts it changed), the
lease that lets one consumer at a time apply a feed, and the last failure."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from services.metrics.models.base import (
    MetricsTable,
    utc_field,
)


class FeedCursor(MetricsTable, table=True):
    """How far metrics has applied one source's feed; written with the facts it changed."""

    __tablename__ = "feed_cursors"

    source: str = Field(primary_key=True, max_length=32)
    cursor: str | None = Field(default=None, max_length=128)
    events_applied: int = 0
    last_event_id: str | None = Field(default=None, max_length=64)
    last_event_time: datetime | None = utc_field(nullable=True)
    caught_up_at: datetime | None = utc_field(nullable=True)
    updated_at: datetime | None = utc_field(nullable=True)


class ConsumerLease(MetricsTable, table=True):
    """Who may apply a source's feed until when: one consumer at a time across replicas.

    A replica takes the lease when it is free or expired and renews it while it works; the
    cursor is only advanced by the holder (the write checks the holder in the same transaction).
    """

    __tablename__ = "consumer_leases"

    source: str = Field(primary_key=True, max_length=32)
    holder: str = Field(max_length=64)
    expires_at: datetime = utc_field()
    # When this holder took it (renewals keep it): a "caught up" polled before then was
    # another consumer's, and says nothing of what waits now.
    taken_at: datetime | None = utc_field(nullable=True)


class SyncProblem(MetricsTable, table=True):
    """The last failure talking to a source (kept apart from the cursor: no fact write
    needed to record it). Cleared by the next successful poll."""

    __tablename__ = "sync_problems"

    source: str = Field(primary_key=True, max_length=32)
    failed_at: datetime = utc_field()
    failures: int = 0
    error: str = Field(max_length=256)


class ConsumerHeartbeat(MetricsTable, table=True):
    """A running consumer process says it is alive: its heartbeat thread writes ``seen_at``
    every few seconds, apart from any page it applies. A lease whose holder's heartbeat has
    gone stale may be taken at once, without waiting for the lease to run out
    (:mod:`services.metrics.sync.heartbeat`)."""

    __tablename__ = "consumer_heartbeats"

    holder: str = Field(primary_key=True, max_length=64)
    started_at: datetime = utc_field()
    seen_at: datetime = utc_field()

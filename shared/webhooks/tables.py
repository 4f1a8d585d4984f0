"""The two tables of a sending service, added to its own metadata (and migrations), and the rows
read from them.

``webhooks`` holds an org's registered endpoints; ``webhook_deliveries`` is the outbox: one row
per message and endpoint, written in the transaction that makes the event, holding the exact
bytes sent on every attempt (the signature covers them). ``next_attempt_at`` doubles as the claim
lease: a worker that takes a row pushes it past the attempt's timeout, so a crashed worker's row
becomes due again. The one column that differs between services is the id of what a message is
about (``subject``: measures' ``alert_id``, intake's ``rupture_id``); the rest is the same, so the
code in this package serves both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, Integer, MetaData, String, Table, Text

__all__ = ["Delivery", "Endpoint", "WebhookTables", "as_utc", "webhook_tables"]


@dataclass(frozen=True, slots=True)
class WebhookTables:
    """A service's two webhook tables and the name of its subject column."""

    endpoints: Table
    deliveries: Table
    subject: str


def _utc(name: str, nullable: bool = False) -> Column[Any]:
    return Column(name, DateTime(timezone=True), nullable=nullable)


def webhook_tables(metadata: MetaData, *, subject: str) -> WebhookTables:
    """The tables each sending service adds to its own metadata."""
    endpoints = Table(
        "webhooks",
        metadata,
        Column("org", String(128), primary_key=True),
        Column("webhook_id", String(36), primary_key=True),
        Column("url", String(2048), nullable=False),
        Column("description", String(256), nullable=True),
        Column("event_types", JSON, nullable=False),
        Column("secret", String(128), nullable=False),
        _utc("created_at"),
        Column("created_by", String(256), nullable=False),
        _utc("disabled_at", nullable=True),
        Column("disabled_reason", String(64), nullable=True),
        _utc("deleted_at", nullable=True),
    )
    deliveries = Table(
        "webhook_deliveries",
        metadata,
        Column("org", String(128), primary_key=True),
        Column("delivery_id", String(40), primary_key=True),
        Column("webhook_id", String(36), nullable=False),
        Column("event_type", String(64), nullable=False),
        Column(subject, String(36), nullable=False),
        Column("payload", Text, nullable=False),
        Column("state", String(16), nullable=False),
        Column("attempts", Integer, nullable=False),
        _utc("next_attempt_at", nullable=True),
        Column("claim", String(36), nullable=True),
        Column("last_status_code", Integer, nullable=True),
        Column("last_error", String(64), nullable=True),
        Column("attempt_log", JSON, nullable=False),
        _utc("created_at"),
        _utc("delivered_at", nullable=True),
        Index("ix_webhook_deliveries_due", "state", "next_attempt_at"),
        Index("ix_webhook_deliveries_webhook", "org", "webhook_id", "created_at"),
    )
    return WebhookTables(endpoints=endpoints, deliveries=deliveries, subject=subject)


def as_utc(value: datetime) -> datetime:
    """A stored UTC time with its zone: SQLite hands timezone-aware columns back naive."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _maybe_utc(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value)


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A registered endpoint as read (times in UTC)."""

    org: str
    webhook_id: str
    url: str
    description: str | None
    event_types: list[str]
    secret: str
    created_at: datetime
    created_by: str
    disabled_at: datetime | None
    disabled_reason: str | None
    deleted_at: datetime | None

    @classmethod
    def of(cls, row: Any) -> Endpoint:
        m = row._mapping
        return cls(
            org=m["org"],
            webhook_id=m["webhook_id"],
            url=m["url"],
            description=m["description"],
            event_types=list(m["event_types"]),
            secret=m["secret"],
            created_at=as_utc(m["created_at"]),
            created_by=m["created_by"],
            disabled_at=_maybe_utc(m["disabled_at"]),
            disabled_reason=m["disabled_reason"],
            deleted_at=_maybe_utc(m["deleted_at"]),
        )


@dataclass(frozen=True, slots=True)
class Delivery:
    """One message to one endpoint as read; ``subject_id`` is what it is about."""

    org: str
    delivery_id: str
    webhook_id: str
    event_type: str
    subject_id: str
    payload: str
    state: str
    attempts: int
    next_attempt_at: datetime | None
    claim: str | None
    last_status_code: int | None
    last_error: str | None
    attempt_log: list[dict[str, Any]]
    created_at: datetime
    delivered_at: datetime | None

    @classmethod
    def of(cls, row: Any, subject: str) -> Delivery:
        m = row._mapping
        return cls(
            org=m["org"],
            delivery_id=m["delivery_id"],
            webhook_id=m["webhook_id"],
            event_type=m["event_type"],
            subject_id=m[subject],
            payload=m["payload"],
            state=m["state"],
            attempts=m["attempts"],
            next_attempt_at=_maybe_utc(m["next_attempt_at"]),
            claim=m["claim"],
            last_status_code=m["last_status_code"],
            last_error=m["last_error"],
            attempt_log=list(m["attempt_log"]),
            created_at=as_utc(m["created_at"]),
            delivered_at=_maybe_utc(m["delivered_at"]),
        )

"""The base every table of the service derives from, its metadata and the shared tables on it,
and the column helpers the table modules use."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime
from sqlmodel import Field, SQLModel

from shared.audit import audit_table
from shared.feed import outbox_table
from shared.idempotency import idempotency_table
from shared.models import new_registry
from shared.webhooks.tables import webhook_tables as shared_webhook_tables


class MeasuresTable(SQLModel, registry=new_registry()):
    """Base of every measures table; its metadata is measures' alone."""


metadata = MeasuresTable.metadata
idempotency_keys = idempotency_table(metadata)
feed_events = outbox_table(metadata)
audit_log = audit_table(metadata)
# Alert webhooks: endpoints and the delivery outbox (shared/webhooks/tables.py).
webhook_tables = shared_webhook_tables(metadata, subject="alert_id")

ID_LENGTH = 64


def as_utc(value: datetime) -> datetime:
    """A stored UTC time with its zone: SQLite hands timezone-aware columns back naive."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def utc_column(nullable: bool = False) -> Any:
    """A UTC time column (timezone-aware; SQLite hands it back naive: :func:`as_utc`)."""
    return Field(
        default=None if nullable else ...,
        sa_column=Column(DateTime(timezone=True), nullable=nullable),
    )


def json_column(default: Any) -> Any:
    """A JSON column that is never null."""
    return Field(default_factory=default, sa_column=Column(JSON, nullable=False))

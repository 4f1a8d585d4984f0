"""The base every table of the service derives from, its metadata and the shared tables on it,
and the column helpers the table modules use."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
)
from sqlmodel import Field, SQLModel

from shared.audit import audit_table
from shared.feed import outbox_table
from shared.idempotency import idempotency_table
from shared.models import new_registry
from shared.webhooks.tables import webhook_tables as shared_webhook_tables


class IntakeTable(SQLModel, registry=new_registry()):
    """Base of every intake table; its metadata is intake's alone."""


metadata = IntakeTable.metadata
idempotency_keys = idempotency_table(metadata)
feed_events = outbox_table(metadata)
audit_log = audit_table(metadata)
# Rupture webhooks: endpoints and the delivery outbox (shared/webhooks/tables.py).
webhook_tables = shared_webhook_tables(metadata, subject="feedback_id")

ID_LENGTH = 64
CODE_LENGTH = 40
TIME_TEXT_LENGTH = 40


def utc_column() -> Any:
    """A UTC time column, never null."""
    return Field(sa_column=Column(DateTime(timezone=True), nullable=False))

"""Measures' tables, on measures' own metadata."""

from __future__ import annotations

from sqlmodel import SQLModel

from shared.audit import audit_table
from shared.feed import outbox_table
from shared.idempotency import idempotency_table
from shared.models import new_registry


class MeasuresTable(SQLModel, registry=new_registry()):
    """Base of every measures table; its metadata is measures' alone."""


metadata = MeasuresTable.metadata
idempotency_keys = idempotency_table(metadata)
feed_events = outbox_table(metadata)
audit_log = audit_table(metadata)

"""Intake's tables, on intake's own metadata."""

from __future__ import annotations

from sqlmodel import SQLModel

from shared.audit import audit_table
from shared.feed import outbox_table
from shared.idempotency import idempotency_table
from shared.models import new_registry


class IntakeTable(SQLModel, registry=new_registry()):
    """Base of every intake table; its metadata is intake's alone."""


metadata = IntakeTable.metadata
idempotency_keys = idempotency_table(metadata)
feed_events = outbox_table(metadata)
audit_log = audit_table(metadata)

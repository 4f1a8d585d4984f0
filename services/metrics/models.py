"""Metrics' tables, on metrics' own metadata."""

from __future__ import annotations

from sqlmodel import SQLModel

from shared.idempotency import idempotency_table
from shared.models import new_registry


class MetricsTable(SQLModel, registry=new_registry()):
    """Base of every metrics table; its metadata is metrics' alone."""


metadata = MetricsTable.metadata
idempotency_keys = idempotency_table(metadata)

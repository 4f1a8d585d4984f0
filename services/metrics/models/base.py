"""The base of metrics' tables: metrics' own metadata (never SQLModel's global one, so that
no other service's tables reach metrics' Alembic history) and the column helpers they share."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Column, DateTime
from sqlmodel import Field, SQLModel

from shared.idempotency import idempotency_table
from shared.models import new_registry


class MetricsTable(SQLModel, registry=new_registry()):
    """Base of every metrics table; its metadata is metrics' alone."""


metadata = MetricsTable.metadata
idempotency_keys = idempotency_table(metadata)

ID_LENGTH = 64
ORG_LENGTH = 128


def utc_field(nullable: bool = False) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column=Column(DateTime(timezone=True), nullable=nullable),
    )


def event_time_field() -> Any:
    # Not part of any metric: it orders writes, so that re-applying an older event (a replay of
    # a prefix of the feed) never overwrites the state a newer event left.
    return Field(
        default=None,
        description="Commit time of the feed event this row was last written from.",
        sa_column=Column(DateTime(timezone=True), nullable=True),
    )


class PeriodKeys(SQLModel):
    """The calendar keys of a fact's reference time (first day of its week, month, quarter).

    Weeks start on Monday (ISO 8601). Computed once when the fact is applied.
    """

    day: date
    week: date
    month: date
    quarter: date

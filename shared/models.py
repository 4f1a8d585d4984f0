"""Per-service SQLModel registries, so one service's Alembic history never sees another's tables.

SQLModel keeps one global ``MetaData`` by default; each service instead declares
``class IntakeTable(SQLModel, registry=new_registry())`` and hangs its tables off that base.
The naming convention gives constraints stable names, which Alembic needs on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import registry

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_registry() -> registry:
    """A fresh ORM registry with its own metadata and naming convention."""
    return registry(metadata=MetaData(naming_convention=NAMING_CONVENTION))


def utcnow() -> datetime:
    """Timezone-aware now; stored values are always UTC."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """A stored UTC time with its zone: SQLite hands timezone-aware columns back naive."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)

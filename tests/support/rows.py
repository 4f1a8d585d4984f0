"""Read a running service's own tables, to count what it stored (tests only, read-only).

End-to-end tests check what a service kept without trusting its API to tell: the rows are
read straight from its database, whichever of SQLite or PostgreSQL it runs on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData, create_engine, func, select
from sqlalchemy.pool import NullPool

from shared.db import normalise_url


def org_rows(
    database_url: str, *, org: str, prefix: str = "", drop: tuple[str, ...] = ()
) -> dict[str, list[dict[str, Any]]]:
    """Every row of ``org`` in each table whose name starts with ``prefix``, sorted, without
    the columns named in ``drop``."""
    engine = create_engine(normalise_url(database_url), poolclass=NullPool)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        found = {}
        with engine.connect() as connection:
            for name, table in sorted(metadata.tables.items()):
                if not name.startswith(prefix) or "org" not in table.c:
                    continue
                rows = connection.execute(select(table).where(table.c.org == org)).mappings()
                kept = [{k: v for k, v in row.items() if k not in drop} for row in rows]
                found[name] = sorted(kept, key=repr)
        return found
    finally:
        engine.dispose()


def org_count(database_url: str, table: str, *, org: str) -> int:
    """How many rows of ``org`` the table holds."""
    engine = create_engine(normalise_url(database_url), poolclass=NullPool)
    try:
        metadata = MetaData()
        metadata.reflect(engine, only=[table])
        t = metadata.tables[table]
        with engine.connect() as connection:
            return int(
                connection.execute(
                    select(func.count()).select_from(t).where(t.c.org == org)
                ).scalar_one()
            )
    finally:
        engine.dispose()

"""``shared.db.executemany``'s fast paths store exactly what SQLAlchemy's own executemany stores.

The fact upserts go through it with cached statements, converted column by column (dates once
per distinct value, datetimes by ``isoformat``, booleans as they are) on SQLite and handed to
psycopg as they are on PostgreSQL. Each case writes the same rows into two identical tables,
one through ``executemany`` and one through ``connection.execute(statement, rows)``, and reads
both back raw (no type processing): they must be equal, value for value.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    insert,
    text,
    update,
)
from sqlalchemy.engine import Engine

from shared.db import FAST_PATH_MIN_ROWS, executemany


def _table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("label", String(20)),
        Column("day", Date),
        Column("at", DateTime(timezone=True)),
        Column("flag", Boolean),
        Column("score", Float),
    )


def _rows(n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    zones = [UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30))]
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(40)] + [date(999, 12, 31)]
    out = []
    for i in range(n):
        at = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(10**7))
        out.append(
            {
                "id": i,
                "label": rng.choice(["a", "b", None]),
                "day": rng.choice([*days, None]),
                # Same instants in other zones, whole seconds (isoformat's short form) and None.
                "at": rng.choice(
                    [
                        at.astimezone(rng.choice(zones)),
                        at.replace(microsecond=0),
                        at.replace(tzinfo=None),
                        None,
                    ]
                ),
                "flag": rng.choice([True, False, None]),
                "score": rng.choice([1.5, None, 0.0]),
            }
        )
    return out


@pytest.fixture
def tables(fact_engine: Engine):
    metadata = MetaData()
    fast, plain = _table(metadata, "t_fast_path"), _table(metadata, "t_plain_path")
    metadata.create_all(fact_engine)
    try:
        yield fast, plain
    finally:
        metadata.drop_all(fact_engine)


def _raw(engine: Engine, table: Table) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [
            tuple(r)
            for r in connection.execute(
                text(f"SELECT id, label, day, at, flag, score FROM {table.name} ORDER BY id")
            )
        ]


@pytest.mark.parametrize("n", [FAST_PATH_MIN_ROWS - 1, 300])
def test_insert_then_update_store_what_sqlalchemy_stores(fact_engine: Engine, tables, n: int):
    fast, plain = tables
    rows = _rows(n, seed=n)
    changes = [
        {"k_id": r["id"], "flag": not r["flag"], "at": r["at"]} for r in rows if r["id"] % 3 == 0
    ]
    for table, write in ((fast, executemany), (plain, None)):
        # One statement object per table, reused, as the fact upserts reuse theirs.
        statement = insert(table)
        change = (
            update(table)
            .where(table.c.id == bindparam("k_id"))
            .values(flag=bindparam("flag"), at=bindparam("at"))
        )
        for _ in range(2):  # the second pass hits the cached plan
            with fact_engine.begin() as connection:
                connection.execute(table.delete())
                if write is None:
                    connection.execute(statement, rows)
                    connection.execute(change, changes)
                else:
                    write(connection, statement, rows)
                    write(connection, change, changes)
    got, expected = _raw(fact_engine, fast), _raw(fact_engine, plain)
    assert len(got) == n
    assert got == expected


def test_values_the_shortcuts_do_not_cover_still_convert(fact_engine: Engine, tables):
    # A datetime in a Date column and ints in a Boolean column take the processors' path.
    fast, plain = tables
    rows = [
        {
            "id": i,
            "label": "x",
            "day": datetime(2026, 5, 1, 23, 30, tzinfo=timezone(timedelta(hours=-4))),
            "at": datetime(2026, 5, 1, 23, 30, 0, 5, tzinfo=UTC),
            "flag": i % 2,
            "score": None,
        }
        for i in range(FAST_PATH_MIN_ROWS + 5)
    ]
    with fact_engine.begin() as connection:
        executemany(connection, insert(fast), rows)
        connection.execute(insert(plain), rows)
    assert _raw(fact_engine, fast) == _raw(fact_engine, plain)

"""``shared.db.executemany``'s fast path leans on SQLAlchemy's compiler, so it is guarded here.

The plans read what a compiled statement holds (``positional``, ``positiontup``, ``binds``, the
parameters SQLAlchemy fills in itself) and compile with ``for_executemany``: all documented
among SQLAlchemy's Core internals, none covered by its deprecation policy. SQLAlchemy is pinned
to the minor version this was checked against (pyproject.toml), and these tests fail loudly when
an upgrade changes any of it: the attributes are there and mean what they meant, the shapes the
services write still take the fast path (not silently the slow one), the shapes it cannot
handle still fall back, and the fast path stores exactly what
``connection.execute(statement, rows)`` stores, on SQLite and, when ``TEST_DATABASE_URL`` names
a server, on PostgreSQL.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy
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
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.dml import UpdateBase

from harness.databases import on_postgres, throwaway_database
from shared.db import FAST_PATH_MIN_ROWS, executemany, make_engine
from shared.db.bulk import _named_plan, _positional_plan

#: The minor version of SQLAlchemy the fast path was last checked against.
CHECKED_MINOR = "2.1"

metadata = MetaData()
facts = Table(
    "fast_path_facts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("label", String(20)),
    Column("day", Date),
    Column("at", DateTime(timezone=True)),
    # Another storage format than the default: must not take the datetime shortcut.
    Column(
        "coarse", DateTime().with_variant(sqlite.DATETIME(truncate_microseconds=True), "sqlite")
    ),
    Column("flag", Boolean),
    Column("score", Float),
)
KEYS = ("id", "label", "day", "at", "coarse", "flag", "score")
SQLITE = sqlite.dialect()
POSTGRES = postgresql.psycopg.dialect()


def _rows(n: int) -> list[dict[str, Any]]:
    zones = [UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30))]
    start = datetime(2026, 3, 1, 8, 30, 15, 123456, tzinfo=UTC)
    rows = []
    for i in range(n):
        at = start + timedelta(minutes=37 * i)
        rows.append(
            {
                "id": i,
                "label": [f"l{i}", None][i % 2],
                "day": [date(2026, 1, 1) + timedelta(days=i % 9), None, date(987, 6, 5)][i % 3],
                "at": [at.astimezone(zones[i % 3]), at.replace(microsecond=0), None][i % 3],
                "coarse": [at.replace(tzinfo=None), None][i % 2],
                "flag": [True, False, None][i % 3],
                "score": [1.5, None, 0.0, 3][i % 4],
            }
        )
    return rows


def test_sqlalchemy_is_the_minor_version_the_fast_path_was_checked_against() -> None:
    pins = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["project"]
    pin = next(d for d in pins["dependencies"] if d.lower().startswith("sqlalchemy"))
    assert pin == f"SQLAlchemy>={CHECKED_MINOR},<2.2", (
        "Moving SQLAlchemy's pin? Check shared.db.executemany's plans against the new version "
        "(these tests), then update CHECKED_MINOR and the pin together."
    )
    assert sqlalchemy.__version__.startswith(f"{CHECKED_MINOR}."), sqlalchemy.__version__


def test_a_positional_compile_holds_what_the_sqlite_plan_reads() -> None:
    compiled = insert(facts).compile(dialect=SQLITE, column_keys=list(KEYS))
    assert compiled.positional is True
    assert list(compiled.positiontup or ()) == list(KEYS)
    assert {name: bind.key for name, bind in compiled.binds.items()} == {k: k for k in KEYS}
    for nothing in (
        compiled.literal_execute_params,
        compiled.post_compile_params,
        compiled.insert_prefetch,
        compiled.update_prefetch,
        compiled.effective_returning,
    ):
        assert not nothing
    # A value bound into the statement: not under a row key, its value on the bind.
    change = update(facts).where(facts.c.id == bindparam("k_id")).values(label="fixed")
    compiled = change.compile(dialect=SQLITE, column_keys=["k_id"])
    order = compiled.positiontup or []
    assert [compiled.binds[name].key for name in order][-1] == "k_id"
    assert [compiled.binds[name].effective_value for name in order[:-1]] == ["fixed"]


def test_an_executemany_compile_holds_what_the_postgres_plan_reads() -> None:
    compiled = insert(facts).compile(dialect=POSTGRES, column_keys=list(KEYS), for_executemany=True)
    assert compiled.positional is False
    assert not compiled.implicit_returning
    assert {name: bind.key for name, bind in compiled.binds.items()} == {k: k for k in KEYS}
    assert all(f"%({key})s" in compiled.string for key in KEYS)


def test_the_shapes_the_services_write_take_the_fast_path() -> None:
    plan = _positional_plan(insert(facts), SQLITE, KEYS)
    assert plan is not None
    sql, _pick, conversions, constants, width = plan
    assert sql.startswith("INSERT INTO fast_path_facts") and width == len(KEYS)
    kinds = {KEYS[position]: kind for position, kind, _ in conversions}
    assert kinds == {
        "day": "date",
        "at": "datetime",
        "coarse": "other",  # its processor drops the microseconds: no shortcut
        "flag": "bool",
        "score": "other",
    }
    assert constants == ()
    named = _named_plan(insert(facts), POSTGRES, KEYS)
    assert named is not None and named[1] == ("flag",)


@pytest.mark.parametrize(
    "statement",
    [
        insert(facts).returning(facts.c.id),
        update(facts).where(facts.c.id.in_(bindparam("ids", expanding=True))),
        insert(
            Table(
                "defaulted",
                MetaData(),
                Column("id", Integer),
                Column("n", Integer, default=lambda: 1),
            )
        ),
    ],
    ids=["returning", "expanding", "python-default"],
)
def test_what_sqlalchemy_must_fill_in_per_row_falls_back_to_its_own_path(
    statement: UpdateBase,
) -> None:
    keys = ("id",)
    assert _positional_plan(statement, SQLITE, keys) is None
    assert _named_plan(statement, POSTGRES, keys) is None


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url_context: Any = None
        built = make_engine(f"sqlite:///{tmp_path / 'fast-path.db'}")
    else:
        if not on_postgres():
            pytest.skip("TEST_DATABASE_URL names no PostgreSQL server")
        url_context = throwaway_database("fast_path", tmp_path)
        built = make_engine(url_context.__enter__())
    try:
        metadata.create_all(built)
        yield built
    finally:
        built.dispose()
        if url_context is not None:
            url_context.__exit__(None, None, None)


def _stored(connection: Connection) -> list[tuple[Any, ...]]:
    # Raw values, no type processing: what is in the table, value for value.
    return [
        tuple(row)
        for row in connection.exec_driver_sql(
            "SELECT id, label, day, at, coarse, flag, score FROM fast_path_facts ORDER BY id"
        )
    ]


def test_the_fast_path_stores_exactly_what_sqlalchemy_stores(engine: Engine) -> None:
    rows = _rows(FAST_PATH_MIN_ROWS * 4)
    changes = [
        {"k_id": r["id"], "flag": not r["flag"], "at": r["at"]} for r in rows if r["id"] % 2 == 0
    ]
    change = (
        update(facts)
        .where(facts.c.id == bindparam("k_id"))
        .values(flag=bindparam("flag"), at=bindparam("at"), label="changed")
    )
    assert len(changes) >= FAST_PATH_MIN_ROWS
    stored = []
    for fast in (True, False):
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM fast_path_facts"))
            for statement, values in ((insert(facts), rows), (change, changes)):
                if fast:
                    executemany(connection, statement, values)
                else:
                    connection.execute(statement, values)
            stored.append(_stored(connection))
    assert len(stored[0]) == len(rows)
    assert stored[0] == stored[1]

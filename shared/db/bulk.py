"""Many rows in one call, handed to the driver without SQLAlchemy's per-row assembly.

:func:`executemany`'s fast path reads SQLAlchemy's compiled statements (``positiontup``,
``binds``, the parameters it fills in itself) to hand rows to the driver directly. Those are
documented Core internals outside SQLAlchemy's deprecation policy, and no public path is as
fast: ``connection.execute(statement, rows)`` took twice as long on SQLite (50,000 rows of ten
columns in pages of 1,000, 2 busy cores: 1.0-1.3 s against 0.5-0.7 s) and 1.2-1.6 times as
long on PostgreSQL (2.4-3.2 s against 2.0-2.2 s); metrics' rebuild on PostgreSQL went from
3,154 to 7,717 events a second with it (benchmarks/README.md). So it is guarded instead of replaced:
SQLAlchemy is pinned to the minor version it was checked against (pyproject.toml), and
``tests/shared/test_db_fast_path.py`` fails when an upgrade changes what it reads or what it
stores. The one private attribute it read (a type's ``_storage_format``) is no longer read: the
column's public bind processor is asked instead (``_DATETIME_PROBES``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy.dialects.sqlite import DATE as SQLITE_DATE
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.types import Boolean

#: Fewer rows than this take SQLAlchemy's ordinary path (see :func:`executemany`).
FAST_PATH_MIN_ROWS = 50


def executemany(
    connection: Connection, statement: UpdateBase, rows: Sequence[dict[str, Any]]
) -> None:
    """Execute an INSERT or UPDATE once per row (every row with the same keys), quickly.

    Same SQL and same values as ``connection.execute(statement, rows)``: the statement is
    compiled for the rows' keys and every value goes through its column type's bind processor.
    On SQLite (positional parameters) the rows are then handed to the driver as tuples,
    skipping SQLAlchemy's general per-row parameter assembly, which costs more than the INSERT
    itself for wide rows. Other databases take the ordinary path.

    The compiled plan is cached per statement object, so callers that keep their statement
    (metrics' upserts, one per fact table) compile it once per process. Values are converted
    column by column: plain dates and plain datetimes once per distinct value, plain booleans
    not at all (sqlite3 stores ``True`` as 1, as the processor would), each exactly as
    SQLAlchemy's processor would write them.

    Fewer than ``FAST_PATH_MIN_ROWS`` rows also take the ordinary path: it reuses SQLAlchemy's
    cache of compiled statements, while the fast path compiles a new statement object on its
    first call (about 0.25 ms, twice the cost of a one-row INSERT; a single PUT writes two such
    rows).
    """
    if not rows:
        return
    dialect = connection.dialect
    if len(rows) < FAST_PATH_MIN_ROWS:
        connection.execute(statement, list(rows))
        return
    if dialect.name == "postgresql":
        named = _named_plan(statement, dialect, tuple(rows[0]))
        if named is not None and all(
            set(map(type, map(itemgetter(key), rows))) <= {bool, _NONE} for key in named[1]
        ):
            connection.exec_driver_sql(named[0], list(rows))
        else:
            connection.execute(statement, list(rows))
        return
    plan = None
    if dialect.name == "sqlite":
        plan = _positional_plan(statement, dialect, tuple(rows[0]))
    if plan is None:
        connection.execute(statement, list(rows))
        return
    sql, pick, conversions, constants, width = plan
    picked = list(map(pick, rows)) if width > 1 else [(pick(row),) for row in rows]
    if not conversions and not constants:
        connection.exec_driver_sql(sql, picked)
        return
    columns: list[Any] = list(zip(*picked, strict=True))
    for position, kind, process in conversions:
        columns[position] = _convert(columns[position], kind, process)
    for position, value in constants:
        columns[position] = [value] * len(rows)
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


_Plan = tuple[str, Any, tuple[tuple[int, str, Any], ...], tuple[tuple[int, Any], ...], int]
_NONE = type(None)
#: The datetime shortcut is taken only where the column's own processor writes these exactly as
#: the shortcut does (SQLite's default storage format: fields as given, no zone conversion,
#: microseconds always), asked through the public ``bind_processor`` rather than read from the
#: type's private ``_storage_format``.
_DATETIME_PROBES = (
    datetime(987, 6, 5, 4, 3, 2),
    datetime(2026, 11, 12, 13, 14, 15, 16, tzinfo=timezone(timedelta(hours=-5))),
)


def _isoformat(value: datetime) -> str:
    """A datetime as SQLite's DATETIME stores it by default, without its bind processor."""
    return value.isoformat(" ", "microseconds")[:26]


@lru_cache(maxsize=128)
def _positional_plan(statement: UpdateBase, dialect: Any, keys: tuple[str, ...]) -> _Plan | None:
    """The SQL and where each positional value comes from, or None when the statement needs
    SQLAlchemy's own parameter handling (expanding IN lists, defaults computed per row,
    RETURNING). Cached: statements are immutable and compiling one costs a quarter of a ms."""
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    order = compiled.positiontup
    if (
        not compiled.positional
        or order is None
        or compiled.literal_execute_params
        or compiled.post_compile_params
        or compiled.insert_prefetch
        or compiled.update_prefetch
        or compiled.effective_returning
    ):
        return None
    # Where each positional value comes from, as SQLAlchemy resolves it: the row's value under
    # the parameter's key (or name), else the value bound into the statement.
    picks: list[str] = []
    constants: list[tuple[int, Any]] = []
    conversions: list[tuple[int, str, Any]] = []
    for position, name in enumerate(order):
        bind = compiled.binds[name]
        impl = bind.type.dialect_impl(dialect)
        process = impl.bind_processor(dialect)
        key = bind.key if bind.key in keys else name if name in keys else None
        if key is None:
            value = bind.effective_value
            constants.append((position, value if process is None else process(value)))
            picks.append(keys[0])  # a placeholder, replaced by the constant
            continue
        picks.append(key)
        if process is None:
            continue
        # The shortcuts apply to SQLAlchemy's own types in their default storage format only;
        # anything else (a TypeDecorator, a custom format) keeps its processor.
        kind = "other"
        if isinstance(impl, SQLITE_DATE):
            kind = "date"  # exact for any format: the processor itself runs, once per value
        elif type(impl) is SQLITE_DATETIME and all(
            process(probe) == _isoformat(probe) for probe in _DATETIME_PROBES
        ):
            kind = "datetime"
        elif type(impl) is Boolean:
            kind = "bool"
        conversions.append((position, kind, process))
    return compiled.string, itemgetter(*picks), tuple(conversions), tuple(constants), len(picks)


@lru_cache(maxsize=128)
def _named_plan(
    statement: UpdateBase, dialect: Any, keys: tuple[str, ...]
) -> tuple[str, tuple[str, ...]] | None:
    """The SQL when the rows themselves can be the driver's parameters, and the boolean keys
    to check (PostgreSQL: every parameter is a row value under its own name and no type
    converts it but Boolean, whose processor leaves ``True``/``False``/``None`` as they are;
    psycopg adapts dates, times and booleans itself), else None. psycopg's ``executemany``
    then pipelines the rows, without SQLAlchemy's per-row parameter assembly."""
    # Compiled as SQLAlchemy compiles an executemany: no implicit RETURNING of the key.
    compiled = statement.compile(dialect=dialect, column_keys=list(keys), for_executemany=True)
    if (
        compiled.positional
        or compiled.implicit_returning
        or compiled.literal_execute_params
        or compiled.post_compile_params
        or compiled.insert_prefetch
        or compiled.update_prefetch
        or compiled.effective_returning
    ):
        return None
    booleans = []
    for name, bind in compiled.binds.items():
        if name not in keys or bind.key != name:
            return None
        impl = bind.type.dialect_impl(dialect)
        if type(impl) is Boolean:
            booleans.append(name)
        elif impl.bind_processor(dialect) is not None:
            return None
    return compiled.string, tuple(booleans)


def _convert(values: tuple[Any, ...], kind: str, process: Any) -> Any:
    """One column's values through its bind processor, or an equal shortcut when every value
    is of the plain type the shortcut is exact for."""
    types = set(map(type, values))
    if kind == "date" and types <= {date, _NONE}:
        # Few distinct dates (period keys): one conversion each.
        done = {value: process(value) for value in set(values)}
        return list(map(done.__getitem__, values))
    if kind == "datetime" and types <= {datetime, _NONE}:
        # The processor formats the fields as given (no zone conversion), microseconds always.
        # Once per distinct value: ``isoformat`` is costly (about 5 us), and times repeat (the
        # events of one producer transaction share its commit time).
        formatted = {v: None if v is None else _isoformat(v) for v in set(values)}
        return list(map(formatted.__getitem__, values))
    if kind == "bool" and types <= {bool, _NONE}:
        return values
    return list(map(process, values))

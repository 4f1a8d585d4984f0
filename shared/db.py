"""Database engines and sessions for SQLite (local) and PostgreSQL (production), one code path.

SQLite gets WAL (readers never block the single writer), foreign keys on, and a busy timeout
so that concurrent writers queue instead of failing. PostgreSQL goes through psycopg 3.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import NullPool
from sqlalchemy.sql.dml import UpdateBase
from sqlmodel import Session, create_engine

SQLITE_BUSY_TIMEOUT_MS = 30_000
READ_ONLY_OPTION = "learning_loop_read_only"


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs (as operators write them) and select psycopg 3."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Build an engine; for file-backed SQLite, create the folder and set the pragmas."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=10, max_overflow=20)

    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        echo=echo,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        poolclass=NullPool if parsed.database in (None, "", ":memory:") else None,
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin_immediate)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so that BEGIN IMMEDIATE below
    # takes the write lock at the start; otherwise two writers deadlock on upgrade.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin_immediate(connection: Any) -> None:
    # Writers take the lock up front; read-only sessions (see ``read_only``) use a plain
    # deferred BEGIN so that long reports never hold up ingest.
    if connection.get_execution_options().get(READ_ONLY_OPTION):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def read_only(engine: Engine) -> Engine:
    """An engine view for sessions that only read (no write lock taken on SQLite)."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def session_scope(engine: Engine) -> Iterator[Session]:
    """Yield a session that commits on success and rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def executemany(
    connection: Connection, statement: UpdateBase, rows: Sequence[dict[str, Any]]
) -> None:
    """Execute an INSERT or UPDATE once per row (every row with the same keys), quickly.

    Same SQL and same values as ``connection.execute(statement, rows)``: the statement is
    compiled for the rows' keys and every value goes through its column type's bind processor.
    On SQLite (positional parameters) the rows are then handed to the driver as tuples,
    skipping SQLAlchemy's general per-row parameter assembly, which costs more than the INSERT
    itself for wide rows. Other databases take the ordinary path.
    """
    if not rows:
        return
    dialect = connection.dialect
    if dialect.name != "sqlite":
        connection.execute(statement, list(rows))
        return
    first = rows[0]
    compiled = statement.compile(dialect=dialect, column_keys=list(first))
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
        connection.execute(statement, list(rows))
        return
    # Where each positional value comes from, as SQLAlchemy resolves it: the row's value under
    # the parameter's key (or name), else the value bound into the statement.
    keys: list[str] = []
    constants: dict[int, Any] = {}
    processors: list[tuple[int, Any]] = []
    for position, name in enumerate(order):
        bind = compiled.binds[name]
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        key = bind.key if bind.key in first else name if name in first else None
        if key is None:
            value = bind.effective_value
            constants[position] = value if process is None else process(value)
            keys.append(next(iter(first)))  # a placeholder, replaced below
        else:
            keys.append(key)
            if process is not None:
                processors.append((position, _memoised(process)))
    pick = itemgetter(*keys)
    single = len(keys) == 1
    parameters: list[tuple[Any, ...]] = []
    for row in rows:
        values = pick(row)
        if single:
            values = (values,)
        if processors or constants:
            changed = list(values)
            for position, process in processors:
                changed[position] = process(changed[position])
            for position, value in constants.items():
                changed[position] = value
            values = tuple(changed)
        parameters.append(values)
    connection.exec_driver_sql(compiled.string, parameters)


def _memoised(process: Any) -> Any:
    """A bind processor that reuses its last result for the very same object (rows of a batch
    share one timestamp); processors are pure functions of their value."""
    last: list[Any] = [_NOTHING, None]

    def run(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return run


_NOTHING = object()

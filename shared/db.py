"""Database engines and sessions for SQLite (local) and PostgreSQL (production), one code path.

SQLite gets WAL (readers never block the single writer), foreign keys on, and a busy timeout
so that concurrent writers queue instead of failing. PostgreSQL goes through psycopg 3.

Every wait is bounded, so that a burst can slow a service down but never lock it up: a writer
waits at most ``SQLITE_BUSY_TIMEOUT_MS`` for SQLite's write lock, and a request at most
``POOL_TIMEOUT_SECONDS`` for a pooled connection. Either then fails with an error that
``shared.problems`` answers as 503 with ``Retry-After``. The pool holds as many connections as
the server runs request threads (``shared.threads``), so a request that has a thread is not
left waiting for a connection because every connection sits with a request that has none.

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

import sqlite3
import threading
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects.sqlite import DATE as SQLITE_DATE
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.types import Boolean
from sqlmodel import create_engine

from shared.threads import WORKER_THREADS, WRITER_WAITING_THREADS

#: How long a writer waits for SQLite's write lock before its request is a 503. Writes hold the
#: lock for milliseconds (a 5,000-item batch about half a second), so a longer wait only means
#: the service is overloaded, and the client is better told to come back than kept waiting.
SQLITE_BUSY_TIMEOUT_MS = 5_000
#: How long a request waits for a pooled connection before it is a 503.
POOL_TIMEOUT_SECONDS = 5.0
#: PostgreSQL connections kept open; more are opened up to the request threads under load.
POSTGRES_POOL_SIZE = 10
READ_ONLY_OPTION = "learning_loop_read_only"
FAST_PATH_MIN_ROWS = 50


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs (as operators write them) and select psycopg 3."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Build an engine; for file-backed SQLite, create the folder and set the pragmas.

    ``hide_parameters``: a database error's text then names the statement but not its values,
    which may be patient ids, so a logged traceback carries no PHI.
    """
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(
            url,
            echo=echo,
            hide_parameters=True,
            pool_pre_ping=True,
            pool_size=POSTGRES_POOL_SIZE,
            max_overflow=WORKER_THREADS - POSTGRES_POOL_SIZE,
            pool_timeout=POOL_TIMEOUT_SECONDS,
        )

    in_memory = parsed.database in (None, "", ":memory:")
    connect_args: dict[str, Any] = {
        "check_same_thread": False,
        "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
    }
    if not in_memory:
        assert parsed.database is not None
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        connect_args["factory"] = WriterLockConnection
    # A file's connections are cheap (no server behind them): one per request thread stays
    # open, plus as many again for requests whose thread has returned but whose session still
    # waits for its commit (``shared.sessions``).
    pool: dict[str, Any] = (
        {"poolclass": NullPool}
        if in_memory
        else {
            "pool_size": WORKER_THREADS,
            "max_overflow": WORKER_THREADS,
            "pool_timeout": POOL_TIMEOUT_SECONDS,
        }
    )
    engine = create_engine(url, echo=echo, hide_parameters=True, connect_args=connect_args, **pool)
    if not in_memory:
        lock = _writer_lock(str(Path(parsed.database or "").resolve()))
        event.listen(engine, "connect", lambda dbapi, _record: _share_lock(dbapi, lock))
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


_WRITER_LOCKS: dict[str, threading.Lock] = {}
_WRITER_LOCKS_GUARD = threading.Lock()


def _writer_lock(path: str) -> threading.Lock:
    """The one in-process writer lock of a database file (shared by every engine on it)."""
    with _WRITER_LOCKS_GUARD:
        return _WRITER_LOCKS.setdefault(path, threading.Lock())


def _share_lock(dbapi_connection: Any, lock: threading.Lock) -> None:
    if isinstance(dbapi_connection, WriterLockConnection):
        dbapi_connection.writer_lock = lock


#: Threads of this process waiting for a writer lock, of any database file.
_WRITER_WAITERS = threading.BoundedSemaphore(WRITER_WAITING_THREADS)


def _locked(why: str) -> OperationalError:
    """SQLite's own "database is locked", wrapped as SQLAlchemy wraps the driver's errors, so it
    is answered as SQLite's would be: a 503 with Retry-After."""
    return OperationalError(
        "BEGIN IMMEDIATE", None, sqlite3.OperationalError(f"database is locked ({why})")
    )


class WriterLockConnection(sqlite3.Connection):
    """A SQLite connection whose write transactions also hold an in-process lock.

    SQLite lets one writer in at a time; the others wait in its busy handler, which polls with
    sleeps of up to 100 ms. Threads of one server that queue for the write lock that way lose
    most of their time asleep after the lock is already free (a profile of intake's PUT under
    8 clients spent a third of its samples in BEGIN IMMEDIATE, and the p99 was 0.7 s). Taking
    a ``threading.Lock`` first makes them queue in the process instead and wake the moment the
    previous writer commits or rolls back. Other processes still meet SQLite's own lock. The
    lock is held exactly from BEGIN IMMEDIATE to the end of that transaction; a waiter gives up
    after the busy timeout with the error SQLite itself would raise ("database is locked"), so
    nothing can hang and the request becomes a 503 with ``Retry-After``. At most
    ``WRITER_WAITING_THREADS`` threads wait at once; the next writer gets that error at once.
    """

    writer_lock: threading.Lock | None = None
    holds_writer_lock: bool = False

    def acquire_writer_lock(self) -> None:
        if self.writer_lock is None or self.holds_writer_lock:
            return
        if not self.writer_lock.acquire(blocking=False):
            # Too many threads waiting already: refuse at once (a 503 with Retry-After) rather
            # than take the thread the lock's holder needs to finish (``shared.threads``).
            if not _WRITER_WAITERS.acquire(blocking=False):
                raise _locked("too many writers of this process waiting")
            try:
                acquired = self.writer_lock.acquire(timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
            finally:
                _WRITER_WAITERS.release()
            if not acquired:
                # The holder is in this process, so SQLite's own lock is most likely taken too:
                # going on would only wait out a second timeout.
                raise _locked("by a writer of this process")
        self.holds_writer_lock = True

    def release_writer_lock(self) -> None:
        if self.holds_writer_lock and self.writer_lock is not None:
            self.holds_writer_lock = False
            self.writer_lock.release()

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.release_writer_lock()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.release_writer_lock()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.release_writer_lock()


def _sqlite_begin_immediate(connection: Any) -> None:
    # Writers take the lock up front; read-only sessions (see ``read_only``) use a plain
    # deferred BEGIN so that long reports never hold up ingest.
    if connection.get_execution_options().get(READ_ONLY_OPTION):
        connection.exec_driver_sql("BEGIN")
        return
    dbapi_connection = connection.connection.dbapi_connection
    if isinstance(dbapi_connection, WriterLockConnection):
        dbapi_connection.acquire_writer_lock()
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except BaseException:
        if isinstance(dbapi_connection, WriterLockConnection):
            dbapi_connection.release_writer_lock()
        raise


def read_only(engine: Engine) -> Engine:
    """An engine view for sessions that only read (no write lock taken on SQLite)."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def is_read_only(engine: Engine | Connection) -> bool:
    """Whether ``engine`` is a :func:`read_only` view."""
    return bool(engine.get_execution_options().get(READ_ONLY_OPTION))


def writable(engine: Engine) -> Engine:
    """The writing engine behind a :func:`read_only` view (``engine`` itself otherwise)."""
    return engine.execution_options(**{READ_ONLY_OPTION: False}) if is_read_only(engine) else engine


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

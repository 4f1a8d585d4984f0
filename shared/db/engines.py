"""Database engines for SQLite (local) and PostgreSQL (production), one code path.

SQLite gets WAL (readers never block the single writer), foreign keys on, and a busy timeout
so that concurrent writers queue instead of failing (the writer queue itself is
``shared.db.sqlite_writer``). PostgreSQL goes through psycopg 3.

Every wait is bounded, so that a burst can slow a service down but never lock it up: a writer
waits at most ``SQLITE_BUSY_TIMEOUT_MS`` for SQLite's write lock, and a request at most
``POOL_TIMEOUT_SECONDS`` for a pooled connection. Either then fails with an error that
``shared.problems`` answers as 503 with ``Retry-After``. The pool holds as many connections as
the server runs request threads (``shared.threads``), so a request that has a thread is not
left waiting for a connection because every connection sits with a request that has none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import NullPool
from sqlmodel import create_engine

from shared.db.sqlite_writer import (
    READ_ONLY_OPTION,
    SQLITE_BUSY_TIMEOUT_MS,
    WriterLockConnection,
    share_writer_lock,
    sqlite_begin_immediate,
    sqlite_pragmas,
    writer_lock,
)
from shared.threads import WORKER_THREADS

#: How long a request waits for a pooled connection before it is a 503.
POOL_TIMEOUT_SECONDS = 5.0
#: PostgreSQL connections kept open; more are opened up to the request threads under load.
POSTGRES_POOL_SIZE = 10


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
        lock = writer_lock(str(Path(parsed.database or "").resolve()))
        event.listen(engine, "connect", lambda dbapi, _record: share_writer_lock(dbapi, lock))
    event.listen(engine, "connect", sqlite_pragmas)
    event.listen(engine, "begin", sqlite_begin_immediate)
    return engine


def read_only(engine: Engine) -> Engine:
    """An engine view for sessions that only read (no write lock taken on SQLite)."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def is_read_only(engine: Engine | Connection) -> bool:
    """Whether ``engine`` is a :func:`read_only` view."""
    return bool(engine.get_execution_options().get(READ_ONLY_OPTION))


def writable(engine: Engine) -> Engine:
    """The writing engine behind a :func:`read_only` view (``engine`` itself otherwise)."""
    return engine.execution_options(**{READ_ONLY_OPTION: False}) if is_read_only(engine) else engine

"""SQLite writers of one process queue on an in-process lock, held exactly for a write
transaction and waited for a bounded time; ``executemany`` stores the same rows on its cached
and its fast path."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from shared.db import (
    FAST_PATH_MIN_ROWS,
    WriterLockConnection,
    executemany,
    make_engine,
    read_only,
    sqlite_writer,
)
from shared.problems import is_database_unavailable
from shared.threads import WRITER_WAITING_THREADS

metadata = MetaData()
counters = Table(
    "counters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("value", Integer, nullable=False),
    Column("label", String(20), nullable=True),
)


def _engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'lock.db'}")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(counters).values(id=1, value=0))
    return engine


def _held(connection) -> bool:  # type: ignore[no-untyped-def]
    dbapi = connection.connection.dbapi_connection
    assert isinstance(dbapi, WriterLockConnection)
    return dbapi.holds_writer_lock


def test_the_lock_spans_a_write_transaction_and_no_read(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    with engine.connect() as connection:
        lock = connection.connection.dbapi_connection.writer_lock  # type: ignore[union-attr]
        assert lock is not None
        with connection.begin():
            connection.execute(update(counters).values(value=1))
            assert _held(connection) and lock.locked()
        assert not _held(connection) and not lock.locked()
        transaction = connection.begin()
        connection.execute(update(counters).values(value=2))
        transaction.rollback()
        assert not lock.locked()
    with read_only(engine).connect() as connection, connection.begin():
        connection.execute(select(counters))
        assert not _held(connection) and not lock.locked()
    # Another engine on the same file shares the lock: both meet one SQLite writer slot.
    other = make_engine(f"sqlite:///{tmp_path / 'lock.db'}")
    with other.connect() as connection:
        assert connection.connection.dbapi_connection.writer_lock is lock  # type: ignore[union-attr]
    with engine.connect() as connection:
        assert connection.execute(select(counters.c.value)).scalar_one() == 1


def test_concurrent_writers_all_succeed_one_after_the_other(tmp_path: Path) -> None:
    """Nothing deadlocks or fails with "database is locked" when threads queue on the lock."""
    engine = _engine(tmp_path)
    errors: list[BaseException] = []

    def add(times: int) -> None:
        try:
            for _ in range(times):
                with engine.begin() as connection:
                    value = connection.execute(select(counters.c.value)).scalar_one()
                    connection.execute(update(counters).values(value=value + 1))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=add, args=(25,)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with engine.connect() as connection:
        # Read-modify-write without lost updates: each transaction ran alone.
        assert connection.execute(select(counters.c.value)).scalar_one() == 200


def test_executemany_stores_the_same_rows_below_and_above_the_fast_path(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    for count in (1, FAST_PATH_MIN_ROWS - 1, FAST_PATH_MIN_ROWS, FAST_PATH_MIN_ROWS + 7):
        rows = [
            {"id": 1000 + n, "value": n, "label": None if n % 3 else f"l{n}"} for n in range(count)
        ]
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM counters WHERE id >= 1000"))
            executemany(connection, insert(counters), rows)
            stored = connection.execute(
                select(counters.c.id, counters.c.value, counters.c.label)
                .where(counters.c.id >= 1000)
                .order_by(counters.c.id)
            ).mappings()
            assert [dict(r) for r in stored] == rows


def test_a_writer_waits_a_bounded_time_then_gets_a_database_unavailable_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Waiting for another thread's write transaction ends after the busy timeout with the
    error SQLite itself gives ("database is locked"), which is answered 503, not 500."""
    engine = _engine(tmp_path)
    monkeypatch.setattr(sqlite_writer, "SQLITE_BUSY_TIMEOUT_MS", 200)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with engine.begin() as connection:
            connection.execute(update(counters).values(value=5))
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(10)
        started = time.perf_counter()
        with pytest.raises(OperationalError) as raised, engine.begin() as connection:
            connection.execute(update(counters).values(value=6))
        assert time.perf_counter() - started < 2
        assert is_database_unavailable(raised.value)
    finally:
        release.set()
        holder.join()
    with engine.connect() as connection:
        assert connection.execute(select(counters.c.value)).scalar_one() == 5


def test_threads_beyond_the_waiting_bound_are_refused_at_once(tmp_path: Path) -> None:
    """While the lock is held, no more than WRITER_WAITING_THREADS wait for it: the next writer
    is refused at once, as a database that cannot answer (503), so that threads stay free for
    the holder to finish on. Once the holder commits, every waiter writes in turn."""
    engine = _engine(tmp_path)
    holding, release = threading.Event(), threading.Event()
    written: list[int] = []

    def hold() -> None:
        with engine.begin() as connection:
            connection.execute(update(counters).values(value=1))
            holding.set()
            release.wait(30)

    def wait_then_write(n: int) -> None:
        with engine.begin() as connection:
            connection.execute(update(counters).values(value=n))
        written.append(n)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(10)
    waiters = [
        threading.Thread(target=wait_then_write, args=(n,))
        for n in range(2, 2 + WRITER_WAITING_THREADS)
    ]
    try:
        for waiter in waiters:
            waiter.start()
        deadline = time.monotonic() + 10
        while sqlite_writer._WRITER_WAITERS._value > 0 and time.monotonic() < deadline:  # type: ignore[attr-defined]
            time.sleep(0.01)
        started = time.perf_counter()
        with pytest.raises(OperationalError) as refused, engine.begin() as connection:
            connection.execute(update(counters).values(value=999))
        assert time.perf_counter() - started < 0.5
        assert is_database_unavailable(refused.value)
        assert "too many writers" in str(refused.value.orig)
    finally:
        release.set()
        holder.join()
        for waiter in waiters:
            waiter.join(30)
    assert sorted(written) == list(range(2, 2 + WRITER_WAITING_THREADS))

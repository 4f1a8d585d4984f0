"""SQLite's single writer, queued inside the process instead of in SQLite's busy handler.

Write transactions start with ``BEGIN IMMEDIATE`` (taking the write lock up front, so two
writers never deadlock on upgrading a read lock) and, on a file database, hold an in-process
lock from that BEGIN to their end (:class:`WriterLockConnection` says why). Read-only
sessions (``shared.db.engines.read_only``) use a plain deferred BEGIN.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from sqlalchemy.exc import OperationalError

from shared.threads import WRITER_WAITING_THREADS

#: How long a writer waits for SQLite's write lock before its request is a 503. Writes hold the
#: lock for milliseconds (a 5,000-item batch about half a second), so a longer wait only means
#: the service is overloaded, and the client is better told to come back than kept waiting.
SQLITE_BUSY_TIMEOUT_MS = 5_000
#: The execution option that marks an engine view as read-only (``engines.read_only``).
READ_ONLY_OPTION = "learning_loop_read_only"


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
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


def writer_lock(path: str) -> threading.Lock:
    """The one in-process writer lock of a database file (shared by every engine on it)."""
    with _WRITER_LOCKS_GUARD:
        return _WRITER_LOCKS.setdefault(path, threading.Lock())


def share_writer_lock(dbapi_connection: Any, lock: threading.Lock) -> None:
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


def sqlite_begin_immediate(connection: Any) -> None:
    # Writers take the lock up front; read-only sessions (see ``engines.read_only``) use a plain
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

"""When a database error means "not now" (a 503 with Retry-After) rather than a bug (a 500)."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

DATABASE_RETRY_AFTER_SECONDS = 2
# sqlite3 also raises OperationalError for our own mistakes ("no such table", a syntax error):
# those stay 500s. Only these mean the file cannot be used for now.
_SQLITE_UNAVAILABLE = (
    "database is locked",
    "database table is locked",
    "unable to open database",
    "disk I/O error",
    "database or disk is full",
)


def is_database_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` says the database cannot answer for now (a retry may succeed): the pool
    timed out, or the driver could not connect, hit a lock or statement timeout, or lost the
    server (psycopg files all of these, and nothing of ours, under OperationalError)."""
    if isinstance(exc, PoolTimeoutError):
        return True
    if not isinstance(exc, OperationalError):
        return False
    if isinstance(exc.orig, sqlite3.Error):
        return str(exc.orig).startswith(_SQLITE_UNAVAILABLE)
    return True

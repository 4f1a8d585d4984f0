"""Database access shared by the three services: engines, SQLite's writer queue, bulk writes.

``engines`` builds an engine for a URL (SQLite or PostgreSQL) and its read-only view;
``sqlite_writer`` queues SQLite's writers inside the process; ``bulk`` writes many rows fast.
Callers import from here.
"""

from shared.db.bulk import FAST_PATH_MIN_ROWS, executemany
from shared.db.engines import (
    POOL_TIMEOUT_SECONDS,
    POSTGRES_POOL_SIZE,
    is_read_only,
    make_engine,
    normalise_url,
    read_only,
    writable,
)
from shared.db.sqlite_writer import (
    READ_ONLY_OPTION,
    SQLITE_BUSY_TIMEOUT_MS,
    WriterLockConnection,
)

__all__ = [
    "FAST_PATH_MIN_ROWS",
    "POOL_TIMEOUT_SECONDS",
    "POSTGRES_POOL_SIZE",
    "READ_ONLY_OPTION",
    "SQLITE_BUSY_TIMEOUT_MS",
    "WriterLockConnection",
    "executemany",
    "is_read_only",
    "make_engine",
    "normalise_url",
    "read_only",
    "writable",
]

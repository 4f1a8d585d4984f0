"""The ceiling for intake's PUT benchmarks: a bare FastAPI endpoint doing one INSERT on the raw
DBAPI driver (``sqlite3`` or ``psycopg``, no SQLAlchemy).

Served with uvicorn by ``intake_bench.py`` and ``put_wrk.py`` on the same kind of database as
intake; no auth, no validation beyond JSON parsing, no events. Each worker thread keeps its own
connection (no pool: nothing to check out). SQLite gets intake's pragmas (WAL, synchronous
NORMAL, busy timeout) and, like intake (``shared/db/sqlite_writer.py``), an in-process lock
around each write, so that writers queue in the process instead of sleeping in SQLite's busy
handler: without it the ceiling itself would be a convoy, and the ratio would flatter intake.
"""

import json
import os
import sqlite3
import threading
import uuid
from typing import Any

import psycopg
from fastapi import FastAPI

URL = os.environ["BENCH_DATABASE_URL"]
SQLITE = URL.startswith("sqlite")
CREATE = "CREATE TABLE IF NOT EXISTS bench_bare (id VARCHAR(36) PRIMARY KEY, body TEXT NOT NULL)"
INSERT = f"INSERT INTO bench_bare (id, body) VALUES ({'?, ?' if SQLITE else '%s, %s'})"

_local = threading.local()
_write_lock = threading.Lock()


def _connect() -> Any:
    if SQLITE:
        connection = sqlite3.connect(URL.split(":///", 1)[1], isolation_level=None, timeout=5)
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=5000"):
            connection.execute(f"PRAGMA {pragma}")
        return connection
    return psycopg.connect(URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def _connection() -> Any:
    connection = getattr(_local, "connection", None)
    if connection is None:
        connection = _local.connection = _connect()
    return connection


with _connect() as setup:
    setup.execute(CREATE)

app = FastAPI()


@app.put("/bare/{item_id}")
def put_bare(item_id: str, body: dict[str, Any]) -> dict[str, str]:
    """One INSERT, committed (autocommit: a single statement is its own transaction)."""
    row = (str(uuid.uuid4()), json.dumps(body))
    if SQLITE:
        with _write_lock:
            _connection().execute(INSERT, row)
    else:
        _connection().execute(INSERT, row)
    return {"id": item_id}

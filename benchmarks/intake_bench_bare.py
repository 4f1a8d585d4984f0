"""The ceiling for intake's benchmark: a bare FastAPI endpoint doing one plain INSERT.

Served by ``intake_bench.py`` with uvicorn on the same database as intake; no auth, no validation
beyond JSON parsing, no events.
"""

import os
import uuid
from typing import Any

from fastapi import FastAPI
from sqlalchemy import Column, MetaData, String, Table, Text, insert

from shared.db import make_engine

metadata = MetaData()
rows = Table(
    "bench_bare",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("body", Text, nullable=False),
)
engine = make_engine(os.environ["BENCH_DATABASE_URL"])
metadata.create_all(engine)
app = FastAPI()


@app.put("/bare/{item_id}")
def put_bare(item_id: str, body: dict[str, Any]) -> dict[str, str]:
    with engine.begin() as connection:
        connection.execute(insert(rows).values(id=str(uuid.uuid4()), body=str(body)))
    return {"id": item_id}

"""A small app assembled by the shared factory, with routes that exercise the shared machinery.

It runs on intake's migrated database (for the idempotency table and ``/readyz``), so what is
tested is the real middleware stack every service gets.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Annotated

import pytest
from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy import create_engine, text
from sqlalchemy.pool import QueuePool
from starlette.testclient import TestClient

from harness.databases import throwaway_database
from harness.log_audit import allow_routes_of
from services.intake import models
from services.intake.app import MIGRATIONS
from services.intake.settings import IntakeSettings
from shared.app_factory import create_service_app
from shared.auth import Caller, require_scopes
from shared.db import make_engine
from shared.feed import NewEvent, append_events
from shared.migrations import upgrade
from shared.problems import Conflict
from shared.sessions import SessionDep


class Widget(BaseModel):
    name: str = Field(min_length=1, max_length=20)
    size: int = Field(ge=0, le=10)


class Counter:
    """Counts how often the create route really ran, to prove replays do not re-run it."""

    def __init__(self) -> None:
        self.calls = 0
        self.lock = threading.Lock()


def probe_router(counter: Counter) -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["probe"])

    @router.post("/widgets", status_code=201, summary="Create a widget")
    def create_widget(
        widget: Widget, caller: Annotated[Caller, Depends(require_scopes("intake:write"))]
    ) -> dict:
        with counter.lock:
            counter.calls += 1
            return {
                "name": widget.name,
                "size": widget.size,
                "org": caller.org,
                "serial": counter.calls,
            }

    @router.post("/explode", summary="Fail unexpectedly")
    def explode(caller: Annotated[Caller, Depends(require_scopes("intake:write"))]) -> dict:
        raise RuntimeError("secret internals: patient 12345")

    @router.post("/database-down", summary="Use a database that refuses connections")
    def database_down(caller: Annotated[Caller, Depends(require_scopes("intake:write"))]) -> dict:
        # Port 1 on localhost: nothing listens, so the driver's connect fails at once.
        engine = make_engine(f"postgresql://postgres@127.0.0.1:1/{caller.org}?connect_timeout=2")
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        finally:
            engine.dispose()
        return {}

    @router.post("/pool-exhausted", summary="Wait for a connection a full pool never frees")
    def pool_exhausted(caller: Annotated[Caller, Depends(require_scopes("intake:write"))]) -> dict:
        engine = create_engine(
            "sqlite://", poolclass=QueuePool, pool_size=1, max_overflow=0, pool_timeout=0.05
        )
        try:
            with engine.connect(), engine.connect():
                pass
        finally:
            engine.dispose()
        return {}

    @router.post("/conflict", summary="Fail with a domain conflict")
    def conflict(caller: Annotated[Caller, Depends(require_scopes("intake:write"))]) -> dict:
        raise Conflict("That move is not allowed.")

    @router.post("/notes", status_code=201, summary="Store a note")
    def store_note(
        note: Widget,
        session: SessionDep,
        caller: Annotated[Caller, Depends(require_scopes("intake:write"))],
    ) -> dict:
        append_events(
            session,
            models.feed_events,
            [NewEvent(caller.org, "note.stored", f"notes/{note.name}", {})],
        )
        if note.size == 10:
            raise Conflict("Size 10 is refused after the write; nothing may persist.")
        return {"stored": note.name}

    return router


@pytest.fixture(scope="module")
def counter() -> Counter:
    return Counter()


@pytest.fixture(scope="module")
def probe_client(
    tmp_path_factory: pytest.TempPathFactory, counter: Counter
) -> Iterator[TestClient]:
    with throwaway_database("probe", tmp_path_factory.mktemp("probe")) as url:
        upgrade(MIGRATIONS, url)
        settings = IntakeSettings(database_url=url, environment="test", max_body_bytes=64 * 1024)
        app = create_service_app(
            settings=settings,
            title="probe",
            description="probe",
            version="0",
            tags=[],
            routers=[probe_router(counter)],
            migrations_dir=MIGRATIONS,
            idempotency_table=models.idempotency_keys,
        )
        allow_routes_of(app)
        with TestClient(app, raise_server_exceptions=False) as client:
            yield client

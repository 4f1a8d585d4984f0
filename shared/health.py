"""Liveness and readiness probes, identical in every service."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import text

from shared.migrations import current_heads
from shared.problems import ServiceUnavailable, problem_responses

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str = Field(description="`ok` when the check passed.", examples=["ok"])


@router.get("/healthz", summary="Liveness: the process answers", response_model=Health)
async def liveness() -> Health:
    """Cheap and dependency-free, so an orchestrator never restarts a pod for a slow database.

    Async: it runs on the event loop, so it answers even while every worker thread is busy
    (a sync function would queue for one behind the requests it is meant to outlive)."""
    return Health(status="ok")


@router.get(
    "/readyz",
    summary="Readiness: database reachable and migrations at head",
    response_model=Health,
    responses=problem_responses(503),
)
def readiness(request: Request) -> Health:
    """Traffic should only reach an instance whose schema matches its code."""
    engine = request.app.state.engine
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        applied = current_heads(engine)
    except Exception as exc:
        raise ServiceUnavailable("The database is not reachable.") from exc
    if applied != request.app.state.migration_heads:
        raise ServiceUnavailable("Database migrations are not at head; run the migrate command.")
    return Health(status="ok")

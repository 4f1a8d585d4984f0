"""``GET /v1/sync/status``: how far metrics has applied each feed, and what is failing."""

from __future__ import annotations

from fastapi import APIRouter, Request

from services.metrics.api.deps import Operator
from services.metrics.schemas.sync import SyncStatus
from services.metrics.sync.status import sync_status
from shared.db import read_only
from shared.models import utcnow

router = APIRouter(prefix="/v1", tags=["sync"])


@router.get(
    "/sync/status",
    summary="Read the feed consumers' progress",
    response_model=SyncStatus,
)
def get_sync_status(request: Request, caller: Operator) -> SyncStatus:
    """Each source's cursor, events applied, last event time, lag, whether it is caught up,
    the last failure, which replica holds its lease and when that replica's heartbeat was last
    seen (a source whose holder stopped beating is never caught up). Platform-wide (event
    counts cover every org) and names replicas' hosts, so it needs the platform operator's
    scope `platform:operate`, which no tenant token carries."""
    with read_only(request.app.state.engine).connect() as connection:
        return sync_status(
            connection,
            now=utcnow(),
            heartbeat_seconds=request.app.state.settings.heartbeat_seconds,
        )

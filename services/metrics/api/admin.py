"""``POST /v1/admin/rebuild``: empty the facts and replay both feeds from the start."""

from __future__ import annotations

from fastapi import APIRouter, Request

from services.metrics.api.deps import Operator
from services.metrics.schemas.sync import RebuildOut, SourceReplay
from services.metrics.sync.rebuild import rebuild
from shared.problems import problem_responses

router = APIRouter(prefix="/v1", tags=["sync"])


@router.post(
    "/admin/rebuild",
    summary="Rebuild every fact from the feeds",
    response_model=RebuildOut,
    responses=problem_responses(400, 409, 422, 503),
)
def rebuild_facts(request: Request, caller: Operator) -> RebuildOut:
    """Empties the fact tables and the cursors and replays the intake and measures feeds from
    the start; the result equals what incremental consumption built. The running consumers
    pause while it holds their leases. Interventions, collaboratives and settings are kept.
    Answers once both feeds are replayed, with the events read and the rows per fact table.
    503 when a source does not answer (nothing is emptied then) or fails midway (the
    consumers then carry on from where it stopped). The rebuild covers every org, so it needs
    the platform operator's scope `platform:operate`, which no tenant token carries."""
    done = rebuild(
        engine=request.app.state.engine,
        clients=request.app.state.feed_clients,
        settings=request.app.state.settings,
    )
    return RebuildOut(
        sources=[
            SourceReplay(source=s.source, events=s.events, pages=s.pages, cursor=s.cursor)
            for s in done.sources.values()
        ],
        facts=done.facts,
        seconds=done.seconds,
    )

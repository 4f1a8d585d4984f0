"""``GET /v1/feed``: the route a producing service serves its outbox on.

The page is serialized as stored, without validating each event on the way out (events are
read for years; :mod:`shared.feed_schema` says why); the document describes it typed.
"""

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy import Table

from shared.auth import Caller, require_scopes
from shared.db import read_only
from shared.feed import FEED_MAX_LIMIT, page_for, read_feed
from shared.feed_cursor import ALL_ORGS, CursorCodec
from shared.feed_schema import documented_feed_page
from shared.problems import problem_responses


def feed_router(table: Table, *, source: str, event_types: Sequence[str]) -> APIRouter:
    """``GET /v1/feed`` for a producing service."""
    router = APIRouter(prefix="/v1", tags=["feed"])
    reader = require_scopes("feed:read")
    types = ", ".join(f"`{t}`" for t in event_types)

    @router.get(
        "/feed",
        summary="Read the change feed after a cursor",
        description=f"Events in a stable order that never skips one. Types: {types}. "
        "Consumers store `next_cursor` with what they derived from the events.",
        response_model=None,
        responses={
            200: {"model": documented_feed_page(event_types), "description": "One page."},
            **problem_responses(400, 422),
        },
    )
    def read_events(
        request: Request,
        caller: Annotated[Caller, Depends(reader)],
        after: Annotated[
            str | None,
            Query(
                max_length=128,
                description="A `next_cursor` this feed gave the same organization; omit to "
                "start from the beginning. Any other value is a 400.",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=FEED_MAX_LIMIT)] = 500,
    ) -> Response:
        org = None if caller.has("feed:all") else caller.org
        scope = ALL_ORGS if org is None else org
        codec: CursorCodec = request.app.state.feed_cursors
        position = codec.open(after, scope)
        with read_only(request.app.state.engine).connect() as connection:
            read = read_feed(connection, table, source=source, org=org, after=position, limit=limit)
        page = page_for(read, codec=codec, scope=scope, after=after)
        return Response(page.model_dump_json(), media_type="application/json")

    return router

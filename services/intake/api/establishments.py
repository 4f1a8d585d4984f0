"""Routes for team establishments: a team's funded FTE from a day on, its history, what is in
force. Team-level figures name no one: written with ``intake:workforce``, read with
``intake:read``, not audited."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.intake import workforce as store
from services.intake.api.deps import ID_PATTERN, Reader, WorkforceKeeper, id_path
from services.intake.schemas.establishments import (
    EXAMPLE_OUT,
    EstablishmentIn,
    EstablishmentOut,
)
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import BadRequest, NotFound, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep
from shared.strict_types import IsoDate

router = APIRouter(prefix="/v1", tags=["workforce"])
TeamId = Annotated[str, id_path("team")]
_EARLIER = EXAMPLE_OUT | {"effective_from": "2024-04-01", "funded_fte": 11.0,
                          "updated_at": "2024-03-18T10:00:00Z"}  # fmt: skip
_PAGE_EXAMPLE = {"items": [EXAMPLE_OUT], "next_cursor": "WyJ0ZWFtLWVhc3QiLCIyMDI1LTA0LTAxIl0"}


@router.put(
    "/establishments/{team_id}",
    summary="Set a team's establishment from a day on",
    description="The team's funded FTE from `effective_from` until its next row: vacancy is "
    "measured against it. History is kept: each `effective_from` is its own row; the same day "
    "again replaces that row (a correction), an identical re-send changes and publishes "
    "nothing. 201 when the row was created, 200 when replaced or unchanged.",
    response_model=EstablishmentOut,
    responses={
        201: {"model": EstablishmentOut, "description": "Created"},
        **problem_responses(413, 422),
    },
)
def put_establishment(
    team_id: TeamId, body: EstablishmentIn, caller: WorkforceKeeper, session: SessionDep,
    response: Response,
) -> EstablishmentOut:  # fmt: skip
    """Store one establishment row."""
    out, created = retry_races(
        session,
        lambda: store.save_establishment(
            session=session, org=caller.org, team_id=team_id, establishment=body
        ),
    )
    response.status_code = 201 if created else 200
    return out


@router.get(
    "/establishments/{team_id}",
    summary="Read a team's establishment history",
    description="Every establishment row of one team of the caller's org, oldest first; a "
    "team with none (or another org's) is a 404.",
    response_model=list[EstablishmentOut],
    responses={
        200: {"content": {"application/json": {"example": [_EARLIER, EXAMPLE_OUT]}}},
        **problem_responses(404),
    },
)
def get_establishment(
    team_id: TeamId, caller: Reader, session: ReadSessionDep
) -> list[EstablishmentOut]:
    """One team's establishment rows."""
    rows = store.team_history(session.connection(), caller.org, team_id)
    if not rows:
        raise NotFound("No establishment for this team.")
    return [store.establishment_out(r) for r in rows]


@router.get(
    "/establishments",
    summary="List establishments",
    description="The org's establishment rows in team and day order, a page at a time. "
    "`in_force_on` keeps each team's row in force that day (its latest `effective_from` on or "
    "before it): the funded FTE to measure that day's vacancies against.",
    response_model=Page[EstablishmentOut],
    responses={
        200: {"content": {"application/json": {"example": _PAGE_EXAMPLE}}},
        **problem_responses(400),
    },
)
def list_establishments(
    caller: Reader,
    session: ReadSessionDep,
    team_id: Annotated[
        str | None,
        Query(max_length=64, pattern=ID_PATTERN, description="Only this team's.",
              examples=["team-east"]),
    ] = None,
    site_id: Annotated[
        str | None,
        Query(max_length=64, pattern=ID_PATTERN, description="Only this site's.",
              examples=["site-north"]),
    ] = None,
    in_force_on: Annotated[
        IsoDate | None,
        Query(description="Only the rows in force on this day.", examples=["2025-06-30"]),
    ] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> Page[EstablishmentOut]:  # fmt: skip
    """A page of the org's establishment rows."""
    key = decode_cursor(cursor)
    after: tuple[str, date] | None = None
    if key is not None:
        try:
            team, day = key
            after = (str(team), date.fromisoformat(day)) if isinstance(team, str) else None
        except (TypeError, ValueError):
            after = None
        if after is None:
            raise BadRequest("The cursor is not valid; start again without one.")
    filters = store.EstablishmentFilters(team_id=team_id, site_id=site_id, in_force_on=in_force_on)
    rows = store.list_establishments(
        session.connection(), caller.org, filters, after=after, limit=limit + 1
    )
    page = rows[:limit]
    last = page[-1] if page else None
    return Page[EstablishmentOut](
        items=[store.establishment_out(r) for r in page],
        next_cursor=encode_cursor([last["team_id"], last["effective_from"].isoformat()])
        if last is not None and len(rows) > limit
        else None,
    )

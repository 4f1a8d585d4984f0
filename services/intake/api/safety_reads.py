"""Routes for reading safety events: a filtered page, or one by id.

Everything but the narrative is `intake:read`'s; the narrative and the reporter are shown only to
a token that also holds `intake:safety-review`, and each such read is audited per event.
"""

from typing import Annotated

from fastapi import APIRouter, Query

from services.intake import safety_events as store
from services.intake.api.deps import ID_PATTERN, SAFETY_REVIEW, Reader, id_path
from services.intake.errors import UnknownSafetyEventError
from services.intake.safety_review import ReviewStatus
from services.intake.schemas import SafetyEventOut
from shared.events import HarmLevel, SafetyEventKind
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import BadRequest, problem_responses
from shared.sessions import ReadSessionDep
from shared.strict_types import OffsetDateTime

router = APIRouter(prefix="/v1", tags=["safety-events"])
SafetyEventId = Annotated[str, id_path("safety event")]
_WHO_SEES = (
    " `narrative` and `reporter_id` are null unless the token also holds "
    "`intake:safety-review`; every narrative shown is written to the audit log, as is every "
    "patient named."
)


def _id_query(what: str, example: str) -> object:
    return Query(max_length=64, pattern=ID_PATTERN, description=what, examples=[example])


@router.get(
    "/safety-events",
    summary="List safety events",
    description="The org's safety events in id order, a page at a time, narrowed by any of "
    "the filters." + _WHO_SEES,
    response_model=Page[SafetyEventOut],
    responses=problem_responses(400),
)
def list_safety_events(
    caller: Reader,
    session: ReadSessionDep,
    kind: Annotated[
        SafetyEventKind | None, Query(description="Only this kind.", examples=["fall"])
    ] = None,
    harm_level: Annotated[
        HarmLevel | None, Query(description="Only this harm level.", examples=["severe"])
    ] = None,
    review_status: Annotated[
        ReviewStatus | None,
        Query(description="Only events whose review is here.", examples=["received"]),
    ] = None,
    team_id: Annotated[str | None, _id_query("Only this team's.", "team-east")] = None,
    site_id: Annotated[str | None, _id_query("Only this site's.", "site-north")] = None,
    occurred_from: Annotated[
        OffsetDateTime | None,
        Query(
            description="Only events that occurred at or after this time.",
            examples=["2025-03-01T00:00:00Z"],
        ),
    ] = None,
    occurred_to: Annotated[
        OffsetDateTime | None,
        Query(
            description="Only events that occurred before this time.",
            examples=["2025-04-01T00:00:00Z"],
        ),
    ] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> Page[SafetyEventOut]:
    """A page of the org's safety events."""
    key = decode_cursor(cursor)
    if key is not None and (len(key) != 1 or not isinstance(key[0], str)):
        raise BadRequest("The cursor is not valid; start again without one.")
    filters = store.SafetyEventFilters(
        kind=kind,
        harm_level=harm_level,
        review_status=None if review_status is None else review_status.value,
        team_id=team_id,
        site_id=site_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )
    rows = store.list_safety_events(
        session.connection(),
        caller.org,
        filters,
        after=key[0] if key else None,
        limit=limit + 1,
    )
    page = rows[:limit]
    restricted = caller.has(SAFETY_REVIEW)
    store.record_safety_reads(
        session, caller=caller, rows=page, narratives=restricted, route="/v1/safety-events"
    )
    return Page[SafetyEventOut](
        items=[store.safety_event_out(r, restricted=restricted) for r in page],
        next_cursor=encode_cursor([page[-1]["safety_event_id"]]) if len(rows) > limit else None,
    )


@router.get(
    "/safety-events/{safety_event_id}",
    summary="Read a safety event",
    description="One safety event of the caller's org; another org's id is a 404." + _WHO_SEES,
    response_model=SafetyEventOut,
    responses=problem_responses(404),
)
def get_safety_event(
    safety_event_id: SafetyEventId, caller: Reader, session: ReadSessionDep
) -> SafetyEventOut:
    """One safety event."""
    row = store.get_safety_event(session.connection(), caller.org, safety_event_id)
    if row is None:
        raise UnknownSafetyEventError()
    restricted = caller.has(SAFETY_REVIEW)
    store.record_safety_reads(
        session,
        caller=caller,
        rows=[row],
        narratives=restricted,
        route="/v1/safety-events/{safety_event_id}",
    )
    return store.safety_event_out(row, restricted=restricted)

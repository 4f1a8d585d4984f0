"""Routes for "you said, we did": the org's answers to themes of its feedback.

Written by the feedback team (`intake:feedback-review`). Published ones are listed for patients'
apps under `intake:write`, the scope those apps hold to send feedback; staff read drafts too
under `intake:read`.
"""

from typing import Annotated

from fastapi import APIRouter, Path, Response

from services.intake import feedback as store
from services.intake.api.deps import ID_PATTERN, FeedbackReviewer, Reader, Writer
from services.intake.errors import UnknownFeedbackResponseError
from services.intake.schemas import FeedbackResponseIn, FeedbackResponseOut
from services.intake.schemas.feedback_responses import EXAMPLE
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import BadRequest, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["feedback"])
ResponseId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=64,
        pattern=ID_PATTERN,
        description="The org's id for the response, unique within the org.",
        examples=["yswd-2025-03-waiting-times"],
    ),
]
_PAGE = {"items": [EXAMPLE], "next_cursor": "WyJ5c3dkLTIwMjUtMDMtd2FpdGluZy10aW1lcyJd"}
_PAGE_RESPONSES = {
    200: {"content": {"application/json": {"example": _PAGE}}},
    **problem_responses(400),
}


@router.put(
    "/feedback-responses/{response_id}",
    summary="Create or replace a 'you said, we did' response",
    response_model=FeedbackResponseOut,
    responses={
        201: {"model": FeedbackResponseOut, "description": "Created"},
        **problem_responses(409, 413, 422),
    },
)
def put_feedback_response(
    response_id: ResponseId,
    body: FeedbackResponseIn,
    caller: FeedbackReviewer,
    session: SessionDep,
    response: Response,
) -> FeedbackResponseOut:
    """What the org heard under some of its themes and what it changed. `published: true`
    lists it for patients' apps and stamps `published_at` (kept while it stays published);
    false keeps or makes it a draft. Every theme code must be in the org's list (retired ones
    too), else a 422 names each unknown code. 201 when created, 200 when replaced or
    unchanged. Needs `intake:feedback-review`."""
    row, created = retry_races(
        session,
        lambda: store.put_response(
            session=session, org=caller.org, response_id=response_id, body=body
        ),
    )
    response.status_code = 201 if created else 200
    return store.response_out(row)


def _page(
    session: ReadSessionDep, org: str, *, published_only: bool, cursor: str | None, limit: int
) -> Page[FeedbackResponseOut]:
    key = decode_cursor(cursor)
    if key is not None and (len(key) != 1 or not isinstance(key[0], str)):
        raise BadRequest("The cursor is not valid; start again without one.")
    rows = store.list_responses(
        session=session,
        org=org,
        published_only=published_only,
        after=key[0] if key else None,
        limit=limit + 1,
    )
    page = rows[:limit]
    return Page[FeedbackResponseOut](
        items=[store.response_out(r) for r in page],
        next_cursor=encode_cursor([page[-1].response_id]) if len(rows) > limit else None,
    )


@router.get(
    "/feedback-responses",
    summary="List published 'you said, we did' responses",
    response_model=Page[FeedbackResponseOut],
    responses=_PAGE_RESPONSES,
)
def list_published_responses(
    caller: Writer, session: ReadSessionDep, cursor: CursorQuery = None, limit: LimitQuery = 100
) -> Page[FeedbackResponseOut]:
    """The org's published responses in id order, for patients' apps: it needs `intake:write`,
    the scope an app holds to send feedback. Drafts are never listed here."""
    return _page(session, caller.org, published_only=True, cursor=cursor, limit=limit)


@router.get(
    "/feedback-responses:all",
    summary="List every 'you said, we did' response, drafts included",
    response_model=Page[FeedbackResponseOut],
    responses=_PAGE_RESPONSES,
)
def list_all_responses(
    caller: Reader, session: ReadSessionDep, cursor: CursorQuery = None, limit: LimitQuery = 100
) -> Page[FeedbackResponseOut]:
    """Every response of the org in id order, drafts and published, for staff (`intake:read`)."""
    return _page(session, caller.org, published_only=False, cursor=cursor, limit=limit)


@router.get(
    "/feedback-responses/{response_id}",
    summary="Read a 'you said, we did' response",
    response_model=FeedbackResponseOut,
    responses=problem_responses(404),
)
def get_feedback_response(
    response_id: ResponseId, caller: Reader, session: ReadSessionDep
) -> FeedbackResponseOut:
    """One response of the caller's org, draft or published (`intake:read`); another org's id
    is a 404."""
    row = store.get_response(session=session, org=caller.org, response_id=response_id)
    if row is None:
        raise UnknownFeedbackResponseError()
    return store.response_out(row)

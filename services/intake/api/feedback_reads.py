"""Routes for staff reading feedback: a filtered page, newest first, or one submission by id.

Scores and numeric answers are `intake:read`'s; the free-text comments are shown only to a token
that also holds `intake:feedback-review`, and each submission whose comment is shown is written
to the audit log with the reader and the time.
"""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import AwareDatetime

from services.intake import feedback as store
from services.intake.api.deps import FEEDBACK_REVIEW, ID_PATTERN, Reader
from services.intake.errors import UnknownFeedbackError
from services.intake.schemas import FeedbackDetailOut
from services.intake.schemas.feedback_reads import EXAMPLE
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import BadRequest, problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["feedback"])
_WHO_SEES = (
    " Free-text answers (comments) are left out of `answers` unless the token also holds "
    "`intake:feedback-review`; every submission whose comment is shown is written to the audit "
    "log (`read-comment`, the reader, the time), as is every patient named. Comments never go "
    "on the feed, to metrics or into logs."
)
_PAGE_EXAMPLE = {
    "items": [EXAMPLE],
    "next_cursor": "WyIyMDI1LTAzLTE3VDIxOjA1OjAyKzAwOjAwIiwiMWM5ZTZiMWUtMmY0ZC00YzNiLThhN2"
    "UtNWQ2ZjdhOGI5YzBkIl0",
}


def _id_query(what: str, example: str) -> object:
    return Query(max_length=64, pattern=ID_PATTERN, description=what, examples=[example])


@router.get(
    "/feedback",
    summary="List feedback",
    description="The org's feedback submissions, newest received first, a page at a time, "
    "narrowed by any of the filters. Clinician, team and site are those of the submission's "
    "encounter." + _WHO_SEES,
    response_model=Page[FeedbackDetailOut],
    responses={
        200: {"content": {"application/json": {"example": _PAGE_EXAMPLE}}},
        **problem_responses(400),
    },
)
def list_feedback(
    caller: Reader,
    session: ReadSessionDep,
    form_id: Annotated[
        str | None, _id_query("Only answers to this form.", "session-feedback")
    ] = None,
    clinician_id: Annotated[str | None, _id_query("Only this clinician's.", "clin-12")] = None,
    team_id: Annotated[str | None, _id_query("Only this team's.", "team-north")] = None,
    site_id: Annotated[str | None, _id_query("Only this site's.", "site-a")] = None,
    received_from: Annotated[
        AwareDatetime | None,
        Query(
            description="Only submissions received at or after this time.",
            examples=["2025-03-01T00:00:00Z"],
        ),
    ] = None,
    received_to: Annotated[
        AwareDatetime | None,
        Query(
            description="Only submissions received before this time.",
            examples=["2025-04-01T00:00:00Z"],
        ),
    ] = None,
    has_comment: Annotated[
        bool | None,
        Query(
            description="true: only submissions with a free-text comment; false: only those "
            "without. Works without the comments' scope (it says nothing of the text).",
            examples=[True],
        ),
    ] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> Page[FeedbackDetailOut]:
    """A page of the org's feedback."""
    filters = store.FeedbackFilters(
        form_id=form_id,
        clinician_id=clinician_id,
        team_id=team_id,
        site_id=site_id,
        received_from=received_from,
        received_to=received_to,
        has_comment=has_comment,
    )
    rows = store.list_feedback(
        session.connection(), caller.org, filters, after=_after(cursor), limit=limit + 1
    )
    page = rows[:limit]
    comments = caller.has(FEEDBACK_REVIEW)
    store.record_feedback_reads(
        session, caller=caller, rows=page, comments=comments, route="/v1/feedback"
    )
    return Page[FeedbackDetailOut](
        items=[store.detail_out(r, comments=comments) for r in page],
        next_cursor=encode_cursor(store.page_key(page[-1])) if len(rows) > limit else None,
    )


def _after(cursor: str | None) -> tuple[datetime, str] | None:
    key = decode_cursor(cursor)
    if key is None:
        return None
    try:
        received, feedback_id = key
        at = datetime.fromisoformat(received)
    except (TypeError, ValueError):
        raise BadRequest("The cursor is not valid; start again without one.") from None
    if at.tzinfo is None or not isinstance(feedback_id, str):
        raise BadRequest("The cursor is not valid; start again without one.")
    return at, feedback_id


@router.get(
    "/feedback/{feedback_id}",
    summary="Read a feedback submission",
    description="One submission of the caller's org with its scores, where it was given and its "
    "themes; another org's id is a 404." + _WHO_SEES,
    response_model=FeedbackDetailOut,
    responses=problem_responses(404),
)
def get_feedback(
    feedback_id: Annotated[
        str,
        Path(
            max_length=36,
            description="Intake's feedback id.",
            examples=["b1d7c0f4-3e2a-4a5b-9d6e-0f1e2d3c4b5a"],
        ),
    ],
    caller: Reader,
    session: ReadSessionDep,
) -> FeedbackDetailOut:
    """One submission."""
    row = store.get_feedback_detail(session.connection(), caller.org, feedback_id)
    if row is None:
        raise UnknownFeedbackError()
    comments = caller.has(FEEDBACK_REVIEW)
    store.record_feedback_reads(
        session, caller=caller, rows=[row], comments=comments, route="/v1/feedback/{feedback_id}"
    )
    return store.detail_out(row, comments=comments)

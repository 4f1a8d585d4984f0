"""Routes for the org's feedback themes and for tagging a submission with them.

The list is read under `intake:read`; keeping it and tagging are the feedback team's
(`intake:feedback-review`), since themes are read from comments. A tag change is recorded with
who made it and when, and published as ``feedback.themed`` (codes only, never the comment).
"""

from typing import Annotated

from fastapi import APIRouter, Path, Response

from services.intake import feedback as store
from services.intake.api.deps import FeedbackReviewer, Reader
from services.intake.schemas import ThemeIn, ThemeOut, ThemeTagsIn, ThemeTagsOut
from services.intake.schemas.feedback_themes import THEME_CODE_PATTERN, THEME_EXAMPLE
from shared.problems import problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["feedback"])
ThemeCodePath = Annotated[
    str,
    Path(
        max_length=64,
        pattern=THEME_CODE_PATTERN,
        description="The theme's code: lower-case letters and digits in hyphenated words.",
        examples=["access-waiting"],
    ),
]
FeedbackIdPath = Annotated[
    str,
    Path(
        max_length=36,
        description="Intake's feedback id.",
        examples=["1c9e6b1e-2f4d-4c3b-8a7e-5d6f7a8b9c0d"],
    ),
]


@router.put(
    "/feedback-themes/{code}",
    summary="Create or replace a feedback theme",
    response_model=ThemeOut,
    responses={
        201: {"model": ThemeOut, "description": "Created"},
        **problem_responses(409, 413, 422),
    },
)
def put_feedback_theme(
    code: ThemeCodePath,
    body: ThemeIn,
    caller: FeedbackReviewer,
    session: SessionDep,
    response: Response,
) -> ThemeOut:
    """A theme of the org's own coded list: its label, description and whether it is active.
    201 when created, 200 when replaced or unchanged. Themes are retired (`active: false`),
    never deleted, so past tags keep their meaning. Needs `intake:feedback-review`."""
    row, created = retry_races(
        session, lambda: store.put_theme(session=session, org=caller.org, code=code, theme=body)
    )
    response.status_code = 201 if created else 200
    return store.theme_out(row)


@router.get(
    "/feedback-themes",
    summary="List the feedback themes",
    response_model=list[ThemeOut],
    responses={200: {"content": {"application/json": {"example": [THEME_EXAMPLE]}}}},
)
def list_feedback_themes(caller: Reader, session: ReadSessionDep) -> list[ThemeOut]:
    """Every theme of the caller's org in code order, retired ones included (`active`)."""
    return [store.theme_out(r) for r in store.list_themes(session=session, org=caller.org)]


@router.put(
    "/feedback/{feedback_id}/themes",
    summary="Tag a feedback submission with themes",
    response_model=ThemeTagsOut,
    responses=problem_responses(404, 409, 413, 422),
)
def put_feedback_themes(
    feedback_id: FeedbackIdPath, body: ThemeTagsIn, caller: FeedbackReviewer, session: SessionDep
) -> ThemeTagsOut:
    """Set the submission's whole set of theme codes (empty removes them all). Every code must
    be an active theme of the org's list (one already on the submission may stay after it was
    retired); otherwise a 422 names each unknown code at `/body/themes/<index>`. A change is
    recorded with who made it and when, and published on the feed as `feedback.themed` (the
    codes, the form, and the encounter's clinician, team and site; never the comment). The set
    already there changes and publishes nothing. Needs `intake:feedback-review`."""
    return retry_races(
        session,
        lambda: store.tag_feedback(
            session=session, caller=caller, feedback_id=feedback_id, themes=body.themes
        ),
    )

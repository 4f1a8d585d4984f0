"""Routes for consumer feedback: one submission and an offline batch (reads: feedback_reads)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response
from pydantic import TypeAdapter, ValidationError

from services.intake import feedback as store
from services.intake.api.batch import invalid_item, refused_item
from services.intake.api.deps import SettingsDep, Writer
from services.intake.errors import IntakeError
from services.intake.schemas import BatchResult, FeedbackIn, FeedbackOut, ItemResult
from shared.problems import problem_responses
from shared.races import retry_races
from shared.sessions import SessionDep

router = APIRouter(prefix="/v1", tags=["feedback"])
_FEEDBACK = TypeAdapter(FeedbackIn)
MAX_BATCH = 500


@router.post(
    "/feedback",
    summary="Submit feedback",
    status_code=201,
    response_model=FeedbackOut,
    responses={
        200: {
            "model": FeedbackOut,
            "description": "Already received (same submission_id); nothing new stored",
        },
        **problem_responses(400, 409, 413, 422),
    },
)
def post_feedback(
    body: FeedbackIn,
    caller: Writer,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> FeedbackOut:
    """A consumer's answers to one form, optionally about an encounter, optionally anonymous.

    Answers are checked against the form; every bad answer is listed in `errors`. Only scores go
    on the feed: comments stay in intake, never logged, and are read back only with
    `intake:feedback-review` (`GET /v1/feedback`); this answer leaves them out.
    """
    form, answers = store.check_submission(body)
    row, created = store.store_feedback(
        session=session,
        org=caller.org,
        form=form,
        answers=answers,
        submission_id=body.submission_id,
        patient_id=body.patient_id,
        encounter_id=body.encounter_id,
        submitted_at=body.submitted_at,
        part2_on_feed=settings.part2_details_on_feed,
    )
    response.status_code = 201 if created else 200
    return store.feedback_out(row)


FeedbackBatch = Annotated[
    list[dict[str, Any]],
    Body(
        max_length=MAX_BATCH,
        description=(
            "Submissions queued offline, each with its `submission_id`; a re-sent batch stores "
            "nothing twice."
        ),
        examples=[
            [
                {
                    "form_id": "session-feedback",
                    "submission_id": "3c8e0a52-7f41-4d0e-b0a6-5d2c9f1e7b30",
                    "answers": {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9},
                    "submitted_at": "2025-03-17T21:02:00Z",
                }
            ]
        ],
    ),
]


@router.post(
    "/feedback:batch",
    summary="Submit feedback collected offline",
    response_model=BatchResult,
    responses=problem_responses(400, 409, 413, 422),
)
def post_feedback_batch(
    body: FeedbackBatch, caller: Writer, session: SessionDep, settings: SettingsDep
) -> BatchResult:
    """Offline sync for mobile apps: each submission is answered on its own (201 stored, 200
    already received, 422 refused) and a resend of the same batch duplicates nothing."""
    results: list[ItemResult | None] = []
    valid: list[store.Submission] = []
    positions: list[int] = []
    for index, raw in enumerate(body):
        sid = raw.get("submission_id")
        sid = sid if isinstance(sid, str) and len(sid) <= 64 else None
        try:
            submission = _FEEDBACK.validate_python(raw)
            form, answers = store.check_submission(submission)
        except ValidationError as exc:
            results.append(invalid_item(index, sid, exc))
            continue
        except IntakeError as error:
            results.append(refused_item(index, sid, error))
            continue
        valid.append(
            store.Submission(
                form=form,
                answers=answers,
                submission_id=submission.submission_id,
                patient_id=submission.patient_id,
                encounter_id=submission.encounter_id,
                submitted_at=submission.submitted_at,
            )
        )
        positions.append(index)
        results.append(None)
    # The valid ones are stored together, as if posted one by one in order (see
    # ``store_submissions``); a resend of stored submission ids stores nothing.
    outcomes = (
        retry_races(
            session,
            lambda: store.store_submissions(
                session=session,
                org=caller.org,
                items=valid,
                part2_on_feed=settings.part2_details_on_feed,
            ),
        )
        if valid
        else []
    )
    for index, (feedback_id, created) in zip(positions, outcomes, strict=True):
        results[index] = ItemResult(index=index, id=feedback_id, status=201 if created else 200)
    answered = [r for r in results if r is not None]
    refused = sum(1 for r in answered if r.status >= 400)
    return BatchResult(results=answered, accepted=len(answered) - refused, refused=refused)

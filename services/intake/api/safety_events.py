"""Routes for reporting safety events (one, or a batch) and recording their review."""

from typing import Annotated, Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from services.intake import safety_events as store
from services.intake.api.batch import batch_body, read_items, run_set_batch
from services.intake.api.deps import SafetyReviewer, SettingsDep, Writer, id_path
from services.intake.errors import IntakeError
from services.intake.schemas import BatchResult, SafetyEventIn, SafetyEventOut, SafetyReviewIn
from shared.problems import problem_responses
from shared.races import retry_races
from shared.sessions import SessionDep

router = APIRouter(prefix="/v1", tags=["safety-events"])
SafetyEventId = Annotated[str, id_path("safety event")]

_ANONYMITY = (
    "Omit `reporter_id` for an anonymous report: intake then stores nothing that says who sent "
    "it (no caller with the row, no audit entry for a report, no `Idempotency-Key` record: the "
    "header is ignored here, `safety_event_id` makes the request safe to retry). The token "
    "that sent it still authenticated someone: submit anonymous reports with a token of the "
    "reporting channel, not a personal one."
)

_REPORT = (
    "An incident or near miss, under the reporting system's `safety_event_id`.\n\n"
    "201 when stored (review status `received`), 200 when the same id was already reported "
    "with the same body (nothing stored or published again), 409 when it was reported with "
    "another body. Harm levels follow the AHRQ Common Formats Harm Scale v1.2; a near miss is "
    "`none` or `unknown`, a `death` event is `death`. `team_id` or `site_id` (or both) is "
    "required. `patient_id` and `encounter_id` need not be known to intake yet (EHR extracts "
    "often arrive later); an encounter intake holds for another patient is a 422. The "
    "narrative stays in intake: never on the feed, never logged, never in a "
    "problem, and read back only with `intake:safety-review`.\n\n" + _ANONYMITY
)
_BATCH = (
    "Up to 5000 reports (JSON array or NDJSON), each answered on its own: 201 stored, 200 "
    "replayed, 409 the id was reported with another body, 422 invalid. A refused item stores "
    "nothing and does not stop the others.\n\n" + _ANONYMITY
)


def _batch_body() -> dict[str, Any]:
    """The batch's body documentation, its example a batch of one report (each item's schema
    still shows a named and an anonymous report)."""
    extra = batch_body(SafetyEventIn)
    schema = extra["requestBody"]["content"]["application/json"]["schema"]
    schema["examples"] = [schema["examples"][0][:1]]
    return extra


@router.post(
    "/safety-events",
    summary="Report a safety event",
    description=_REPORT,
    status_code=201,
    response_model=SafetyEventOut,
    responses={
        200: {"model": SafetyEventOut, "description": "Replayed: already reported, same body"},
        **problem_responses(409, 413, 422),
    },
)
def post_safety_event(
    body: SafetyEventIn,
    caller: Writer,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> SafetyEventOut:
    """An incident or near miss, under the reporting system's `safety_event_id`."""
    row, created = retry_races(
        session,
        lambda: store.report_safety_event(
            connection=session.connection(),
            org=caller.org,
            item=body,
            part2_on_feed=settings.part2_details_on_feed,
        ),
    )
    response.status_code = 201 if created else 200
    return store.safety_event_out(row, restricted=False)


@router.post(
    "/safety-events:batch",
    summary="Report many safety events",
    description=_BATCH,
    response_model=BatchResult,
    responses=problem_responses(400, 409, 413, 415, 422),
    openapi_extra=_batch_body(),
)
async def post_safety_events_batch(
    request: Request, caller: Writer, session: SessionDep, settings: SettingsDep
) -> BatchResult:
    """Many reports, each answered on its own."""
    items = await read_items(request)

    def apply_all(valid: list[SafetyEventIn]) -> list[bool | IntakeError]:
        return retry_races(
            session,
            lambda: store.report_safety_events(
                connection=session.connection(),
                org=caller.org,
                items=valid,
                part2_on_feed=settings.part2_details_on_feed,
            ),
        )

    return await run_in_threadpool(
        run_set_batch, items, SafetyEventIn, "safety_event_id", apply_all
    )


@router.post(
    "/safety-events/{safety_event_id}/review",
    summary="Record a safety event's review",
    response_model=SafetyEventOut,
    responses=problem_responses(404, 409, 413, 422),
)
def post_safety_event_review(
    safety_event_id: SafetyEventId,
    body: SafetyReviewIn,
    caller: SafetyReviewer,
    session: SessionDep,
    settings: SettingsDep,
) -> SafetyEventOut:
    """Move the review on: received → reviewed → actioned, or entered-in-error from any status
    (a retraction, final). Each move stamps its time (`reviewed_at`, `actioned_at`) and
    publishes the event again; the same status again changes nothing. An impossible move is a
    409 problem naming the allowed ones. Needs `intake:safety-review`. The answer leaves out
    the narrative and the reporter: read them with `GET` (audited)."""
    row, _ = retry_races(
        session,
        lambda: store.review_safety_event(
            connection=session.connection(),
            org=caller.org,
            safety_event_id=safety_event_id,
            status=body.review_status,
            part2_on_feed=settings.part2_details_on_feed,
        ),
    )
    return store.safety_event_out(row, restricted=False)

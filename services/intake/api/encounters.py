"""Routes for encounters: upsert under the lifecycle rules, read, list, and batch ingest."""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool

from services.intake import encounters as store
from services.intake import models
from services.intake.api.batch import batch_body, read_items, run_set_batch
from services.intake.api.deps import (
    ID_PATTERN,
    Reader,
    SettingsDep,
    Writer,
    id_path,
    late_notice,
)
from services.intake.errors import TransitionNotAllowedError
from services.intake.schemas import BatchResult, EncounterBatchItem, EncounterIn, EncounterOut
from services.intake.settings import IntakeSettings
from shared.audit import record_patient_read
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import NotFound, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["encounters"])
EncounterId = Annotated[str, id_path("encounter")]


@router.put(
    "/encounters/{encounter_id}",
    summary="Create or update an encounter",
    response_model=EncounterOut,
    responses={
        201: {"model": EncounterOut, "description": "Created"},
        **problem_responses(409, 413, 422),
    },
)
async def put_encounter(
    encounter_id: EncounterId,
    body: EncounterIn,
    caller: Writer,
    request: Request,
    response: Response,
) -> EncounterOut:
    """Upsert a session under the caller's id: idempotent by nature, safe to re-send.

    The status follows the lifecycle booked → fulfilled | no-show | cancelled-by-patient |
    cancelled-by-clinic | entered-in-error; any outcome may become entered-in-error (a
    retraction). An impossible change is a 409 problem naming the allowed next statuses.
    """

    # Async, with the whole transaction (connect, write, commit, close) in one worker thread: a
    # sync route also sends the response's validation to a worker thread, and a session
    # dependency costs an exit stack, both per request for a few microseconds' work. The
    # engine and settings come from the app's state rather than as dependencies for the same
    # reason: each dependency is a round of FastAPI's solving on the busiest write route.
    engine: Engine = request.app.state.engine
    settings: IntakeSettings = request.app.state.settings

    def write() -> tuple[EncounterOut, bool]:
        with engine.connect() as connection:
            return retry_races(
                connection,
                lambda: store.save_encounter(
                    connection=connection,
                    org=caller.org,
                    encounter_id=encounter_id,
                    encounter=body,
                    part2_on_feed=settings.part2_details_on_feed,
                    late_notice=late_notice(settings),
                ),
            )

    out, created = await run_in_threadpool(write)
    response.status_code = 201 if created else 200
    return out


@router.post(
    "/encounters:batch",
    summary="Create or update many encounters",
    response_model=BatchResult,
    responses=problem_responses(400, 409, 413, 415, 422),
    openapi_extra=batch_body(EncounterBatchItem),
)
async def post_encounters_batch(
    request: Request, caller: Writer, session: SessionDep, settings: SettingsDep
) -> BatchResult:
    """Up to 5000 encounters (JSON array or NDJSON), each answered on its own: a refused item
    (422 invalid, 409 impossible status change) does not stop the others."""
    items = await read_items(request)
    notice = late_notice(settings)

    def apply_all(valid: list[EncounterBatchItem]) -> list[bool | TransitionNotAllowedError]:
        return retry_races(
            session,
            lambda: store.upsert_encounters(
                session=session,
                org=caller.org,
                items=[(item.encounter_id, item) for item in valid],
                part2_on_feed=settings.part2_details_on_feed,
                late_notice=notice,
            ),
        )

    # Validation and the statements run in a worker thread: a 5,000-item batch must not hold
    # up the event loop (and every other request on this worker) while it is applied.
    return await run_in_threadpool(
        run_set_batch, items, EncounterBatchItem, "encounter_id", apply_all
    )


@router.get(
    "/encounters/{encounter_id}",
    summary="Read an encounter",
    response_model=EncounterOut,
    responses=problem_responses(404),
)
def get_encounter(
    encounter_id: EncounterId, caller: Reader, session: ReadSessionDep, settings: SettingsDep
) -> EncounterOut:
    """One encounter of the caller's org with its FHIR statuses; the read is audited."""
    row = store.get_encounter(session=session, org=caller.org, encounter_id=encounter_id)
    if row is None:
        raise NotFound("No encounter with this id.")
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[row.patient_id],
        route="/v1/encounters/{encounter_id}",
    )
    return store.encounter_out(row, late_notice=late_notice(settings))


@router.get(
    "/encounters",
    summary="List encounters",
    response_model=Page[EncounterOut],
    responses=problem_responses(400),
)
def list_encounters(
    caller: Reader,
    session: ReadSessionDep,
    settings: SettingsDep,
    patient_id: Annotated[
        str | None,
        Query(
            max_length=64,
            pattern=ID_PATTERN,
            description="Only this patient's encounters.",
            examples=["7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17"],
        ),
    ] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> Page[EncounterOut]:
    """The caller's encounters in id order, a page at a time; the patients listed are audited."""
    key = decode_cursor(cursor)
    rows = store.list_encounters(
        session=session,
        org=caller.org,
        after=str(key[0]) if key else None,
        limit=limit + 1,
        patient_id=patient_id,
    )
    page = rows[:limit]
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[r.patient_id for r in page],
        route="/v1/encounters",
    )
    notice = late_notice(settings)
    return Page[EncounterOut](
        items=[store.encounter_out(r, late_notice=notice) for r in page],
        next_cursor=encode_cursor([page[-1].encounter_id]) if len(rows) > limit else None,
    )

"""Routes for pseudonymous patients: upsert, read one, read a page."""

from typing import Annotated

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from services.intake import models
from services.intake import patients as store
from services.intake.api.batch import batch_body, read_items, run_set_batch
from services.intake.api.deps import Reader, SettingsDep, Writer, id_path
from services.intake.schemas import BatchResult, PatientBatchItem, PatientIn, PatientOut
from shared.audit import record_patient_read
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import NotFound, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["patients"])
PatientId = Annotated[str, id_path("patient")]


@router.put(
    "/patients/{patient_id}",
    summary="Create or replace a patient",
    response_model=PatientOut,
    responses={
        201: {"model": PatientOut, "description": "Created"},
        **problem_responses(409, 413, 422),
    },
)
def put_patient(
    patient_id: PatientId,
    body: PatientIn,
    caller: Writer,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> PatientOut:
    """Store a patient's coded demographic categories under the caller's pseudonymous id.

    The id must be random, not derived from an MRN. The body replaces every category; names,
    addresses, phone numbers, emails and unknown fields are refused. 201 when created, 200 when
    replaced (an identical body changes nothing and publishes no event).
    """
    row, created = retry_races(
        session,
        lambda: store.upsert_patient(
            session=session,
            org=caller.org,
            patient_id=patient_id,
            patient=body,
            part2_on_feed=settings.part2_details_on_feed,
        ),
    )
    response.status_code = 201 if created else 200
    return store.patient_out(row)


@router.post(
    "/patients:batch",
    summary="Create or replace many patients",
    response_model=BatchResult,
    responses=problem_responses(400, 409, 413, 415, 422),
    openapi_extra=batch_body(PatientBatchItem),
)
async def post_patients_batch(
    request: Request, caller: Writer, session: SessionDep, settings: SettingsDep
) -> BatchResult:
    """Up to 5000 patients (JSON array or NDJSON), each answered on its own."""
    items = await read_items(request)

    def apply_all(valid: list[PatientBatchItem]) -> list[bool]:
        return retry_races(
            session,
            lambda: store.upsert_patients(
                session=session,
                org=caller.org,
                items=[(item.patient_id, item) for item in valid],
                part2_on_feed=settings.part2_details_on_feed,
            )[0],
        )

    # Validation and the statements run in a worker thread: a batch of thousands must not hold
    # up the event loop (and every other request on this worker) while it is applied.
    return await run_in_threadpool(run_set_batch, items, PatientBatchItem, "patient_id", apply_all)


@router.get(
    "/patients/{patient_id}",
    summary="Read a patient",
    response_model=PatientOut,
    responses=problem_responses(404),
)
def get_patient(patient_id: PatientId, caller: Reader, session: ReadSessionDep) -> PatientOut:
    """One patient of the caller's org, with derived age band and 2024 OMB categories.

    Every read is written to the audit log. Another org's id is a 404.
    """
    row = store.get_patient(session=session, org=caller.org, patient_id=patient_id)
    if row is None:
        raise NotFound("No patient with this id.")
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[patient_id],
        route="/v1/patients/{patient_id}",
    )
    return store.patient_out(row)


@router.get(
    "/patients",
    summary="List patients",
    response_model=Page[PatientOut],
    responses=problem_responses(400),
)
def list_patients(
    caller: Reader, session: ReadSessionDep, cursor: CursorQuery = None, limit: LimitQuery = 100
) -> Page[PatientOut]:
    """The caller's patients in id order, a page at a time. Each listed patient is audited."""
    key = decode_cursor(cursor)
    rows = store.list_patients(
        session=session, org=caller.org, after=str(key[0]) if key else None, limit=limit + 1
    )
    page = rows[:limit]
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[r.patient_id for r in page],
        route="/v1/patients",
    )
    return Page[PatientOut](
        items=[store.patient_out(r) for r in page],
        next_cursor=encode_cursor([page[-1].patient_id]) if len(rows) > limit else None,
    )

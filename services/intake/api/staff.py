"""Routes for staff records: upsert under the lifecycle rules, batch ingest, read, list.

Staff records are personal data about employees (a leaving reason, an FTE), though not about
patients: they need ``intake:workforce`` to read as to write, and every read is audited as a
patient read is, one row per staff record shown (subject ``staff/<id>``).
"""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from services.intake import models
from services.intake import workforce as store
from services.intake.api.batch import batch_body, read_items, run_set_batch
from services.intake.api.deps import ID_PATTERN, WorkforceKeeper, id_path
from services.intake.errors import StaffTransitionNotAllowedError
from services.intake.schemas import BatchResult
from services.intake.schemas.staff import EXAMPLE_OUT, StaffBatchItem, StaffIn, StaffOut
from services.intake.staff_lifecycle import StaffRole
from shared.audit import record_reads
from shared.auth import Caller
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import BadRequest, NotFound, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep
from shared.strict_types import IsoDate

router = APIRouter(prefix="/v1", tags=["workforce"])
StaffId = Annotated[str, id_path("staff member")]
_PAGE_EXAMPLE = {"items": [EXAMPLE_OUT], "next_cursor": "WyJjbGluLTIwNCJd"}
_BATCH_EXAMPLE = {
    "results": [
        {"index": 0, "id": "clin-204", "status": 201, "problem": None},
        {
            "index": 1,
            "id": "clin-205",
            "status": 409,
            "problem": {
                "type": "https://learning-loop.dev/problems/transition-not-allowed",
                "title": "Staff record change not allowed",
                "status": 409,
                "detail": "A staff record in status 'entered-in-error' cannot become "
                "'in-post'; allowed next statuses: none (final status).",
                "current_status": "entered-in-error",
                "allowed_statuses": [],
            },
        },
    ],
    "accepted": 1,
    "refused": 1,
}


def _audit(session: ReadSessionDep, caller: Caller, staff_ids: list[str], route: str) -> None:
    subjects = [(f"staff/{staff_id}", "read") for staff_id in dict.fromkeys(staff_ids)]
    record_reads(
        session, models.audit_log, caller=caller, route=route, patient_ids=[], subjects=subjects
    )


def _id_query(what: str, example: str) -> object:
    return Query(max_length=64, pattern=ID_PATTERN, description=what, examples=[example])


@router.put(
    "/staff/{staff_id}",
    summary="Create or update a staff record",
    description="Upsert one person's post under their pseudonymous id (the `clinician_id` of "
    "the clinical records): idempotent by nature, safe to re-send. The record is in post, "
    "left (with `ended_on` and a `leaving_reason`, both or neither) or entered in error "
    "(final: changing it back is a 409 problem naming the allowed states). A leaver's day and "
    "reason can be corrected and the leaving retracted. `fte` is more than 0 and at most 1.5; "
    "`ended_on` is on or after `started_on`: otherwise a 422 naming the field. 201 when "
    "created, 200 when replaced or unchanged.",
    response_model=StaffOut,
    responses={
        201: {"model": StaffOut, "description": "Created"},
        **problem_responses(409, 413, 422),
    },
)
def put_staff(
    staff_id: StaffId, body: StaffIn, caller: WorkforceKeeper, session: SessionDep,
    response: Response,
) -> StaffOut:  # fmt: skip
    """Store one staff record."""
    out, created = retry_races(
        session,
        lambda: store.save_staff(session=session, org=caller.org, staff_id=staff_id, staff=body),
    )
    response.status_code = 201 if created else 200
    return out


@router.post(
    "/staff:batch",
    summary="Create or update many staff records",
    description="Up to 5000 staff records (JSON array or NDJSON, each the PUT body plus its "
    "`staff_id`), each answered on its own as if sent alone, in order: a refused item (422 "
    "invalid, 409 impossible change) does not stop the others. Re-sending a batch changes "
    "nothing and publishes nothing; an `Idempotency-Key` replays the first answer.",
    response_model=BatchResult,
    responses={
        200: {"content": {"application/json": {"example": _BATCH_EXAMPLE}}},
        **problem_responses(400, 409, 413, 415, 422),
    },
    openapi_extra=batch_body(StaffBatchItem),
)
async def post_staff_batch(
    request: Request, caller: WorkforceKeeper, session: SessionDep
) -> BatchResult:
    """Store many staff records."""
    items = await read_items(request)

    def apply_all(valid: list[StaffBatchItem]) -> list[bool | StaffTransitionNotAllowedError]:
        return retry_races(
            session,
            lambda: store.upsert_staff(
                session=session, org=caller.org, items=[(item.staff_id, item) for item in valid]
            )[0],
        )

    # In a worker thread: a batch of thousands must not hold up the event loop.
    return await run_in_threadpool(run_set_batch, items, StaffBatchItem, "staff_id", apply_all)


@router.get(
    "/staff/{staff_id}",
    summary="Read a staff record",
    description="One staff record of the caller's org; another org's id is a 404. The read "
    "is audited.",
    response_model=StaffOut,
    responses=problem_responses(404),
)
def get_staff(staff_id: StaffId, caller: WorkforceKeeper, session: ReadSessionDep) -> StaffOut:
    """One staff record."""
    row = store.get_staff(session.connection(), caller.org, staff_id)
    if row is None:
        raise NotFound("No staff record with this id.")
    _audit(session, caller, [staff_id], "/v1/staff/{staff_id}")
    return store.staff_out(row)


@router.get(
    "/staff",
    summary="List staff records",
    description="The org's staff records in id order, a page at a time, narrowed by any of "
    "the filters. `in_post_on` keeps those in post that day (started on or before it, not "
    "ended before it, not entered in error): the headcount and FTE a team had then. The "
    "records listed are audited.",
    response_model=Page[StaffOut],
    responses={
        200: {"content": {"application/json": {"example": _PAGE_EXAMPLE}}},
        **problem_responses(400),
    },
)
def list_staff(
    caller: WorkforceKeeper,
    session: ReadSessionDep,
    team_id: Annotated[str | None, _id_query("Only this team's.", "team-east")] = None,
    site_id: Annotated[str | None, _id_query("Only this site's.", "site-north")] = None,
    role: Annotated[
        StaffRole | None, Query(description="Only this role.", examples=["psychologist"])
    ] = None,
    in_post_on: Annotated[
        IsoDate | None,
        Query(description="Only those in post on this day.", examples=["2025-03-31"]),
    ] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> Page[StaffOut]:
    """A page of the org's staff records."""
    key = decode_cursor(cursor)
    if key is not None and (len(key) != 1 or not isinstance(key[0], str)):
        raise BadRequest("The cursor is not valid; start again without one.")
    filters = store.StaffFilters(
        team_id=team_id,
        site_id=site_id,
        role=None if role is None else role.value,
        in_post_on=in_post_on,
    )
    rows = store.list_staff(
        session.connection(), caller.org, filters, after=key[0] if key else None, limit=limit + 1
    )
    page = rows[:limit]
    _audit(session, caller, [r["staff_id"] for r in page], "/v1/staff")
    return Page[StaffOut](
        items=[store.staff_out(r) for r in page],
        next_cursor=encode_cursor([page[-1]["staff_id"]]) if len(rows) > limit else None,
    )

"""Routes for referrals: upsert, read (with derived access time), list, batch."""

from typing import Annotated

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from services.intake import models
from services.intake import referrals as store
from services.intake.api.batch import batch_body, read_items, run_set_batch
from services.intake.api.deps import Reader, SettingsDep, Writer, id_path
from services.intake.schemas import BatchResult, ReferralBatchItem, ReferralIn, ReferralOut
from shared.audit import record_patient_read
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import NotFound, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["referrals"])
ReferralId = Annotated[str, id_path("referral")]


@router.put(
    "/referrals/{referral_id}",
    summary="Create or replace a referral",
    response_model=ReferralOut,
    responses={
        201: {"model": ReferralOut, "description": "Created"},
        **problem_responses(409, 413, 422),
    },
)
def put_referral(
    referral_id: ReferralId,
    body: ReferralIn,
    caller: Writer,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> ReferralOut:
    """Store a referral. It closes when a linked encounter is kept; access time is the days from
    `received_on` to that session. 201 when created, 200 when replaced."""
    row, created = retry_races(
        session,
        lambda: store.upsert_referral(
            session=session,
            org=caller.org,
            referral_id=referral_id,
            referral=body,
            part2_on_feed=settings.part2_details_on_feed,
        ),
    )
    response.status_code = 201 if created else 200
    return store.referral_out(session, row)


@router.post(
    "/referrals:batch",
    summary="Create or replace many referrals",
    response_model=BatchResult,
    responses=problem_responses(400, 409, 413, 415, 422),
    openapi_extra=batch_body(ReferralBatchItem),
)
async def post_referrals_batch(
    request: Request, caller: Writer, session: SessionDep, settings: SettingsDep
) -> BatchResult:
    """Up to 5000 referrals (JSON array or NDJSON), each answered on its own."""
    items = await read_items(request)

    def apply_all(valid: list[ReferralBatchItem]) -> list[bool]:
        return retry_races(
            session,
            lambda: store.upsert_referrals(
                session=session,
                org=caller.org,
                items=[(item.referral_id, item) for item in valid],
                part2_on_feed=settings.part2_details_on_feed,
            )[0],
        )

    # Validation and the statements run in a worker thread: a batch of thousands must not hold
    # up the event loop (and every other request on this worker) while it is applied.
    return await run_in_threadpool(
        run_set_batch, items, ReferralBatchItem, "referral_id", apply_all
    )


@router.get(
    "/referrals/{referral_id}",
    summary="Read a referral",
    response_model=ReferralOut,
    responses=problem_responses(404),
)
def get_referral(referral_id: ReferralId, caller: Reader, session: ReadSessionDep) -> ReferralOut:
    """One referral with its open/closed state and access time; the read is audited."""
    row = session.get(models.ReferralRow, (caller.org, referral_id))
    if row is None:
        raise NotFound("No referral with this id.")
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[row.patient_id],
        route="/v1/referrals/{referral_id}",
    )
    return store.referral_out(session, row)


@router.get(
    "/referrals",
    summary="List referrals",
    response_model=Page[ReferralOut],
    responses=problem_responses(400),
)
def list_referrals(
    caller: Reader, session: ReadSessionDep, cursor: CursorQuery = None, limit: LimitQuery = 100
) -> Page[ReferralOut]:
    """The caller's referrals in id order, a page at a time; the patients listed are audited."""
    key = decode_cursor(cursor)
    rows = store.list_referrals(
        session=session, org=caller.org, after=str(key[0]) if key else None, limit=limit + 1
    )
    page = rows[:limit]
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[r.patient_id for r in page],
        route="/v1/referrals",
    )
    return Page[ReferralOut](
        items=[store.referral_out(session, r) for r in page],
        next_cursor=encode_cursor([page[-1].referral_id]) if len(rows) > limit else None,
    )

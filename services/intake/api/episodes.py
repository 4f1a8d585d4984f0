"""Routes for episodes of care: upsert under the lifecycle rules, batch ingest, read, list."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from services.intake import episodes as store
from services.intake import models
from services.intake.api.batch import batch_body, read_items, run_set_batch
from services.intake.api.deps import ID_PATTERN, Reader, SettingsDep, Writer, id_path
from services.intake.episode_lifecycle import EpisodeStatus
from services.intake.errors import EpisodeTransitionNotAllowedError
from services.intake.schemas import BatchResult, EpisodeBatchItem, EpisodeIn, EpisodeOut
from services.intake.schemas.episodes import EXAMPLE_OUT
from shared.audit import record_patient_read
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import BadRequest, NotFound, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["episodes"])
EpisodeId = Annotated[str, id_path("episode")]
_PAGE_EXAMPLE = {"items": [EXAMPLE_OUT], "next_cursor": "WyJlcC0yMDI1LTAxMTciXQ"}
_BATCH_EXAMPLE = {
    "results": [
        {"index": 0, "id": "ep-2025-0117", "status": 201, "problem": None},
        {
            "index": 1,
            "id": "ep-2025-0118",
            "status": 409,
            "problem": {
                "type": "https://learning-loop.dev/problems/transition-not-allowed",
                "title": "Episode status change not allowed",
                "status": 409,
                "detail": "An episode in status 'finished' cannot become 'active'; allowed "
                "next statuses: entered-in-error.",
                "current_status": "finished",
                "allowed_statuses": ["entered-in-error"],
            },
        },
    ],
    "accepted": 1,
    "refused": 1,
}


def _id_query(what: str, example: str) -> object:
    return Query(max_length=64, pattern=ID_PATTERN, description=what, examples=[example])


def _date_query(what: str, example: str) -> object:
    return Query(description=what, examples=[example])


@router.put(
    "/episodes/{episode_id}",
    summary="Create or update an episode of care",
    description="Upsert a patient's course of care in one service line under the caller's id: "
    "idempotent by nature, safe to re-send. The status follows FHIR EpisodeOfCare's lifecycle "
    "(planned → waitlist → active ⇄ onhold → finished; planned or waitlist → cancelled; any "
    "status → entered-in-error, which is final). An impossible change is a 409 problem naming "
    "the allowed next statuses. `closed_on` and `discharge_reason` belong to finished or "
    "cancelled episodes (both required when finished), `closed_on` on or after `opened_on`: "
    "otherwise a 422 naming the field. 201 when created, 200 when replaced or unchanged.",
    response_model=EpisodeOut,
    responses={
        201: {"model": EpisodeOut, "description": "Created"},
        **problem_responses(409, 413, 422),
    },
)
def put_episode(
    episode_id: EpisodeId,
    body: EpisodeIn,
    caller: Writer,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> EpisodeOut:
    """Store one episode of care."""
    out, created = retry_races(
        session,
        lambda: store.save_episode(
            session=session,
            org=caller.org,
            episode_id=episode_id,
            episode=body,
            part2_on_feed=settings.part2_details_on_feed,
        ),
    )
    response.status_code = 201 if created else 200
    return out


@router.post(
    "/episodes:batch",
    summary="Create or update many episodes of care",
    description="Up to 5000 episodes (JSON array or NDJSON, each the PUT body plus its "
    "`episode_id`), each answered on its own as if sent alone, in order: a refused item (422 "
    "invalid, 409 impossible status change) does not stop the others. Re-sending a batch "
    "changes nothing and publishes nothing.",
    response_model=BatchResult,
    responses={
        200: {"content": {"application/json": {"example": _BATCH_EXAMPLE}}},
        **problem_responses(400, 409, 413, 415, 422),
    },
    openapi_extra=batch_body(EpisodeBatchItem),
)
async def post_episodes_batch(
    request: Request, caller: Writer, session: SessionDep, settings: SettingsDep
) -> BatchResult:
    """Store many episodes of care."""
    items = await read_items(request)

    def apply_all(valid: list[EpisodeBatchItem]) -> list[bool | EpisodeTransitionNotAllowedError]:
        return retry_races(
            session,
            lambda: store.upsert_episodes(
                session=session,
                org=caller.org,
                items=[(item.episode_id, item) for item in valid],
                part2_on_feed=settings.part2_details_on_feed,
            )[0],
        )

    # In a worker thread: a batch of thousands must not hold up the event loop.
    return await run_in_threadpool(run_set_batch, items, EpisodeBatchItem, "episode_id", apply_all)


@router.get(
    "/episodes/{episode_id}",
    summary="Read an episode of care",
    description="One episode of the caller's org; another org's id is a 404. The read is "
    "audited (the patient it names).",
    response_model=EpisodeOut,
    responses=problem_responses(404),
)
def get_episode(episode_id: EpisodeId, caller: Reader, session: ReadSessionDep) -> EpisodeOut:
    """One episode of care."""
    row = store.get_episode(session.connection(), caller.org, episode_id)
    if row is None:
        raise NotFound("No episode with this id.")
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[row["patient_id"]],
        route="/v1/episodes/{episode_id}",
    )
    return store.episode_out(row)


@router.get(
    "/episodes",
    summary="List episodes of care",
    description="The org's episodes in id order, a page at a time, narrowed by any of the "
    "filters (date bounds inclusive; a closed-date bound leaves open episodes out). The "
    "patients listed are audited.",
    response_model=Page[EpisodeOut],
    responses={
        200: {"content": {"application/json": {"example": _PAGE_EXAMPLE}}},
        **problem_responses(400),
    },
)
def list_episodes(
    caller: Reader,
    session: ReadSessionDep,
    patient_id: Annotated[
        str | None, _id_query("Only this patient's.", "7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17")
    ] = None,
    status: Annotated[
        EpisodeStatus | None,
        Query(description="Only episodes in this status.", examples=["active"]),
    ] = None,
    service_line: Annotated[
        str | None, _id_query("Only this service line's.", "adult-outpatient")
    ] = None,
    team_id: Annotated[str | None, _id_query("Only this team's.", "team-east")] = None,
    clinician_id: Annotated[
        str | None, _id_query("Only those this clinician leads.", "clin-204")
    ] = None,
    opened_from: Annotated[
        date | None, _date_query("Only episodes opened on or after this day.", "2025-01-01")
    ] = None,
    opened_to: Annotated[
        date | None, _date_query("Only episodes opened on or before this day.", "2025-03-31")
    ] = None,
    closed_from: Annotated[
        date | None, _date_query("Only episodes closed on or after this day.", "2025-04-01")
    ] = None,
    closed_to: Annotated[
        date | None, _date_query("Only episodes closed on or before this day.", "2025-06-30")
    ] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> Page[EpisodeOut]:
    """A page of the org's episodes of care."""
    key = decode_cursor(cursor)
    if key is not None and (len(key) != 1 or not isinstance(key[0], str)):
        raise BadRequest("The cursor is not valid; start again without one.")
    filters = store.EpisodeFilters(
        patient_id=patient_id,
        status=None if status is None else status.value,
        service_line=service_line,
        team_id=team_id,
        clinician_id=clinician_id,
        opened_from=opened_from,
        opened_to=opened_to,
        closed_from=closed_from,
        closed_to=closed_to,
    )
    rows = store.list_episodes(
        session.connection(), caller.org, filters, after=key[0] if key else None, limit=limit + 1
    )
    page = rows[:limit]
    record_patient_read(
        session,
        models.audit_log,
        caller=caller,
        patient_ids=[r["patient_id"] for r in page],
        route="/v1/episodes",
    )
    return Page[EpisodeOut](
        items=[store.episode_out(r) for r in page],
        next_cursor=encode_cursor([page[-1]["episode_id"]]) if len(rows) > limit else None,
    )

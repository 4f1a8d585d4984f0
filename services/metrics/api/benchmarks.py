"""Collaboratives (opt-in groups of organizations) and benchmarks against anonymized peers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from services.metrics.api.tools_deps import (
    Admin,
    FiltersDep,
    FloorDep,
    FromQuery,
    MetricId,
    PeriodQuery,
    Reader,
    ToQuery,
    Writer,
    tool_errors,
)
from services.metrics.schemas_tools.benchmarks import (
    BenchmarkOut,
    BenchmarkPeriodOut,
    CollaborativeIn,
    CollaborativeOut,
    CollaborativePage,
    PeerComparisonOut,
)
from services.metrics.schemas_tools.common import ValueOut
from services.metrics.stats.benchmarks import MIN_PEERS
from services.metrics.tools import collaboratives
from services.metrics.tools.benchmark_service import benchmark_view
from services.metrics.tools.collaboratives import CollaborativeView
from services.metrics.tools.errors import UnknownUnitError
from services.metrics.tools.selection import collaborative_members, resolve_selection
from shared.models import as_utc
from shared.paging import CursorQuery, LimitQuery, decode_cursor, encode_cursor
from shared.problems import BadRequest, problem_responses
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["benchmarks"])
CollaborativeId = Annotated[
    str,
    Path(
        min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$",
        description="The collaborative's id.", examples=["north-collab"],
    ),
]  # fmt: skip


def _out(v: CollaborativeView) -> CollaborativeOut:
    return CollaborativeOut(
        collaborative_id=v.collaborative_id,
        name=v.name,
        created_at=as_utc(v.created_at),
        member_count=v.member_count,
        joined_at=None if v.joined_at is None else as_utc(v.joined_at),
    )


@router.put(
    "/collaboratives/{collaborative_id}",
    summary="Create or rename a collaborative",
    response_model=CollaborativeOut,
    status_code=200,
    responses={
        201: {"model": CollaborativeOut, "description": "Created"},
        **problem_responses(404, 413, 422),
    },
)
def put_collaborative(
    collaborative_id: CollaborativeId,
    body: CollaborativeIn,
    caller: Admin,
    session: SessionDep,
    response: Response,
) -> CollaborativeOut:
    """Create a collaborative (201), or rename one your organization belongs to (200).
    Creating does not opt your organization in: each member opts in itself. Example:
    `PUT /v1/collaboratives/north-collab` with `{"name": "Northern Collaborative"}`."""
    with tool_errors():
        view, created = collaboratives.put_collaborative(
            session, collaborative_id=collaborative_id, name=body.name, org=caller.org
        )
    response.status_code = 201 if created else 200
    return _out(view)


@router.get(
    "/collaboratives",
    summary="List your organization's collaboratives",
    response_model=CollaborativePage,
    responses=problem_responses(400, 422),
)
def list_collaboratives(
    caller: Reader, session: ReadSessionDep, cursor: CursorQuery = None, limit: LimitQuery = 100
) -> CollaborativePage:
    """The collaboratives your organization has opted in to, with their member counts (never
    the members' names). Example: `GET /v1/collaboratives?limit=20`."""
    key = decode_cursor(cursor)
    if key is not None and (len(key) != 1 or not isinstance(key[0], str)):
        raise BadRequest("The cursor is not valid; start again without one.")
    rows = collaboratives.list_for(
        session, org=caller.org, after=None if key is None else key[0], limit=limit
    )
    page, more = rows[:limit], len(rows) > limit
    return CollaborativePage(
        items=[_out(v) for v in page],
        next_cursor=encode_cursor([page[-1].collaborative_id]) if more else None,
    )


@router.put(
    "/collaboratives/{collaborative_id}/membership",
    summary="Opt your organization in to a collaborative",
    response_model=CollaborativeOut,
    status_code=200,
    responses={
        201: {"model": CollaborativeOut, "description": "Joined"},
        **problem_responses(404, 422),
    },
)
def join_collaborative(
    collaborative_id: CollaborativeId, caller: Writer, session: SessionDep, response: Response
) -> CollaborativeOut:
    """Opt your own organization in (201; 200 when already a member): its org-level values
    become anonymized peer values for the other members' benchmarks, and it can compare
    itself with them. Example: `PUT /v1/collaboratives/north-collab/membership`."""
    with tool_errors():
        view, created = collaboratives.join(
            session, collaborative_id=collaborative_id, org=caller.org
        )
    response.status_code = 201 if created else 200
    return _out(view)


@router.delete(
    "/collaboratives/{collaborative_id}/membership",
    summary="Opt your organization out of a collaborative",
    status_code=204,
    response_class=Response,
    responses=problem_responses(404, 422),
)
def leave_collaborative(
    collaborative_id: CollaborativeId, caller: Writer, session: SessionDep
) -> Response:
    """Opt your own organization out (204, also when it was not a member); its values stop
    counting for the others at once. Example:
    `DELETE /v1/collaboratives/north-collab/membership`."""
    with tool_errors():
        collaboratives.leave(session, collaborative_id=collaborative_id, org=caller.org)
    return Response(status_code=204)


@router.get(
    "/metrics/{metric_id}/benchmark",
    summary="Compare your organization with anonymized peers",
    response_model=BenchmarkOut,
    responses=problem_responses(404, 422),
)
def get_benchmark(
    metric_id: MetricId,
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    filters: FiltersDep,
    collaborative: Annotated[
        str,
        Query(
            min_length=1,
            max_length=64,
            description="A collaborative your organization belongs to.",
            examples=["north-collab"],
        ),
    ],
    period: PeriodQuery = "month",
    start: FromQuery = None,
    end: ToQuery = None,
) -> BenchmarkOut:
    """Your organization's org-level value, period by period, against the other members of a
    collaborative: percentile rank, peer median and quartiles. Peers are never named, each
    peer's value is itself subject to small-cell suppression, and with fewer than 5 peers
    holding a value there is no comparison (said so in `reason`). Example:
    `GET /v1/metrics/kept-rate/benchmark?collaborative=north-collab&period=quarter`."""
    with tool_errors():
        members = collaborative_members(session, collaborative)
        if caller.org not in members:
            raise UnknownUnitError("No collaborative with this id that your organization joined.")
        selection = resolve_selection(
            session, caller_org=caller.org, metric_id=metric_id, level="org", unit=None,
            period=period, start=start, end=end, filters=filters,  # type: ignore[arg-type]
        )  # fmt: skip
        rows = benchmark_view(
            session, selection=selection, org=caller.org, peers=members, floor=floor
        )
    out = []
    for r in rows:
        own = None
        if r.own is not None:
            own = ValueOut(value=r.own.value, numerator=r.own.numerator,
                           denominator=r.own.denominator, n=r.own.n, suppressed=False)  # fmt: skip
        elif r.reason == "own_value_suppressed":
            own = ValueOut(value=None, numerator=None, denominator=None, n=None, suppressed=True,
                           reason="small_cell")  # fmt: skip
        c = r.comparison
        out.append(
            BenchmarkPeriodOut(
                period=r.period,
                own=own,
                peers_with_value=r.peers_published,
                comparison=None
                if c is None
                else PeerComparisonOut(
                    percentile_rank=c.percentile_rank,
                    peer_count=c.peer_count,
                    peer_q1=c.peer_q1,
                    peer_median=c.peer_median,
                    peer_q3=c.peer_q3,
                ),
                reason=r.reason,
            )
        )
    note = None
    if not any(p.comparison for p in out):
        note = (
            f"No comparison: a benchmark needs at least {MIN_PEERS} peer organizations with a "
            "published value in a period."
        )
    return BenchmarkOut(
        metric_id=metric_id,
        better=selection.definition.better,
        collaborative_id=collaborative,
        period=period,
        min_peers=MIN_PEERS,
        filters=dict(selection.query.filters),
        periods=out,
        note=note,
    )

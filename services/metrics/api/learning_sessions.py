"""A collaborative's learning sessions (with attendance) and its members' participation.

Keeping sessions is tenant administration (`metrics:admin`, the owner and facilitators);
reading them and participation is `metrics:read` for any approved member. Others get 404.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from services.metrics.api.deps import Admin, Reader
from services.metrics.api.path_ids import ID_PATTERN, CollaborativeId
from services.metrics.learning import participation as store
from services.metrics.learning import sessions
from services.metrics.schemas.collaboration import PeerOut, SessionIn, SessionOut, SessionsOut
from services.metrics.schemas.participation import MemberParticipationOut, ParticipationOut
from shared.problems import problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["benchmarks"])

SessionId = Annotated[
    str,
    Path(min_length=1, max_length=64, pattern=ID_PATTERN,
         description="An id the owner or a facilitator chooses.", examples=["2026-03-call"]),
]  # fmt: skip
MonthQuery = Annotated[
    str,
    Query(pattern=r"^[1-9]\d{3}-(0[1-9]|1[0-2])$", description="The month, `YYYY-MM`.",
          examples=["2026-03"]),
]  # fmt: skip


def _out(v: sessions.SessionView) -> SessionOut:
    return SessionOut(
        session_id=v.session_id, held_on=v.held_on, topic=v.topic,
        organizations_attending=v.organizations_attending, people_attending=v.people_attending,
        attendance=v.attendance or {},
    )  # fmt: skip


@router.get(
    "/collaboratives/{collaborative_id}/sessions",
    summary="List learning sessions",
    response_model=SessionsOut,
    responses=problem_responses(404, 422),
)
def list_sessions(
    collaborative_id: CollaborativeId, caller: Reader, session: ReadSessionDep
) -> SessionsOut:
    """The collaborative's learning sessions with how many organizations and people came;
    attendance by organization for the owner and facilitators, your own for other members.
    Example: `GET /v1/collaboratives/collab-8b1f.../sessions`."""
    rows = sessions.list_sessions(session, collaborative_id=collaborative_id, org=caller.org)
    return SessionsOut(items=[_out(v) for v in rows])


@router.put(
    "/collaboratives/{collaborative_id}/sessions/{session_id}",
    summary="Record a learning session and its attendance",
    response_model=SessionOut,
    responses={
        201: {"model": SessionOut, "description": "Created (200: an existing one replaced)."},
        **problem_responses(403, 404, 413, 422),
    },
)
def put_session(
    collaborative_id: CollaborativeId,
    session_id: SessionId,
    body: SessionIn,
    caller: Admin,
    session: SessionDep,
    response: Response,
) -> SessionOut:
    """Create or replace a session: its day, topic and attendance by member organization
    (the owner and facilitators; 403 for other members; 422 for an organization that never was
    a member). Repeating it changes nothing (200). Example:
    `PUT /v1/collaboratives/collab-8b1f.../sessions/2026-03-call` with
    `{"held_on": "2026-03-12", "topic": "Reminder calls", "attendance": {"org-north": 3}}`."""
    view, created = retry_races(session, lambda: sessions.put(
        session, collaborative_id=collaborative_id, session_id=session_id, org=caller.org,
        held_on=body.held_on, topic=body.topic, attendance=dict(body.attendance),
    ))  # fmt: skip
    response.status_code = 201 if created else 200
    return _out(view)


@router.delete(
    "/collaboratives/{collaborative_id}/sessions/{session_id}",
    summary="Delete a learning session",
    status_code=204,
    response_class=Response,
    responses=problem_responses(403, 404, 422),
)
def delete_session(
    collaborative_id: CollaborativeId, session_id: SessionId, caller: Admin, session: SessionDep
) -> Response:
    """Delete a session and its attendance (204, also when there was none); the owner and
    facilitators. Example: `DELETE /v1/collaboratives/collab-8b1f.../sessions/2026-03-call`."""
    retry_races(session, lambda: sessions.remove(
        session, collaborative_id=collaborative_id, session_id=session_id, org=caller.org
    ))  # fmt: skip
    return Response(status_code=204)


@router.get(
    "/collaboratives/{collaborative_id}/participation",
    summary="Read members' participation in a month",
    response_model=ParticipationOut,
    responses=problem_responses(404, 422),
)
def get_participation(
    collaborative_id: CollaborativeId, caller: Reader, session: ReadSessionDep, month: MonthQuery
) -> ParticipationOut:
    """Per member organization: whether it sent data about the month (yes or no, never a
    count), learning sessions attended of those held, active improvement projects and PDSA
    cycles completed; and the collaborative's dropout (members who left in the month of those
    at its start). Organizations appear anonymous unless they chose to be named. Example:
    `GET /v1/collaboratives/collab-8b1f.../participation?month=2026-03`."""
    year, number = (int(part) for part in month.split("-"))
    view = store.participation(
        session, collaborative_id=collaborative_id, org=caller.org, month=date(year, number, 1)
    )
    rate = None
    if view.members_at_start:
        rate = round(view.members_left / view.members_at_start, 4)
    return ParticipationOut(
        collaborative_id=collaborative_id,
        month=view.month,
        sessions_held=view.sessions_held,
        members_at_start=view.members_at_start,
        members_left=view.members_left,
        dropout_rate=rate,
        members=[
            MemberParticipationOut(
                peer=PeerOut(label=m.peer.label, named=m.peer.named, org=m.peer.org),
                you=m.you,
                data_submitted=m.data_submitted,
                sessions_attended=m.sessions_attended,
                active_projects=m.active_projects,
                cycles_completed=m.cycles_completed,
            )
            for m in view.members
        ],
    )

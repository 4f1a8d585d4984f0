"""A collaborative's governance: membership history, leaving with a reason, its people by
role, and how each member is named to its peers.

Changes are tenant administration (`metrics:admin`); reading the people and your naming is
`metrics:read`. What a caller is not an approved member of answers 404, as everywhere in
collaboratives. The rules live in :mod:`services.metrics.learning.history`,
:mod:`~services.metrics.learning.people` and :mod:`~services.metrics.learning.peers`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from services.metrics.api.deps import Admin, Reader
from services.metrics.api.path_ids import ID_PATTERN, CollaborativeId, OrgId
from services.metrics.learning import history, membership, peers, people
from services.metrics.schemas.collaboration import (
    HistoryEntryOut,
    HistoryPage,
    LeaveIn,
    LeftOut,
    NamingIn,
    NamingOut,
    PeopleOut,
    PersonIn,
    PersonOut,
)
from shared.models import as_utc
from shared.paging import CursorQuery, LimitQuery, decode_cursor, encode_cursor
from shared.problems import BadRequest, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["benchmarks"])

PersonId = Annotated[
    str,
    Path(min_length=1, max_length=64, pattern=ID_PATTERN,
         description="An id your organization chooses for the person.", examples=["fam-1"]),
]  # fmt: skip


@router.get(
    "/collaboratives/{collaborative_id}/membership-history",
    summary="Read membership history",
    response_model=HistoryPage,
    responses=problem_responses(400, 404, 422),
)
def membership_history(
    collaborative_id: CollaborativeId,
    caller: Admin,
    session: ReadSessionDep,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> HistoryPage:
    """Every application, decision, departure and return, oldest first: all of them for the
    owner and facilitators, your organization's own for other members. A reason in words is
    shown only to the organization that wrote it. Example:
    `GET /v1/collaboratives/collab-8b1f.../membership-history?limit=50`."""
    key = decode_cursor(cursor)
    if key is not None and (len(key) != 1 or not isinstance(key[0], int)):
        raise BadRequest("The cursor is not valid; start again without one.")
    rows = history.history(
        session, collaborative_id=collaborative_id, org=caller.org,
        after=None if key is None else key[0], limit=limit,
    )  # fmt: skip
    page, more = rows[:limit], len(rows) > limit
    return HistoryPage(
        items=[
            HistoryEntryOut(
                event_id=e.event_id,
                org=e.org,
                event=e.event,
                role=e.role,
                at=as_utc(e.at),
                by_org=e.by_org,
                reason=e.reason_code,
                reason_text=e.reason_text,
            )
            for e in page
        ],
        next_cursor=encode_cursor([page[-1].event_id]) if more else None,
    )


@router.post(
    "/collaboratives/{collaborative_id}/members/{org}/leave",
    summary="Leave a collaborative, or remove a member",
    response_model=LeftOut,
    responses=problem_responses(403, 404, 409, 413, 422),
)
def leave(
    collaborative_id: CollaborativeId,
    org: OrgId,
    body: LeaveIn,
    caller: Admin,
    session: SessionDep,
) -> LeftOut:
    """Your organization leaves (`org` is yours: status `left`, and it may apply again), or
    the owner or a facilitator removes a member (status `declined`; only the owner removes a
    facilitator). The reason is recorded in the membership history. The owner cannot leave or
    be removed (409). Repeating it changes nothing. Example:
    `POST /v1/collaboratives/collab-8b1f.../members/org-north/leave` with
    `{"reason": "capacity"}`."""
    view = membership.leave(
        session, collaborative_id=collaborative_id, org=caller.org, member=org,
        reason_code=body.reason, reason_text=body.reason_text,
    )  # fmt: skip
    return LeftOut(collaborative_id=view.collaborative_id, org=view.org, status=view.status)


def _person(v: people.PersonView) -> PersonOut:
    return PersonOut(person_id=v.person_id, label=v.label, role=v.role, org=v.org)


@router.get(
    "/collaboratives/{collaborative_id}/people",
    summary="List the collaborative's people",
    response_model=PeopleOut,
    responses=problem_responses(404, 422),
)
def list_people(
    collaborative_id: CollaborativeId, caller: Reader, session: ReadSessionDep
) -> PeopleOut:
    """Faculty and coaches, and your organization's own people (every organization's for the
    owner and facilitators). Example: `GET /v1/collaboratives/collab-8b1f.../people`."""
    rows = people.list_people(session, collaborative_id=collaborative_id, org=caller.org)
    return PeopleOut(items=[_person(v) for v in rows])


@router.put(
    "/collaboratives/{collaborative_id}/people/{person_id}",
    summary="Attach a person to the collaborative",
    response_model=PersonOut,
    responses={
        201: {"model": PersonOut, "description": "Attached (200: an existing one relabelled)."},
        **problem_responses(403, 404, 413, 422),
    },
)
def put_person(
    collaborative_id: CollaborativeId,
    person_id: PersonId,
    body: PersonIn,
    caller: Admin,
    session: SessionDep,
    response: Response,
) -> PersonOut:
    """Attach one of your organization's people under a display label and a role (faculty
    and coaches: the owner and facilitators only, 403 otherwise). Repeating it changes
    nothing (200); attaching answers 201. Example:
    `PUT /v1/collaboratives/collab-8b1f.../people/fam-1` with
    `{"label": "Family advisor 1", "role": "family"}`."""
    view, created = retry_races(session, lambda: people.put(
        session, collaborative_id=collaborative_id, org=caller.org, person_id=person_id,
        label=body.label, role=body.role,
    ))  # fmt: skip
    response.status_code = 201 if created else 200
    return _person(view)


@router.delete(
    "/collaboratives/{collaborative_id}/people/{person_id}",
    summary="Detach a person",
    status_code=204,
    response_class=Response,
    responses=problem_responses(404, 422),
)
def delete_person(
    collaborative_id: CollaborativeId, person_id: PersonId, caller: Admin, session: SessionDep
) -> Response:
    """Detach one of your organization's people (204, also when there was none). Example:
    `DELETE /v1/collaboratives/collab-8b1f.../people/fam-1`."""
    retry_races(session, lambda: people.remove(
        session, collaborative_id=collaborative_id, org=caller.org, person_id=person_id
    ))  # fmt: skip
    return Response(status_code=204)


def _naming(session: SessionDep | ReadSessionDep, collaborative_id: str, org: str) -> NamingOut:
    mine = peers.labels_for(session, collaborative_id, org)[org]
    return NamingOut(named=mine.named, label=mine.label)


@router.get(
    "/collaboratives/{collaborative_id}/naming",
    summary="Read how your organization appears to peers",
    response_model=NamingOut,
    responses=problem_responses(404, 422),
)
def get_naming(
    collaborative_id: CollaborativeId, caller: Reader, session: ReadSessionDep
) -> NamingOut:
    """Whether your peers see your chosen name or your anonymous label. Example:
    `GET /v1/collaboratives/collab-8b1f.../naming`."""
    return _naming(session, collaborative_id, caller.org)


@router.put(
    "/collaboratives/{collaborative_id}/naming",
    summary="Choose to be named to peers, or anonymous",
    response_model=NamingOut,
    responses=problem_responses(404, 413, 422),
)
def put_naming(
    collaborative_id: CollaborativeId, body: NamingIn, caller: Admin, session: SessionDep
) -> NamingOut:
    """Be named to the collaborative's members as `label` in benchmarks and participation, or
    anonymous again (`null`, the default). Leaving makes you anonymous again. Idempotent.
    Example: `PUT /v1/collaboratives/collab-8b1f.../naming` with
    `{"label": "Riverside Community Clinic"}`."""
    peers.set_naming(session, collaborative_id=collaborative_id, org=caller.org, label=body.label)
    return _naming(session, collaborative_id, caller.org)

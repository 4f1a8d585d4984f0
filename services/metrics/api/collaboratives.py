"""Collaboratives: create one, apply to join, and (owner, facilitators) decide applications.

Every route here is tenant administration (`metrics:admin`) except reading your own
collaboratives (`metrics:read`). What a caller is not an approved member of answers 404, the
same as an id that does not exist. The rules live in :mod:`services.metrics.learning.collaboratives`
and :mod:`services.metrics.learning.membership`.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.metrics.api.deps import Admin, Reader
from services.metrics.api.path_ids import CollaborativeId, OrgId
from services.metrics.learning import collaboratives, membership
from services.metrics.learning.collaboratives import CollaborativeView
from services.metrics.learning.membership import MembershipView
from services.metrics.schemas.collaboratives import (
    ApplicationOut,
    CollaborativeIn,
    CollaborativeOut,
    CollaborativePage,
    DecisionIn,
    MembershipOut,
    RosterOut,
)
from shared.models import as_utc
from shared.openapi import LOCATION_HEADER
from shared.paging import CursorQuery, LimitQuery, decode_cursor, encode_cursor
from shared.problems import BadRequest, problem_responses
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["benchmarks"])


def _out(v: CollaborativeView) -> CollaborativeOut:
    return CollaborativeOut(
        collaborative_id=v.collaborative_id,
        name=v.name,
        created_at=as_utc(v.created_at),
        member_count=v.member_count,
        joined_at=None if v.joined_at is None else as_utc(v.joined_at),
        role=v.role,
    )


def membership_out(v: MembershipView) -> MembershipOut:
    return MembershipOut(
        collaborative_id=v.collaborative_id,
        org=v.org,
        status=v.status,
        role=v.role,
        applied_at=as_utc(v.applied_at),
        decided_at=None if v.decided_at is None else as_utc(v.decided_at),
    )


@router.post(
    "/collaboratives",
    summary="Create a collaborative",
    status_code=201,
    response_model=CollaborativeOut,
    responses={201: {"headers": LOCATION_HEADER}, **problem_responses(400, 409, 413, 422)},
)
def create_collaborative(
    body: CollaborativeIn, caller: Admin, session: SessionDep, response: Response
) -> CollaborativeOut:
    """Create a collaborative owned by your organization, which is its first approved
    member. The server makes its id (opaque): give it to the organizations you invite, they
    apply, and you (or a facilitator you name) approve them. Send an `Idempotency-Key` so that
    a retry does not create a second one. Example: `POST /v1/collaboratives` with
    `{"name": "Northern Collaborative"}`."""
    view = collaboratives.create(session, name=body.name, org=caller.org)
    response.headers["Location"] = f"/v1/collaboratives/{view.collaborative_id}"
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
    """The collaboratives your organization is an approved member of, with their member
    counts (never the members' names). Pending applications are not listed. Example:
    `GET /v1/collaboratives?limit=20`."""
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


@router.get(
    "/collaboratives/{collaborative_id}",
    summary="Read a collaborative",
    response_model=CollaborativeOut,
    responses=problem_responses(404, 422),
)
def get_collaborative(
    collaborative_id: CollaborativeId, caller: Reader, session: ReadSessionDep
) -> CollaborativeOut:
    """A collaborative your organization is an approved member of (404 otherwise, also
    while its application waits). Example: `GET /v1/collaboratives/collab-8b1f...`."""
    return _out(collaboratives.get(session, collaborative_id=collaborative_id, org=caller.org))


@router.put(
    "/collaboratives/{collaborative_id}",
    summary="Rename a collaborative",
    response_model=CollaborativeOut,
    responses=problem_responses(403, 404, 413, 422),
)
def rename_collaborative(
    collaborative_id: CollaborativeId, body: CollaborativeIn, caller: Admin, session: SessionDep
) -> CollaborativeOut:
    """Rename a collaborative your organization owns (403 for other members, 404 for anyone
    else). It never creates one: ids are made by `POST /v1/collaboratives`. Example:
    `PUT /v1/collaboratives/collab-8b1f...` with `{"name": "Northern Collaborative"}`."""
    view = collaboratives.rename(
        session, collaborative_id=collaborative_id, name=body.name, org=caller.org
    )
    return _out(view)


@router.put(
    "/collaboratives/{collaborative_id}/membership",
    summary="Apply to join a collaborative",
    response_model=ApplicationOut,
    status_code=202,
    responses={
        200: {"model": ApplicationOut, "description": "Decided already (approved or declined)"},
        **problem_responses(422),
    },
)
def apply_to_collaborative(
    collaborative_id: CollaborativeId, caller: Admin, session: SessionDep, response: Response
) -> ApplicationOut:
    """Apply for your organization (202 while the application waits; 200 once decided).
    Nothing of the collaborative is visible until the owner or a facilitator approves; then
    your org-level values count in its pool and benchmarks. An id that does not exist is
    answered like a waiting application, so applying tells nothing about which ids exist.
    Example: `PUT /v1/collaboratives/collab-8b1f.../membership`."""
    view = membership.apply(session, collaborative_id=collaborative_id, org=caller.org)
    response.status_code = 202 if view.status == membership.APPLIED else 200
    return ApplicationOut(
        collaborative_id=view.collaborative_id,
        org=view.org,
        status=view.status,
        role=view.role,
    )


@router.delete(
    "/collaboratives/{collaborative_id}/membership",
    summary="Leave a collaborative or withdraw an application",
    status_code=204,
    response_class=Response,
    responses=problem_responses(409, 422),
)
def leave_collaborative(
    collaborative_id: CollaborativeId, caller: Admin, session: SessionDep
) -> Response:
    """Withdraw your organization's application or leave (204, also when there was nothing
    to withdraw); its values stop counting at once. The owner cannot leave (409). Leaving this
    way records the reason `other`; `POST .../members/{org}/leave` gives one. Example:
    `DELETE /v1/collaboratives/collab-8b1f.../membership`."""
    membership.withdraw(session, collaborative_id=collaborative_id, org=caller.org)
    return Response(status_code=204)


@router.get(
    "/collaboratives/{collaborative_id}/members",
    summary="List applications and members",
    response_model=RosterOut,
    responses=problem_responses(403, 404, 422),
)
def list_members(
    collaborative_id: CollaborativeId, caller: Admin, session: ReadSessionDep
) -> RosterOut:
    """Every application and membership with its status, for the owner and facilitators
    (403 for other members, 404 for anyone else). Example:
    `GET /v1/collaboratives/collab-8b1f.../members`."""
    rows = membership.roster(session, collaborative_id=collaborative_id, org=caller.org)
    return RosterOut(items=[membership_out(v) for v in rows])


@router.put(
    "/collaboratives/{collaborative_id}/members/{org}",
    summary="Decide an application",
    response_model=MembershipOut,
    responses=problem_responses(403, 404, 409, 413, 422),
)
def decide_membership(
    collaborative_id: CollaborativeId,
    org: OrgId,
    body: DecisionIn,
    caller: Admin,
    session: SessionDep,
) -> MembershipOut:
    """Approve or decline an organization's application, or remove a member (`declined`);
    the owner also makes a member a facilitator (`role`). For the owner and facilitators;
    deciding again with the same body changes nothing. Example:
    `PUT /v1/collaboratives/collab-8b1f.../members/org-north` with `{"status": "approved"}`."""
    view = membership.decide(
        session, collaborative_id=collaborative_id, org=caller.org, applicant=org,
        status=body.status, role=body.role,
    )  # fmt: skip
    return membership_out(view)

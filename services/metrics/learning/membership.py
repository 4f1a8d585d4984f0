"""Joining a collaborative: an organization applies, the owner or a facilitator decides.

An application to an id that does not exist is answered exactly like one that waits for a
decision (and stores nothing), so applying never tells whether an id exists. Until approved,
an applicant sees nothing of the collaborative; a declined or departed organization sees
nothing again. The owner and facilitators see the roster (organizations and their status),
since they decide who is in; other members never learn who the members are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlmodel import Session, col, select

from services.metrics.compute.disclosure.pool import APPROVED
from services.metrics.errors import NotAllowedError, NotFoundError, StateConflictError
from services.metrics.learning.collaboratives import FACILITATOR, MEMBER, OWNER, approved_row
from services.metrics.models import Collaborative, CollaborativeMember
from shared.models import utcnow

APPLIED, DECLINED = "applied", "declined"
Decision = Literal["approved", "declined"]


@dataclass(frozen=True)
class MembershipView:
    collaborative_id: str
    org: str
    status: str
    role: str
    applied_at: datetime
    decided_at: datetime | None


def _view(row: CollaborativeMember) -> MembershipView:
    return MembershipView(
        row.collaborative_id, row.org, row.status, row.role, row.joined_at, row.decided_at
    )


def apply(session: Session, *, collaborative_id: str, org: str) -> MembershipView:
    """Ask to join (or read where the asking stands). Applying again changes nothing."""
    row = session.get(CollaborativeMember, (collaborative_id, org))
    if row is not None:
        return _view(row)
    now = utcnow()
    if session.get(Collaborative, collaborative_id) is None:
        return MembershipView(collaborative_id, org, APPLIED, MEMBER, now, None)
    row = CollaborativeMember(
        collaborative_id=collaborative_id, org=org, joined_at=now, status=APPLIED, role=MEMBER
    )
    session.add(row)
    session.flush()
    return _view(row)


def leave(session: Session, *, collaborative_id: str, org: str) -> None:
    """Withdraw the application or leave (nothing to withdraw is fine). The owner cannot
    leave: the collaborative would have nobody to decide applications."""
    row = session.get(CollaborativeMember, (collaborative_id, org))
    if row is None:
        return
    if row.role == OWNER and row.status == APPROVED:
        raise StateConflictError("The owner cannot leave its own collaborative.")
    session.delete(row)
    session.flush()


def _decider(session: Session, collaborative_id: str, org: str) -> CollaborativeMember:
    me = approved_row(session, collaborative_id, org)
    if me.role not in (OWNER, FACILITATOR):
        raise NotAllowedError("Only the owner or a facilitator decides memberships.")
    return me


def roster(session: Session, *, collaborative_id: str, org: str) -> list[MembershipView]:
    """Every application and membership, by org id; for the owner and facilitators."""
    _decider(session, collaborative_id, org)
    rows = session.exec(
        select(CollaborativeMember)
        .where(col(CollaborativeMember.collaborative_id) == collaborative_id)
        .order_by(col(CollaborativeMember.org))
    ).all()
    return [_view(r) for r in rows]


def decide(
    session: Session,
    *,
    collaborative_id: str,
    org: str,
    applicant: str,
    status: Decision,
    role: Literal["member", "facilitator"] | None,
) -> MembershipView:
    """Approve or decline an application (or a member: declining removes it from the pool);
    the owner alone makes a member a facilitator or back. The owner's row is not decided."""
    me = _decider(session, collaborative_id, org)
    row = session.get(CollaborativeMember, (collaborative_id, applicant))
    if row is None:
        raise NotFoundError("No application or member with this organization id.")
    if row.role == OWNER:
        raise StateConflictError("The owner's membership is not decided by anyone.")
    wanted_role = row.role if role is None else role
    if (wanted_role != row.role or row.role == FACILITATOR) and me.role != OWNER:
        raise NotAllowedError("Only the owner names, decides on or removes facilitators.")
    if status != APPROVED:
        wanted_role = MEMBER
    if row.status != status or row.role != wanted_role:
        row.status, row.role, row.decided_at = status, wanted_role, utcnow()
        session.add(row)
        session.flush()
    return _view(row)

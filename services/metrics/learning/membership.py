"""Joining a collaborative: an organization applies, the owner or a facilitator decides.

An application to an id that does not exist is answered exactly like one that waits for a
decision (and stores nothing), so applying never tells whether an id exists. Until approved,
an applicant sees nothing of the collaborative; a declined, removed or departed organization
sees nothing again. An organization that left may apply again (a declined or removed one
cannot: only the owner or a facilitator re-admits it). The owner and facilitators see the
roster (organizations and their status), since they decide who is in; other members never
learn who the members are. Every step is recorded in :mod:`.history`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlmodel import Session, col, select

from services.metrics.compute.disclosure.pool import APPROVED
from services.metrics.errors import NotAllowedError, NotFoundError, StateConflictError
from services.metrics.learning import history
from services.metrics.learning.collaboratives import (
    FACILITATOR,
    MEMBER,
    OWNER,
    anonymous_label,
    approved_row,
)
from services.metrics.models import Collaborative, CollaborativeMember
from shared.models import utcnow

APPLIED, DECLINED, LEFT = "applied", "declined", "left"
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
    """Ask to join, or to re-join after leaving (or read where the asking stands). Applying
    again changes nothing."""
    row = session.get(CollaborativeMember, (collaborative_id, org))
    now = utcnow()
    if row is not None and row.status != LEFT:
        return _view(row)
    if row is None and session.get(Collaborative, collaborative_id) is None:
        return MembershipView(collaborative_id, org, APPLIED, MEMBER, now, None)
    if row is None:
        row = CollaborativeMember(collaborative_id=collaborative_id, org=org, joined_at=now)
    row.status, row.role, row.joined_at, row.decided_at = APPLIED, MEMBER, now, None
    row.peer_label, row.anonymous_label = None, anonymous_label()
    session.add(row)
    history.record(session, collaborative_id=collaborative_id, org=org, event=history.APPLIED,
                   role=MEMBER, by_org=org)  # fmt: skip
    session.flush()
    return _view(row)


def withdraw(session: Session, *, collaborative_id: str, org: str) -> None:
    """``DELETE .../membership``: withdraw the application, or leave without a reason."""
    row = session.get(CollaborativeMember, (collaborative_id, org))
    if row is None or row.status == LEFT:
        return
    if row.status == APPROVED:
        leave(session, collaborative_id=collaborative_id, org=org, member=org,
              reason_code="other", reason_text=None)  # fmt: skip
        return
    session.delete(row)
    history.record(session, collaborative_id=collaborative_id, org=org,
                   event=history.WITHDRAWN, role=row.role, by_org=org)  # fmt: skip
    session.flush()


def leave(
    session: Session,
    *,
    collaborative_id: str,
    org: str,
    member: str,
    reason_code: str,
    reason_text: str | None,
) -> MembershipView:
    """``member`` leaves (when ``org`` is itself) or is removed by the owner or a facilitator
    (``org``). The owner cannot leave: nobody would decide applications. A facilitator is
    removed by the owner only. Leaving again changes nothing."""
    if member != org:
        return _remove(session, collaborative_id, org, member, reason_code, reason_text)
    row = approved_row(session, collaborative_id, org)
    if row.role == OWNER:
        raise StateConflictError("The owner cannot leave its own collaborative.")
    row.status, row.role, row.decided_at, row.peer_label = LEFT, MEMBER, utcnow(), None
    session.add(row)
    history.record(session, collaborative_id=collaborative_id, org=org, event=history.LEFT,
                   role=MEMBER, by_org=org, reason_code=reason_code,
                   reason_text=reason_text)  # fmt: skip
    session.flush()
    return _view(row)


def _remove(
    session: Session,
    collaborative_id: str,
    org: str,
    member: str,
    reason_code: str,
    reason_text: str | None,
) -> MembershipView:
    me = _decider(session, collaborative_id, org)
    row = session.get(CollaborativeMember, (collaborative_id, member))
    if row is None or row.status == APPLIED:
        raise NotFoundError("No member with this organization id.")
    if row.status != APPROVED:
        return _view(row)
    if row.role == OWNER:
        raise StateConflictError("The owner cannot be removed from its own collaborative.")
    if row.role == FACILITATOR and me.role != OWNER:
        raise NotAllowedError("Only the owner names, decides on or removes facilitators.")
    row.status, row.role, row.decided_at, row.peer_label = DECLINED, MEMBER, utcnow(), None
    session.add(row)
    history.record(session, collaborative_id=collaborative_id, org=member,
                   event=history.REMOVED, role=MEMBER, by_org=org, reason_code=reason_code,
                   reason_text=reason_text)  # fmt: skip
    session.flush()
    return _view(row)


def _decider(session: Session, collaborative_id: str, org: str) -> CollaborativeMember:
    me = approved_row(session, collaborative_id, org)
    if me.role not in (OWNER, FACILITATOR):
        raise NotAllowedError("Only the owner or a facilitator decides memberships.")
    return me


def roster(session: Session, *, collaborative_id: str, org: str) -> list[MembershipView]:
    """Every application and membership, by org id; for the owner and facilitators. Those
    that left are in the history, not here."""
    _decider(session, collaborative_id, org)
    rows = session.exec(
        select(CollaborativeMember)
        .where(
            col(CollaborativeMember.collaborative_id) == collaborative_id,
            col(CollaborativeMember.status) != LEFT,
        )
        .order_by(col(CollaborativeMember.org))
    ).all()
    return [_view(r) for r in rows]


def _event(before: str, after: str, role_changed: bool) -> str | None:
    """The history step a decision makes, or None when it changes nothing."""
    if before == after:
        return history.ROLE_CHANGED if role_changed else None
    if after == APPROVED:
        return history.APPROVED
    return history.REMOVED if before == APPROVED else history.DECLINED


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
    the owner alone makes a member a facilitator or back. The owner's row is not decided. An
    organization that left is re-admitted only by applying again."""
    me = _decider(session, collaborative_id, org)
    row = session.get(CollaborativeMember, (collaborative_id, applicant))
    if row is None or row.status == LEFT:
        raise NotFoundError("No application or member with this organization id.")
    if row.role == OWNER:
        raise StateConflictError("The owner's membership is not decided by anyone.")
    wanted_role = row.role if role is None else role
    if (wanted_role != row.role or row.role == FACILITATOR) and me.role != OWNER:
        raise NotAllowedError("Only the owner names, decides on or removes facilitators.")
    if status != APPROVED:
        wanted_role = MEMBER
    event = _event(row.status, status, wanted_role != row.role)
    if event is not None:
        row.status, row.role, row.decided_at = status, wanted_role, utcnow()
        if status != APPROVED:
            row.peer_label = None
        session.add(row)
        history.record(session, collaborative_id=collaborative_id, org=applicant, event=event,
                       role=wanted_role, by_org=org)  # fmt: skip
        session.flush()
    return _view(row)

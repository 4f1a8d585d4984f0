"""Learning collaboratives: organizations that compare themselves with each other.

An administrator creates one (``POST``); the server makes its id, random and opaque, so that
no caller can probe which ids exist or claim one before its owner. The creating organization
is its **owner**, an approved member from the start; only the owner renames it and names
**facilitators** (:mod:`.membership` holds applications and decisions). Only
approved members see a collaborative at all: anyone else gets the same "not found" as for an
id that does not exist. Members see how many members there are, never who they are.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.metrics.compute.disclosure.pool import APPROVED
from services.metrics.errors import NotAllowedError, NotFoundError
from services.metrics.models import Collaborative, CollaborativeMember, MembershipEvent
from shared.models import utcnow

OWNER, FACILITATOR, MEMBER = "owner", "facilitator", "member"
NOT_FOUND = "No collaborative with this id has your organization as a member."


@dataclass(frozen=True)
class CollaborativeView:
    collaborative_id: str
    name: str
    created_at: datetime
    member_count: int
    joined_at: datetime | None
    role: str


def new_id() -> str:
    """128 random bits: unguessable, so an id is known only to those it was given to."""
    return "collab-" + secrets.token_hex(16)


def anonymous_label() -> str:
    """A random label peers see (``Peer 3f9a1c``): not derivable from the org id, and made
    anew at each joining so that a return is not linked to the earlier membership."""
    return "Peer " + secrets.token_hex(3)


def _member_count(session: Session, collaborative_id: str) -> int:
    return session.exec(
        select(func.count()).where(
            col(CollaborativeMember.collaborative_id) == collaborative_id,
            col(CollaborativeMember.status) == APPROVED,
        )
    ).one()


def approved_row(session: Session, collaborative_id: str, org: str) -> CollaborativeMember:
    """The organization's approved membership, else NotFoundError (as if no such id)."""
    member = session.get(CollaborativeMember, (collaborative_id, org))
    if member is None or member.status != APPROVED:
        raise NotFoundError(NOT_FOUND)
    return member


def _view(session: Session, row: Collaborative, member: CollaborativeMember) -> CollaborativeView:
    return CollaborativeView(
        row.collaborative_id,
        row.name,
        row.created_at,
        _member_count(session, row.collaborative_id),
        member.decided_at or member.joined_at,
        member.role,
    )


def create(session: Session, *, name: str, org: str) -> CollaborativeView:
    """A new collaborative owned by ``org``, which is its first approved member."""
    now = utcnow()
    row = Collaborative(collaborative_id=new_id(), name=name, created_at=now, owner_org=org)
    owner = CollaborativeMember(
        collaborative_id=row.collaborative_id,
        org=org,
        joined_at=now,
        status=APPROVED,
        role=OWNER,
        decided_at=now,
        anonymous_label=anonymous_label(),
    )
    session.add(row)
    session.add(owner)
    session.add(
        MembershipEvent(
            collaborative_id=row.collaborative_id,
            org=org,
            event=APPROVED,
            role=OWNER,
            at=now,
            by_org=org,
        )
    )
    session.flush()
    return _view(session, row, owner)


def get(session: Session, *, collaborative_id: str, org: str) -> CollaborativeView:
    """The collaborative as its approved member ``org`` sees it."""
    member = approved_row(session, collaborative_id, org)
    row = session.get(Collaborative, collaborative_id)
    if row is None:  # a membership outliving its collaborative: none is ever deleted
        raise NotFoundError(NOT_FOUND)
    return _view(session, row, member)


def rename(session: Session, *, collaborative_id: str, name: str, org: str) -> CollaborativeView:
    """Rename; the owner only (other members 403, anyone else 404). Never creates."""
    member = approved_row(session, collaborative_id, org)
    if member.role != OWNER:
        raise NotAllowedError("Only the collaborative's owner renames it.")
    row = session.get(Collaborative, collaborative_id)
    if row is None:
        raise NotFoundError(NOT_FOUND)
    row.name = name
    session.add(row)
    session.flush()
    return _view(session, row, member)


def list_for(
    session: Session, *, org: str, after: str | None, limit: int
) -> list[CollaborativeView]:
    """The collaboratives ``org`` is an approved member of, by id; ``limit + 1`` for paging.
    Applications are not listed: an application to an id that does not exist stores
    nothing, and listing the others would tell the two apart."""
    query = (
        select(Collaborative, CollaborativeMember)
        .join(
            CollaborativeMember,
            col(CollaborativeMember.collaborative_id) == col(Collaborative.collaborative_id),
        )
        .where(CollaborativeMember.org == org, col(CollaborativeMember.status) == APPROVED)
    )
    if after is not None:
        query = query.where(col(Collaborative.collaborative_id) > after)
    rows = session.exec(query.order_by(col(Collaborative.collaborative_id)).limit(limit + 1)).all()
    return [_view(session, c, m) for c, m in rows]

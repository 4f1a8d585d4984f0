"""Learning collaboratives: organizations that opt in to compare themselves with each other.

A collaborative is created (or renamed) by an administrator; membership is each
organization's own decision, so only a caller of that organization can opt it in or out.
Callers see the collaboratives their organization belongs to and how many members they have,
never who the other members are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.metrics.models import Collaborative, CollaborativeMember
from services.metrics.tools.errors import NotFoundError
from shared.models import utcnow


@dataclass(frozen=True)
class CollaborativeView:
    collaborative_id: str
    name: str
    created_at: datetime
    member_count: int
    joined_at: datetime | None


def _member_count(session: Session, collaborative_id: str) -> int:
    return session.exec(
        select(func.count()).where(CollaborativeMember.collaborative_id == collaborative_id)
    ).one()


def _membership(session: Session, collaborative_id: str, org: str) -> CollaborativeMember | None:
    return session.get(CollaborativeMember, (collaborative_id, org))


def view(session: Session, row: Collaborative, org: str) -> CollaborativeView:
    member = _membership(session, row.collaborative_id, org)
    return CollaborativeView(
        row.collaborative_id,
        row.name,
        row.created_at,
        _member_count(session, row.collaborative_id),
        member.joined_at if member else None,
    )


def put_collaborative(
    session: Session, *, collaborative_id: str, name: str, org: str
) -> tuple[CollaborativeView, bool]:
    """Create the collaborative, or rename it when the caller's organization is a member.

    Renaming one the caller's organization has not joined is refused as not found: an
    administrator of one organization cannot relabel another group's collaborative."""
    row = session.get(Collaborative, collaborative_id)
    created = row is None
    if row is None:
        row = Collaborative(collaborative_id=collaborative_id, name=name, created_at=utcnow())
        session.add(row)
    elif _membership(session, collaborative_id, org) is None:
        raise NotFoundError("No collaborative with this id that your organization joined.")
    else:
        row.name = name
        session.add(row)
    session.flush()
    return view(session, row, org), created


def get_collaborative(session: Session, *, collaborative_id: str) -> Collaborative:
    row = session.get(Collaborative, collaborative_id)
    if row is None:
        raise NotFoundError("No collaborative with this id.")
    return row


def join(session: Session, *, collaborative_id: str, org: str) -> tuple[CollaborativeView, bool]:
    """Opt the organization in; joining twice keeps the first date."""
    row = get_collaborative(session, collaborative_id=collaborative_id)
    created = _membership(session, collaborative_id, org) is None
    if created:
        session.add(
            CollaborativeMember(collaborative_id=collaborative_id, org=org, joined_at=utcnow())
        )
        session.flush()
    return view(session, row, org), created


def leave(session: Session, *, collaborative_id: str, org: str) -> None:
    """Opt the organization out (already out is fine); unknown collaboratives are 404."""
    get_collaborative(session, collaborative_id=collaborative_id)
    member = _membership(session, collaborative_id, org)
    if member is not None:
        session.delete(member)
        session.flush()


def list_for(
    session: Session, *, org: str, after: str | None, limit: int
) -> list[CollaborativeView]:
    """The organization's collaboratives by id; ``limit + 1`` rows for paging."""
    query = (
        select(Collaborative)
        .join(
            CollaborativeMember,
            col(CollaborativeMember.collaborative_id) == col(Collaborative.collaborative_id),
        )
        .where(CollaborativeMember.org == org)
    )
    if after is not None:
        query = query.where(col(Collaborative.collaborative_id) > after)
    rows = session.exec(query.order_by(col(Collaborative.collaborative_id)).limit(limit + 1)).all()
    return [view(session, r, org) for r in rows]

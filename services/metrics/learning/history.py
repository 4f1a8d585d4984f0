"""Membership history: every application, decision, departure and return, as rows only added.

Leaving and removal carry a coded reason (:data:`REASONS`) and optional words. The code is
seen by the collaborative's owner and facilitators and by the organization concerned; the
words only by the organization that wrote them, since a reason in someone's own words may say
more about another organization than it would want its peers to read.

Who reads what: the owner and facilitators read every row (they see the roster anyway); any
other member reads its own organization's rows only, so members still never learn who the
other members are; anyone else gets the collaborative's 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from services.metrics.learning.collaboratives import FACILITATOR, OWNER, approved_row
from services.metrics.models import MembershipEvent
from shared.models import utcnow

APPLIED, APPROVED, DECLINED, REMOVED = "applied", "approved", "declined", "removed"
LEFT, WITHDRAWN, ROLE_CHANGED = "left", "withdrawn", "role_changed"
EVENTS = (APPLIED, APPROVED, DECLINED, REMOVED, LEFT, WITHDRAWN, ROLE_CHANGED)

REASONS = (
    "capacity",  # no staff time to take part
    "priorities",  # the organization's priorities changed
    "data_burden",  # reporting data costs too much
    "not_useful",  # the collaborative did not help
    "aim_reached",  # the improvement work is done
    "merged_or_closed",  # the organization merged or closed
    "inactive",  # (removal) took no part for a long time
    "other",
)
"""Why an organization leaves or is removed; the words beside it say more, privately."""


@dataclass(frozen=True)
class HistoryEntry:
    event_id: int
    org: str
    event: str
    role: str
    at: datetime
    by_org: str | None
    reason_code: str | None
    reason_text: str | None


def record(
    session: Session,
    *,
    collaborative_id: str,
    org: str,
    event: str,
    role: str,
    by_org: str,
    reason_code: str | None = None,
    reason_text: str | None = None,
) -> None:
    """Add one step to the history, in the transaction of the change it records."""
    session.add(
        MembershipEvent(
            collaborative_id=collaborative_id,
            org=org,
            event=event,
            role=role,
            at=utcnow(),
            by_org=by_org,
            reason_code=reason_code,
            reason_text=reason_text,
        )
    )


def _entry(row: MembershipEvent, viewer: str, decider: bool) -> HistoryEntry:
    assert row.event_id is not None
    return HistoryEntry(
        row.event_id,
        row.org,
        row.event,
        row.role,
        row.at,
        row.by_org if decider or row.by_org == viewer else None,
        row.reason_code,
        row.reason_text if row.by_org == viewer else None,
    )


def history(
    session: Session, *, collaborative_id: str, org: str, after: int | None, limit: int
) -> list[HistoryEntry]:
    """The rows ``org`` may read, oldest first; ``limit + 1`` for paging."""
    me = approved_row(session, collaborative_id, org)
    decider = me.role in (OWNER, FACILITATOR)
    query = select(MembershipEvent).where(col(MembershipEvent.collaborative_id) == collaborative_id)
    if not decider:
        query = query.where(col(MembershipEvent.org) == org)
    if after is not None:
        query = query.where(col(MembershipEvent.event_id) > after)
    rows = session.exec(query.order_by(col(MembershipEvent.event_id)).limit(limit + 1)).all()
    return [_entry(r, org, decider) for r in rows]


def all_events(session: Session, collaborative_id: str) -> list[MembershipEvent]:
    """Every row, oldest first: for replaying who was a member when."""
    return list(
        session.exec(
            select(MembershipEvent)
            .where(col(MembershipEvent.collaborative_id) == collaborative_id)
            .order_by(col(MembershipEvent.at), col(MembershipEvent.event_id))
        ).all()
    )

"""A collaborative's learning sessions and who attended them.

The owner and facilitators keep them: a session (date, topic) under an id they choose, so
that a PUT is idempotent, with its attendance, how many people of which member organization
came. Every member reads the sessions; attendance by organization only the owner and
facilitators, since it names the members. A member reads its own attendance and how many
organizations attended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, delete, select

from services.metrics.errors import InvalidParameterError, NotAllowedError
from services.metrics.learning.collaboratives import FACILITATOR, OWNER, approved_row
from services.metrics.models import CollaborativeMember, LearningSession, SessionAttendance
from shared.models import utcnow


@dataclass(frozen=True)
class SessionView:
    session_id: str
    held_on: date
    topic: str
    organizations_attending: int
    people_attending: int
    attendance: dict[str, int] | None
    """People by org: the whole table for the owner and facilitators, the caller's own else."""


def _decider(session: Session, collaborative_id: str, org: str) -> bool:
    return approved_row(session, collaborative_id, org).role in (OWNER, FACILITATOR)


def _view(
    row: LearningSession, attendance: dict[str, int], viewer: str, decider: bool
) -> SessionView:
    shown = attendance if decider else {o: n for o, n in attendance.items() if o == viewer}
    return SessionView(
        row.session_id, row.held_on, row.topic, len(attendance), sum(attendance.values()), shown
    )


def _attendance(session: Session, collaborative_id: str, session_id: str) -> dict[str, int]:
    rows = session.exec(
        select(SessionAttendance).where(
            col(SessionAttendance.collaborative_id) == collaborative_id,
            col(SessionAttendance.session_id) == session_id,
        )
    ).all()
    return {r.org: r.people for r in sorted(rows, key=lambda r: r.org)}


def put(
    session: Session,
    *,
    collaborative_id: str,
    session_id: str,
    org: str,
    held_on: date,
    topic: str,
    attendance: dict[str, int],
) -> tuple[SessionView, bool]:
    """Create or replace a session and its attendance; whether it was created. Attendance
    names only organizations that were ever admitted (others are a 422)."""
    if not _decider(session, collaborative_id, org):
        raise NotAllowedError("Only the owner or a facilitator keeps learning sessions.")
    _check_members(session, collaborative_id, attendance)
    row = session.get(LearningSession, (collaborative_id, session_id))
    created = row is None
    if row is None:
        row = LearningSession(collaborative_id=collaborative_id, session_id=session_id,
                              held_on=held_on, topic=topic, updated_at=utcnow())  # fmt: skip
    elif (row.held_on, row.topic) != (held_on, topic):
        row.held_on, row.topic, row.updated_at = held_on, topic, utcnow()
    session.add(row)
    if _attendance(session, collaborative_id, session_id) != attendance:
        _drop_attendance(session, collaborative_id, session_id)
        for member, people in attendance.items():
            row_ = SessionAttendance(
                collaborative_id=collaborative_id, session_id=session_id, org=member, people=people
            )
            session.add(row_)
    session.flush()
    return _view(row, dict(sorted(attendance.items())), org, True), created


def _check_members(session: Session, collaborative_id: str, attendance: dict[str, int]) -> None:
    if not attendance:
        return
    known = set(
        session.exec(
            select(CollaborativeMember.org).where(
                col(CollaborativeMember.collaborative_id) == collaborative_id,
                col(CollaborativeMember.org).in_(list(attendance)),
                col(CollaborativeMember.decided_at).is_not(None),
            )
        ).all()
    )
    unknown = sorted(set(attendance) - known)
    if unknown:
        raise InvalidParameterError(
            f"Not a member of this collaborative: {', '.join(unknown)}.",
            parameter="attendance",
            location="body",
        )


def _drop_attendance(session: Session, collaborative_id: str, session_id: str) -> None:
    session.exec(
        delete(SessionAttendance).where(
            col(SessionAttendance.collaborative_id) == collaborative_id,
            col(SessionAttendance.session_id) == session_id,
        )
    )


def remove(session: Session, *, collaborative_id: str, session_id: str, org: str) -> None:
    """Delete a session and its attendance (nothing to delete is fine)."""
    if not _decider(session, collaborative_id, org):
        raise NotAllowedError("Only the owner or a facilitator keeps learning sessions.")
    # Statements, not ORM deletes: a DELETE racing another finds nothing to delete, not a row
    # that vanished under it.
    _drop_attendance(session, collaborative_id, session_id)
    session.exec(
        delete(LearningSession).where(
            col(LearningSession.collaborative_id) == collaborative_id,
            col(LearningSession.session_id) == session_id,
        )
    )


def list_sessions(session: Session, *, collaborative_id: str, org: str) -> list[SessionView]:
    """Every session, by date then id, as ``org`` may see it."""
    decider = _decider(session, collaborative_id, org)
    rows = session.exec(
        select(LearningSession)
        .where(col(LearningSession.collaborative_id) == collaborative_id)
        .order_by(col(LearningSession.held_on), col(LearningSession.session_id))
    ).all()
    return [
        _view(r, _attendance(session, collaborative_id, r.session_id), org, decider) for r in rows
    ]


def held_and_attended(
    session: Session, collaborative_id: str, start: date, end: date
) -> tuple[int, dict[str, int]]:
    """Sessions held in ``[start, end)``, and how many of them each org attended."""
    held = session.exec(
        select(LearningSession.session_id).where(
            col(LearningSession.collaborative_id) == collaborative_id,
            col(LearningSession.held_on) >= start,
            col(LearningSession.held_on) < end,
        )
    ).all()
    attended: dict[str, int] = {}
    for sid in held:
        for member in _attendance(session, collaborative_id, sid):
            attended[member] = attended.get(member, 0) + 1
    return len(held), attended

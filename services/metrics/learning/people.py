"""The people of a collaborative, by role, without personal data.

A person is a display label the organization chooses (``Coach 1``, ``Family advisor``,
``QI lead``) and a role, under an id that organization chooses (so a PUT is idempotent).
The server never asks for a name and stores nothing else about a person; an organization
that wants its people to stay unnamed picks labels that name nobody.

Faculty and coaches serve the whole collaborative: the owner and facilitators attach them,
and every member sees them (without the organization they came from). A member organization
attaches its own member team, people with lived experience and family members; those are seen
by that organization and by the owner and facilitators, never by other members, who would
otherwise learn who the members are. Each organization edits and removes its own entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from services.metrics.errors import NotAllowedError
from services.metrics.learning.collaboratives import FACILITATOR, OWNER, approved_row
from services.metrics.models import CollaborativePerson
from shared.models import utcnow

COLLABORATIVE_ROLES = ("faculty", "coach")
MEMBER_ROLES = ("member_team", "lived_experience", "family")
ROLES = COLLABORATIVE_ROLES + MEMBER_ROLES


@dataclass(frozen=True)
class PersonView:
    person_id: str
    label: str
    role: str
    org: str | None
    """The attaching organization: shown to the owner, facilitators and the org itself."""


def put(
    session: Session, *, collaborative_id: str, org: str, person_id: str, label: str, role: str
) -> tuple[PersonView, bool]:
    """Attach or relabel one of ``org``'s people; whether it was created."""
    me = approved_row(session, collaborative_id, org)
    if role in COLLABORATIVE_ROLES and me.role not in (OWNER, FACILITATOR):
        raise NotAllowedError("Only the owner or a facilitator attaches faculty and coaches.")
    row = session.get(CollaborativePerson, (collaborative_id, org, person_id))
    created = row is None
    if row is None:
        row = CollaborativePerson(collaborative_id=collaborative_id, org=org,
                                  person_id=person_id, label=label, role=role,
                                  updated_at=utcnow())  # fmt: skip
    elif (row.label, row.role) != (label, role):
        row.label, row.role, row.updated_at = label, role, utcnow()
    session.add(row)
    session.flush()
    return PersonView(person_id, label, role, org), created


def remove(session: Session, *, collaborative_id: str, org: str, person_id: str) -> None:
    """Detach one of ``org``'s people (nothing to detach is fine)."""
    approved_row(session, collaborative_id, org)
    # A statement, not an ORM delete: a DELETE racing another finds nothing to delete.
    session.exec(
        delete(CollaborativePerson).where(
            col(CollaborativePerson.collaborative_id) == collaborative_id,
            col(CollaborativePerson.org) == org,
            col(CollaborativePerson.person_id) == person_id,
        )
    )


def list_people(session: Session, *, collaborative_id: str, org: str) -> list[PersonView]:
    """The people ``org`` may see, by role then label."""
    me = approved_row(session, collaborative_id, org)
    decider = me.role in (OWNER, FACILITATOR)
    rows = session.exec(
        select(CollaborativePerson)
        .where(col(CollaborativePerson.collaborative_id) == collaborative_id)
        .order_by(
            col(CollaborativePerson.role),
            col(CollaborativePerson.label),
            col(CollaborativePerson.person_id),
        )
    ).all()
    out = []
    for r in rows:
        own = r.org == org
        if decider or own or r.role in COLLABORATIVE_ROLES:
            out.append(PersonView(r.person_id, r.label, r.role, r.org if decider or own else None))
    return out

"""Storing staff records under their lifecycle, one or a batch, and the events a change publishes.

A single PUT is a batch of one: :func:`save_staff` and :func:`upsert_staff` share one path,
which answers for each item as if the items had been sent one by one, in order, with a few
set-based statements whatever the number of items (as episodes' writes do).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlmodel import Session

from services.intake import models
from services.intake.errors import StaffTransitionNotAllowedError
from services.intake.schemas.staff import StaffIn, StaffOut
from services.intake.set_batches import lock_states, write_rows
from services.intake.staff_lifecycle import check_staff_transition, staff_state
from services.intake.workforce.events import staff_event
from shared.feed import append_events
from shared.models import as_utc, utcnow

__all__ = ["save_staff", "upsert_staff"]

_STAFF = models.core_table(models.StaffRow)
_FIELDS = set(StaffIn.model_fields)

Outcome = bool | StaffTransitionNotAllowedError
"""True created, False replaced or unchanged, or the error that refused the item."""


def save_staff(
    *, session: Session, org: str, staff_id: str, staff: StaffIn
) -> tuple[StaffOut, bool]:
    """Create or replace one staff record (a batch of one); raises
    :class:`StaffTransitionNotAllowedError` for an impossible move. Returns the stored
    record's API view and whether it was created; an identical re-send publishes nothing."""
    outcomes, updated = upsert_staff(session=session, org=org, items=[(staff_id, staff)])
    created = outcomes[0]
    if isinstance(created, StaffTransitionNotAllowedError):
        raise created
    return StaffOut.build(staff_id=staff_id, staff=staff, updated_at=as_utc(updated[staff_id])), (
        created
    )


def _stored_state(values: dict[str, Any]) -> Any:
    return staff_state(
        ended=values["ended_on"] is not None, entered_in_error=bool(values["entered_in_error"])
    )


def upsert_staff(
    *, session: Session, org: str, items: Sequence[tuple[str, StaffIn]]
) -> tuple[list[Outcome], dict[str, datetime]]:
    """Apply many upserts as if sent one by one, in order.

    Returns one outcome per item and, per id, the ``updated_at`` it ends with. An id sent twice
    is applied twice: the second is checked against the state the first left (in post, then
    left, is a valid pair; entered in error, then in post, a 409 for the second), and the last
    accepted item is stored. Each change publishes the record's event, in the items' order.
    """
    states = lock_states(session, _STAFF, "staff_id", org, [staff_id for staff_id, _ in items])
    stored = set(states)
    now = utcnow()
    outcomes: list[Outcome] = []
    changes: list[tuple[str, StaffIn]] = []
    for staff_id, staff in items:
        current = states.get(staff_id)
        try:
            check_staff_transition(
                None if current is None else _stored_state(current[0]), staff.derived_state()
            )
        except StaffTransitionNotAllowedError as error:
            outcomes.append(error)
            continue
        values = staff.model_dump(include=_FIELDS)
        if current is not None and all(current[0][k] == v for k, v in values.items()):
            outcomes.append(False)
            continue
        outcomes.append(current is None)
        states[staff_id] = (values, now)
        changes.append((staff_id, staff))
    updated = {staff_id: state[1] for staff_id, state in states.items()}
    if not changes:
        return outcomes, updated
    changed = dict.fromkeys(staff_id for staff_id, _ in changes)
    write_rows(
        session.connection(),
        _STAFF,
        "staff_id",
        org=org,
        values={i: states[i][0] for i in changed},
        stored=stored,
        now=now,
    )
    append_events(session, models.feed_events, [staff_event(org, i, staff) for i, staff in changes])
    return outcomes, updated

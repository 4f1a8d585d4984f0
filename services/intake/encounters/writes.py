"""Storing encounters under the lifecycle rules, one or a batch, and the events a change publishes.

A single PUT is a batch of one: :func:`save_encounter` and :func:`upsert_encounters` share
:func:`_apply`, which answers for each item as if the items had been sent one by one, in order.
An encounter change can also change its referral (a first kept session closes it, a retraction
reopens it), so the referral's event is published again in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy.engine import Connection
from sqlmodel import Session

from services.intake import models
from services.intake.access import LinkedEncounter, referral_access
from services.intake.encounters.events import encounter_event_from_dump
from services.intake.encounters.first_write import create_if_new
from services.intake.encounters.rows import (
    State,
    load_links,
    lock_referrals,
    lock_states,
    prepare,
    unchanged,
    write_changed,
)
from services.intake.errors import TransitionNotAllowedError
from services.intake.lifecycle import EncounterStatus, check_transition
from services.intake.referrals import referral_event_from
from services.intake.schemas import EncounterIn, EncounterOut
from services.intake.sensitivity import PART2, may_publish_details
from services.intake.set_batches import part2_patients
from shared.feed import NewEvent, append_events
from shared.models import as_utc

__all__ = ["save_encounter", "upsert_encounters"]

_Change = tuple[str, EncounterIn, dict[str, Any], str | None]
"""An accepted item that changes something: id, encounter, its JSON-mode dump, and the
referral the encounter linked to before (None for a new encounter)."""


def save_encounter(
    *,
    connection: Connection,
    org: str,
    encounter_id: str,
    encounter: EncounterIn,
    part2_on_feed: bool,
    late_notice: timedelta,
) -> tuple[EncounterOut, bool]:
    """Create or replace one encounter (a batch of one); raises TransitionNotAllowedError for
    an impossible move. Returns the stored encounter's API view and whether it was created; an
    identical re-send publishes nothing.

    The view is built from ``encounter`` itself: what is stored is exactly its values (an
    unchanged re-send matched them field by field), so reading the row back adds nothing. It
    takes a Core connection, not an ORM session: nothing here needs the session's identity map
    or unit of work, and a session's own transaction bookkeeping was about a fifth of the
    single PUT's worker-thread time. A new encounter without a referral takes two statements
    (see first_write.py).
    """
    first = create_if_new(
        connection=connection,
        org=org,
        encounter_id=encounter_id,
        encounter=encounter,
        part2_on_feed=part2_on_feed,
        late_notice=late_notice,
    )
    if first is not None:
        return first, True
    outcomes, states = _apply(
        connection=connection,
        org=org,
        items=[(encounter_id, encounter)],
        part2_on_feed=part2_on_feed,
        late_notice=late_notice,
    )
    created = outcomes[0]
    if isinstance(created, TransitionNotAllowedError):
        raise created
    updated_at = states[encounter_id].updated_at
    assert updated_at is not None
    out = EncounterOut.build(
        encounter_id=encounter_id,
        encounter=encounter,
        updated_at=as_utc(updated_at),
        late_notice=late_notice,
    )
    return out, created


def upsert_encounters(
    *,
    session: Session,
    org: str,
    items: Sequence[tuple[str, EncounterIn]],
    part2_on_feed: bool,
    late_notice: timedelta,
) -> list[bool | TransitionNotAllowedError]:
    """Apply many upserts as if sent one by one, in order (see :func:`_apply`); one outcome
    per item: True created, False replaced or unchanged, or the error that refused it."""
    return _apply(
        connection=session.connection(),
        org=org,
        items=items,
        part2_on_feed=part2_on_feed,
        late_notice=late_notice,
    )[0]


def _apply(
    *,
    connection: Connection,
    org: str,
    items: Sequence[tuple[str, EncounterIn]],
    part2_on_feed: bool,
    late_notice: timedelta,
) -> tuple[list[bool | TransitionNotAllowedError], dict[str, State]]:
    """Apply many upserts as if they were sent one by one, in order, with a few statements.

    For each item: True when it created the encounter, False when it replaced it or changed
    nothing, or the error that refused it (nothing of a refused item is stored). An id that
    appears twice is applied twice, in order: the second is checked against the state the first
    left (so ``booked`` then ``fulfilled`` is a valid pair and ``fulfilled`` then ``no-show`` a
    409 for the second), and the last accepted item is what is stored. Every item that changed
    something publishes its event, followed by its referrals' events, exactly as if it had
    been sent alone, all in the caller's transaction.

    Statements: the existing rows, the linked referrals and their encounters, and the Part 2
    patients are read with one query per chunk of ids; new rows are one INSERT and changed rows
    one UPDATE (executemany); the events one INSERT.
    """
    # Locked as read, so a concurrent upsert of the same encounter decides on the state this
    # one leaves (see rows.py).
    states = lock_states(connection, org, [encounter_id for encounter_id, _ in items])
    outcomes: list[bool | TransitionNotAllowedError] = []
    changes: list[_Change] = []
    for encounter_id, encounter in items:
        state = states.get(encounter_id)
        current = None if state is None else EncounterStatus(state.values["status"])
        try:
            check_transition(current, encounter.status)
        except TransitionNotAllowedError as error:
            outcomes.append(error)
            continue
        dumped, values = prepare(encounter)
        if state is not None and unchanged(state.values, values):
            outcomes.append(False)
            continue
        outcomes.append(state is None)
        if state is None:
            states[encounter_id] = State(values, stored=False, changed=True)
            changes.append((encounter_id, encounter, dumped, None))
        else:
            changes.append((encounter_id, encounter, dumped, state.values["referral_id"]))
            state.values, state.changed = values, True
    if not changes:
        return outcomes, states

    events = _events(connection, org, changes, part2_on_feed=part2_on_feed, late_notice=late_notice)
    # The events keep the items' order; the rows are written in key order (see rows.py).
    write_changed(connection, org, states)
    append_events(connection, models.feed_events, events)
    return outcomes, states


def _events(
    connection: Connection,
    org: str,
    changes: Sequence[_Change],
    *,
    part2_on_feed: bool,
    late_notice: timedelta,
) -> list[NewEvent]:
    """Each change's encounter event, then the events of the referrals it touched (the one it
    left and the one it links to), with their access state as of that change.

    A record is published redacted when it, or its patient, carries the Part 2 label and the
    org does not allow disclosure.
    """
    touched = (r for _, e, _, previous in changes for r in (previous, e.referral_id) if r)
    referral_ids = list(dict.fromkeys(touched))
    referrals = lock_referrals(connection, org, referral_ids)
    linked = load_links(connection, org, list(referrals))
    part2 = part2_patients(
        connection,
        org,
        [e.patient_id for _, e, _, _ in changes if e.sensitivity != PART2]
        + [r.patient_id for r in referrals.values() if r.sensitivity != PART2],
    )

    events: list[NewEvent] = []
    for encounter_id, encounter, dumped, previous in changes:
        labelled = encounter.sensitivity == PART2 or encounter.patient_id in part2
        publish = may_publish_details(
            PART2 if labelled else None, part2_disclosure_allowed=part2_on_feed
        )
        events.append(
            encounter_event_from_dump(
                org, encounter_id, encounter, dumped, part2=not publish, late_notice=late_notice
            )
        )
        if previous is not None and previous in linked:
            linked[previous].pop(encounter_id, None)
        if encounter.referral_id is not None and encounter.referral_id in linked:
            linked[encounter.referral_id][encounter_id] = LinkedEncounter(
                encounter_id, encounter.status, encounter.actual_start or encounter.scheduled_start
            )
        for referral_id in dict.fromkeys(r for r in (previous, encounter.referral_id) if r):
            referral = referrals.get(referral_id)
            if referral is not None:
                events.append(
                    referral_event_from(
                        referral,
                        part2=referral.sensitivity == PART2 or referral.patient_id in part2,
                        access=referral_access(referral.received_on, linked[referral_id].values()),
                        part2_on_feed=part2_on_feed,
                    )
                )
    return events

"""Storing encounters under the lifecycle rules, and the feed events a change publishes.

An encounter change can also change its referral (a first kept session closes it, a retraction
reopens it), so the referral's event is published again in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy import select as core_select
from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from services.intake import models
from services.intake.access import LinkedEncounter, referral_access
from services.intake.errors import TransitionNotAllowedError
from services.intake.lifecycle import EncounterStatus, check_transition, is_late_cancellation
from services.intake.referrals import linked_encounter, referral_event_from
from services.intake.schemas import EncounterIn, EncounterOut
from services.intake.sensitivity import PART2, may_publish_details
from services.intake.set_batches import BATCH_CHUNK, chunks, part2_patients
from shared.db import executemany
from shared.events import EncounterUpserted, TelehealthProblems
from shared.feed import NewEvent, append_events
from shared.models import as_utc, utcnow

__all__ = [
    "BATCH_CHUNK",
    "encounter_in",
    "encounter_out",
    "get_encounter",
    "list_encounters",
    "save_encounter",
    "upsert_encounter",
    "upsert_encounters",
]

_TIMES = ("scheduled_start", "actual_start", "actual_end", "cancelled_at")


def _text(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def encounter_in(row: models.EncounterRow) -> EncounterIn:
    """The stored encounter as its input schema, so there is one definition of an encounter."""
    return EncounterIn.model_validate(
        {name: getattr(row, name) for name in EncounterIn.model_fields}
    )


def encounter_out(row: models.EncounterRow, *, late_notice: timedelta) -> EncounterOut:
    return EncounterOut.build(
        encounter_id=row.encounter_id,
        encounter=encounter_in(row),
        updated_at=as_utc(row.updated_at),
        late_notice=late_notice,
    )


def _event(
    org: str, encounter_id: str, encounter: EncounterIn, *, part2: bool, late_notice: timedelta
) -> NewEvent:
    late = is_late_cancellation(
        encounter.status, encounter.scheduled_start, encounter.cancelled_at, late_notice
    )
    problems = encounter.technical_problems
    data = EncounterUpserted(
        encounter_id=encounter_id,
        patient_id=None if part2 else encounter.patient_id,
        referral_id=None if part2 else encounter.referral_id,
        clinician_id=encounter.clinician_id,
        team_id=encounter.team_id,
        site_id=encounter.site_id,
        service_line=encounter.service_line,
        modality=encounter.modality.value,
        scheduled_start=encounter.scheduled_start,
        status=encounter.status.value,
        late_cancellation=bool(late),
        actual_start=encounter.actual_start,
        actual_end=encounter.actual_end,
        telehealth=None if problems is None else TelehealthProblems(**problems.model_dump()),
        redacted=part2,
    )
    return NewEvent.of(org, f"encounters/{encounter_id}", data)


_EVENT_FIELDS = frozenset(EncounterUpserted.model_fields)
_TELEHEALTH_FIELDS = tuple(TelehealthProblems.model_fields)


def _event_from_dump(
    org: str,
    encounter_id: str,
    encounter: EncounterIn,
    dumped: dict[str, Any],
    *,
    part2: bool,
    late_notice: timedelta,
) -> NewEvent:
    """The same event as :func:`_event`, from the encounter's JSON-mode dump (``dumped``).

    Batches publish thousands of these: reusing the dump the row was built from instead of
    validating and dumping an ``EncounterUpserted`` per item is several times cheaper. The
    payload is identical (tests compare the two for many encounters) and still satisfies the
    feed contract in :mod:`shared.events`.
    """
    late = is_late_cancellation(
        encounter.status, encounter.scheduled_start, encounter.cancelled_at, late_notice
    )
    problems = dumped["technical_problems"]
    data = {
        "encounter_id": encounter_id,
        "patient_id": None if part2 else dumped["patient_id"],
        "referral_id": None if part2 else dumped["referral_id"],
        "clinician_id": dumped["clinician_id"],
        "team_id": dumped["team_id"],
        "site_id": dumped["site_id"],
        "service_line": dumped["service_line"],
        "modality": dumped["modality"],
        "scheduled_start": dumped["scheduled_start"],
        "status": dumped["status"],
        "late_cancellation": bool(late),
        "actual_start": dumped["actual_start"],
        "actual_end": dumped["actual_end"],
        "telehealth": None
        if problems is None
        else {name: problems[name] for name in _TELEHEALTH_FIELDS},
        "redacted": part2,
    }
    return NewEvent(org, EncounterUpserted.type, f"encounters/{encounter_id}", data)


def is_part2(session: Session, org: str, patient_id: str, sensitivity: str | None) -> bool:
    """A record is Part 2 when it or its patient carries the label."""
    if sensitivity == PART2:
        return True
    patient = session.get(models.PatientRow, (org, patient_id))
    return patient is not None and patient.sensitivity == PART2


def upsert_encounter(
    *,
    session: Session,
    org: str,
    encounter_id: str,
    encounter: EncounterIn,
    part2_on_feed: bool,
    late_notice: timedelta,
) -> tuple[models.EncounterRow, bool]:
    """Create or replace an encounter; raises TransitionNotAllowedError for an impossible move.

    Returns the row as stored (not attached to the session) and whether it was created. An
    identical re-send publishes nothing.
    """
    created, state = _apply_one(
        connection=session.connection(),
        org=org,
        encounter_id=encounter_id,
        encounter=encounter,
        part2_on_feed=part2_on_feed,
        late_notice=late_notice,
    )
    row = models.EncounterRow(
        org=org, encounter_id=encounter_id, updated_at=state.updated_at, **state.values
    )
    return row, created


def save_encounter(
    *,
    connection: Connection,
    org: str,
    encounter_id: str,
    encounter: EncounterIn,
    part2_on_feed: bool,
    late_notice: timedelta,
) -> tuple[EncounterOut, bool]:
    """:func:`upsert_encounter` for the API: the stored encounter's view, and whether it was
    created. The view is built from ``encounter`` itself: what is stored is exactly its values
    (an unchanged re-send matched them field by field), so reading the row back adds nothing.

    It takes a Core connection, not an ORM session: nothing here needs the session's identity
    map or unit of work, and a session's own transaction bookkeeping was about a fifth of the
    single PUT's worker-thread time.
    """
    created, state = _apply_one(
        connection=connection,
        org=org,
        encounter_id=encounter_id,
        encounter=encounter,
        part2_on_feed=part2_on_feed,
        late_notice=late_notice,
    )
    assert state.updated_at is not None
    out = EncounterOut.build(
        encounter_id=encounter_id,
        encounter=encounter,
        updated_at=as_utc(state.updated_at),
        late_notice=late_notice,
    )
    return out, created


def _apply_one(
    *,
    connection: Connection,
    org: str,
    encounter_id: str,
    encounter: EncounterIn,
    part2_on_feed: bool,
    late_notice: timedelta,
) -> tuple[bool, _State]:
    outcomes, states = _apply(
        connection=connection,
        org=org,
        items=[(encounter_id, encounter)],
        part2_on_feed=part2_on_feed,
        late_notice=late_notice,
    )
    outcome = outcomes[0]
    if isinstance(outcome, TransitionNotAllowedError):
        raise outcome
    return outcome, states[encounter_id]


def get_encounter(*, session: Session, org: str, encounter_id: str) -> models.EncounterRow | None:
    return session.get(models.EncounterRow, (org, encounter_id))


def list_encounters(
    *, session: Session, org: str, after: str | None, limit: int, patient_id: str | None = None
) -> list[models.EncounterRow]:
    """A page of the org's encounters in id order, optionally for one patient."""
    query = select(models.EncounterRow).where(models.EncounterRow.org == org)
    if patient_id is not None:
        query = query.where(models.EncounterRow.patient_id == patient_id)
    if after is not None:
        query = query.where(models.EncounterRow.encounter_id > after)
    return list(session.exec(query.order_by(models.EncounterRow.encounter_id).limit(limit)))


# --- Batches, set-based -------------------------------------------------------------------------

_ENCOUNTERS = models.EncounterRow.__table__
_REFERRALS = models.ReferralRow.__table__
_FIELDS = frozenset(EncounterIn.model_fields)
_STATE_COLUMNS = [c for c in _ENCOUNTERS.c if c.name != "org"]
# Statements built once (see ``set_batches``: their cache keys are then computed once). The
# rows are locked as they are read; one id (a single PUT) takes ``=`` rather than ``IN``.
_STATE_ONE = (
    core_select(*_STATE_COLUMNS)
    .where(_ENCOUNTERS.c.org == bindparam("org"), _ENCOUNTERS.c.encounter_id == bindparam("id"))
    .with_for_update()
)
_STATES_MANY = (
    core_select(*_STATE_COLUMNS)
    .where(
        _ENCOUNTERS.c.org == bindparam("org"),
        _ENCOUNTERS.c.encounter_id.in_(bindparam("ids", expanding=True)),
    )
    .order_by(_ENCOUNTERS.c.encounter_id)
    .with_for_update()
)
_INSERT = insert(_ENCOUNTERS)
_UPDATE = update(_ENCOUNTERS).where(
    _ENCOUNTERS.c.org == bindparam("key_org"), _ENCOUNTERS.c.encounter_id == bindparam("key_id")
)
_LINK_COLUMNS = [
    _ENCOUNTERS.c[name]
    for name in ("encounter_id", "referral_id", "status", "actual_start", "scheduled_start")
]


@dataclass(slots=True)
class _State:
    """One encounter as a batch sees it: stored values, then each accepted item's."""

    values: dict[str, Any]
    stored: bool
    """Whether the row exists in the database (UPDATE) or not yet (INSERT)."""
    updated_at: datetime | None = None
    changed: bool = False


def _prepare(encounter: EncounterIn) -> tuple[dict[str, Any], dict[str, Any]]:
    """The encounter's JSON-mode dump, and its stored columns (except keys and ``updated_at``):
    the same dump with times as ISO text in the caller's offset, plus the UTC start."""
    # ``model_dump(mode="json")`` without its per-call argument handling (a third of its cost).
    dumped = type(encounter).__pydantic_serializer__.to_python(encounter, mode="json")
    if len(dumped) != len(_FIELDS):  # a batch item also carries its id
        for name in dumped.keys() - _FIELDS:
            del dumped[name]
    values = dumped.copy()
    for name in _TIMES:
        values[name] = _text(getattr(encounter, name))
    values["scheduled_start_utc"] = encounter.scheduled_start
    return dumped, values


def _same(stored: dict[str, Any], values: dict[str, Any]) -> bool:
    return all(stored[k] == v for k, v in values.items() if k != "scheduled_start_utc")


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
) -> tuple[list[bool | TransitionNotAllowedError], dict[str, _State]]:
    """Apply many upserts as if they were sent one by one, in order, with a few statements.

    For each item: True when it created the encounter, False when it replaced it or changed
    nothing, or the error that refused it (nothing of a refused item is stored). An id that
    appears twice is applied twice, in order: the second is checked against the state the first
    left (so ``booked`` then ``fulfilled`` is a valid pair and ``fulfilled`` then ``no-show`` a
    409 for the second), and the last accepted item is what is stored. Every item that changed
    something publishes its event, followed by its referrals' events, exactly as
    :func:`upsert_encounter` would, all in the caller's transaction.

    Statements: the existing rows, the linked referrals and their encounters, and the Part 2
    patients are read with one query per chunk of ids; new rows are one INSERT and changed rows
    one UPDATE (executemany); the events one INSERT.
    """
    states: dict[str, _State] = {}
    # The rows are locked as they are read (PostgreSQL; SQLite has one writer at a time), in
    # key order so that two batches never wait on each other crosswise: a concurrent upsert of
    # the same encounter then decides on the state this one leaves. New ids cannot be locked;
    # the caller re-runs the transaction when it loses that race (see shared/races.py).
    ids = sorted({encounter_id for encounter_id, _ in items})
    found = (
        [connection.execute(_STATE_ONE, {"org": org, "id": ids[0]})]
        if len(ids) == 1
        else (connection.execute(_STATES_MANY, {"org": org, "ids": c}) for c in chunks(ids))
    )
    for result in found:
        for row in result.mappings():
            values = dict(row)
            encounter_id, updated_at = values.pop("encounter_id"), values.pop("updated_at")
            states[encounter_id] = _State(values, stored=True, updated_at=updated_at)

    outcomes: list[bool | TransitionNotAllowedError] = []
    # id, encounter, its JSON-mode dump, the referral it linked to before
    changes: list[tuple[str, EncounterIn, dict[str, Any], str | None]] = []
    for encounter_id, encounter in items:
        state = states.get(encounter_id)
        current = None if state is None else EncounterStatus(state.values["status"])
        try:
            check_transition(current, encounter.status)
        except TransitionNotAllowedError as error:
            outcomes.append(error)
            continue
        dumped, values = _prepare(encounter)
        if state is not None and _same(state.values, values):
            outcomes.append(False)
            continue
        outcomes.append(state is None)
        if state is None:
            states[encounter_id] = _State(values, stored=False, changed=True)
            changes.append((encounter_id, encounter, dumped, None))
        else:
            changes.append((encounter_id, encounter, dumped, state.values["referral_id"]))
            state.values, state.changed = values, True
    if not changes:
        return outcomes, states

    referral_ids = list(
        dict.fromkeys(
            r
            for _, encounter, _, previous in changes
            for r in (previous, encounter.referral_id)
            if r
        )
    )
    referrals = _load_referrals(connection, org, referral_ids)
    linked = _load_links(connection, org, list(referrals))
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
            _event_from_dump(
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

    # Rows are written in primary-key order: B-tree inserts in key order touch each page once
    # (about half the cost of random order on SQLite). The events keep the items' order.
    now = utcnow()
    written = sorted(encounter_id for encounter_id, state in states.items() if state.changed)
    inserts = [
        {"org": org, "encounter_id": encounter_id, "updated_at": now, **states[encounter_id].values}
        for encounter_id in written
        if not states[encounter_id].stored
    ]
    updates = [
        {"key_org": org, "key_id": encounter_id, "updated_at": now, **states[encounter_id].values}
        for encounter_id in written
        if states[encounter_id].stored
    ]
    executemany(connection, _INSERT, inserts)
    executemany(connection, _UPDATE, updates)
    for encounter_id in written:
        states[encounter_id].updated_at = now
    append_events(connection, models.feed_events, events)
    return outcomes, states


def _load_referrals(
    connection: Connection, org: str, referral_ids: Sequence[str]
) -> dict[str, models.ReferralRow]:
    """The referrals, locked (in key order) before their encounters are read: two writers of
    encounters on one referral then publish its access state one after the other, each seeing
    the other's session."""
    found: dict[str, models.ReferralRow] = {}
    for chunk in chunks(sorted(referral_ids)):
        query = (
            core_select(_REFERRALS)
            .where(_REFERRALS.c.org == org, _REFERRALS.c.referral_id.in_(chunk))
            .order_by(_REFERRALS.c.referral_id)
            .with_for_update()
        )
        for row in connection.execute(query).mappings():
            found[row["referral_id"]] = models.ReferralRow(**row)
    return found


def _load_links(
    connection: Connection, org: str, referral_ids: Sequence[str]
) -> dict[str, dict[str, LinkedEncounter]]:
    """Referral id -> the encounters linked to it in the database, by encounter id."""
    linked: dict[str, dict[str, LinkedEncounter]] = {r: {} for r in referral_ids}
    for chunk in chunks(referral_ids):
        query = core_select(*_LINK_COLUMNS).where(
            _ENCOUNTERS.c.org == org, _ENCOUNTERS.c.referral_id.in_(chunk)
        )
        for e in connection.execute(query):
            linked[e.referral_id][e.encounter_id] = linked_encounter(
                e.encounter_id, e.status, e.actual_start, e.scheduled_start
            )
    return linked

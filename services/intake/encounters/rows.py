"""The database side of an encounter write: the stored state it decides on, read locked, and the
rows it writes back, in a few set-based statements whatever the number of items.

Rows are locked as they are read (PostgreSQL; SQLite has one writer at a time), in key order, so
that two writers never wait on each other crosswise. The statements used on every write are
built once (see ``set_batches``: their cache keys are then computed once); one id, a single PUT,
takes ``=`` rather than ``IN``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy import select as core_select
from sqlalchemy.engine import Connection

from services.intake import models
from services.intake.access import LinkedEncounter
from services.intake.referrals import linked_encounter
from services.intake.schemas import EncounterIn
from services.intake.set_batches import chunks
from shared.db import executemany
from shared.models import utcnow

__all__ = [
    "State",
    "load_links",
    "lock_referrals",
    "lock_states",
    "prepare",
    "unchanged",
    "write_changed",
]

_ENCOUNTERS = models.core_table(models.EncounterRow)
_REFERRALS = models.core_table(models.ReferralRow)
_FIELDS = frozenset(EncounterIn.model_fields)
_TIMES = ("scheduled_start", "actual_start", "actual_end", "cancelled_at")
_STATE_COLUMNS = [c for c in _ENCOUNTERS.c if c.name != "org"]
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
class State:
    """One encounter as a write sees it: stored values, then each accepted item's."""

    values: dict[str, Any]
    stored: bool
    """Whether the row exists in the database (UPDATE) or not yet (INSERT)."""
    updated_at: datetime | None = None
    changed: bool = False


def lock_states(connection: Connection, org: str, ids: Sequence[str]) -> dict[str, State]:
    """The stored state of each encounter id that exists, its row locked.

    New ids cannot be locked; the caller re-runs the transaction when it loses that race (see
    shared/races.py).
    """
    ordered = sorted(set(ids))
    found = (
        [connection.execute(_STATE_ONE, {"org": org, "id": ordered[0]})]
        if len(ordered) == 1
        else (connection.execute(_STATES_MANY, {"org": org, "ids": c}) for c in chunks(ordered))
    )
    states: dict[str, State] = {}
    for result in found:
        for row in result.mappings():
            values = dict(row)
            encounter_id, updated_at = values.pop("encounter_id"), values.pop("updated_at")
            states[encounter_id] = State(values, stored=True, updated_at=updated_at)
    return states


def _text(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def prepare(encounter: EncounterIn) -> tuple[dict[str, Any], dict[str, Any]]:
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


def unchanged(stored: dict[str, Any], values: dict[str, Any]) -> bool:
    """Whether ``values`` (from :func:`prepare`) are what is stored: a re-send changes nothing."""
    return all(stored[k] == v for k, v in values.items() if k != "scheduled_start_utc")


def write_changed(connection: Connection, org: str, states: dict[str, State]) -> None:
    """Insert the new rows and update the changed ones, stamping each ``updated_at``.

    Rows are written in primary-key order: B-tree inserts in key order touch each page once
    (about half the cost of random order on SQLite).
    """
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


def lock_referrals(
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


def load_links(
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

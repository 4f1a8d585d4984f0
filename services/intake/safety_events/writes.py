"""Accepting safety event reports, one or a batch, retries included.

A single report is a batch of one: :func:`report_safety_event` and :func:`report_safety_events`
share one path, which answers for each item as if the items had been sent one by one, in order.
The reporting system chooses each ``safety_event_id``: the same id with the same body again is
a replay (nothing stored, nothing published), with another body a conflict. Nothing but the
report's own fields is stored: no caller, token or request id, so an anonymous report (no
``reporter_id``) keeps nothing that says who sent it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.engine import Connection

from services.intake import models
from services.intake.errors import (
    EncounterOfAnotherPatientError,
    IntakeError,
    SafetyEventConflictError,
)
from services.intake.safety_events.events import linked_encounters, part2_linked, safety_event
from services.intake.safety_review import ReviewStatus
from services.intake.schemas import SafetyEventIn
from services.intake.set_batches import chunks
from shared.db import executemany
from shared.feed import append_events
from shared.models import utcnow

__all__ = ["REPORTED_FIELDS", "report_safety_event", "report_safety_events"]

_TABLE = models.core_table(models.SafetyEventRow)
#: What a report decides; a replay must match all of them.
REPORTED_FIELDS = (
    "kind",
    "harm_level",
    "occurred_at",
    "team_id",
    "site_id",
    "patient_id",
    "encounter_id",
    "reporter_id",
    "narrative",
)
_LOCK = (
    select(_TABLE)
    .where(
        _TABLE.c.org == bindparam("org"),
        _TABLE.c.safety_event_id.in_(bindparam("ids", expanding=True)),
    )
    .order_by(_TABLE.c.safety_event_id)
    .with_for_update()
)


def _values(item: SafetyEventIn) -> dict[str, Any]:
    """The stored columns of a report: times as ISO text in the sender's offset, plus UTC."""
    values = {name: getattr(item, name) for name in REPORTED_FIELDS}
    values["occurred_at"] = item.occurred_at.isoformat()
    values["occurred_at_utc"] = item.occurred_at.astimezone(UTC)
    return values


def report_safety_event(
    *, connection: Connection, org: str, item: SafetyEventIn, part2_on_feed: bool
) -> tuple[dict[str, Any], bool]:
    """Store one report (a batch of one); returns its stored row and whether it was created.
    Raises the error that refused it."""
    outcomes, rows = _apply(connection, org, [item], part2_on_feed=part2_on_feed)
    outcome = outcomes[0]
    if isinstance(outcome, IntakeError):
        raise outcome
    return rows[item.safety_event_id], outcome


def report_safety_events(
    *, connection: Connection, org: str, items: Sequence[SafetyEventIn], part2_on_feed: bool
) -> list[bool | IntakeError]:
    """One outcome per item, in order: True created, False replayed, or the error."""
    return _apply(connection, org, items, part2_on_feed=part2_on_feed)[0]


def _apply(
    connection: Connection, org: str, items: Sequence[SafetyEventIn], *, part2_on_feed: bool
) -> tuple[list[bool | IntakeError], dict[str, dict[str, Any]]]:
    """Store the new reports and publish their events, in a few statements.

    Existing rows are read locked (PostgreSQL), so a concurrent report of the same id waits
    and is then answered as a replay or a conflict; two creations of one new id race on the
    primary key, and the loser's transaction is re-run by the caller (shared/races.py).
    An id seen earlier in the same batch is answered as against the stored row.
    """
    ids = sorted({item.safety_event_id for item in items})
    rows: dict[str, dict[str, Any]] = {}
    for chunk in chunks(ids):
        for found in connection.execute(_LOCK, {"org": org, "ids": list(chunk)}).mappings():
            rows[found["safety_event_id"]] = dict(found)
    encounters = linked_encounters(connection, org, (item.encounter_id for item in items))
    now = utcnow()
    outcomes: list[bool | IntakeError] = []
    created: list[dict[str, Any]] = []
    for item in items:
        values = _values(item)
        stored = rows.get(item.safety_event_id)
        if stored is not None:
            same = all(stored[name] == values[name] for name in REPORTED_FIELDS)
            outcomes.append(False if same else SafetyEventConflictError())
            continue
        encounter = None if item.encounter_id is None else encounters.get(item.encounter_id)
        if encounter is not None and item.patient_id not in (None, encounter.patient_id):
            outcomes.append(EncounterOfAnotherPatientError())
            continue
        row = {
            "org": org,
            "safety_event_id": item.safety_event_id,
            **values,
            "review_status": ReviewStatus.RECEIVED.value,
            "reported_at": now,
            "reviewed_at": None,
            "actioned_at": None,
            "updated_at": now,
        }
        rows[item.safety_event_id] = row
        created.append(row)
        outcomes.append(True)
    if created:
        labelled = part2_linked(connection, org, created)
        events = [
            safety_event(
                org,
                row,
                part2=row["safety_event_id"] in labelled,
                part2_on_feed=part2_on_feed,
            )
            for row in created
        ]
        executemany(connection, insert(_TABLE), created)
        append_events(connection, models.feed_events, events)
    return outcomes, rows

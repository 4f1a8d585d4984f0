"""The ``safety_event.upserted`` event: a report's codes, times and review, never its narrative
or its reporter (only whether the report was anonymous).

The patient and encounter ids are published only when their records may be: a Part 2 encounter
or patient (42 CFR Part 2) is redacted unless the org allows disclosure, as for every other
intake event (:mod:`services.intake.sensitivity`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.engine import Connection

from services.intake import models
from services.intake.sensitivity import PART2, may_publish_details
from services.intake.set_batches import chunks, part2_patients
from shared.events import SafetyEventUpserted
from shared.feed import NewEvent
from shared.models import as_utc

__all__ = ["LinkedEncounter", "linked_encounters", "part2_linked", "safety_event"]

_ENCOUNTERS = models.core_table(models.EncounterRow)


class LinkedEncounter(NamedTuple):
    """What a safety event needs of the encounter it names: its patient and its label."""

    patient_id: str
    sensitivity: str | None


def linked_encounters(
    connection: Connection, org: str, encounter_ids: Iterable[str | None]
) -> dict[str, LinkedEncounter]:
    """The named encounters intake holds (one query per chunk of ids)."""
    wanted = sorted({e for e in encounter_ids if e is not None})
    found: dict[str, LinkedEncounter] = {}
    for chunk in chunks(wanted):
        query = select(
            _ENCOUNTERS.c.encounter_id, _ENCOUNTERS.c.patient_id, _ENCOUNTERS.c.sensitivity
        ).where(_ENCOUNTERS.c.org == org, _ENCOUNTERS.c.encounter_id.in_(chunk))
        for encounter_id, patient_id, sensitivity in connection.execute(query):
            found[encounter_id] = LinkedEncounter(patient_id, sensitivity)
    return found


def part2_linked(connection: Connection, org: str, rows: Iterable[Mapping[str, Any]]) -> set[str]:
    """The ids of the safety events whose encounter or patient carries the Part 2 label."""
    rows = list(rows)
    encounters = linked_encounters(connection, org, (r["encounter_id"] for r in rows))
    patients = [r["patient_id"] for r in rows if r["patient_id"] is not None]
    patients += [e.patient_id for e in encounters.values()]
    labelled = part2_patients(connection, org, patients)
    found = set()
    for row in rows:
        encounter = encounters.get(row["encounter_id"] or "")
        if (
            row["patient_id"] in labelled
            or (encounter is not None and encounter.sensitivity == PART2)
            or (encounter is not None and encounter.patient_id in labelled)
        ):
            found.add(row["safety_event_id"])
    return found


def safety_event(org: str, row: Mapping[str, Any], *, part2: bool, part2_on_feed: bool) -> NewEvent:
    """The event for a stored safety event (its row's values), validated by the contract."""
    redacted = not may_publish_details(
        PART2 if part2 else None, part2_disclosure_allowed=part2_on_feed
    )
    data = SafetyEventUpserted(
        safety_event_id=row["safety_event_id"],
        kind=row["kind"],
        harm_level=row["harm_level"],
        occurred_at=row["occurred_at"],
        reported_at=as_utc(row["reported_at"]),
        team_id=row["team_id"],
        site_id=row["site_id"],
        patient_id=None if redacted else row["patient_id"],
        encounter_id=None if redacted else row["encounter_id"],
        anonymous_report=row["reporter_id"] is None,
        review_status=row["review_status"],
        reviewed_at=None if row["reviewed_at"] is None else as_utc(row["reviewed_at"]),
        actioned_at=None if row["actioned_at"] is None else as_utc(row["actioned_at"]),
    )
    return NewEvent.of(org, f"safety-events/{row['safety_event_id']}", data)

"""A single PUT of an encounter intake has not seen, in two statements instead of four.

The general path (:func:`~services.intake.encounters.writes.save_encounter` through ``_apply``)
reads the stored row locked, looks up the patient's Part 2 label, inserts the row, then the
event. For a new id none of the first two decide anything that the INSERT cannot: any status
may start an encounter (``lifecycle.check_transition``), and there is no stored row to compare.
So the row is inserted with ``ON CONFLICT DO NOTHING``, and the same statement returns whether
the patient carries the Part 2 label; the event follows. Same rows, same event, same
transaction as the general path.

When the id exists (or a concurrent writer inserted it first: ``DO NOTHING`` waits for that
writer to commit), nothing is written and the caller takes the general path, which then finds
the row, at the cost of this one statement. An encounter linked to a referral also takes the
general path: its write locks the referral before the encounter rows, and this shortcut must not
take locks in another order.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import bindparam, exists
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from services.intake import models
from services.intake.encounters.events import encounter_event_from_dump
from services.intake.encounters.rows import prepare
from services.intake.schemas import EncounterIn, EncounterOut
from services.intake.sensitivity import PART2, may_publish_details
from shared.feed import append_events
from shared.models import utcnow

__all__ = ["create_if_new"]

_ENCOUNTERS = models.core_table(models.EncounterRow)
_PATIENTS = models.core_table(models.PatientRow)
# Does the encounter's patient carry the Part 2 label? (Bound by name: a subquery correlated to
# the inserted row is rendered differently, or not at all, by the two dialects.)
_PATIENT_LABELLED = exists().where(
    _PATIENTS.c.org == bindparam("labelled_org"),
    _PATIENTS.c.patient_id == bindparam("labelled_patient"),
    _PATIENTS.c.sensitivity == PART2,
)
# Built once per dialect (see set_batches: a module-level statement's cache key is computed once).
_INSERT_NEW = {
    name: dialect.insert(_ENCOUNTERS)
    .on_conflict_do_nothing(index_elements=[_ENCOUNTERS.c.org, _ENCOUNTERS.c.encounter_id])
    .returning(_PATIENT_LABELLED.label("patient_labelled"))
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
}


def create_if_new(
    *,
    connection: Connection,
    org: str,
    encounter_id: str,
    encounter: EncounterIn,
    part2_on_feed: bool,
    late_notice: timedelta,
) -> EncounterOut | None:
    """Store ``encounter`` and publish its event if ``encounter_id`` is new; None (nothing
    written) when the general path must decide: the id exists, or a referral is linked."""
    if encounter.referral_id is not None:
        return None
    dumped, values = prepare(encounter)
    now = utcnow()
    row = {"org": org, "encounter_id": encounter_id, "updated_at": now, **values}
    row |= {"labelled_org": org, "labelled_patient": encounter.patient_id}
    inserted = connection.execute(_INSERT_NEW[connection.dialect.name], row).first()
    if inserted is None:
        return None
    labelled = encounter.sensitivity == PART2 or bool(inserted.patient_labelled)
    publish = may_publish_details(
        PART2 if labelled else None, part2_disclosure_allowed=part2_on_feed
    )
    event = encounter_event_from_dump(
        org, encounter_id, encounter, dumped, part2=not publish, late_notice=late_notice
    )
    append_events(connection, models.feed_events, [event])
    return EncounterOut.build(
        encounter_id=encounter_id, encounter=encounter, updated_at=now, late_notice=late_notice
    )

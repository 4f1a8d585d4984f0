"""Storing and reading pseudonymous patients, and the feed event each change publishes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, select

from services.intake import models
from services.intake.codesets.age import age_band
from services.intake.codesets.language import primary_language
from services.intake.schemas import PatientIn, PatientOut
from services.intake.sensitivity import may_publish_details
from services.intake.set_batches import chunks, write_rows
from shared.events import PatientUpserted
from shared.feed import NewEvent, append_events
from shared.models import as_utc, utcnow

__all__ = ["get_patient", "list_patients", "patient_out", "upsert_patient", "upsert_patients"]

_FIELDS = tuple(PatientIn.model_fields)
_FIELD_SET = set(_FIELDS)
_PATIENTS = models.core_table(models.PatientRow)
_STATE_COLUMNS = [c for c in _PATIENTS.c if c.name != "org"]


def patient_out(row: models.PatientRow, *, today: date | None = None) -> PatientOut:
    """The API view of a stored patient."""
    patient = PatientIn.model_validate({name: getattr(row, name) for name in _FIELDS})
    return PatientOut.build(
        patient_id=row.patient_id,
        patient=patient,
        updated_at=as_utc(row.updated_at),
        today=today,
    )


def upsert_patient(
    *, session: Session, org: str, patient_id: str, patient: PatientIn, part2_on_feed: bool
) -> tuple[models.PatientRow, bool]:
    """Create or replace a patient; returns the row as stored (not attached to the session) and
    whether it was created. Re-sending identical categories changes nothing and publishes
    nothing. One item of :func:`upsert_patients`, so a PUT and a batch cannot drift apart."""
    outcomes, states = upsert_patients(
        session=session, org=org, items=[(patient_id, patient)], part2_on_feed=part2_on_feed
    )
    values, updated_at = states[patient_id]
    row = models.PatientRow(org=org, patient_id=patient_id, updated_at=updated_at, **values)
    return row, outcomes[0]


def _event(org: str, patient_id: str, values: dict[str, Any], today: date) -> NewEvent:
    birth_year = values["birth_year"]
    language = values["preferred_language"]
    event = PatientUpserted(
        patient_id=patient_id,
        age_band=None if birth_year is None else age_band(birth_year, today),
        sex=values["sex"],
        gender_identity=values["gender_identity"],
        race=values["race"] or [],
        ethnicity=values["ethnicity"],
        language=None if language is None else primary_language(language),
        payer=values["payer_type"],
        rurality=values["rurality"],
    )
    return NewEvent.of(org, f"patients/{patient_id}", event)


def upsert_patients(
    *,
    session: Session,
    org: str,
    items: Sequence[tuple[str, PatientIn]],
    part2_on_feed: bool,
) -> tuple[list[bool], dict[str, tuple[dict[str, Any], datetime]]]:
    """Apply many upserts as if sent one by one, in order, with a few statements.

    Returns one outcome per item (True created, False replaced or unchanged) and, per id, the
    values and ``updated_at`` it ends with. An id sent twice is applied twice: the second is
    compared with what the first left. Every change publishes its event (unless Part 2 details
    may not leave intake), in the items' order. Statements: the existing rows, locked in key
    order (one query per chunk); one INSERT for the new rows and one UPDATE for the changed
    ones (executemany); one INSERT for the events.
    """
    states: dict[str, tuple[dict[str, Any], datetime]] = {}
    for chunk in chunks(sorted({patient_id for patient_id, _ in items})):
        query = (
            core_select(*_STATE_COLUMNS)
            .where(_PATIENTS.c.org == org, _PATIENTS.c.patient_id.in_(chunk))
            .order_by(_PATIENTS.c.patient_id)
            .with_for_update()
        )
        for found in session.execute(query).mappings():
            values = dict(found)
            patient_id, updated_at = values.pop("patient_id"), values.pop("updated_at")
            states[patient_id] = (values, updated_at)
    stored = set(states)

    now = utcnow()
    today = now.date()
    outcomes: list[bool] = []
    changed: set[str] = set()
    events: list[NewEvent] = []
    for patient_id, patient in items:
        values = patient.model_dump(include=_FIELD_SET)
        current = states.get(patient_id)
        if current is not None and all(current[0][k] == v for k, v in values.items()):
            outcomes.append(False)
            continue
        outcomes.append(current is None)
        states[patient_id] = (values, now)
        changed.add(patient_id)
        if may_publish_details(patient.sensitivity, part2_disclosure_allowed=part2_on_feed):
            events.append(_event(org, patient_id, values, today))

    write_rows(
        session.connection(),
        _PATIENTS,
        "patient_id",
        org=org,
        values={i: states[i][0] for i in changed},
        stored=stored,
        now=now,
    )
    append_events(session, models.feed_events, events)
    return outcomes, states


def get_patient(*, session: Session, org: str, patient_id: str) -> models.PatientRow | None:
    return session.get(models.PatientRow, (org, patient_id))


def list_patients(
    *, session: Session, org: str, after: str | None, limit: int
) -> list[models.PatientRow]:
    """A page of the org's patients in id order, after the id ``after``."""
    query = select(models.PatientRow).where(models.PatientRow.org == org)
    if after is not None:
        query = query.where(models.PatientRow.patient_id > after)
    return list(session.exec(query.order_by(models.PatientRow.patient_id).limit(limit)))

"""Storing and reading pseudonymous patients, and the feed event each change publishes."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from services.intake import models
from services.intake.codesets.age import age_band
from services.intake.codesets.language import primary_language
from services.intake.schemas import PatientIn, PatientOut
from services.intake.sensitivity import may_publish_details
from shared.events import PatientUpserted
from shared.feed import NewEvent, append_events
from shared.models import as_utc, utcnow

__all__ = ["get_patient", "list_patients", "patient_out", "upsert_patient"]

_FIELDS = tuple(PatientIn.model_fields)


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
    """Create or replace a patient; returns the row and whether it was created.

    Re-sending identical categories changes nothing and publishes nothing.
    """
    row = session.get(models.PatientRow, (org, patient_id))
    created = row is None
    values = patient.model_dump()
    if row is not None and all(getattr(row, k) == v for k, v in values.items()):
        return row, False
    if row is None:
        row = models.PatientRow(org=org, patient_id=patient_id, updated_at=utcnow(), **values)
    else:
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = utcnow()
    session.add(row)
    if may_publish_details(patient.sensitivity, part2_disclosure_allowed=part2_on_feed):
        event = PatientUpserted(
            patient_id=patient_id,
            age_band=None
            if patient.birth_year is None
            else age_band(patient.birth_year, utcnow().date()),
            sex=patient.sex,
            gender_identity=patient.gender_identity,
            race=patient.race or [],
            ethnicity=patient.ethnicity,
            language=None
            if patient.preferred_language is None
            else primary_language(patient.preferred_language),
            payer=patient.payer_type,
            rurality=patient.rurality,
        )
        append_events(
            session, models.feed_events, [NewEvent.of(org, f"patients/{patient_id}", event)]
        )
    return row, created


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

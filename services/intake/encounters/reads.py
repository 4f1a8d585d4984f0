"""Reading encounters back: one by id, a page of the org's, and the API view of a stored row."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from services.intake import models
from services.intake.schemas import EncounterIn, EncounterOut
from shared.models import as_utc

__all__ = ["encounter_in", "encounter_out", "get_encounter", "list_encounters"]


def encounter_in(row: models.EncounterRow) -> EncounterIn:
    """The stored encounter as its input schema, so there is one definition of an encounter."""
    return EncounterIn.model_validate(
        {name: getattr(row, name) for name in EncounterIn.model_fields}
    )


def encounter_out(row: models.EncounterRow, *, late_notice: timedelta) -> EncounterOut:
    """The API view of a stored encounter, with its FHIR statuses."""
    return EncounterOut.build(
        encounter_id=row.encounter_id,
        encounter=encounter_in(row),
        updated_at=as_utc(row.updated_at),
        late_notice=late_notice,
    )


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

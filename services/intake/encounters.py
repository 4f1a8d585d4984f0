"""Storing encounters under the lifecycle rules, and the feed events a change publishes.

An encounter change can also change its referral (a first kept session closes it, a retraction
reopens it), so the referral's event is published again in the same transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, select

from services.intake import models
from services.intake.lifecycle import EncounterStatus, check_transition, is_late_cancellation
from services.intake.referrals import referral_event
from services.intake.schemas import EncounterIn, EncounterOut
from services.intake.sensitivity import PART2, may_publish_details
from shared.events import EncounterUpserted, TelehealthProblems
from shared.feed import NewEvent, append_events
from shared.models import as_utc, utcnow

__all__ = ["encounter_in", "encounter_out", "get_encounter", "list_encounters", "upsert_encounter"]

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

    Returns the row and whether it was created. An identical re-send publishes nothing.
    """
    row = session.get(models.EncounterRow, (org, encounter_id))
    check_transition(None if row is None else EncounterStatus(row.status), encounter.status)
    values = encounter.model_dump(mode="json")
    for name in _TIMES:
        values[name] = _text(getattr(encounter, name))
    values["scheduled_start_utc"] = encounter.scheduled_start
    if row is not None and all(
        getattr(row, k) == v for k, v in values.items() if k != "scheduled_start_utc"
    ):
        return row, False
    created = row is None
    previous_referral = None if row is None else row.referral_id
    if row is None:
        row = models.EncounterRow(org=org, encounter_id=encounter_id, updated_at=utcnow(), **values)
    else:
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = utcnow()
    session.add(row)
    session.flush()
    part2 = is_part2(session, org, encounter.patient_id, encounter.sensitivity)
    publish = may_publish_details(PART2 if part2 else None, part2_disclosure_allowed=part2_on_feed)
    events = [_event(org, encounter_id, encounter, part2=not publish, late_notice=late_notice)]
    for referral_id in dict.fromkeys(r for r in (previous_referral, encounter.referral_id) if r):
        referral = session.get(models.ReferralRow, (org, referral_id))
        if referral is not None:
            events.append(referral_event(session, referral, part2_on_feed=part2_on_feed))
    append_events(session, models.feed_events, events)
    return row, created


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

"""Storing referrals, deriving their access state from linked encounters, and their feed event."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from services.intake import models
from services.intake.access import LinkedEncounter, ReferralAccess, referral_access
from services.intake.lifecycle import EncounterStatus
from services.intake.schemas import ReferralIn, ReferralOut
from services.intake.sensitivity import PART2, may_publish_details
from shared.events import ReferralUpserted
from shared.feed import NewEvent, append_events
from shared.models import as_utc, utcnow

__all__ = [
    "access_of",
    "linked_encounter",
    "referral_event",
    "referral_event_from",
    "referral_out",
    "upsert_referral",
]


def access_of(session: Session, row: models.ReferralRow) -> ReferralAccess:
    """The referral's open/closed state from every encounter that links to it."""
    linked = session.exec(
        select(models.EncounterRow).where(
            models.EncounterRow.org == row.org, models.EncounterRow.referral_id == row.referral_id
        )
    )
    return referral_access(
        row.received_on,
        [
            linked_encounter(e.encounter_id, e.status, e.actual_start, e.scheduled_start)
            for e in linked
        ],
    )


def linked_encounter(
    encounter_id: str, status: str, actual_start: str | None, scheduled_start: str
) -> LinkedEncounter:
    """What access time needs of a stored encounter (its times as stored: ISO text)."""
    return LinkedEncounter(
        encounter_id,
        EncounterStatus(status),
        datetime.fromisoformat(actual_start or scheduled_start),
    )


def referral_out(session: Session, row: models.ReferralRow) -> ReferralOut:
    referral = ReferralIn.model_validate(
        {name: getattr(row, name) for name in ReferralIn.model_fields}
    )
    return ReferralOut.build(
        referral_id=row.referral_id,
        referral=referral,
        access=access_of(session, row),
        updated_at=as_utc(row.updated_at),
    )


def _is_part2(session: Session, row: models.ReferralRow) -> bool:
    if row.sensitivity == PART2:
        return True
    patient = session.get(models.PatientRow, (row.org, row.patient_id))
    return patient is not None and patient.sensitivity == PART2


def referral_event(session: Session, row: models.ReferralRow, *, part2_on_feed: bool) -> NewEvent:
    """The ``referral.upserted`` event for the referral's current state."""
    return referral_event_from(
        row,
        part2=_is_part2(session, row),
        access=access_of(session, row),
        part2_on_feed=part2_on_feed,
    )


def referral_event_from(
    row: models.ReferralRow, *, part2: bool, access: ReferralAccess, part2_on_feed: bool
) -> NewEvent:
    """The ``referral.upserted`` event from facts the caller already has (batches load them
    once for many referrals): whether it is Part 2, and its access state."""
    redacted = not may_publish_details(
        PART2 if part2 else None, part2_disclosure_allowed=part2_on_feed
    )
    data = ReferralUpserted(
        referral_id=row.referral_id,
        patient_id=None if redacted else row.patient_id,
        received_on=row.received_on,
        service_line=row.service_line,
        site_id=row.site_id,
        priority=row.priority,
        first_kept_at=access.first_kept_at,
        redacted=redacted,
    )
    return NewEvent.of(row.org, f"referrals/{row.referral_id}", data)


def upsert_referral(
    *, session: Session, org: str, referral_id: str, referral: ReferralIn, part2_on_feed: bool
) -> tuple[models.ReferralRow, bool]:
    """Create or replace a referral; an identical re-send publishes nothing."""
    row = session.get(models.ReferralRow, (org, referral_id))
    values = referral.model_dump()
    if row is not None and all(getattr(row, k) == v for k, v in values.items()):
        return row, False
    created = row is None
    if row is None:
        row = models.ReferralRow(org=org, referral_id=referral_id, updated_at=utcnow(), **values)
    else:
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = utcnow()
    session.add(row)
    session.flush()
    append_events(
        session, models.feed_events, [referral_event(session, row, part2_on_feed=part2_on_feed)]
    )
    return row, created


def list_referrals(
    *, session: Session, org: str, after: str | None, limit: int
) -> list[models.ReferralRow]:
    query = select(models.ReferralRow).where(models.ReferralRow.org == org)
    if after is not None:
        query = query.where(models.ReferralRow.referral_id > after)
    return list(session.exec(query.order_by(models.ReferralRow.referral_id).limit(limit)))

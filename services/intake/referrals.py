"""Storing referrals, deriving their access state from linked encounters, and their feed event."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, select

from services.intake import models
from services.intake.access import LinkedEncounter, ReferralAccess, referral_access
from services.intake.lifecycle import EncounterStatus
from services.intake.schemas import ReferralIn, ReferralOut
from services.intake.sensitivity import PART2, may_publish_details
from services.intake.set_batches import chunks, part2_patients, write_rows
from shared.events import ReferralUpserted
from shared.feed import NewEvent, append_events
from shared.models import as_utc, utcnow

__all__ = [
    "access_of",
    "linked_encounter",
    "referral_event_from",
    "referral_out",
    "upsert_referral",
    "upsert_referrals",
]

_REFERRALS = models.core_table(models.ReferralRow)
_ENCOUNTERS = models.core_table(models.EncounterRow)
_FIELD_SET = set(ReferralIn.model_fields)
_STATE_COLUMNS = [c for c in _REFERRALS.c if c.name != "org"]
_LINK_COLUMNS = [
    _ENCOUNTERS.c[name]
    for name in ("encounter_id", "referral_id", "status", "actual_start", "scheduled_start")
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
        episode_id=None if redacted else row.episode_id,
        site_id=row.site_id,
        priority=row.priority,
        first_kept_at=access.first_kept_at,
        redacted=redacted,
    )
    return NewEvent.of(row.org, f"referrals/{row.referral_id}", data)


def upsert_referral(
    *, session: Session, org: str, referral_id: str, referral: ReferralIn, part2_on_feed: bool
) -> tuple[models.ReferralRow, bool]:
    """Create or replace a referral; an identical re-send publishes nothing. Returns the row as
    stored (not attached to the session). One item of :func:`upsert_referrals`."""
    outcomes, states = upsert_referrals(
        session=session, org=org, items=[(referral_id, referral)], part2_on_feed=part2_on_feed
    )
    values, updated_at = states[referral_id]
    row = models.ReferralRow(org=org, referral_id=referral_id, updated_at=updated_at, **values)
    return row, outcomes[0]


def _links(
    session: Session, org: str, referral_ids: Sequence[str]
) -> dict[str, list[LinkedEncounter]]:
    """Referral id -> the encounters linked to it (a referral batch changes no encounter)."""
    linked: dict[str, list[LinkedEncounter]] = {r: [] for r in referral_ids}
    for chunk in chunks(referral_ids):
        query = core_select(*_LINK_COLUMNS).where(
            _ENCOUNTERS.c.org == org, _ENCOUNTERS.c.referral_id.in_(chunk)
        )
        for e in session.execute(query):
            linked[e.referral_id].append(
                linked_encounter(e.encounter_id, e.status, e.actual_start, e.scheduled_start)
            )
    return linked


def upsert_referrals(
    *,
    session: Session,
    org: str,
    items: Sequence[tuple[str, ReferralIn]],
    part2_on_feed: bool,
) -> tuple[list[bool], dict[str, tuple[dict[str, Any], datetime]]]:
    """Apply many upserts as if sent one by one, in order, with a few statements.

    Returns one outcome per item (True created, False replaced or unchanged) and, per id, the
    values and ``updated_at`` it ends with. An id sent twice is applied twice: the second is
    compared with what the first left. Each change publishes the referral's event with its
    access state (from the encounters linked to it) and its Part 2 redaction, in the items'
    order. Statements: the existing rows, locked in key order; the linked encounters; the
    Part 2 patients (one query per chunk each); one INSERT, one UPDATE, one INSERT of events.
    """
    states: dict[str, tuple[dict[str, Any], datetime]] = {}
    ids = sorted({referral_id for referral_id, _ in items})
    for chunk in chunks(ids):
        query = (
            core_select(*_STATE_COLUMNS)
            .where(_REFERRALS.c.org == org, _REFERRALS.c.referral_id.in_(chunk))
            .order_by(_REFERRALS.c.referral_id)
            .with_for_update()
        )
        for found in session.execute(query).mappings():
            values = dict(found)
            referral_id, updated_at = values.pop("referral_id"), values.pop("updated_at")
            states[referral_id] = (values, updated_at)
    stored = set(states)

    now = utcnow()
    outcomes: list[bool] = []
    changes: list[tuple[str, dict[str, Any]]] = []
    for referral_id, referral in items:
        values = referral.model_dump(include=_FIELD_SET)
        current = states.get(referral_id)
        if current is not None and all(current[0][k] == v for k, v in values.items()):
            outcomes.append(False)
            continue
        outcomes.append(current is None)
        states[referral_id] = (values, now)
        changes.append((referral_id, values))
    if not changes:
        return outcomes, states

    changed = list(dict.fromkeys(referral_id for referral_id, _ in changes))
    linked = _links(session, org, changed)
    labelled = part2_patients(
        session, org, [v["patient_id"] for _, v in changes if v["sensitivity"] != PART2]
    )
    events = []
    for referral_id, values in changes:
        row = models.ReferralRow(org=org, referral_id=referral_id, updated_at=now, **values)
        events.append(
            referral_event_from(
                row,
                part2=values["sensitivity"] == PART2 or values["patient_id"] in labelled,
                access=referral_access(values["received_on"], linked[referral_id]),
                part2_on_feed=part2_on_feed,
            )
        )

    write_rows(
        session.connection(),
        _REFERRALS,
        "referral_id",
        org=org,
        values={i: states[i][0] for i in changed},
        stored=stored,
        now=now,
    )
    append_events(session, models.feed_events, events)
    return outcomes, states


def list_referrals(
    *, session: Session, org: str, after: str | None, limit: int
) -> list[models.ReferralRow]:
    query = select(models.ReferralRow).where(models.ReferralRow.org == org)
    if after is not None:
        query = query.where(models.ReferralRow.referral_id > after)
    return list(session.exec(query.order_by(models.ReferralRow.referral_id).limit(limit)))

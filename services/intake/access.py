"""Access time: from a referral to the first appointment the patient actually kept.

A referral stays open until a linked encounter is fulfilled. It is derived from all linked
encounters each time, never stored as a flag, so that retracting the first kept session
(``entered-in-error``) reopens the referral or moves its first kept date to the next session,
without a special case.

Days are counted between calendar dates: the referral's received date and the session's start
date in the offset the caller sent (the clinic's local date), so an evening session is not pushed
to the next day by UTC. Sessions dated before the referral was received cannot answer it and are
ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from services.intake.lifecycle import EncounterStatus

__all__ = ["LinkedEncounter", "ReferralAccess", "referral_access"]


@dataclass(frozen=True, slots=True)
class LinkedEncounter:
    """The facts about one encounter linked to a referral that access time needs."""

    encounter_id: str
    status: EncounterStatus
    started_at: datetime
    """Actual start when known, otherwise the scheduled start."""


@dataclass(frozen=True, slots=True)
class ReferralAccess:
    """Whether a referral is closed, and how long the patient waited if it is."""

    closed: bool
    first_kept_encounter_id: str | None = None
    first_kept_at: datetime | None = None
    access_days: int | None = None


def referral_access(received_on: date, encounters: Iterable[LinkedEncounter]) -> ReferralAccess:
    """Derive a referral's state from its received date and every encounter linked to it."""
    kept = [
        e
        for e in encounters
        if e.status is EncounterStatus.FULFILLED and e.started_at.date() >= received_on
    ]
    if not kept:
        return ReferralAccess(closed=False)
    first = min(kept, key=lambda e: (e.started_at, e.encounter_id))
    return ReferralAccess(
        closed=True,
        first_kept_encounter_id=first.encounter_id,
        first_kept_at=first.started_at,
        access_days=(first.started_at.date() - received_on).days,
    )

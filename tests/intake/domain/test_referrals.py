"""Referrals: the schema, and access time from referral to the first kept session."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from services.intake.access import LinkedEncounter, referral_access
from services.intake.lifecycle import EncounterStatus as S
from services.intake.schemas import ReferralIn, ReferralOut

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

RECEIVED = date(2025, 3, 3)
EST = timezone(timedelta(hours=-5))


def at(day: int, hour: int = 10, tz: timezone = UTC) -> datetime:
    return datetime(2025, 3, day, hour, tzinfo=tz)


def test_a_referral_without_a_kept_session_is_open() -> None:
    state = referral_access(
        RECEIVED, [LinkedEncounter("e1", S.NO_SHOW, at(5)), LinkedEncounter("e2", S.BOOKED, at(9))]
    )
    assert (state.closed, state.access_days) == (False, None)


def test_access_days_run_to_the_first_kept_session() -> None:
    state = referral_access(
        RECEIVED,
        [
            LinkedEncounter("late", S.FULFILLED, at(20)),
            LinkedEncounter("first", S.FULFILLED, at(17)),
        ],
    )
    assert (state.closed, state.first_kept_encounter_id, state.access_days) == (True, "first", 14)


def test_retracting_the_first_kept_session_moves_access_to_the_next() -> None:
    state = referral_access(
        RECEIVED,
        [
            LinkedEncounter("first", S.ENTERED_IN_ERROR, at(17)),
            LinkedEncounter("next", S.FULFILLED, at(20)),
        ],
    )
    assert (state.first_kept_encounter_id, state.access_days) == ("next", 17)


def test_sessions_before_the_referral_do_not_close_it() -> None:
    assert referral_access(RECEIVED, [LinkedEncounter("old", S.FULFILLED, at(1))]).closed is False


def test_access_days_use_the_clinics_local_date() -> None:
    evening = at(3, hour=20, tz=EST)  # already 4 March in UTC
    assert referral_access(RECEIVED, [LinkedEncounter("e", S.FULFILLED, evening)]).access_days == 0


def test_referral_schema_defaults_to_routine_priority() -> None:
    referral = ReferralIn.model_validate(
        {
            "patient_id": "p1",
            "received_on": "2025-03-03",
            "service_line": "adult",
            "site_id": "north",
        }
    )
    assert referral.priority == "routine"
    out = ReferralOut.build(
        referral_id="r1", referral=referral, updated_at=at(4), access=referral_access(RECEIVED, [])
    )
    assert (out.closed, out.access_days, out.first_kept_at) == (False, None, None)


@pytest.mark.parametrize(
    ("received_on", "priority"),
    [
        ("1999-12-31", "routine"),
        ((datetime.now(UTC) + timedelta(days=3)).date().isoformat(), "routine"),
        ("2025-03-03", "emergent"),
    ],
)
def test_implausible_referrals_are_refused(received_on: str, priority: str) -> None:
    with pytest.raises(ValidationError):
        ReferralIn.model_validate(
            {
                "patient_id": "p1",
                "received_on": received_on,
                "service_line": "adult",
                "site_id": "north",
                "priority": priority,
            }
        )

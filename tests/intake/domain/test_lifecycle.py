"""The encounter lifecycle: every move between statuses, FHIR codes, late cancellation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import product

import pytest
from fhir.resources.R4B.appointment import Appointment
from fhir.resources.R4B.encounter import Encounter

from services.intake.errors import TransitionNotAllowedError
from services.intake.lifecycle import (
    EncounterStatus,
    check_transition,
    fhir_status,
    is_late_cancellation,
)

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

S = EncounterStatus
OUTCOMES = [S.FULFILLED, S.NO_SHOW, S.CANCELLED_BY_PATIENT, S.CANCELLED_BY_CLINIC]

# The lifecycle, written out independently of the implementation: booked may end in any
# outcome or be retracted; an outcome may only be retracted; a retraction is final.
SPEC_ALLOWED = {(S.BOOKED, s) for s in [*OUTCOMES, S.ENTERED_IN_ERROR]} | {
    (s, S.ENTERED_IN_ERROR) for s in OUTCOMES
}
PAIRS = list(product(S, S))


@pytest.mark.parametrize(("current", "requested"), [p for p in PAIRS if p in SPEC_ALLOWED])
def test_allowed_move_is_a_change(current: S, requested: S) -> None:
    assert check_transition(current, requested) is True


@pytest.mark.parametrize("status", list(S))
def test_same_status_again_is_a_no_op(status: S) -> None:
    assert check_transition(status, status) is False


@pytest.mark.parametrize(
    ("current", "requested"),
    [p for p in PAIRS if p not in SPEC_ALLOWED and p[0] != p[1]],
)
def test_forbidden_move_raises_with_what_is_allowed(current: S, requested: S) -> None:
    with pytest.raises(TransitionNotAllowedError) as caught:
        check_transition(current, requested)
    error = caught.value
    assert (error.current, error.requested) == (current, requested)
    assert set(error.allowed) == {to for (frm, to) in SPEC_ALLOWED if frm == current}
    assert error.slug == "transition-not-allowed"


def test_the_table_covers_all_36_pairs() -> None:
    allowed = sum(1 for p in PAIRS if p in SPEC_ALLOWED)
    assert (allowed, len(PAIRS)) == (9, 36)


def test_a_kept_session_can_be_retracted_but_not_turned_into_a_no_show() -> None:
    assert check_transition(S.FULFILLED, S.ENTERED_IN_ERROR) is True
    with pytest.raises(TransitionNotAllowedError, match="allowed next statuses: entered-in-error"):
        check_transition(S.FULFILLED, S.NO_SHOW)


def test_a_retraction_is_final() -> None:
    with pytest.raises(TransitionNotAllowedError, match=r"none \(final status\)"):
        check_transition(S.ENTERED_IN_ERROR, S.BOOKED)


@pytest.mark.parametrize("status", list(S))
def test_a_new_encounter_may_start_in_any_status(status: S) -> None:
    assert check_transition(None, status) is True


@pytest.mark.parametrize(
    ("status", "encounter", "appointment", "reason"),
    [
        (S.BOOKED, "planned", "booked", None),
        (S.FULFILLED, "finished", "fulfilled", None),
        (S.NO_SHOW, "cancelled", "noshow", None),
        (S.CANCELLED_BY_PATIENT, "cancelled", "cancelled", "pat"),
        (S.CANCELLED_BY_CLINIC, "cancelled", "cancelled", "prov"),
        (S.ENTERED_IN_ERROR, "entered-in-error", "entered-in-error", None),
    ],
)
def test_fhir_status_codes(status: S, encounter: str, appointment: str, reason: str | None) -> None:
    mapped = fhir_status(status)
    assert (mapped.encounter, mapped.appointment, mapped.cancelation_reason) == (
        encounter,
        appointment,
        reason,
    )


# https://hl7.org/fhir/R4/valueset-encounter-status.html (fhir.resources abbreviates the last two
# as "+", so the list is written out here).
R4_ENCOUNTER_STATUS = {
    "planned",
    "arrived",
    "triaged",
    "in-progress",
    "onleave",
    "finished",
    "cancelled",
    "entered-in-error",
    "unknown",
}


@pytest.mark.parametrize("status", list(S))
def test_fhir_codes_are_members_of_the_r4_value_sets(status: S) -> None:
    mapped = fhir_status(status)
    appointment_codes = Appointment.model_fields["status"].json_schema_extra["enum_values"]
    assert mapped.encounter in R4_ENCOUNTER_STATUS
    assert mapped.appointment in appointment_codes
    Encounter.model_validate(
        {
            "resourceType": "Encounter",
            "status": mapped.encounter,
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
        }
    )
    Appointment.model_validate(
        {
            "resourceType": "Appointment",
            "status": mapped.appointment,
            "participant": [{"status": "accepted", "actor": {"reference": "Patient/p1"}}],
        }
    )


START = datetime(2025, 3, 17, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("notice_given", "late"),
    [
        (timedelta(hours=24), False),
        (timedelta(hours=23, minutes=59), True),
        (timedelta(days=3), False),
        (timedelta(0), True),
        (-timedelta(minutes=10), True),
    ],
)
def test_late_cancellation_is_under_24_hours_notice(notice_given: timedelta, late: bool) -> None:
    assert is_late_cancellation(S.CANCELLED_BY_PATIENT, START, START - notice_given) is late


def test_late_cancellation_notice_comes_from_settings() -> None:
    cancelled = START - timedelta(hours=30)
    assert is_late_cancellation(S.CANCELLED_BY_PATIENT, START, cancelled) is False
    assert (
        is_late_cancellation(S.CANCELLED_BY_PATIENT, START, cancelled, notice=timedelta(hours=48))
        is True
    )


def test_only_patients_cancel_late() -> None:
    late = START - timedelta(hours=1)
    assert is_late_cancellation(S.CANCELLED_BY_CLINIC, START, late) is False
    assert is_late_cancellation(S.NO_SHOW, START, None) is False


def test_unknown_cancellation_time_is_neither_late_nor_on_time() -> None:
    assert is_late_cancellation(S.CANCELLED_BY_PATIENT, START, None) is None

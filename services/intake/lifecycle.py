"""The encounter status lifecycle: which moves are possible, and what each status means in FHIR.

An encounter is booked, then ends in exactly one outcome. Outcomes are final, with one exception:
any of them can be marked ``entered-in-error``, the FHIR way to retract a record that should never
have existed or was wrong (a session marked kept by mistake, a duplicate from an EHR extract). The
corrected record is then sent under a new encounter id. Letting a kept session silently become a
no-show would rewrite access and attendance figures already published on the feed; a retraction is
visible as its own event.

    booked ──► fulfilled | no-show | cancelled-by-patient | cancelled-by-clinic | entered-in-error
    fulfilled | no-show | cancelled-* ──► entered-in-error
    entered-in-error ──► (nothing)

Sending the status an encounter already has is a no-op, so an upsert retried or re-sent in a daily
extract is harmless. A new encounter may start in any status: extracts often report a session
only after it happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from services.intake.errors import TransitionNotAllowedError

__all__ = [
    "ALLOWED_TRANSITIONS",
    "DEFAULT_LATE_CANCELLATION_NOTICE",
    "FHIR_APPOINTMENT_CANCELATION_REASON_SYSTEM",
    "EncounterStatus",
    "FhirStatus",
    "allowed_next",
    "check_transition",
    "fhir_status",
    "is_late_cancellation",
]


class EncounterStatus(StrEnum):
    """Where an encounter is in its lifecycle."""

    BOOKED = "booked"
    FULFILLED = "fulfilled"
    NO_SHOW = "no-show"
    CANCELLED_BY_PATIENT = "cancelled-by-patient"
    CANCELLED_BY_CLINIC = "cancelled-by-clinic"
    ENTERED_IN_ERROR = "entered-in-error"

    @property
    def is_final(self) -> bool:
        """True once the encounter has an outcome (only a retraction can follow)."""
        return self is not EncounterStatus.BOOKED

    @property
    def is_cancelled(self) -> bool:
        return self in (EncounterStatus.CANCELLED_BY_PATIENT, EncounterStatus.CANCELLED_BY_CLINIC)


_S = EncounterStatus
_OUTCOMES = frozenset({_S.FULFILLED, _S.NO_SHOW, _S.CANCELLED_BY_PATIENT, _S.CANCELLED_BY_CLINIC})

#: Status -> the statuses it may move to (besides itself, which is always a no-op).
ALLOWED_TRANSITIONS: dict[EncounterStatus, frozenset[EncounterStatus]] = {
    _S.BOOKED: _OUTCOMES | {_S.ENTERED_IN_ERROR},
    **{outcome: frozenset({_S.ENTERED_IN_ERROR}) for outcome in _OUTCOMES},
    _S.ENTERED_IN_ERROR: frozenset(),
}


def allowed_next(current: EncounterStatus) -> tuple[EncounterStatus, ...]:
    """The statuses ``current`` may change to, in declaration order (for error messages)."""
    return tuple(s for s in EncounterStatus if s in ALLOWED_TRANSITIONS[current])


def check_transition(current: EncounterStatus | None, requested: EncounterStatus) -> bool:
    """Whether an upsert setting ``requested`` changes anything; raise if the move is impossible.

    ``current`` is None for an encounter intake has not seen. Returns False for the no-op of
    sending the same status again, True for a creation or a real change.
    """
    if current is None:
        return True
    if requested == current:
        return False
    if requested not in ALLOWED_TRANSITIONS[current]:
        raise TransitionNotAllowedError(current, requested, allowed_next(current))
    return True


@dataclass(frozen=True, slots=True)
class FhirStatus:
    """How one encounter status is expressed in FHIR R4 resources."""

    encounter: str
    """``Encounter.status`` (R4 value set encounter-status)."""
    appointment: str
    """``Appointment.status`` (R4 value set appointmentstatus)."""
    cancelation_reason: str | None = None
    """``Appointment.cancelationReason`` code, when the status says who cancelled."""


FHIR_APPOINTMENT_CANCELATION_REASON_SYSTEM = (
    "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason"
)

# R4's Encounter.status has no no-show: an appointment the patient missed never became an
# encounter that took place, so it is `cancelled` there while the Appointment says `noshow`.
# A booked encounter is `planned`, the status R4 gives an encounter that has not started.
_FHIR: dict[EncounterStatus, FhirStatus] = {
    _S.BOOKED: FhirStatus("planned", "booked"),
    _S.FULFILLED: FhirStatus("finished", "fulfilled"),
    _S.NO_SHOW: FhirStatus("cancelled", "noshow"),
    _S.CANCELLED_BY_PATIENT: FhirStatus("cancelled", "cancelled", "pat"),
    _S.CANCELLED_BY_CLINIC: FhirStatus("cancelled", "cancelled", "prov"),
    _S.ENTERED_IN_ERROR: FhirStatus("entered-in-error", "entered-in-error"),
}


def fhir_status(status: EncounterStatus) -> FhirStatus:
    """The FHIR R4 Encounter and Appointment status codes for ``status``."""
    return _FHIR[status]


#: Default notice a patient must give for a cancellation not to count as late (a settings value).
DEFAULT_LATE_CANCELLATION_NOTICE = timedelta(hours=24)


def is_late_cancellation(
    status: EncounterStatus,
    scheduled_start: datetime,
    cancelled_at: datetime | None,
    notice: timedelta = DEFAULT_LATE_CANCELLATION_NOTICE,
) -> bool | None:
    """Whether the patient cancelled with less than ``notice`` before the scheduled start.

    Late cancellations are tracked apart from no-shows and on-time cancellations because clinics
    treat them alike for scheduling (the slot is usually lost). Only patient cancellations can be
    late; a cancellation at or after the start counts as late. Returns None when the encounter is
    a patient cancellation but the time of cancelling was not reported, so the rate's denominator
    can leave it out instead of guessing.
    """
    if status is not EncounterStatus.CANCELLED_BY_PATIENT:
        return False
    if cancelled_at is None:
        return None
    return scheduled_start - cancelled_at < notice

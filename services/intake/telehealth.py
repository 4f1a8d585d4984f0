"""Session modality and the telehealth technical problems a session can report.

Modality is how the session was booked to happen. A video session that fell back to the telephone
keeps modality ``video`` and reports ``switched_to_phone``: the fallback is a technical outcome of
the video session, and counting it as a phone session would hide the video platform's failures.

FHIR mapping (FHIR R4 has no single "modality" element, so two codes are carried):

    modality    Encounter.class (v3 ActCode)   participation mode (v3 ParticipationMode)
    in-person   AMB  ambulatory                FACE       face-to-face
    video       VR   virtual                   VIDEOCONF  videoconferencing
    phone       VR   virtual                   PHONE      telephone

``Encounter.class`` alone cannot tell video from phone, which matters for billing (audio-only
rules) and for the telehealth experience form; R4 Encounter has no element for the channel (R5
added ``virtualService``), so FHIR output carries the ParticipationMode code in an extension.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "ACT_CODE_SYSTEM",
    "PARTICIPATION_MODE_SYSTEM",
    "FhirModality",
    "Modality",
    "ProblemKind",
    "fhir_modality",
    "problem_kinds_for",
]

ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
PARTICIPATION_MODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"


class Modality(StrEnum):
    """How a session was booked to take place."""

    IN_PERSON = "in-person"
    VIDEO = "video"
    PHONE = "phone"

    @property
    def is_telehealth(self) -> bool:
        return self is not Modality.IN_PERSON


class ProblemKind(StrEnum):
    """A kind of technical problem during a telehealth session."""

    AUDIO = "audio"
    """Sound dropped, echoed or was unintelligible."""
    VIDEO = "video"
    """Picture froze, was missing or was unusable."""
    CONNECTION = "connection"
    """Network trouble: lag, disconnects, low bandwidth."""
    LOGIN = "login"
    """The patient or clinician could not get into the session (link, credentials, waiting room)."""
    PLATFORM = "platform"
    """The telehealth platform itself failed (outage, app crash, unsupported device)."""


@dataclass(frozen=True, slots=True)
class FhirModality:
    """The FHIR codes that carry one modality."""

    encounter_class: str
    participation_mode: str


_FHIR = {
    Modality.IN_PERSON: FhirModality("AMB", "FACE"),
    Modality.VIDEO: FhirModality("VR", "VIDEOCONF"),
    Modality.PHONE: FhirModality("VR", "PHONE"),
}


def fhir_modality(modality: Modality) -> FhirModality:
    """Encounter.class (ActCode) and ParticipationMode codes for ``modality``."""
    return _FHIR[modality]


def problem_kinds_for(modality: Modality) -> frozenset[ProblemKind]:
    """The technical problems a session of ``modality`` can have; none for in-person sessions.

    A phone session has no picture, so it cannot have a video problem.
    """
    if modality is Modality.VIDEO:
        return frozenset(ProblemKind)
    if modality is Modality.PHONE:
        return frozenset(ProblemKind) - {ProblemKind.VIDEO}
    return frozenset()

"""API schemas for encounters: booked, kept, missed and cancelled sessions, telehealth trouble.

Cross-field rules are field validators that read the fields declared before them, so each error
points at the field to fix (`/body/actual_end`, not `/body`). The rules:

* ``scheduled_start`` lies between 2000-01-01 and two years ahead;
* actual start and end are reported only for a kept session (or its retraction), end after start,
  at most 12 hours apart, and not in the future;
* ``cancelled_at`` only for a cancelled session (or its retraction), not in the future;
* technical problems only for video or phone sessions that are past booking, only kinds the
  modality can have (no video trouble on a phone call), ``switched_to_phone`` only from video, and
  minutes lost no longer than the session (the longer of its actual and scheduled length).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Any

from pydantic import AwareDatetime, ConfigDict, Field, ValidationInfo, field_validator

from services.intake.lifecycle import (
    DEFAULT_LATE_CANCELLATION_NOTICE,
    EncounterStatus,
    fhir_status,
    is_late_cancellation,
)
from services.intake.schemas.common import (
    MAX_BOOKING_AHEAD,
    ExternalId,
    IntakeModel,
    SensitivityField,
    check_not_future,
    check_plausible_date,
)
from services.intake.schemas.telehealth import MAX_SESSION_MINUTES, TechnicalProblems
from services.intake.telehealth import Modality, problem_kinds_for
from shared.strict_types import JSON_INTEGER, OffsetDateTime

__all__ = [
    "MAX_SESSION_MINUTES",
    "EncounterBatchItem",
    "EncounterIn",
    "EncounterOut",
    "TechnicalProblems",
]

_HAS_ACTUAL_TIMES = frozenset({EncounterStatus.FULFILLED, EncounterStatus.ENTERED_IN_ERROR})
_HAS_CANCELLATION = frozenset(
    {
        EncounterStatus.CANCELLED_BY_PATIENT,
        EncounterStatus.CANCELLED_BY_CLINIC,
        EncounterStatus.ENTERED_IN_ERROR,
    }
)


def _earlier(info: ValidationInfo, name: str) -> Any:
    """An already validated field (None if it was absent or failed validation)."""
    return info.data.get(name)


SessionMinutes = Annotated[int, Field(ge=5, le=MAX_SESSION_MINUTES), JSON_INTEGER]


class EncounterIn(IntakeModel):
    """Body of `PUT /v1/encounters/{encounter_id}`: a full replacement (upsert) of the encounter."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "patient_id": "7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17",
                    "referral_id": "ref-3318",
                    "episode_id": "ep-2025-0117",
                    "clinician_id": "clin-204",
                    "team_id": "team-east",
                    "site_id": "site-north",
                    "service_line": "adult-outpatient",
                    "modality": "video",
                    "status": "fulfilled",
                    "scheduled_start": "2025-03-17T15:00:00-05:00",
                    "scheduled_minutes": 50,
                    "actual_start": "2025-03-17T15:04:00-05:00",
                    "actual_end": "2025-03-17T15:52:00-05:00",
                    "technical_problems": {
                        "kinds": ["audio"],
                        "minutes_lost": 4,
                        "dropped_and_rejoined": True,
                        "switched_to_phone": False,
                    },
                }
            ]
        }
    )

    patient_id: ExternalId = Field(description="The patient's pseudonymous id.")
    referral_id: ExternalId | None = Field(
        default=None,
        description="The referral this session answers, for access time.",
        examples=["ref-3318"],
    )
    episode_id: ExternalId | None = Field(
        default=None,
        description="The episode of care this session belongs to (see `PUT /v1/episodes/"
        "{episode_id}`). An id intake has not seen yet is kept as sent: the episode may follow.",
        examples=["ep-2025-0117"],
    )
    clinician_id: ExternalId = Field(
        description="The clinician's id in the org.", examples=["clin-204"]
    )
    team_id: ExternalId | None = Field(
        default=None, description="The clinician's team, if any.", examples=["team-east"]
    )
    site_id: ExternalId = Field(
        description="The site that holds the session.", examples=["site-north"]
    )
    service_line: ExternalId = Field(
        description="The org's code for the service.", examples=["adult-outpatient"]
    )
    modality: Modality = Field(
        description="How the session was booked to happen.", examples=["video"]
    )
    status: EncounterStatus = Field(
        default=EncounterStatus.BOOKED,
        description="booked, fulfilled, no-show, cancelled-by-patient, cancelled-by-clinic or "
        "entered-in-error. An impossible change from the stored status is a 409 problem.",
        examples=["fulfilled"],
    )
    scheduled_start: OffsetDateTime = Field(
        description="Booked start, with its UTC offset.", examples=["2025-03-17T15:00:00-05:00"]
    )
    scheduled_minutes: SessionMinutes | None = Field(
        default=None,
        description="Booked length in minutes (FHIR Appointment.minutesDuration).",
        examples=[50],
    )
    actual_start: OffsetDateTime | None = Field(
        default=None,
        description="When the session really started (kept sessions only).",
        examples=["2025-03-17T15:04:00-05:00"],
    )
    actual_end: OffsetDateTime | None = Field(
        default=None,
        description="When the session really ended; after `actual_start`.",
        examples=["2025-03-17T15:52:00-05:00"],
    )
    cancelled_at: OffsetDateTime | None = Field(
        default=None,
        description="When the cancellation was made (cancelled sessions only); "
        "decides whether a patient cancellation was late.",
        examples=["2025-03-17T08:10:00-05:00"],
    )
    technical_problems: TechnicalProblems | None = Field(
        default=None,
        description="Telehealth technical problems (video and phone sessions "
        "only). Null means not reported; an empty object means reported none.",
        examples=[
            {
                "kinds": ["audio"],
                "minutes_lost": 4,
                "dropped_and_rejoined": True,
                "switched_to_phone": False,
            }
        ],
    )
    sensitivity: SensitivityField = None

    @field_validator("scheduled_start")
    @classmethod
    def _plausible_schedule(cls, value: datetime) -> datetime:
        check_plausible_date(value.date(), field="scheduled_start", ahead=MAX_BOOKING_AHEAD)
        return value

    @field_validator("actual_start", "actual_end")
    @classmethod
    def _actual_times(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        if value is None:
            return None
        status = _earlier(info, "status")
        if status is not None and status not in _HAS_ACTUAL_TIMES:
            raise ValueError(f"a session with status '{status.value}' has no actual times")
        check_not_future(value, field=str(info.field_name))
        if info.field_name == "actual_end":
            start = _earlier(info, "actual_start")
            if start is None:
                raise ValueError("actual_end needs actual_start")
            if value <= start:
                raise ValueError("actual_end must be after actual_start")
            if value - start > timedelta(minutes=MAX_SESSION_MINUTES):
                raise ValueError(f"a session cannot last more than {MAX_SESSION_MINUTES} minutes")
        return value

    @field_validator("cancelled_at")
    @classmethod
    def _cancellation(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        if value is None:
            return None
        status = _earlier(info, "status")
        if status is not None and status not in _HAS_CANCELLATION:
            raise ValueError(f"a session with status '{status.value}' was not cancelled")
        check_not_future(value, field="cancelled_at")
        return value

    @field_validator("technical_problems")
    @classmethod
    def _telehealth_only(
        cls, value: TechnicalProblems | None, info: ValidationInfo
    ) -> TechnicalProblems | None:
        if value is None:
            return None
        modality: Modality | None = _earlier(info, "modality")
        status: EncounterStatus | None = _earlier(info, "status")
        if modality is not None:
            if not modality.is_telehealth:
                raise ValueError("technical problems apply to video and phone sessions only")
            impossible = set(value.kinds) - problem_kinds_for(modality)
            if impossible:
                names = ", ".join(sorted(k.value for k in impossible))
                raise ValueError(f"a {modality.value} session cannot have {names} problems")
            if value.switched_to_phone and modality is not Modality.VIDEO:
                raise ValueError("only a video session can switch to phone")
        if status is EncounterStatus.BOOKED:
            raise ValueError("a booked session has not happened yet")
        if value.minutes_lost > _session_minutes(info):
            raise ValueError("minutes_lost exceeds the session's length")
        return value


def _session_minutes(info: ValidationInfo) -> int:
    """The longer of the actual and the scheduled length, or the maximum when neither is known."""
    lengths = []
    start, end = _earlier(info, "actual_start"), _earlier(info, "actual_end")
    if start is not None and end is not None:
        lengths.append(int((end - start).total_seconds() // 60))
    if _earlier(info, "scheduled_minutes") is not None:
        lengths.append(_earlier(info, "scheduled_minutes"))
    return max(lengths) if lengths else MAX_SESSION_MINUTES


class EncounterOut(EncounterIn):
    """A stored encounter as the API returns it, with the facts intake derives."""

    encounter_id: ExternalId
    fhir_encounter_status: str = Field(
        description="FHIR R4 Encounter.status for `status`.", examples=["finished"]
    )
    fhir_appointment_status: str = Field(
        description="FHIR R4 Appointment.status for `status`.", examples=["fulfilled"]
    )
    late_cancellation: bool | None = Field(
        description="True when the patient cancelled with less notice than the org requires "
        "(24 hours by default); null when a patient cancellation has no `cancelled_at`.",
        examples=[False],
    )
    updated_at: AwareDatetime = Field(
        description="When intake last accepted a change.", examples=["2025-03-17T21:00:00Z"]
    )

    @classmethod
    def build(
        cls,
        *,
        encounter_id: str,
        encounter: EncounterIn,
        updated_at: datetime,
        late_notice: timedelta = DEFAULT_LATE_CANCELLATION_NOTICE,
    ) -> EncounterOut:
        """The API view of a stored encounter; ``late_notice`` comes from the org's settings."""
        fhir = fhir_status(encounter.status)
        late = is_late_cancellation(
            encounter.status, encounter.scheduled_start, encounter.cancelled_at, late_notice
        )
        return cls.model_validate(
            encounter.model_dump()
            | {
                "encounter_id": encounter_id,
                "fhir_encounter_status": fhir.encounter,
                "fhir_appointment_status": fhir.appointment,
                "late_cancellation": late,
                "updated_at": updated_at,
            }
        )


class EncounterBatchItem(EncounterIn):
    """One encounter of a batch: the PUT body plus its id."""

    encounter_id: ExternalId

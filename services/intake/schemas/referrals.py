"""API schemas for referrals: the start of the access-time clock.

A referral is open until a linked encounter is kept; access time is the number of days from the
received date to that first kept session (see :mod:`services.intake.access`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from pydantic import AwareDatetime, ConfigDict, Field, field_validator

from services.intake.access import ReferralAccess
from services.intake.schemas.common import (
    ExternalId,
    IntakeModel,
    SensitivityField,
    check_plausible_date,
)
from shared.strict_types import IsoDate

__all__ = ["ReferralBatchItem", "ReferralIn", "ReferralOut", "ReferralPriority"]


class ReferralPriority(StrEnum):
    """FHIR R4 request-priority codes (ServiceRequest.priority), the scale EHRs already use."""

    ROUTINE = "routine"
    URGENT = "urgent"
    ASAP = "asap"
    STAT = "stat"


class ReferralIn(IntakeModel):
    """Body of `PUT /v1/referrals/{referral_id}`: a full replacement of the referral."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "patient_id": "7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17",
                    "received_on": "2025-03-03",
                    "service_line": "adult-outpatient",
                    "site_id": "site-north",
                    "priority": "routine",
                    "episode_id": "ep-2025-0117",
                }
            ]
        }
    )

    patient_id: ExternalId = Field(description="The referred patient's pseudonymous id.")
    received_on: IsoDate = Field(
        description="The date the referral reached the organization: access time starts here. "
        "Not before 2000-01-01, not after tomorrow (time zones).",
        examples=["2025-03-03"],
    )
    service_line: ExternalId = Field(
        description="The org's code for the service the patient was referred to.",
        examples=["adult-outpatient"],
    )
    site_id: ExternalId = Field(
        description="The site expected to see the patient.", examples=["site-north"]
    )
    priority: ReferralPriority = Field(
        default=ReferralPriority.ROUTINE,
        description="Clinical priority (FHIR request-priority): routine, urgent, asap, stat.",
        examples=["urgent"],
    )
    episode_id: ExternalId | None = Field(
        default=None,
        description="The episode of care the referral opened or belongs to. An id intake has "
        "not seen yet is kept as sent: the episode may follow.",
        examples=["ep-2025-0117"],
    )
    sensitivity: SensitivityField = None

    @field_validator("received_on")
    @classmethod
    def _plausible(cls, value: date) -> date:
        check_plausible_date(value, field="received_on", ahead=timedelta(days=1))
        return value


class ReferralOut(ReferralIn):
    """A stored referral as the API returns it, with its derived access state."""

    referral_id: ExternalId
    closed: bool = Field(
        description="True once a linked encounter was kept (fulfilled).", examples=[True]
    )
    first_kept_encounter_id: ExternalId | None = Field(
        description="The first kept encounter linked to this referral.", examples=["enc-0192"]
    )
    first_kept_at: AwareDatetime | None = Field(
        description="When that encounter started.", examples=["2025-03-17T15:00:00-05:00"]
    )
    access_days: int | None = Field(
        description="Days from `received_on` to the first kept encounter's start date; null "
        "while the referral is open.",
        examples=[14],
    )
    updated_at: AwareDatetime = Field(
        description="When intake last accepted a change.", examples=["2025-03-17T21:00:00Z"]
    )

    @classmethod
    def build(
        cls,
        *,
        referral_id: str,
        referral: ReferralIn,
        access: ReferralAccess,
        updated_at: datetime,
    ) -> ReferralOut:
        """The API view of a stored referral and the access state derived for it."""
        return cls.model_validate(
            referral.model_dump()
            | {
                "referral_id": referral_id,
                "closed": access.closed,
                "first_kept_encounter_id": access.first_kept_encounter_id,
                "first_kept_at": access.first_kept_at,
                "access_days": access.access_days,
                "updated_at": updated_at,
            }
        )


class ReferralBatchItem(ReferralIn):
    """One referral of a batch: the PUT body plus its id."""

    referral_id: ExternalId

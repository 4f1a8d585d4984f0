"""API schemas for episodes of care: one patient's course of care in one service line.

Cross-field rules are field validators that read the fields declared before them, so each error
points at the field to fix (`/body/closed_on`, not `/body`):

* ``opened_on`` lies between 2000-01-01 and two years ahead (a planned episode may open later);
* ``closed_on`` and ``discharge_reason`` only on a closed episode (``finished`` or
  ``cancelled``), or its retraction (``entered-in-error`` re-sends the record as it was);
* a ``finished`` episode has both a ``closed_on`` and a ``discharge_reason``;
* ``closed_on`` is on or after ``opened_on`` and not in the future (a day's grace for time
  zones).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from pydantic import AwareDatetime, ConfigDict, Field, ValidationInfo, field_validator

from services.intake.episode_lifecycle import CLOSED, DischargeReason, EpisodeStatus
from services.intake.schemas.common import (
    MAX_BOOKING_AHEAD,
    ExternalId,
    IntakeModel,
    SensitivityField,
    check_plausible_date,
)

__all__ = ["EXAMPLE_OUT", "EpisodeBatchItem", "EpisodeIn", "EpisodeOut"]

_MAY_CLOSE = CLOSED | {EpisodeStatus.ENTERED_IN_ERROR}
_EXAMPLE: dict[str, Any] = {
    "patient_id": "7f3c9a2e-5d41-4b8e-9c1a-2b6f0e8d4a17",
    "status": "finished",
    "service_line": "adult-outpatient",
    "team_id": "team-east",
    "site_id": "site-north",
    "clinician_id": "clin-204",
    "opened_on": "2025-03-03",
    "closed_on": "2025-06-20",
    "discharge_reason": "planned-completion",
}
EXAMPLE_OUT: dict[str, Any] = _EXAMPLE | {
    "sensitivity": None,
    "episode_id": "ep-2025-0117",
    "length_days": 109,
    "updated_at": "2025-06-20T17:30:00Z",
}


class EpisodeIn(IntakeModel):
    """Body of `PUT /v1/episodes/{episode_id}`: a full replacement (upsert) of the episode."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    patient_id: ExternalId = Field(description="The patient's pseudonymous id.")
    status: EpisodeStatus = Field(
        default=EpisodeStatus.ACTIVE,
        description="FHIR EpisodeOfCare status: planned, waitlist, active, onhold, finished, "
        "cancelled or entered-in-error. An impossible change from the stored status is a 409 "
        "problem naming the allowed ones.",
        examples=["active"],
    )
    service_line: ExternalId = Field(
        description="The org's code for the service the course of care is in.",
        examples=["adult-outpatient"],
    )
    team_id: ExternalId | None = Field(
        default=None, description="The team that holds the episode, if any.", examples=["team-east"]
    )
    site_id: ExternalId | None = Field(
        default=None,
        description="The site that holds the episode, if any.",
        examples=["site-north"],
    )
    clinician_id: ExternalId | None = Field(
        default=None,
        description="The lead clinician's id in the org (FHIR EpisodeOfCare.careManager).",
        examples=["clin-204"],
    )
    opened_on: date = Field(
        description="The day the episode opened (FHIR period.start): not before 2000-01-01, at "
        "most two years ahead.",
        examples=["2025-03-03"],
    )
    closed_on: date | None = Field(
        default=None,
        validate_default=True,
        description="The day it closed (FHIR period.end): finished or cancelled episodes only, "
        "required when finished; on or after `opened_on`, not in the future.",
        examples=["2025-06-20"],
    )
    discharge_reason: DischargeReason | None = Field(
        default=None,
        validate_default=True,
        description="Why it closed: planned-completion, dropped-out, transferred, referred-on, "
        "died or other. Finished or cancelled episodes only; required when finished.",
        examples=["planned-completion"],
    )
    sensitivity: SensitivityField = None

    @field_validator("opened_on")
    @classmethod
    def _plausible_opening(cls, value: date) -> date:
        check_plausible_date(value, field="opened_on", ahead=MAX_BOOKING_AHEAD)
        return value

    @field_validator("closed_on", "discharge_reason")
    @classmethod
    def _closing(cls, value: object, info: ValidationInfo) -> object:
        status: EpisodeStatus | None = info.data.get("status")
        field = str(info.field_name)
        if value is None:
            if status is EpisodeStatus.FINISHED:
                raise ValueError(f"a finished episode needs {field}")
            return None
        if status is not None and status not in _MAY_CLOSE:
            raise ValueError(f"an episode with status '{status.value}' has no {field}")
        if isinstance(value, date):
            opened = info.data.get("opened_on")
            if opened is not None and value < opened:
                raise ValueError("closed_on must be on or after opened_on")
            check_plausible_date(value, field="closed_on", ahead=timedelta(days=1))
        return value


class EpisodeOut(EpisodeIn):
    """A stored episode as the API returns it."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE_OUT]})

    episode_id: ExternalId
    length_days: int | None = Field(
        description="Days from `opened_on` to `closed_on`; null while the episode is open.",
        examples=[109],
    )
    updated_at: AwareDatetime = Field(
        description="When intake last accepted a change.", examples=["2025-06-20T17:30:00Z"]
    )

    @classmethod
    def build(cls, *, episode_id: str, episode: EpisodeIn, updated_at: datetime) -> EpisodeOut:
        """The API view of a stored episode."""
        closed = episode.closed_on
        return cls.model_validate(
            episode.model_dump()
            | {
                "episode_id": episode_id,
                "length_days": None if closed is None else (closed - episode.opened_on).days,
                "updated_at": updated_at,
            }
        )


class EpisodeBatchItem(EpisodeIn):
    """One episode of a batch: the PUT body plus its id."""

    episode_id: ExternalId

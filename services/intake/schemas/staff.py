"""API schemas for staff records: one person's post in the org's workforce.

Cross-field rules are field validators that read the fields declared before them, so each error
points at the field to fix (`/body/ended_on`, not `/body`):

* ``started_on`` lies between 1950-01-01 (long service is common) and a year ahead (a starter
  is often recorded once the offer is accepted);
* ``ended_on`` is on or after ``started_on`` and at most a year ahead (a resignation's last day
  is known a notice period ahead);
* ``leaving_reason`` goes with ``ended_on``, and is required with it: turnover is counted from
  every leaver but voluntary turnover from the reasons, so a leaver without one could not be
  counted in both (``other`` is there for a reason HR did not record).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated, Any

from pydantic import AwareDatetime, ConfigDict, Field, StrictBool, ValidationInfo, field_validator

from services.intake.schemas.common import ExternalId, IntakeModel, utc_now
from services.intake.staff_lifecycle import (
    MAX_FTE,
    LeavingReason,
    StaffRole,
    StaffState,
    staff_state,
)
from shared.strict_types import IsoDate

__all__ = ["EXAMPLE_OUT", "Fte", "StaffBatchItem", "StaffIn", "StaffOut"]

#: Staff in post since before this day are not plausible (typing errors such as 1025).
EARLIEST_START = date(1950, 1, 1)
#: How far ahead a start or a last day may be recorded.
AHEAD = timedelta(days=366)

Fte = Annotated[
    float,
    Field(
        strict=True,
        gt=0,
        le=MAX_FTE,
        description="Contracted full-time equivalent: 1.0 is full time, 0.5 half time. More "
        "than 0, at most 1.5 (beyond any lawful contract: hours or percentages sent as FTE).",
        examples=[0.8],
    ),
]

_EXAMPLE: dict[str, Any] = {
    "team_id": "team-east",
    "site_id": "site-north",
    "role": "psychologist",
    "fte": 0.8,
    "started_on": "2019-09-02",
    "ended_on": "2025-06-30",
    "leaving_reason": "resigned",
    "entered_in_error": False,
}
EXAMPLE_OUT: dict[str, Any] = _EXAMPLE | {
    "staff_id": "clin-204",
    "state": "left",
    "updated_at": "2025-05-12T09:15:00Z",
}


def _plausible(value: date, field: str) -> None:
    if value < EARLIEST_START:
        raise ValueError(f"{field} is before {EARLIEST_START.isoformat()}")
    if value > (utc_now() + AHEAD).date():
        raise ValueError(f"{field} is more than a year ahead")


class StaffIn(IntakeModel):
    """Body of `PUT /v1/staff/{staff_id}`: a full replacement (upsert) of the staff record."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    team_id: ExternalId | None = Field(
        default=None,
        description="The team the person works in (the `team_id` of the clinical records); "
        "null for a post outside any team.",
        examples=["team-east"],
    )
    site_id: ExternalId | None = Field(
        default=None, description="The site the person works at, if any.", examples=["site-north"]
    )
    role: StaffRole = Field(
        description="Profession or role: psychiatrist, psychologist, nurse, social-worker, "
        "counselor, peer-specialist, care-coordinator, administrative, manager or other.",
        examples=["psychologist"],
    )
    fte: Fte
    started_on: IsoDate = Field(
        description="First day in post: not before 1950-01-01, at most a year ahead.",
        examples=["2019-09-02"],
    )
    ended_on: IsoDate | None = Field(
        default=None,
        validate_default=True,
        description="Last day in post, once the person has left (or given notice): on or after "
        "`started_on`, at most a year ahead. Requires `leaving_reason`.",
        examples=["2025-06-30"],
    )
    leaving_reason: LeavingReason | None = Field(
        default=None,
        validate_default=True,
        description="Why they left: resigned, retired, end-of-contract, dismissed, "
        "moved-internally, died or other. Required with `ended_on`, refused without it.",
        examples=["resigned"],
    )
    entered_in_error: StrictBool = Field(
        default=False,
        description="True when the record was a mistake and counts for nothing. Final: a "
        "record entered in error cannot be changed back (a 409).",
        examples=[False],
    )

    @field_validator("started_on")
    @classmethod
    def _plausible_start(cls, value: date) -> date:
        _plausible(value, "started_on")
        return value

    @field_validator("ended_on")
    @classmethod
    def _ending(cls, value: date | None, info: ValidationInfo) -> date | None:
        if value is None:
            return None
        started = info.data.get("started_on")
        if started is not None and value < started:
            raise ValueError("ended_on must be on or after started_on")
        _plausible(value, "ended_on")
        return value

    @field_validator("leaving_reason")
    @classmethod
    def _reason(cls, value: LeavingReason | None, info: ValidationInfo) -> LeavingReason | None:
        if "ended_on" not in info.data:
            return value  # ended_on was refused: its own error says what to fix
        ended = info.data["ended_on"] is not None
        if value is None and ended:
            raise ValueError("a leaver (with ended_on) needs a leaving_reason")
        if value is not None and not ended:
            raise ValueError("leaving_reason goes with ended_on; someone in post has none")
        return value

    def derived_state(self) -> StaffState:
        """In post, left, or entered in error (see ``staff_lifecycle``)."""
        return staff_state(ended=self.ended_on is not None, entered_in_error=self.entered_in_error)


class StaffOut(StaffIn):
    """A stored staff record as the API returns it."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE_OUT]})

    staff_id: ExternalId = Field(
        description="The person's pseudonymous id: the `clinician_id` the clinical records use.",
        examples=["clin-204"],
    )
    state: StaffState = Field(
        description="Derived from the fields: in-post, left or entered-in-error.",
        examples=["left"],
    )
    updated_at: AwareDatetime = Field(
        description="When intake last accepted a change.", examples=["2025-05-12T09:15:00Z"]
    )

    @classmethod
    def build(cls, *, staff_id: str, staff: StaffIn, updated_at: datetime) -> StaffOut:
        """The API view of a stored staff record."""
        return cls.model_validate(
            staff.model_dump()
            | {"staff_id": staff_id, "state": staff.derived_state(), "updated_at": updated_at}
        )


class StaffBatchItem(StaffIn):
    """One staff record of a batch: the PUT body plus its id."""

    staff_id: ExternalId = Field(
        description="The person's pseudonymous id: the `clinician_id` the clinical records use.",
        examples=["clin-204"],
    )

"""The workforce events intake publishes: staff records and team establishments (issue #19).

Apart from the clinical events (:mod:`shared.events.intake`): they are about staff, not
patients, and measures' anonymous staff survey shares their role codes.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import Field

from shared.events.base import EventData

#: A staff member's profession or role, coarse enough that a team's roles are reported only
#: above the staff-survey floor.
StaffRole = Literal[
    "psychiatrist",
    "psychologist",
    "nurse",
    "social-worker",
    "counselor",
    "peer-specialist",
    "care-coordinator",
    "administrative",
    "manager",
    "other",
]
#: Why someone left. Turnover counts every leaver; voluntary leaving (resigned, retired) is what
#: well-being work can change, so the reasons keep the two apart.
LeavingReason = Literal[
    "resigned", "retired", "end-of-contract", "dismissed", "moved-internally", "died", "other"
]


class StaffUpserted(EventData):
    """A workforce record: who is in post where, at what FTE, since and until when. The
    pseudonymous ``staff_id`` is the ``clinician_id`` the clinical records use, so a caseload can
    be counted per FTE. Never joined to anonymous survey answers (those carry no staff id)."""

    type: ClassVar[str] = "staff.upserted"
    staff_id: str = Field(description="The staff member's pseudonymous id (a clinician_id).")
    team_id: str | None = Field(default=None, description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    role: StaffRole = Field(description="Profession or role.")
    fte: float = Field(description="Contracted full-time equivalent (1.0 = full time).")
    started_on: date = Field(description="First day in post.")
    ended_on: date | None = Field(default=None, description="Last day in post, once left.")
    leaving_reason: LeavingReason | None = Field(
        default=None, description="Why they left (only with ended_on)."
    )
    entered_in_error: bool = Field(
        default=False, description="True when the record was a mistake and counts for nothing."
    )


class EstablishmentUpserted(EventData):
    """A team's funded posts from a day on: the FTE vacancy is measured against."""

    type: ClassVar[str] = "establishment.upserted"
    team_id: str = Field(description="The team's id.")
    site_id: str | None = Field(default=None, description="The site's id.")
    effective_from: date = Field(description="The first day this establishment holds.")
    funded_fte: float = Field(description="Funded full-time equivalents of the team.")

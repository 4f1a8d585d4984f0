"""The workforce tables: staff posts and team establishments (issue #19): staff, not patients."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from services.intake.models.base import ID_LENGTH, IntakeTable, utc_column


class StaffRow(IntakeTable, table=True):
    """A staff member's post: team, site, role, FTE, since and until when. ``staff_id`` is the
    pseudonymous ``clinician_id`` of the clinical records; no name or contact is kept."""

    __tablename__ = "staff"
    __table_args__ = (Index("ix_staff_org_team", "org", "team_id"),)

    org: str = Field(primary_key=True, max_length=128)
    staff_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    role: str = Field(max_length=32)
    fte: float
    started_on: date
    ended_on: date | None = None
    leaving_reason: str | None = Field(default=None, max_length=32)
    entered_in_error: bool = False
    updated_at: datetime = utc_column()


class EstablishmentRow(IntakeTable, table=True):
    """A team's funded FTE from ``effective_from`` until the team's next row (history kept)."""

    __tablename__ = "establishments"

    org: str = Field(primary_key=True, max_length=128)
    team_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    effective_from: date = Field(primary_key=True)
    funded_fte: float
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    updated_at: datetime = utc_column()

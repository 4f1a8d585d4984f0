"""Workforce and staff-voice facts: who is in post where (``fact_staff``), each team's funded
posts over time (``fact_establishments``), closed staff-survey campaigns' anonymous responses
(``fact_survey_responses``) and how many were invited (``fact_survey_invitations``), and the
calendar of months the stock metrics (headcount, vacancy, caseload) are measured at.

Survey responses carry no id of a person, no time but their campaign's close date, and no
position but one given by metrics when the closed campaign arrives (the producer shuffled them).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field

from services.metrics.models.base import (
    ID_LENGTH,
    ORG_LENGTH,
    MetricsTable,
    PeriodKeys,
    event_time_field,
)


class StaffFact(MetricsTable, table=True):
    """One workforce record, its latest state. A record entered in error is kept, flagged, so
    that a later correction can still replace it and an older replayed event cannot bring it
    back; every metric leaves it out."""

    __tablename__ = "fact_staff"
    __table_args__ = (Index("ix_fact_staff_org_team", "org", "team_id"),)

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    staff_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    team_id: str | None = Field(default=None, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    role: str = Field(max_length=32)
    fte: float
    started_on: date
    ended_on: date | None = None
    leaving_reason: str | None = Field(default=None, max_length=32)
    entered_in_error: bool = False
    event_time: datetime | None = event_time_field()


class EstablishmentFact(MetricsTable, table=True):
    """A team's funded FTE from a day on: one row per (team, effective_from), the history."""

    __tablename__ = "fact_establishments"

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    team_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    effective_from: date = Field(primary_key=True)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    funded_fte: float
    event_time: datetime | None = event_time_field()


class SurveyResponseFact(PeriodKeys, MetricsTable, table=True):
    """One anonymous response of a closed campaign, period keys of the campaign's close date.

    ``response_no`` is the response's place in the shuffled list the producer sent: it tells
    the rows apart, nothing more. Scores and flags are the ones the workforce metrics read
    (:mod:`services.metrics.catalog.workforce` names the instruments and scales); a null is a
    response that did not answer enough of that instrument to be scored."""

    __tablename__ = "fact_survey_responses"
    __table_args__ = (Index("ix_fact_survey_responses_org_month", "org", "month"),)

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    campaign_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    team_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    response_no: int = Field(primary_key=True)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    role: str | None = Field(default=None, max_length=32)
    closed_on: date
    burnout: bool | None = None
    joy: float | None = None
    supportive_environment: float | None = None
    work_pace: float | None = None
    psych_safety: float | None = None
    ehr_after_hours: bool | None = None
    intent_to_leave: bool | None = None


class SurveyInvitationFact(PeriodKeys, MetricsTable, table=True):
    """How many of a team a closed campaign invited (the response rate's denominator)."""

    __tablename__ = "fact_survey_invitations"

    org: str = Field(primary_key=True, max_length=ORG_LENGTH)
    campaign_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    team_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    closed_on: date
    invited: int
    responses: int
    event_time: datetime | None = event_time_field()


class CalendarMonth(MetricsTable, table=True):
    """One calendar month (1990 to 2099, written by the migration): the month ends at which
    headcount, vacancy and caseload are measured. Not a fact: a rebuild leaves it alone."""

    __tablename__ = "calendar_months"

    month: date = Field(primary_key=True)
    last_day: date
    week: date = Field(description="Monday of the ISO week holding the month's last day.")
    quarter: date

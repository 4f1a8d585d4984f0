"""The tables of anonymous staff surveys: campaigns, invited teams, one-time tokens (by keyed hash
only) and responses (until their team is published). Nothing in them points to a person."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Index
from sqlmodel import Field

from services.measures.models.base import ID_LENGTH, MeasuresTable, json_column, utc_column


class StaffSurveyRow(MeasuresTable, table=True):
    """An anonymous staff survey campaign (``staff_surveys/``): its instruments (``id.vN``
    keys, so a closed campaign is scored as it was asked) and its days."""

    __tablename__ = "staff_surveys"

    org: str = Field(primary_key=True, max_length=128)
    campaign_id: str = Field(primary_key=True, max_length=36)
    instruments: list[str] = json_column(list)
    opens_on: date
    closes_on: date
    closed_on: date | None = None  # set when closed (early, or on its last day's passing)
    created_at: datetime = utc_column()
    created_by: str = Field(max_length=256)


class StaffSurveyTeamRow(MeasuresTable, table=True):
    """A team invited to a campaign: how many were invited, how many tokens were minted, and
    whether its ``staff-survey.closed`` event was published (once)."""

    __tablename__ = "staff_survey_teams"

    org: str = Field(primary_key=True, max_length=128)
    campaign_id: str = Field(primary_key=True, max_length=36)
    team_id: str = Field(primary_key=True, max_length=ID_LENGTH)
    site_id: str | None = Field(default=None, max_length=ID_LENGTH)
    invited: int
    tokens_issued: int = 0
    published: bool = False


class StaffSurveyTokenRow(MeasuresTable, table=True):
    """A one-time token, by its keyed hash only. ``spent_digest`` (a keyed hash of the token
    and what it answered) marks it spent and tells a retry from a second answer; it is cleared
    when the campaign closes. No person, no time, nothing shared with the response row."""

    __tablename__ = "staff_survey_tokens"
    __table_args__ = (Index("ix_staff_survey_tokens_campaign", "org", "campaign_id"),)

    token_hash: str = Field(primary_key=True, max_length=64)  # a respondent names no org
    org: str = Field(max_length=128)
    campaign_id: str = Field(max_length=36)
    team_id: str = Field(max_length=ID_LENGTH)
    spent_digest: str | None = Field(default=None, max_length=64)


class StaffSurveyResponseRow(MeasuresTable, table=True):
    """One anonymous response until its team's event is published (then it is deleted): a
    random id, the team, the role the respondent gave, the answers. No time, no token."""

    __tablename__ = "staff_survey_responses"
    __table_args__ = (Index("ix_staff_survey_responses_team", "org", "campaign_id", "team_id"),)

    org: str = Field(primary_key=True, max_length=128)
    response_id: str = Field(primary_key=True, max_length=36)
    campaign_id: str = Field(max_length=36)
    team_id: str = Field(max_length=ID_LENGTH)
    role: str | None = Field(default=None, max_length=40)
    answers: dict[str, Any] = json_column(dict)

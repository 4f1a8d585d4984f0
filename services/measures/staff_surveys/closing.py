"""Closing a campaign: one ``staff-survey.closed`` event per invited team, its responses
shuffled and scored, published exactly once.

Two paths close: an administrator's ``/close`` (today becomes the last day) and the worker's
pass over campaigns whose last day has passed (:func:`close_due`). Both lock the campaign row
and publish only the teams not yet ``published``, in the transaction that marks them, so a
retried or racing close publishes nothing twice. In that transaction the team's responses are
deleted (the event is then their only copy) and the campaign's tokens lose their spent marks.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from sqlalchemy import ColumnElement, Engine, delete, update
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from services.measures import models
from services.measures.models import (
    StaffSurveyResponseRow,
    StaffSurveyRow,
    StaffSurveyTeamRow,
    StaffSurveyTokenRow,
)
from services.measures.staff_surveys.campaigns import find_campaign, teams_of
from services.measures.staff_surveys.scoring import campaign_instruments, published_response
from shared.events import StaffSurveyClosed
from shared.feed import NewEvent, append_events

_shuffle = random.SystemRandom().shuffle


def close_campaign(
    session: Session, *, org: str, campaign_id: str, today: date, at: datetime
) -> StaffSurveyRow:
    """Close now (a no-op for a closed one, which still publishes any team left unpublished)."""
    campaign = find_campaign(session, org, campaign_id, lock=True)
    if campaign.closed_on is None:
        campaign.closed_on = min(max(today, campaign.opens_on), campaign.closes_on)
        session.add(campaign)
    _publish(session, campaign, at)
    session.flush()
    return campaign


def close_due(engine: Engine, *, today: date, at: datetime, limit: int = 50) -> int:
    """Close every campaign whose last day has passed; the number closed by this pass."""
    with Session(engine) as session:
        query = select(StaffSurveyRow.org, StaffSurveyRow.campaign_id).where(
            col(StaffSurveyRow.closed_on).is_(None), col(StaffSurveyRow.closes_on) < today
        )
        due = list(session.exec(query.limit(limit)))
    closed = 0
    for org, campaign_id in due:
        with Session(engine) as session, session.begin():
            campaign = find_campaign(session, org, campaign_id, lock=True)
            if campaign.closed_on is None:
                campaign.closed_on = campaign.closes_on
                session.add(campaign)
                _publish(session, campaign, at)
                closed += 1
    return closed


def _publish(session: Session, campaign: StaffSurveyRow, at: datetime) -> None:
    instruments = campaign_instruments(campaign.instruments)
    assert campaign.closed_on is not None
    for team in teams_of(session, campaign.org, campaign.campaign_id):
        if team.published:
            continue
        rows = list(session.exec(_responses(campaign, team)))
        responses = [published_response(instruments, row.role, row.answers) for row in rows]
        _shuffle(responses)
        data = StaffSurveyClosed(
            campaign_id=campaign.campaign_id,
            team_id=team.team_id,
            site_id=team.site_id,
            instrument_ids=list(instruments),
            opened_on=campaign.opens_on,
            closed_on=campaign.closed_on,
            invited=team.invited,
            responses=responses,
        )
        subject = f"{campaign.campaign_id}/{team.team_id}"
        append_events(
            session, models.feed_events, [NewEvent.of(campaign.org, subject, data, time=at)]
        )
        session.execute(delete(StaffSurveyResponseRow).where(*_of_team(campaign, team)))
        team.published = True
        session.add(team)
    session.execute(
        update(StaffSurveyTokenRow)
        .where(
            col(StaffSurveyTokenRow.org) == campaign.org,
            col(StaffSurveyTokenRow.campaign_id) == campaign.campaign_id,
        )
        .values(spent_digest=None)
    )


def _of_team(campaign: StaffSurveyRow, team: StaffSurveyTeamRow) -> tuple[ColumnElement[bool], ...]:
    return (
        col(StaffSurveyResponseRow.org) == campaign.org,
        col(StaffSurveyResponseRow.campaign_id) == campaign.campaign_id,
        col(StaffSurveyResponseRow.team_id) == team.team_id,
    )


def _responses(
    campaign: StaffSurveyRow, team: StaffSurveyTeamRow
) -> SelectOfScalar[StaffSurveyResponseRow]:
    return select(StaffSurveyResponseRow).where(*_of_team(campaign, team))

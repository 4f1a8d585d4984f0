"""A campaign's life: created with its instruments and invited teams, open from its first day
to its last (UTC days), closed early by an administrator or once its last day has passed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from sqlalchemy import or_
from sqlmodel import Session, col, select

from services.measures.instruments import instrument_for_org
from services.measures.models import StaffSurveyRow, StaffSurveyTeamRow
from shared.problems import NotFound, Unprocessable

Status = Literal["scheduled", "open", "closed"]


@dataclass(frozen=True, slots=True)
class TeamInvite:
    team_id: str
    site_id: str | None
    invited: int


@dataclass(frozen=True, slots=True)
class CampaignRequest:
    instrument_ids: tuple[str, ...]
    teams: tuple[TeamInvite, ...]
    opens_on: date
    closes_on: date


def status_of(campaign: StaffSurveyRow, today: date) -> Status:
    """Closed once closed explicitly or once its last day has passed, whether or not the
    closing worker has published it yet: a token is refused either way."""
    if campaign.closed_on is not None or today > campaign.closes_on:
        return "closed"
    return "scheduled" if today < campaign.opens_on else "open"


def _refused(pointer: str, detail: str, code: str) -> Unprocessable:
    """A 422 naming the field and the rule it breaks, as the API's other rule refusals do."""
    return Unprocessable(detail, errors=[{"pointer": pointer, "detail": detail, "code": code}])


def create_campaign(
    session: Session, *, org: str, request: CampaignRequest, by: str, now: datetime
) -> tuple[StaffSurveyRow, list[StaffSurveyTeamRow]]:
    """Store a campaign; each instrument must be a staff one the org may use (a restricted
    licence enabled), at its current catalog version, which then scores the campaign."""
    if request.closes_on < request.opens_on:
        raise _refused("/body/closes_on", "closes_on is before opens_on.", "before-opens-on")
    if request.closes_on < now.date():
        detail = "closes_on has passed: the campaign could take no answer."
        raise _refused("/body/closes_on", detail, "in-the-past")
    keys = []
    for index, instrument_id in enumerate(request.instrument_ids):
        inst = instrument_for_org(session, org, instrument_id)
        if not inst.answered_by_staff:
            detail = f"{instrument_id} is answered by patients, not by staff."
            raise _refused(f"/body/instrument_ids/{index}", detail, "not-a-staff-instrument")
        keys.append(f"{inst.id}.v{inst.version}")
    campaign = StaffSurveyRow(
        org=org,
        campaign_id=str(uuid.uuid4()),
        instruments=keys,
        opens_on=request.opens_on,
        closes_on=request.closes_on,
        created_at=now,
        created_by=by,
    )
    teams = [
        StaffSurveyTeamRow(
            org=org,
            campaign_id=campaign.campaign_id,
            team_id=team.team_id,
            site_id=team.site_id,
            invited=team.invited,
        )
        for team in request.teams
    ]
    session.add(campaign)
    session.flush()
    session.add_all(teams)
    session.flush()
    return campaign, teams


def find_campaign(
    session: Session, org: str, campaign_id: str, *, lock: bool = False, share: bool = False
) -> StaffSurveyRow:
    """The org's campaign, or 404 (also for another org's id). ``lock``: FOR UPDATE, taken by
    closing; ``share``: FOR SHARE, taken by each response, so that a close waits for the
    responses under way and none lands after its team was published."""
    lock_mode: bool | dict[str, bool] = {"read": True} if share else lock
    row = session.get(StaffSurveyRow, (org, campaign_id), with_for_update=lock_mode or None)
    if row is None:
        raise NotFound("No staff survey with this id.")
    return row


def teams_of(session: Session, org: str, campaign_id: str) -> list[StaffSurveyTeamRow]:
    query = select(StaffSurveyTeamRow).where(
        StaffSurveyTeamRow.org == org, StaffSurveyTeamRow.campaign_id == campaign_id
    )
    return list(session.exec(query.order_by(col(StaffSurveyTeamRow.team_id))))


def list_campaigns(
    session: Session, org: str, *, after: tuple[date, str] | None, limit: int
) -> tuple[list[StaffSurveyRow], bool]:
    """A page of the org's campaigns, latest first (by first day, then id, both descending),
    after the ``(opens_on, campaign_id)`` of the previous page's last; and whether more follow."""
    query = select(StaffSurveyRow).where(StaffSurveyRow.org == org)
    if after is not None:
        opens_on, campaign_id = after
        query = query.where(
            or_(
                col(StaffSurveyRow.opens_on) < opens_on,
                (col(StaffSurveyRow.opens_on) == opens_on)
                & (col(StaffSurveyRow.campaign_id) < campaign_id),
            )
        )
    order = (col(StaffSurveyRow.opens_on).desc(), col(StaffSurveyRow.campaign_id).desc())
    rows = list(session.exec(query.order_by(*order).limit(limit + 1)))
    return rows[:limit], len(rows) > limit

"""Anonymous staff surveys: campaigns (the org's survey administrators), tokens minted once,
and the one route staff answer through, with their token as the only credential."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request, Response

from services.measures.api.deps import Clock
from services.measures.models import StaffSurveyRow, StaffSurveyTeamRow
from services.measures.schemas.staff_surveys import (
    StaffSurveyIn,
    StaffSurveyOut,
    StaffSurveyResponseAck,
    StaffSurveyResponseIn,
    TeamOut,
    TokensIn,
    TokensOut,
)
from services.measures.staff_surveys import (
    CampaignRequest,
    ResponseRequest,
    accept_response,
    close_campaign,
    create_campaign,
    find_campaign,
    list_campaigns,
    mint_tokens,
    status_of,
)
from services.measures.staff_surveys.campaigns import TeamInvite, teams_of
from services.measures.staff_surveys.errors import TokensNotReplayableError
from shared.auth import Caller, require_scopes
from shared.openapi import NO_IDEMPOTENCY_KEY
from shared.paging import CursorQuery, LimitQuery, Page, decode_cursor, encode_cursor
from shared.problems import BadRequest, problem_responses
from shared.races import retry_races
from shared.sessions import ReadSessionDep, SessionDep

SCOPE = "measures:staff-surveys"
Admin = Annotated[Caller, Depends(require_scopes(SCOPE))]
CampaignId = Annotated[str, Path(min_length=1, max_length=36, description="The campaign id.")]
TeamId = Annotated[str, Path(min_length=1, max_length=64, description="An invited team's id.")]

router = APIRouter(prefix="/v1", tags=["staff-surveys"])


def _out(campaign: StaffSurveyRow, teams: list[StaffSurveyTeamRow], clock: Any) -> StaffSurveyOut:
    return StaffSurveyOut(
        campaign_id=campaign.campaign_id,
        instrument_ids=[key.rpartition(".v")[0] for key in campaign.instruments],
        instruments=list(campaign.instruments),
        teams=[
            TeamOut(
                team_id=t.team_id,
                site_id=t.site_id,
                invited=t.invited,
                tokens_issued=t.tokens_issued,
                published=t.published,
            )
            for t in teams
        ],
        opens_on=campaign.opens_on,
        closes_on=campaign.closes_on,
        closed_on=campaign.closed_on,
        status=status_of(campaign, clock().date()),
        created_at=campaign.created_at,
    )


@router.post(
    "/staff-surveys",
    summary="Create a staff survey campaign",
    status_code=201,
    response_model=StaffSurveyOut,
    responses=problem_responses(400, 403, 404, 409, 413, 422),
)
def post_campaign(
    body: StaffSurveyIn, caller: Admin, session: SessionDep, clock: Clock, response: Response
) -> StaffSurveyOut:
    """Create a campaign of staff instruments (e.g. `miniz2`, `psysafety7`, `intent_leave1`)
    for the invited teams, open from `opens_on` to `closes_on` (UTC days). Then mint each
    team's tokens and send the links through the org's own mailer."""
    request = CampaignRequest(
        instrument_ids=tuple(body.instrument_ids),
        teams=tuple(TeamInvite(t.team_id, t.site_id, t.invited) for t in body.teams),
        opens_on=body.opens_on,
        closes_on=body.closes_on,
    )
    campaign, teams = create_campaign(
        session, org=caller.org, request=request, by=caller.sub, now=clock()
    )
    session.commit()
    response.headers["Location"] = f"/v1/staff-surveys/{campaign.campaign_id}"
    return _out(campaign, teams, clock)


@router.get(
    "/staff-surveys",
    summary="List staff survey campaigns",
    response_model=Page[StaffSurveyOut],
    responses=problem_responses(400),
)
def get_campaigns(
    caller: Admin,
    session: ReadSessionDep,
    clock: Clock,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> Page[StaffSurveyOut]:
    """The org's campaigns, latest first (by first day), with their status, page by page."""
    campaigns, more = list_campaigns(
        session, caller.org, after=_after(decode_cursor(cursor)), limit=limit
    )
    last = campaigns[-1] if more else None
    return Page(
        items=[_out(c, teams_of(session, c.org, c.campaign_id), clock) for c in campaigns],
        next_cursor=None if last is None else encode_cursor([str(last.opens_on), last.campaign_id]),
    )


def _after(key: list[Any] | None) -> tuple[date, str] | None:
    """The ``(opens_on, campaign_id)`` a cursor carries, or a 400."""
    if key is None:
        return None
    if len(key) != 2 or not all(isinstance(k, str) for k in key):
        raise BadRequest("The cursor is not valid; start again without one.")
    try:
        return date.fromisoformat(key[0]), key[1]
    except ValueError as exc:
        raise BadRequest("The cursor is not valid; start again without one.") from exc


@router.get(
    "/staff-surveys/{campaign_id}",
    summary="Read a staff survey campaign",
    response_model=StaffSurveyOut,
    responses=problem_responses(404),
)
def get_campaign(
    campaign_id: CampaignId, caller: Admin, session: ReadSessionDep, clock: Clock
) -> StaffSurveyOut:
    """One campaign: its instruments, teams (tokens minted, published or not) and status."""
    campaign = find_campaign(session, caller.org, campaign_id)
    return _out(campaign, teams_of(session, caller.org, campaign_id), clock)


@router.post(
    "/staff-surveys/{campaign_id}/close",
    summary="Close a staff survey campaign now",
    response_model=StaffSurveyOut,
    responses=problem_responses(400, 404, 409, 413),
)
def post_close(
    campaign_id: CampaignId, caller: Admin, session: SessionDep, clock: Clock
) -> StaffSurveyOut:
    """Close the campaign today (no answer is taken after this) and publish one
    `staff-survey.closed` event per invited team, its responses shuffled and scored. Closing a
    closed campaign changes nothing and publishes nothing again."""

    def work() -> StaffSurveyOut:
        now = clock()
        campaign = close_campaign(
            session, org=caller.org, campaign_id=campaign_id, today=now.date(), at=now
        )
        out = _out(campaign, teams_of(session, caller.org, campaign_id), clock)
        session.commit()
        return out

    return retry_races(session, work)


@router.post(
    "/staff-surveys/{campaign_id}/teams/{team_id}/tokens",
    summary="Mint a team's one-time survey tokens",
    status_code=201,
    response_model=TokensOut,
    responses=problem_responses(400, 404, 409, 413, 422),
    openapi_extra=NO_IDEMPOTENCY_KEY,
)
def post_tokens(
    campaign_id: CampaignId,
    team_id: TeamId,
    caller: Admin,
    session: SessionDep,
    clock: Clock,
    request: Request,
    body: TokensIn | None = None,
) -> TokensOut:
    """Mint `count` one-time tokens for the team (default: all its invited count leaves),
    returned in clear in this answer only, for the org's mailer to send as links; measures
    keeps a keyed hash of each, and never who it went to. No `Idempotency-Key` (400
    `tokens-not-replayable`): a stored reply would keep the tokens. More than the invited count
    is a 409 `tokens-exhausted`; a closed campaign a 409 `campaign-closed`."""
    if "idempotency-key" in request.headers:
        raise TokensNotReplayableError()
    count = None if body is None else body.count
    team, tokens = mint_tokens(
        session,
        org=caller.org,
        campaign_id=campaign_id,
        team_id=team_id,
        count=count,
        key=request.app.state.settings.survey_token_key,
        today=clock().date(),
    )
    out = TokensOut(
        campaign_id=campaign_id,
        team_id=team_id,
        tokens=tokens,
        tokens_issued=team.tokens_issued,
        invited=team.invited,
    )
    session.commit()
    return out


@router.post(
    "/staff-survey-responses",
    summary="Answer a staff survey (anonymous, with a one-time token)",
    status_code=201,
    response_model=StaffSurveyResponseAck,
    responses={
        200: {"model": StaffSurveyResponseAck, "description": "Already answered (a retry)"},
        **problem_responses(403, 409, 410, 413, 422),
    },
    openapi_extra={"security": [], **NO_IDEMPOTENCY_KEY},
)
def post_response(
    body: StaffSurveyResponseIn,
    session: SessionDep,
    clock: Clock,
    request: Request,
    response: Response,
) -> StaffSurveyResponseAck:
    """Store one anonymous answer. The token in the body is the only credential: no bearer
    token, nothing of the person; answers carry no id back. One answer per token: the same
    answers again are a replay (200), other answers a 409 `survey-token-spent`. An unknown
    token is a 403 `survey-token-refused`; before the first day a 403 `survey-not-open` (the
    token will work later); after the campaign closed a 410 `survey-closed` (it never will).
    An `Authorization` or `Idempotency-Key` header is dropped unread: either would store
    something of the caller beside the moment of the answer; a retry is safe without one."""
    ask = ResponseRequest(token=body.token, role=body.role, answers=body.answers)

    def work() -> StaffSurveyResponseAck:
        closes_on, created = accept_response(
            session,
            request=ask,
            key=request.app.state.settings.survey_token_key,
            today=clock().date(),
        )
        session.commit()
        response.status_code = 201 if created else 200
        return StaffSurveyResponseAck(accepted=True, replayed=not created, closes_on=closes_on)

    return retry_races(session, work)

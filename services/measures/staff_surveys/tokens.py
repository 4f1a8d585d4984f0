"""One-time tokens: minted for a team up to its invited count, returned once, kept only as a
keyed hash (HMAC-SHA256 under the deployment's key), so the table alone cannot be matched
against the links the org's mailer sent."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from datetime import date
from typing import Any

from sqlmodel import Session

from services.measures.models import StaffSurveyTeamRow, StaffSurveyTokenRow
from services.measures.staff_surveys.campaigns import find_campaign, status_of
from services.measures.staff_surveys.errors import CampaignClosedError, TokensExhaustedError
from shared.problems import NotFound

TOKEN_BYTES = 32  # 256 bits: guessing one is hopeless, so no per-token attempt limit is kept


def token_hash(key: bytes, token: str) -> str:
    return hmac.new(key, token.encode(), hashlib.sha256).hexdigest()


def answer_digest(key: bytes, hashed: str, role: str | None, answers: dict[str, Any]) -> str:
    """What a spent token keeps to tell a retry (the same answers) from a second answer: a
    keyed hash of the token and its answers, cleared at close (README: residual risks)."""
    body = json.dumps({"role": role, "answers": answers}, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, f"{hashed}|{body}".encode(), hashlib.sha256).hexdigest()


def mint_tokens(
    session: Session,
    *,
    org: str,
    campaign_id: str,
    team_id: str,
    count: int | None,
    key: bytes,
    today: date,
) -> tuple[StaffSurveyTeamRow, list[str]]:
    """Mint ``count`` tokens (default: all the team has left) and return them in clear, once."""
    campaign = find_campaign(session, org, campaign_id, lock=True)
    if status_of(campaign, today) == "closed":
        raise CampaignClosedError()
    team = session.get(StaffSurveyTeamRow, (org, campaign_id, team_id))
    if team is None:
        raise NotFound("This team is not invited to the campaign.")
    left = team.invited - team.tokens_issued
    wanted = left if count is None else count
    if wanted > left or wanted == 0:
        raise TokensExhaustedError(left)
    tokens = [secrets.token_urlsafe(TOKEN_BYTES) for _ in range(wanted)]
    session.add_all(
        StaffSurveyTokenRow(
            token_hash=token_hash(key, token), org=org, campaign_id=campaign_id, team_id=team_id
        )
        for token in tokens
    )
    team.tokens_issued += wanted
    session.add(team)
    session.flush()
    return team, tokens

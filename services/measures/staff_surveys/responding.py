"""Accepting one anonymous response for a token: once per token, only while its campaign is
open, stored with nothing that points back to the token or a moment.

The response row and the token's spent mark are written in one transaction (neither without
the other), so on PostgreSQL they share a transaction id and sit at neighbouring heap
positions until the campaign closes; closing deletes the responses and clears the marks
(README, "Staff surveys": residual risks).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from services.measures.models import StaffSurveyResponseRow, StaffSurveyTokenRow
from services.measures.staff_surveys.campaigns import find_campaign, status_of
from services.measures.staff_surveys.errors import (
    SurveyClosedError,
    SurveyNotOpenError,
    SurveyTokenRefusedError,
    SurveyTokenSpentError,
)
from services.measures.staff_surveys.scoring import campaign_instruments, check_answers
from services.measures.staff_surveys.tokens import answer_digest, token_hash
from shared.problems import NotFound


@dataclass(frozen=True, slots=True)
class ResponseRequest:
    token: str
    role: str | None
    answers: dict[str, dict[str, int]]


def accept_response(
    session: Session, *, request: ResponseRequest, key: bytes, today: date
) -> tuple[date, bool]:
    """Store the response; return the campaign's last day and whether it was new (False: the
    same token sent the same answers again, a retry)."""
    hashed = token_hash(key, request.token)
    token = session.get(StaffSurveyTokenRow, hashed)
    if token is None:
        raise SurveyTokenRefusedError()
    try:
        campaign = find_campaign(session, token.org, token.campaign_id, share=True)
    except NotFound:  # pragma: no cover - a token never outlives its campaign
        raise SurveyTokenRefusedError() from None
    status = status_of(campaign, today)
    if status == "closed":
        raise SurveyClosedError()
    if status == "scheduled":
        raise SurveyNotOpenError()
    session.refresh(token, with_for_update=True)  # one answer per token, even racing
    answers: dict[str, Any] = {k: dict(v) for k, v in request.answers.items()}
    digest = answer_digest(key, hashed, request.role, answers)
    if token.spent_digest is not None:
        if token.spent_digest != digest:
            raise SurveyTokenSpentError()
        return campaign.closes_on, False
    check_answers(campaign_instruments(campaign.instruments), answers)
    session.add(
        StaffSurveyResponseRow(
            org=token.org,
            response_id=str(uuid.uuid4()),
            campaign_id=token.campaign_id,
            team_id=token.team_id,
            role=request.role,
            answers=answers,
        )
    )
    token.spent_digest = digest
    session.add(token)
    session.flush()
    return campaign.closes_on, True

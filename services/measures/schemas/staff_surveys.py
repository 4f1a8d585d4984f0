"""API models of staff surveys: a campaign in and out, minted tokens, an anonymous response."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.measures.schemas.common import ID_PATTERN, AnswerValue, RequestModel
from shared.events.workforce import StaffRole
from shared.strict_types import JSON_INTEGER, IsoDate, StrictInteger, keys_by_pattern

Id = Annotated[str, Field(min_length=1, max_length=64, pattern=ID_PATTERN)]

CAMPAIGN_EXAMPLE: dict[str, Any] = {
    "instrument_ids": ["miniz2", "psysafety7", "intent_leave1"],
    "teams": [
        {"team_id": "t-north", "site_id": "s-1", "invited": 14},
        {"team_id": "t-south", "site_id": "s-1", "invited": 11},
    ],
    "opens_on": "2026-03-02",
    "closes_on": "2026-03-15",
}
RESPONSE_EXAMPLE: dict[str, Any] = {
    "token": "q3x0T4bJ1m0yqkq2c8mN6P8Qk3vYx2Rr9w0hT5sL1aE",
    "role": "nurse",
    "answers": {
        "miniz2": {f"miniz2_{n}": v for n, v in enumerate([4, 2, 4, 3, 2, 3, 4, 4, 2, 2], 1)},
        "psysafety7": {f"psysafety7_{n}": v for n, v in enumerate([2, 6, 1, 5, 3, 6, 7], 1)},
        "intent_leave1": {"intent_leave1_1": 2},
    },
}
CAMPAIGN_OUT_EXAMPLE: dict[str, Any] = {
    "campaign_id": "5b0f7c7e-2d4a-4a53-9c1e-8f4e2b6a1d90",
    "instrument_ids": ["miniz2", "psysafety7", "intent_leave1"],
    "instruments": ["miniz2.v1", "psysafety7.v1", "intent_leave1.v1"],
    "teams": [
        {"team_id": "t-north", "site_id": "s-1", "invited": 14, "tokens_issued": 14,
         "published": True},
        {"team_id": "t-south", "site_id": "s-1", "invited": 11, "tokens_issued": 9,
         "published": True},
    ],
    "opens_on": "2026-03-02",
    "closes_on": "2026-03-15",
    "closed_on": "2026-03-15",
    "status": "closed",
    "created_at": "2026-02-27T09:12:00Z",
}  # fmt: skip
TOKENS_OUT_EXAMPLE: dict[str, Any] = {
    "campaign_id": "5b0f7c7e-2d4a-4a53-9c1e-8f4e2b6a1d90",
    "team_id": "t-north",
    "tokens": [
        "q3x0T4bJ1m0yqkq2c8mN6P8Qk3vYx2Rr9w0hT5sL1aE",
        "Hk2v9QeT0rXa7mB4nL6pC1sD8fG3jW5yZ0uI2oE9tRq",
    ],
    "tokens_issued": 2,
    "invited": 14,
}
ACK_EXAMPLE: dict[str, Any] = {"accepted": True, "replayed": False, "closes_on": "2026-03-15"}


class TeamInviteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    team_id: Id = Field(description="The team's id (as intake's records name it).")
    site_id: Id | None = Field(default=None, description="The team's site, if any.")
    invited: StrictInteger = Field(
        ge=1, le=10_000, description="How many of the team are invited: the most tokens it gets."
    )


class StaffSurveyIn(RequestModel):
    """A campaign: staff instruments, the invited teams, and its first and last days (UTC)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [CAMPAIGN_EXAMPLE]})

    instrument_ids: list[Id] = Field(
        min_length=1, max_length=10,
        description="Catalog ids of staff instruments (answered by staff); restricted ones "
        "must be enabled for the org (403 `instrument-not-enabled`).",
    )  # fmt: skip
    teams: list[TeamInviteIn] = Field(min_length=1, max_length=500, description="Teams invited.")
    opens_on: IsoDate = Field(description="First day answers are taken (UTC).")
    closes_on: IsoDate = Field(description="Last day answers are taken (UTC); not yet passed.")

    @model_validator(mode="after")
    def _unique(self) -> StaffSurveyIn:
        if len(set(self.instrument_ids)) != len(self.instrument_ids):
            raise ValueError("instrument_ids repeat an instrument")
        if len({t.team_id for t in self.teams}) != len(self.teams):
            raise ValueError("teams repeat a team_id")
        return self


class TeamOut(BaseModel):
    team_id: str = Field(description="The team's id.")
    site_id: str | None = Field(description="The team's site.")
    invited: int = Field(description="How many were invited.")
    tokens_issued: int = Field(description="Tokens minted so far (at most `invited`).")
    published: bool = Field(description="Whether its `staff-survey.closed` event is published.")


class StaffSurveyOut(BaseModel):
    """A campaign. It never says how many answered: counts reach leaders only through metrics,
    under the staff floor."""

    model_config = ConfigDict(json_schema_extra={"examples": [CAMPAIGN_OUT_EXAMPLE]})

    campaign_id: str = Field(description="The campaign's id (random).")
    instrument_ids: list[str] = Field(description="The instruments asked.")
    instruments: list[str] = Field(description="Their catalog versions (`id.vN`).")
    teams: list[TeamOut] = Field(description="The invited teams.")
    opens_on: date = Field(description="First day.")
    closes_on: date = Field(description="Last day planned.")
    closed_on: date | None = Field(description="Last day answers were taken, once closed.")
    status: Literal["scheduled", "open", "closed"] = Field(
        description="`scheduled` before its first day, `open`, or `closed` (explicitly, or "
        "its last day has passed; the worker then publishes it within minutes)."
    )
    created_at: datetime = Field(description="When the campaign was created.")


class TokensIn(RequestModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"count": 14}]})

    count: Annotated[int, Field(ge=1, le=10_000), JSON_INTEGER] | None = Field(
        default=None, description="How many to mint; default: all the team's invited count leaves."
    )


class TokensOut(BaseModel):
    """The tokens, in clear, this once: measures keeps only their keyed hashes."""

    model_config = ConfigDict(json_schema_extra={"examples": [TOKENS_OUT_EXAMPLE]})

    campaign_id: str = Field(description="The campaign.")
    team_id: str = Field(description="The team.")
    tokens: list[str] = Field(description="One-time tokens for the org's mailer to send.")
    tokens_issued: int = Field(description="Tokens minted for the team so far.")
    invited: int = Field(description="The team's invited count.")


class StaffSurveyResponseIn(RequestModel):
    """One anonymous answer, with the token from the link the respondent received."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [RESPONSE_EXAMPLE]})

    token: str = Field(
        min_length=20, max_length=128, pattern=r"^[A-Za-z0-9_-]+$",
        description="The one-time token from the survey link (the only credential).",
    )  # fmt: skip
    role: StaffRole | None = Field(default=None, description="The respondent's role, optional.")
    answers: dict[Id, dict[Id, AnswerValue]] = Field(
        description="Item answers per instrument id; unanswered items are left out.",
        json_schema_extra=keys_by_pattern,
    )


class StaffSurveyResponseAck(BaseModel):
    """The acknowledgement: no response id (it would be a handle on the answer)."""

    model_config = ConfigDict(json_schema_extra={"examples": [ACK_EXAMPLE]})

    accepted: Literal[True] = Field(description="The answer is stored.")
    replayed: bool = Field(description="True when this token had sent these answers before.")
    closes_on: date = Field(description="The survey's last day.")

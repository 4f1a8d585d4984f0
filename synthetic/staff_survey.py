"""One staff survey round for a synthetic org, through measures' public API: a campaign of the
three staff instruments over the generator's teams, tokens minted, 60-80 % of each team
answering, then closed, so metrics receives one ``staff-survey.closed`` event per team.

Each team has a climate drawn from the seed, and its answers lean with it (a strained team
reports less joy, less psychological safety and more intent to leave), so the teams differ as
real ones do. Invited counts (8-16) are a whole team's staff, more than the generator's
clinicians. An org that already has a campaign gets no second one: the demo can run again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import httpx

from synthetic.generator import OrgPlan, clinicians

INSTRUMENTS = ["miniz2", "psysafety7", "intent_leave1"]
RESTRICTED = ["miniz2", "psysafety7"]  # licence-restricted: the org enables them
ROLES = [
    *("nurse", "psychologist", "psychiatrist", "social-worker", "counselor", "administrative"),
    None,  # role left out
]
PSYSAFETY_NEGATIVE = {1, 3, 5}  # Edmondson 1999: items 1, 3 and 5 are negatively worded


@dataclass(frozen=True)
class SurveyRound:
    campaign_id: str
    invited: int
    answered: int


def teams(plan: OrgPlan) -> list[tuple[str, str]]:
    """The generator's teams with their sites, in order."""
    return sorted({(c.team_id, c.site_id) for c in clinicians(plan)})


def _likert(rng: random.Random, centre: float, low: int, high: int) -> int:
    return min(high, max(low, round(rng.gauss(centre, 0.9))))


def answers(rng: random.Random, climate: float) -> dict[str, dict[str, int]]:
    """One respondent's answers; ``climate`` from -1 (strained) to 1 (thriving)."""
    mood = climate + rng.gauss(0, 0.5)  # people differ within a team
    miniz = {f"miniz2_{n}": _likert(rng, 3.4 + mood, 1, 5) for n in range(1, 11)}
    safety = {}
    for n in range(1, 8):
        agree = _likert(rng, 4.6 + 1.5 * mood, 1, 7)
        safety[f"psysafety7_{n}"] = 8 - agree if n in PSYSAFETY_NEGATIVE else agree
    leave = {"intent_leave1_1": _likert(rng, 2.2 - 1.2 * mood, 1, 5)}
    return {"miniz2": miniz, "psysafety7": safety, "intent_leave1": leave}


def survey_round(
    plan: OrgPlan, measures: str, admin: httpx.Client, respondent: httpx.Client, today: date
) -> SurveyRound | None:
    """Run and close one round (None when the org already has one). ``admin`` carries a token
    with ``measures:staff-surveys`` and ``measures:write``; ``respondent`` carries none."""
    if admin.get(f"{measures}/v1/staff-surveys", params={"limit": 1}).json()["items"]:
        return None
    rng = random.Random(plan.seed * 7919 + 19)
    for instrument_id in RESTRICTED:
        enabled = admin.put(
            f"{measures}/v1/instrument-settings/{instrument_id}", json={"enabled": True}
        )
        enabled.raise_for_status()
    invites = [
        {"team_id": team, "site_id": site, "invited": rng.randint(8, 16)}
        for team, site in teams(plan)
    ]
    body = {
        "instrument_ids": INSTRUMENTS,
        "teams": invites,
        "opens_on": str(today),
        "closes_on": str(today + timedelta(days=13)),
    }
    created = admin.post(f"{measures}/v1/staff-surveys", json=body)
    created.raise_for_status()
    campaign_id = created.json()["campaign_id"]
    answered = 0
    for invite in invites:
        minted = admin.post(
            f"{measures}/v1/staff-surveys/{campaign_id}/teams/{invite['team_id']}/tokens"
        )
        minted.raise_for_status()
        climate, rate = rng.uniform(-1, 1), rng.uniform(0.6, 0.8)
        tokens = minted.json()["tokens"]
        for token in tokens[: round(rate * len(tokens))]:
            reply = respondent.post(
                f"{measures}/v1/staff-survey-responses",
                json={"token": token, "role": rng.choice(ROLES), "answers": answers(rng, climate)},
            )
            reply.raise_for_status()
            answered += 1
    admin.post(f"{measures}/v1/staff-surveys/{campaign_id}/close").raise_for_status()
    invited = sum(int(i["invited"]) for i in invites)
    return SurveyRound(campaign_id, invited, answered)

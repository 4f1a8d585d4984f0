"""Raw workforce and staff-survey events, as intake (``staff.upserted``,
``establishment.upserted``) and measures (``staff-survey.closed``) publish them.

Per team: 14 to 30 staff records (some of them the clinicians the clinical feed names, so that a
caseload can be counted), some of whom leave in 2026, a few entered in error, some upserted again
with a new FTE; an establishment from 2025 changed in April 2026; three campaigns closed in
2026, each with anonymous responses of random roles, Mini-Z and psychological-safety scores and
flags, some without a Mini-Z score. Each event is a FeedEvent-shaped dict committed the day after
the date it describes.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, get_args

from shared.events import (
    EstablishmentUpserted,
    EventData,
    StaffRole,
    StaffSurveyClosed,
    StaffSurveyResponse,
    StaffUpserted,
)

FEED = list[dict[str, Any]]
ROLES: list[str] = list(get_args(StaffRole))
CAMPAIGNS = {"c-q1": date(2026, 3, 20), "c-q2": date(2026, 6, 19), "c-q3": date(2026, 9, 18)}


def _event(org: str, source: str, day: date, data: EventData, rng: random.Random) -> dict:
    at = datetime.combine(day + timedelta(days=1), time(9), UTC)
    at += timedelta(microseconds=rng.randrange(10**6))
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128))), "source": f"/learning-loop/{source}",
        "type": data.type, "time": at.isoformat(), "subject": f"{data.type.split('.')[0]}s/x",
        "org": org, "data": data.model_dump(mode="json"),
    }  # fmt: skip


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _staff(org: str, rng: random.Random, team: str, site: str, ids: list[str]) -> FEED:
    out: FEED = []
    for staff_id in ids:
        started = _day(rng, date(2024, 1, 1), date(2026, 8, 31))
        ended = None
        if rng.random() < 0.3:
            ended = _day(rng, max(started, date(2026, 1, 1)), date(2026, 11, 20))
        record = StaffUpserted(
            staff_id=staff_id, team_id=team, site_id=site, role=rng.choice(ROLES),
            fte=rng.choice([0.5, 0.6, 0.8, 1.0]), started_on=started,
        )  # fmt: skip
        out.append(_event(org, "intake", started, record, rng))
        if rng.random() < 0.2:  # a new contract: FTE changes, the latest state wins
            record = record.model_copy(update={"fte": rng.choice([0.4, 1.0])})
            out.append(_event(org, "intake", started + timedelta(days=30), record, rng))
        if ended is not None:
            left = record.model_copy(update={"ended_on": ended, "leaving_reason": "resigned"})
            out.append(_event(org, "intake", ended, left, rng))
        if rng.random() < 0.05:
            wrong = record.model_copy(update={"entered_in_error": True})
            out.append(_event(org, "intake", started + timedelta(days=2), wrong, rng))
    return out


def _response(rng: random.Random) -> StaffSurveyResponse:
    scores: dict[str, dict[str, float | None]] = {}
    flags: dict[str, list[str]] = {}
    if rng.random() < 0.9:
        scores["minz"] = {
            "joy": float(rng.randint(10, 50)),
            "supportive_environment": float(rng.randint(5, 25)),
            "work_pace": float(rng.randint(5, 25)) if rng.random() < 0.9 else None,
        }
        flags["minz"] = [f for f in ("burnout", "ehr_after_hours", "intent_to_leave")
                         if rng.random() < 0.35]  # fmt: skip
    if rng.random() < 0.8:
        scores["psychsafety"] = {"mean": round(rng.uniform(1, 7), 2)}
    return StaffSurveyResponse(
        role=rng.choice([*ROLES, None]), answers={k: {} for k in scores}, scores=scores,
        flags=flags,
    )  # fmt: skip


def workforce_events(
    org: str, *, seed: int, teams: dict[str, str], named: dict[str, list[str]] | None = None
) -> tuple[FEED, FEED]:
    """(intake events, measures events) of ``teams`` (team -> site), in commit order. ``named``
    gives staff ids a team must include (its clinicians on the clinical feed)."""
    rng = random.Random(seed)
    intake: FEED = []
    measures: FEED = []
    for team, site in sorted(teams.items()):
        ids = list((named or {}).get(team, []))
        ids += [f"{team}-s{i}" for i in range(rng.randint(14, 30) - len(ids))]
        intake += _staff(org, rng, team, site, ids)
        for effective, funded in ((date(2025, 1, 1), len(ids) * 0.8), (date(2026, 4, 1), 0)):
            fte = funded or len(ids) * rng.uniform(0.6, 0.9)
            data = EstablishmentUpserted(
                team_id=team, site_id=site, effective_from=effective, funded_fte=round(fte, 1)
            )
            intake.append(_event(org, "intake", effective, data, rng))
        for campaign, closed in CAMPAIGNS.items():
            invited = rng.randint(15, 32)
            survey = StaffSurveyClosed(
                campaign_id=campaign, team_id=team, site_id=site,
                instrument_ids=["minz", "psychsafety"], opened_on=closed - timedelta(days=21),
                closed_on=closed, invited=invited,
                responses=[_response(rng) for _ in range(rng.randint(invited // 2, invited))],
            )  # fmt: skip
            measures.append(_event(org, "measures", closed, survey, rng))
    return sorted(intake, key=lambda e: e["time"]), sorted(measures, key=lambda e: e["time"])


def with_workforce(intake: FEED, measures: FEED, *, seed: int) -> tuple[FEED, FEED]:
    """Feeds built elsewhere with the workforce of the teams and clinicians they name."""
    org = (intake or measures)[0]["org"]
    teams: dict[str, str] = {}
    named: dict[str, set[str]] = {}
    for e in intake:
        d = e["data"]
        if e["type"] == "encounter.upserted" and d.get("team_id"):
            teams.setdefault(d["team_id"], d.get("site_id") or "site-x")
            if d.get("clinician_id"):
                named.setdefault(d["team_id"], set()).add(d["clinician_id"])
    staff_intake, surveys = workforce_events(
        org, seed=seed, teams=teams, named={t: sorted(c)[:14] for t, c in named.items()}
    )
    return (
        sorted(intake + staff_intake, key=lambda e: e["time"]),
        sorted(measures + surveys, key=lambda e: e["time"]),
    )

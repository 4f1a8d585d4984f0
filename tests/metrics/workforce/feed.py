"""Raw workforce and staff-survey events, as intake (``staff.upserted``,
``establishment.upserted``) and measures (``staff-survey.closed``) publish them.

Per team: 14 to 30 staff records (some of them the clinicians the clinical feed names, so that a
caseload can be counted), some of whom leave in 2026, a few entered in error, some upserted again
with a new FTE; an establishment from 2025 changed in April 2026; three campaigns closed in
2026, each with anonymous responses of random roles to Mini Z 2.0, psychological safety and
intent to leave, scored as measures' ``published_response`` scores them (some items skipped,
so some scores are null and some flags undecided). Each event is a FeedEvent-shaped dict
committed the day after the date it describes.
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


#: The measures catalog's instruments as ``published_response`` scores them: every item 1-5
#: (Mini Z 2.0, intent to leave) or 1-7 (psychological safety), a scale only when all its
#: items are answered; Mini Z subscales by item, psysafety7 items 1, 3, 5 reversed and the
#: total their mean to 2 decimals.
MINI_Z_ITEMS = [f"miniz2_{i}" for i in range(1, 11)]
SUPPORTIVE = ["miniz2_1", "miniz2_3", "miniz2_4", "miniz2_7", "miniz2_8"]
PACE = ["miniz2_2", "miniz2_5", "miniz2_6", "miniz2_9", "miniz2_10"]
SAFETY_ITEMS = [f"psysafety7_{i}" for i in range(1, 8)]
INSTRUMENTS = ["miniz2", "psysafety7", "intent_leave1"]


def _sum(answers: dict[str, int | None], items: list[str]) -> float | None:
    values = [answers[i] for i in items]
    return None if None in values else float(sum(values))  # type: ignore[arg-type]


def _answers(rng: random.Random, items: list[str], top: int, skip: float) -> dict:
    # Most answer everything; some skip one item (and that instrument's or subscale's score).
    skipped = rng.choice(items) if rng.random() < skip else None
    return {i: (None if i == skipped else rng.randint(1, top)) for i in items}


def _miniz(a: dict[str, int | None]) -> tuple[dict[str, float | None], list[str]]:
    scores = {"total": _sum(a, MINI_Z_ITEMS), "supportive_work_environment": _sum(a, SUPPORTIVE),
              "work_pace_ehr_stress": _sum(a, PACE)}  # fmt: skip
    rules = {"burnout": ("miniz2_3", 3), "high_home_ehr": ("miniz2_9", 2),
             "ehr_frustration": ("miniz2_10", 2)}  # fmt: skip
    flags = [f for f, (item, top) in rules.items() if (a[item] or 99) <= top]
    for scale, cut, code in (("total", 40, "joyful_workplace"),
                             ("supportive_work_environment", 20, "supportive_environment"),
                             ("work_pace_ehr_stress", 20, "reasonable_pace")):  # fmt: skip
        if (scores[scale] or 0) >= cut:
            flags.append(code)
    return scores, flags


def _response(rng: random.Random) -> StaffSurveyResponse:
    answers: dict[str, dict[str, int | None]] = {
        "miniz2": _answers(rng, MINI_Z_ITEMS, 5, 0.15),
        "psysafety7": _answers(rng, SAFETY_ITEMS, 7, 0.1),
        "intent_leave1": _answers(rng, ["intent_leave1_1"], 5, 0.1),
    }
    miniz, miniz_flags = _miniz(answers["miniz2"])
    safety = answers["psysafety7"]
    aligned = [None if v is None else (8 - v if i in (1, 3, 5) else v)
               for i, v in enumerate(safety.values(), start=1)]  # fmt: skip
    mean = None if None in aligned else round(sum(aligned) / 7, 2)  # type: ignore[arg-type]
    leave = answers["intent_leave1"]["intent_leave1_1"]
    return StaffSurveyResponse(
        role=rng.choice([*ROLES, None]), answers=answers,
        scores={"miniz2": miniz, "psysafety7": {"total": mean},
                "intent_leave1": {"total": None if leave is None else float(leave)}},
        flags={"miniz2": miniz_flags, "psysafety7": [],
               "intent_leave1": ["intends_to_leave"] if (leave or 0) >= 3 else []},
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
                instrument_ids=INSTRUMENTS, opened_on=closed - timedelta(days=21),
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

"""The workforce metrics recomputed from the raw events in plain Python, month by month, without
any of the service's code: the latest state of each staff record and establishment, every
closed campaign's responses, and the month ends that have passed (``today``)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

CLINICAL = {"psychiatrist", "psychologist", "nurse", "social-worker", "counselor",
            "peer-specialist", "care-coordinator"}  # fmt: skip
#: metric -> (instrument, flag, the item its rule reads: unanswered, no verdict)
FLAGS = {
    "miniz-burnout-prevalence": ("miniz2", "burnout", "miniz2_3"),
    "ehr-after-hours-share": ("miniz2", "high_home_ehr", "miniz2_9"),
    "intent-to-leave-share": ("intent_leave1", "intends_to_leave", "intent_leave1_1"),
}
MEANS = {"miniz-joy-mean": ("miniz2", "total"),
         "miniz-supportive-environment-mean": ("miniz2", "supportive_work_environment"),
         "miniz-work-pace-mean": ("miniz2", "work_pace_ehr_stress"),
         "psychological-safety-mean": ("psysafety7", "total")}  # fmt: skip


@dataclass
class Sums:
    numerator: float = 0.0
    denominator: float = 0.0
    people: set[Any] | None = None

    def __post_init__(self) -> None:
        self.people = set()


def _latest(events: list[dict[str, Any]], type_: str, key: tuple[str, ...]) -> list[dict]:
    kept: dict[Any, dict[str, Any]] = {}
    for e in sorted(events, key=lambda e: e["time"]):
        if e["type"] == type_:
            kept[(e["org"], *(e["data"][k] for k in key))] = {**e["data"], "org": e["org"]}
    return list(kept.values())


def _d(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _period(day: date, period: str) -> date:
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return day.replace(day=1)


def _unit(row: dict[str, Any], level: str) -> str:
    return {"org": row["org"], "team": row.get("team_id"), "site": row.get("site_id")}[level]


def _month_ends(today: date) -> list[tuple[date, date]]:
    out = []
    for year in (2024, 2025, 2026):
        for month in range(1, 13):
            last = date(year, month, calendar.monthrange(year, month)[1])
            if last < today:
                out.append((date(year, month, 1), last))
    return out


def survey(events: list[dict], metric: str, *, level: str, period: str,
           role: str | None = None) -> dict[tuple[date, str], Sums]:  # fmt: skip
    out: dict[tuple[date, str], Sums] = {}
    for e in events:
        if e["type"] != "staff-survey.closed":
            continue
        d = {**e["data"], "org": e["org"]}
        key = (_period(date.fromisoformat(d["closed_on"]), period), _unit(d, level))
        if metric == "staff-survey-response-rate":
            cell = out.setdefault(key, Sums())
            cell.numerator += len(d["responses"])
            cell.denominator += d["invited"]
            cell.people |= {(e["id"], i) for i in range(len(d["responses"]))}  # type: ignore[operator]
            continue
        for i, r in enumerate(d["responses"]):
            if role is not None and r["role"] != role:
                continue
            if metric in FLAGS:
                instrument, flag, item = FLAGS[metric]
                if r["answers"].get(instrument, {}).get(item) is None:
                    continue
                hit = flag in r["flags"].get(instrument, [])
            else:
                instrument, scale = MEANS[metric]
                value = r["scores"].get(instrument, {}).get(scale)
                if value is None:
                    continue
            cell = out.setdefault(key, Sums())
            cell.numerator += hit if metric in FLAGS else value
            cell.denominator += 1
            cell.people.add((e["id"], i))  # type: ignore[union-attr]
    return out


def stock(events: list[dict], metric: str, *, level: str, period: str,
          today: date) -> dict[tuple[date, str], Sums]:  # fmt: skip
    staff = [s for s in _latest(events, "staff.upserted", ("staff_id",))
             if not s["entered_in_error"]]  # fmt: skip
    posts = _latest(events, "establishment.upserted", ("team_id", "effective_from"))
    episodes = _latest(events, "episode.upserted", ("episode_id",))
    out: dict[tuple[date, str], Sums] = {}
    for first, last in _month_ends(today):
        in_post = {}
        for s in staff:
            start, end = _d(s["started_on"]), _d(s["ended_on"])
            if start > last or (end is not None and end < first):  # type: ignore[operator]
                continue
            at_end = end is None or end > last
            in_post[s["staff_id"], s["org"]] = (s, at_end)
            cell = None
            if metric == "staff-turnover-rate":
                cell = out.setdefault((_period(first, period), _unit(s, level)), Sums())
                cell.numerator += not at_end
                cell.denominator += at_end
            elif metric == "team-stability" and start <= first:  # type: ignore[operator]
                cell = out.setdefault((_period(first, period), _unit(s, level)), Sums())
                cell.numerator += at_end
                cell.denominator += 1
            if cell is not None:
                cell.people.add((s["org"], s["staff_id"]))  # type: ignore[union-attr]
        if metric == "vacancy-rate":
            for team_org in {(p["team_id"], p["org"]) for p in posts}:
                forced = [
                    p
                    for p in posts
                    if (p["team_id"], p["org"]) == team_org and _d(p["effective_from"]) <= last
                ]  # type: ignore[operator]
                if not forced:
                    continue
                p = max(forced, key=lambda p: p["effective_from"])
                cell = out.setdefault((_period(first, period), _unit(p, level)), Sums())
                staffed = 0.0
                for s, at_end in in_post.values():
                    if at_end and (s["team_id"], s["org"]) == team_org:
                        staffed += s["fte"]
                        key = (_period(first, period), _unit(s, level))
                        other = out.setdefault(key, Sums())
                        other.people.add((s["org"], s["staff_id"]))  # type: ignore[union-attr]
                cell.numerator += max(p["funded_fte"] - staffed, 0.0)
                cell.denominator += p["funded_fte"]
        if metric == "caseload-per-clinical-fte":
            for s, at_end in in_post.values():
                if at_end and s["role"] in CLINICAL:
                    cell = out.setdefault((_period(first, period), _unit(s, level)), Sums())
                    cell.denominator += s["fte"]
            for ep in episodes:
                lead = in_post.get((ep.get("clinician_id"), ep["org"]))
                closed = _d(ep.get("closed_on"))
                if (lead is None or not lead[1] or lead[0]["role"] not in CLINICAL
                        or ep["status"] in ("cancelled", "entered-in-error")
                        or _d(ep["opened_on"]) > last  # type: ignore[operator]
                        or (closed is not None and closed <= last)):  # fmt: skip
                    continue
                cell = out.setdefault((_period(first, period), _unit(lead[0], level)), Sums())
                cell.numerator += 1
                cell.people.add((ep["org"], ep["patient_id"]))  # type: ignore[union-attr]
    return out

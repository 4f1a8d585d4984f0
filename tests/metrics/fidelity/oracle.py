"""The fidelity metrics computed again, in plain Python, from the raw feed events.

Written from the catalog's words, not from the fact tables or their SQL: an episode, a session
and an assessment are their latest event (by commit time); an episode counts when finished, in
the period of the day it closed, at its own lead clinician, team and site; its scored
assessments and kept sessions are the latest states of those naming it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tests.metrics.safety.oracle import period_of

Row = dict[str, Any]
UNIT = {"clinician": "clinician_id", "team": "team_id", "site": "site_id", "org": "org"}

NUMERATORS = {
    "episode-dropout-rate": lambda e: e["discharge_reason"] == "dropped-out",
    "paired-score-completeness": lambda e: e["scored"] >= 2,
    "finished-course-rate": lambda e: e["kept"] >= 2,
}


def _latest(events: Sequence[Row], type_: str, key: str) -> dict[tuple[str, str], Row]:
    kept: dict[tuple[str, str], tuple[str, Row]] = {}
    for e in events:
        if e["type"] == type_:
            k = (e["org"], e["data"][key])
            if k not in kept or e["time"] >= kept[k][0]:
                kept[k] = (e["time"], e["data"])
    return {k: v for k, (_, v) in kept.items()}


def finished_episodes(events: Sequence[Row]) -> list[Row]:
    """Every finished episode with its counts of scored assessments and kept sessions."""
    scored: Counter[tuple[str, str]] = Counter()
    for (org, _), a in _latest(events, "assessment.scored", "assessment_id").items():
        if a["total"] is not None and a.get("episode_id"):
            scored[(org, a["episode_id"])] += 1
    kept: Counter[tuple[str, str]] = Counter()
    for (org, _), s in _latest(events, "encounter.upserted", "encounter_id").items():
        if s["status"] == "fulfilled" and s.get("episode_id"):
            kept[(org, s["episode_id"])] += 1
    out = []
    for (org, episode_id), e in _latest(events, "episode.upserted", "episode_id").items():
        if e["status"] == "finished":
            key = (org, episode_id)
            day = date.fromisoformat(e["closed_on"])
            out.append({**e, "org": org, "day": day, "scored": scored[key], "kept": kept[key]})
    return out


@dataclass(frozen=True)
class Expected:
    numerator: float
    denominator: float
    n: int
    value: float | None


def oracle(
    events: Sequence[Row], metric_id: str, *, orgs: Sequence[str], level: str, period: str,
    unit_label: str | None = None, service_line: str | None = None,
    start: date | None = None, end: date | None = None, by_race: bool = False,
) -> dict[tuple[date, str, str | None], Expected]:  # fmt: skip
    """(period, unit, race group) -> the expected cell; ``period="range"`` is one bucket dated
    ``start``. By race, redacted episodes are out a patient with no recorded race is
    ``unknown``, one with several ``multiple``."""
    races = {
        (e["org"], e["data"]["patient_id"]): e["data"]["race"]
        for e in events
        if e["type"] == "patient.upserted"
    }
    groups: dict[tuple[date, str, str | None], list[Row]] = defaultdict(list)
    for r in finished_episodes(events):
        if r["org"] not in orgs or (service_line and r["service_line"] != service_line):
            continue
        if (start and r["day"] < start) or (end and r["day"] > end):
            continue
        if by_race and r["patient_id"] is None:
            continue
        unit = unit_label if level == "collaborative" else r.get(UNIT[level])
        race = races.get((r["org"], r["patient_id"]), [])
        group = None
        if by_race:
            kinds = sorted(set(race))
            group = kinds[0] if len(kinds) == 1 else ("multiple" if kinds else "unknown")
        if unit is not None:
            key = start if period == "range" else period_of(r["day"], period)
            groups[(key, unit, group)].append(r)  # type: ignore[index]
    numerator = NUMERATORS[metric_id]
    out = {}
    for key, rows in groups.items():
        num = float(sum(1 for r in rows if numerator(r)))
        patients = {(r["org"], r["patient_id"]) for r in rows if r["patient_id"]}
        redacted = sum(1 for r in rows if r["patient_id"] is None)
        out[key] = Expected(num, float(len(rows)), len(patients) + redacted, num / len(rows))
    return out

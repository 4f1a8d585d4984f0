"""The fidelity metrics computed again, in plain Python, from the raw feed events.

Written from the catalog's words, not from the fact tables or their SQL: an episode, a session
and an assessment are their latest event (by commit time); a finished episode counts in the
period of the day it closed, an opened one in that of the day it opened, at the episode's own
lead clinician, team and site; its scored assessments and kept sessions are the latest states
of those naming it. Assessments and sessions per period count at their episode's units when
they name one, else at their own.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tests.metrics.fidelity.schedule_oracle import due_measurements
from tests.metrics.fidelity.waiting import waiting_weeks
from tests.metrics.safety.oracle import period_of

Row = dict[str, Any]
UNIT = {"clinician": "clinician_id", "team": "team_id", "site": "site_id", "org": "org"}
UNITS = ("clinician_id", "team_id", "site_id")


def _latest(events: Sequence[Row], type_: str, key: str) -> dict[tuple[str, str], Row]:
    kept: dict[tuple[str, str], tuple[str, Row]] = {}
    for e in events:
        if e["type"] == type_:
            k = (e["org"], e["data"][key])
            if k not in kept or e["time"] >= kept[k][0]:
                kept[k] = (e["time"], e["data"])
    return {k: {**v, "org": k[0]} for k, (_, v) in kept.items()}


def _local_day(moment: str) -> date:
    return datetime.fromisoformat(moment).date()


def _scored(events: Sequence[Row]) -> list[Row]:
    latest = _latest(events, "assessment.scored", "assessment_id").values()
    return [{**a, "day": _local_day(a["completed_at"])} for a in latest if a["total"] is not None]


def _kept(events: Sequence[Row]) -> list[Row]:
    latest = _latest(events, "encounter.upserted", "encounter_id").values()
    return [
        {**s, "day": _local_day(s["scheduled_start"])} for s in latest if s["status"] == "fulfilled"
    ]


def _by_episode(rows: list[Row]) -> dict[tuple[str, str], list[Row]]:
    out: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        if r.get("episode_id"):
            out[(r["org"], r["episode_id"])].append(r)
    return out


def finished_episodes(events: Sequence[Row]) -> list[Row]:
    """Every finished episode with its counts of scored assessments and kept sessions."""
    scored, kept = _by_episode(_scored(events)), _by_episode(_kept(events))
    out = []
    for key, e in _latest(events, "episode.upserted", "episode_id").items():
        if e["status"] == "finished":
            closed, opened = date.fromisoformat(e["closed_on"]), date.fromisoformat(e["opened_on"])
            out.append({**e, "day": closed, "length": (closed - opened).days,
                        "scored": len(scored[key]), "kept": len(kept[key])})  # fmt: skip
    return out


LAPSE_DAYS = 60


def ended_episodes(events: Sequence[Row], today: date | None = None) -> list[Row]:
    """Every episode that ended: finished ones on the day they closed, and any not cancelled
    or in error whose last kept session is 60 days behind while it was still open (by
    ``today``), on that 60th day, as dropped out."""
    today = today or date.today()
    kept = _by_episode(_kept(events))
    out = []
    for key, e in _latest(events, "episode.upserted", "episode_id").items():
        if e["status"] in ("cancelled", "entered-in-error"):
            continue
        closed = date.fromisoformat(e["closed_on"]) if e.get("closed_on") else None
        last = max((s["day"] for s in kept[key]), default=None)
        lapse = None if last is None else last + timedelta(days=LAPSE_DAYS)
        if lapse is not None and lapse <= today and (closed is None or closed > lapse):
            out.append({**e, "day": lapse, "dropped": True, "lapsed": True})
        elif e["status"] == "finished" and closed is not None:
            dropped = e["discharge_reason"] == "dropped-out"
            out.append({**e, "day": closed, "dropped": dropped, "lapsed": False})
    return out


def opened_episodes(events: Sequence[Row]) -> list[Row]:
    """Every episode not entered in error, on the day it opened, with its kept sessions and
    whether a scored assessment came by the day of its second kept session."""
    scored, kept = _by_episode(_scored(events)), _by_episode(_kept(events))
    out = []
    for key, e in _latest(events, "episode.upserted", "episode_id").items():
        if e["status"] == "entered-in-error":
            continue
        sessions = sorted(kept[key], key=lambda s: (datetime.fromisoformat(s["scheduled_start"]),
                                                    s["encounter_id"]))  # fmt: skip
        by = sessions[1]["day"] if len(sessions) > 1 else date.max
        baseline = any(a["day"] <= by for a in scored[key])
        day = date.fromisoformat(e["opened_on"])
        out.append({**e, "day": day, "kept": len(sessions), "scored": len(scored[key]),
                    "baseline": baseline})  # fmt: skip
    return out


def on_schedule(events: Sequence[Row]) -> list[Row]:
    """The due measurements of every episode under the tests' plans, resolved."""
    episodes = list(_latest(events, "episode.upserted", "episode_id").values())
    return due_measurements(episodes, _by_episode(_kept(events)), _scored(events))


def measured(events: Sequence[Row]) -> list[Row]:
    """Scored assessments and kept sessions, at their episode's units when it is known."""
    episodes = _latest(events, "episode.upserted", "episode_id")
    out = []
    for kind, rows in (("assessments", _scored(events)), ("sessions", _kept(events))):
        for r in rows:
            episode = episodes.get((r["org"], r.get("episode_id") or ""), {})
            units = {u: episode.get(u) or r.get(u) for u in UNITS}
            out.append({**r, **units, "assessments": 0, "sessions": 0, kind: 1})
    return out


@dataclass(frozen=True)
class Ref:
    rows: Callable[[Sequence[Row]], list[Row]]
    numerator: Callable[[Row], float] = lambda r: 0.0
    denominator: Callable[[Row], float] = lambda r: 1.0
    population: Callable[[Row], bool] = lambda r: True
    counted: Callable[[Row], bool] = lambda r: True
    median_of: str | None = None


ORACLE: dict[str, Ref] = {
    "episode-dropout-rate": Ref(ended_episodes, lambda e: float(e["dropped"])),
    "paired-score-completeness": Ref(finished_episodes, lambda e: float(e["scored"] >= 2)),
    "finished-course-rate": Ref(finished_episodes, lambda e: float(e["kept"] >= 2)),
    "episode-length-median": Ref(finished_episodes, median_of="length"),
    "baseline-coverage": Ref(
        opened_episodes, lambda e: float(e["baseline"]), population=lambda e: e["kept"] > 0
    ),
    "assessments-per-kept-session": Ref(
        measured,
        lambda r: r["assessments"],
        lambda r: r["sessions"],
        counted=lambda r: r["sessions"] == 1,
    ),
    "on-schedule-rate": Ref(on_schedule, lambda r: float(r["on_time"])),
    "waiting-over-6-weeks": Ref(waiting_weeks, lambda r: float(r["waited"] > 42)),
    "days-waiting-median": Ref(waiting_weeks, median_of="waited"),
}


@dataclass(frozen=True)
class Expected:
    numerator: float | None
    denominator: float
    n: int
    value: float | None


def oracle(
    events: Sequence[Row], metric_id: str, *, orgs: Sequence[str], level: str, period: str,
    unit_label: str | None = None, service_line: str | None = None,
    start: date | None = None, end: date | None = None, by_race: bool = False,
) -> dict[tuple[date, str, str | None], Expected]:  # fmt: skip
    """(period, unit, race group) -> the expected cell; ``period="range"`` is one bucket dated
    ``start``. By race, rows without a patient are out; a patient with no recorded race is
    ``unknown``, one with several ``multiple``."""
    ref = ORACLE[metric_id]
    races = {
        (e["org"], e["data"]["patient_id"]): e["data"]["race"]
        for e in events
        if e["type"] == "patient.upserted"
    }
    groups: dict[tuple[date, str, str | None], list[Row]] = defaultdict(list)
    for r in ref.rows(events):
        if r["org"] not in orgs or not ref.population(r):
            continue
        if service_line and r.get("service_line") != service_line:
            continue
        if (start and r["day"] < start) or (end and r["day"] > end):
            continue
        if by_race and r["patient_id"] is None:
            continue
        unit = unit_label if level == "collaborative" else r.get(UNIT[level])
        group = None
        if by_race:
            kinds = sorted(set(races.get((r["org"], r["patient_id"]), [])))
            group = kinds[0] if len(kinds) == 1 else ("multiple" if kinds else "unknown")
        if unit is not None:
            key = start if period == "range" else period_of(r["day"], period)
            groups[(key, unit, group)].append(r)  # type: ignore[index]
    out = {}
    for key, rows in groups.items():
        den = float(sum(ref.denominator(r) for r in rows))
        if ref.median_of:
            num, value = None, statistics.median(r[ref.median_of] for r in rows)
        else:
            num = float(sum(ref.numerator(r) for r in rows))
            value = num / den if den else None
        counted = [r for r in rows if ref.counted(r)]
        patients = {(r["org"], r["patient_id"]) for r in counted if r["patient_id"]}
        redacted = sum(1 for r in counted if r["patient_id"] is None)
        out[key] = Expected(num, den, len(patients) + redacted, value)
    return out

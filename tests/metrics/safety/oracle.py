"""The safety loop's metrics computed again, in plain Python, from the raw feed events.

Written from the catalog's words, not from the fact tables or their SQL: an alert is the
merge of every event naming it (earliest times, any action or escalation), a session and a
safety event are their latest upsert (by commit time), and each metric is a population, a
numerator and denominator per row (or the values a median summarises) and how ``n`` counts.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

Row = dict[str, Any]
UNIT = {"clinician": "clinician_id", "team": "team_id", "site": "site_id", "org": "org"}
DAY = timedelta(hours=24)


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _latest(events: Iterable[Row], type_: str, key: str) -> dict[tuple[str, str], Row]:
    kept: dict[tuple[str, str], tuple[str, Row]] = {}
    for e in events:
        if e["type"] != type_:
            continue
        k = (e["org"], e["data"][key])
        if k not in kept or e["time"] >= kept[k][0]:
            kept[k] = (e["time"], e["data"])
    return {k: v for k, (_, v) in kept.items()}


def alerts(events: Sequence[Row]) -> list[Row]:
    """One row per raised alert, what became of it, and its 7-day follow-up."""
    merged: dict[tuple[str, str], Row] = defaultdict(
        lambda: {"acks": [], "actions": [], "escalated": False, "plan": False}
    )
    for e in events:
        d, a = e["data"], merged[(e["org"], e["data"].get("alert_id", ""))]
        if e["type"] == "alert.raised":
            a.update(d, org=e["org"], raised=_t(d["raised_at"]))
        elif e["type"] == "alert.acknowledged":
            a["acks"].append(_t(d["acknowledged_at"]))
        elif e["type"] == "alert.actioned":
            a["actions"].append(_t(d["performed_at"]))
            a["plan"] |= d["action"] in ("safety-plan-made", "safety-plan-updated")
        elif e["type"] == "alert.escalated":
            a["escalated"] = True
    kept: dict[tuple[str, str], list[datetime]] = defaultdict(list)
    for (org, _), s in _latest(events, "encounter.upserted", "encounter_id").items():
        if s["status"] == "fulfilled" and s["patient_id"]:
            kept[(org, s["patient_id"])].append(_t(s["scheduled_start"]))
    out = []
    for a in merged.values():
        if "raised" not in a:
            continue
        raised = a["raised"]
        ack = min(a["acks"], default=None)
        first = min(a["actions"], default=None)
        starts = kept[(a["org"], a["patient_id"])]
        out.append({
            **a, "day": raised.date(),
            "ack_hours": None if ack is None else (ack - raised) / timedelta(hours=1),
            "action_hours": None if first is None else (first - raised) / timedelta(hours=1),
            "ack_24h": ack is not None and ack - raised <= DAY,
            "action_24h": first is not None and first - raised <= DAY,
            "follow_up": any(raised < s <= raised + timedelta(days=7) for s in starts),
        })  # fmt: skip
    return out


def safety_events(events: Sequence[Row]) -> list[Row]:
    """Each safety event's latest state, entered-in-error ones left out."""
    out = []
    for (org, _), s in _latest(events, "safety_event.upserted", "safety_event_id").items():
        if s["review_status"] == "entered-in-error":
            continue
        reviewed = s["reviewed_at"]
        hours = None if reviewed is None else (_t(reviewed) - _t(s["reported_at"])) / DAY * 24
        out.append({**s, "org": org, "day": _t(s["occurred_at"]).date(), "review_hours": hours})
    return out


def exposure(events: Sequence[Row]) -> list[Row]:
    """Countable safety events (events=1) and kept sessions (sessions=1), side by side."""
    rows = [{**s, "events": 1, "sessions": 0} for s in safety_events(events)]
    for (org, _), s in _latest(events, "encounter.upserted", "encounter_id").items():
        if s["status"] == "fulfilled":
            day = _t(s["scheduled_start"]).date()
            rows.append({**s, "org": org, "day": day, "events": 0, "sessions": 1})
    return rows


@dataclass(frozen=True)
class Ref:
    rows: Callable[[Sequence[Row]], list[Row]]
    population: Callable[[Row], bool] = lambda r: True
    numerator: Callable[[Row], float] | None = None
    denominator: Callable[[Row], float] = lambda r: 1.0
    median_of: str | None = None
    per_event: bool = False
    """``n`` counts events (rows that are events), not distinct patients."""


def _critical(r: Row) -> bool:
    return bool(r["rule"] == "critical_item")


def _alert_share(flag: str) -> Ref:
    return Ref(alerts, _critical, lambda r: float(r[flag]))


def _harm(level: str) -> Ref:
    return Ref(safety_events, numerator=lambda r: float(r["harm_level"] == level), per_event=True)


ORACLE: dict[str, Ref] = {
    "critical-alert-acknowledged-24h": _alert_share("ack_24h"),
    "critical-alert-actioned-24h": _alert_share("action_24h"),
    "critical-alert-escalated": _alert_share("escalated"),
    "critical-alert-safety-plan": _alert_share("plan"),
    "critical-alert-follow-up-7d": _alert_share("follow_up"),
    "critical-alert-hours-to-first-action": Ref(alerts, _critical, median_of="action_hours"),
    "critical-alert-hours-to-acknowledge": Ref(alerts, _critical, median_of="ack_hours"),
    "safety-event-reporting-rate": Ref(
        exposure,
        numerator=lambda r: r["events"],
        denominator=lambda r: r["sessions"],
        per_event=True,
    ),
    "safety-event-near-miss-share": Ref(
        safety_events, numerator=lambda r: float(r["kind"] == "near-miss"), per_event=True
    ),
    "safety-event-hours-to-review": Ref(safety_events, median_of="review_hours", per_event=True),
    **{
        f"safety-event-harm-{level}": _harm(level)
        for level in ("death", "severe", "moderate", "mild", "none", "unknown")
    },
}


@dataclass(frozen=True)
class Expected:
    numerator: float | None
    denominator: float
    n: int
    value: float | None


def period_of(day: date, period: str) -> date:
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)  # quarter


def oracle(
    events: Sequence[Row], metric_id: str, *, orgs: Sequence[str], level: str, period: str,
    unit_label: str | None = None, instrument: str | None = None,
    start: date | None = None, end: date | None = None, per: int = 1, by_race: bool = False,
) -> dict[tuple[date, str, str | None], Expected]:  # fmt: skip
    """(period, unit, race group) -> the expected cell; ``period="range"`` is one bucket dated
    ``start``. By race, a patient without a single recorded race is ``unknown``."""
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
        if instrument is not None and r.get("instrument_id") != instrument:
            continue
        if (start and r["day"] < start) or (end and r["day"] > end):
            continue
        unit = unit_label if level == "collaborative" else r.get(UNIT[level])
        race = races.get((r["org"], r.get("patient_id")), [])
        group = (race[0] if len(race) == 1 else "unknown") if by_race else None
        if unit is not None:
            key = start if period == "range" else period_of(r["day"], period)
            groups[(key, unit, group)].append(r)  # type: ignore[index]
    out = {}
    for key, rows in groups.items():
        if ref.median_of:
            values = [r[ref.median_of] for r in rows if r[ref.median_of] is not None]
            counted = [r for r in rows if r[ref.median_of] is not None]
            num, den = None, float(len(rows))
            value = statistics.median(values) if values else None
        else:
            counted = [r for r in rows if r.get("events", 1)]
            num = sum(ref.numerator(r) for r in rows)  # type: ignore[misc]
            den = sum(ref.denominator(r) for r in rows)
            value = num / den * per if den else None
        patients = {(r["org"], r["patient_id"]) for r in counted}
        n = len(counted) if ref.per_event else len(patients)
        out[key] = Expected(num, den, n, value)
    return out

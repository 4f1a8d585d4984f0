"""The feedback metrics computed again, in plain Python, from the raw feed events.

Written from the catalog's words, not from the fact tables or their SQL: a submission, a
session and a theme set are the latest event about their id (by commit time); a submission's
items are the keys of its latest ``scores`` and ``top_box``; each metric is rows with a
numerator, denominator or value, and ``n`` the distinct patients of the submissions (each
anonymous submission its own respondent).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

Row = dict[str, Any]
UNIT = {"clinician": "clinician_id", "team": "team_id", "site": "site_id", "org": "org"}


@dataclass(frozen=True)
class Expected:
    numerator: float | None
    denominator: float
    n: int
    value: float | None


def latest(events: Iterable[Row], type_: str, key: str) -> dict[tuple[str, str], Row]:
    kept: dict[tuple[str, str], tuple[str, Row]] = {}
    for e in events:
        if e["type"] == type_:
            k = (e["org"], e["data"][key])
            if k not in kept or e["time"] >= kept[k][0]:
                kept[k] = (e["time"], {**e["data"], "org": e["org"]})
    return {k: v for k, (_, v) in kept.items()}


def _day(text: str) -> date:
    return datetime.fromisoformat(text).date()  # the producer's local date


def submissions(events: Sequence[Row]) -> list[Row]:
    themed = latest(events, "feedback.themed", "feedback_id")
    out = []
    for key, s in latest(events, "feedback.received", "feedback_id").items():
        sets = themed.get(key)
        out.append({**s, "day": _day(s["received_at"]), "themes": set(sets["themes"] if sets
                                                                       else [])})  # fmt: skip
    return out


def kept_sessions(events: Sequence[Row]) -> list[Row]:
    return [
        {**s, "day": _day(s["scheduled_start"])}
        for s in latest(events, "encounter.upserted", "encounter_id").values()
        if s["status"] == "fulfilled"
    ]


def period_of(day: date, period: str) -> date:
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def rows_of(events: Sequence[Row], metric_id: str, filters: dict[str, str]) -> list[Row]:
    """The metric's rows: ``num``, ``den``, ``total`` and whether the row is a respondent."""
    modality, form = filters.get("modality"), filters.get("form")

    def wanted(r: Row) -> bool:
        return (modality is None or r["modality"] == modality) and (
            form is None or r.get("form_id") == form
        )

    subs = [s for s in submissions(events) if wanted(s)]
    if metric_id in ("feedback-item-mean", "feedback-item-top-box"):
        item, out = filters["item"], []
        for s in subs:
            if metric_id == "feedback-item-mean" and item in s["scores"]:
                out.append({**s, "num": None, "den": 1, "total": s["scores"][item], "resp": 1})
            if metric_id == "feedback-item-top-box" and item in s["top_box"]:
                hit = float(s["top_box"][item])
                out.append({**s, "num": hit, "den": 1, "total": None, "resp": 1})
        return out
    if metric_id == "alliance-rupture-rate":
        fired = {(e["org"], e["data"]["feedback_id"]) for e in events
                 if e["type"] == "feedback.rupture"}  # fmt: skip
        return [
            {**s, "num": float((s["org"], s["feedback_id"]) in fired), "den": 1, "resp": 1}
            for s in subs
            if s["form_id"] == "session-feedback"
        ]
    if metric_id == "feedback-theme-share":
        theme = filters["theme"]
        return [{**s, "num": float(theme in s["themes"]), "den": 1, "resp": 1} for s in subs]
    assert metric_id == "feedback-response-rate"
    sessions = [
        {**s, "num": 0.0, "den": 1, "resp": 0}
        for s in kept_sessions(events)
        if modality is None or s["modality"] == modality
    ]
    return [{**s, "num": 1.0, "den": 0, "resp": 1} for s in subs] + sessions


def oracle(
    events: Sequence[Row],
    metric_id: str,
    *,
    orgs: Sequence[str],
    level: str,
    period: str,
    filters: dict[str, str],
    unit_label: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> dict[tuple[date, str], Expected]:
    groups: dict[tuple[date, str], list[Row]] = defaultdict(list)
    for r in rows_of(events, metric_id, filters):
        if r["org"] not in orgs or (start and r["day"] < start) or (end and r["day"] > end):
            continue
        unit = unit_label if level == "collaborative" else r[UNIT[level]]
        if unit is None:
            continue
        key = ((start or r["day"]) if period == "range" else period_of(r["day"], period), unit)
        groups[key].append(r)
    if period == "range" and start is None:  # an open range is dated by its first fact
        first = min((r["day"] for rows in groups.values() for r in rows), default=None)
        groups = {(first, unit): rows for (_, unit), rows in groups.items()}  # type: ignore[misc]
    out = {}
    for key, rows in groups.items():
        respondents = [r for r in rows if r["resp"]]
        known = {(r["org"], r["patient_id"]) for r in respondents if r["patient_id"]}
        n = len(known) + sum(1 for r in respondents if not r["patient_id"])
        den = float(sum(r["den"] for r in rows))
        if metric_id == "feedback-item-mean":
            value = sum(r["total"] for r in rows) / den if den else None
            out[key] = Expected(None, den, n, value)
            continue
        num = float(sum(r["num"] for r in rows))
        out[key] = Expected(num, den, n, num / den if den else None)
    return out

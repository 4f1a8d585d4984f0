"""The on-schedule rate computed again in plain Python: each episode's kept sessions walked in
order with the due list's rule (:func:`services.metrics.measurement.schedule.reason`, so that
the metric and the due list agree by construction of the test, not of the SQL), against the
plans these tests store (:data:`PLANS`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from services.metrics.measurement.schedule import Schedule, reason

Row = dict[str, Any]

#: (plan id, instrument, service line ("" every one), N, K, D, grace sessions, grace days, active)
PLANS = (
    ("phq9-all", "phq9", "", 1, 2, None, 1, 0, True),
    ("gad7-all", "gad7", "", 2, None, 21, 0, 7, True),
    ("gad7-youth", "gad7", "youth", 1, 3, 28, 0, 0, True),
    ("phq9-youth-old", "phq9", "youth", 3, 6, None, 2, 0, False),
)


def _plans_for(service_line: str | None) -> list[tuple[Any, ...]]:
    active = [p for p in PLANS if p[8]]
    chosen = {p[1]: p for p in active if p[2] == ""}
    chosen.update({p[1]: p for p in active if service_line and p[2] == service_line})
    return list(chosen.values())


def _belongs(a: Row, episode: Row) -> bool:
    if a.get("episode_id") == episode["episode_id"]:
        return True
    named = a.get("episode_id")
    if named and not named.startswith("gap-"):
        return False
    closed = episode.get("closed_on")
    return (
        a["patient_id"] == episode["patient_id"]
        and a["day"] >= date.fromisoformat(episode["opened_on"])
        and (closed is None or a["day"] <= date.fromisoformat(closed))
    )


def _at(moment: str) -> datetime:
    return datetime.fromisoformat(moment)


def due_measurements(
    episodes: Sequence[Row], kept: dict[tuple[str, str], list[Row]], scored: Sequence[Row]
) -> list[Row]:
    """One row per resolved due measurement: its episode's units, day and ``on_time``."""
    out = []
    for e in episodes:
        if e["status"] in ("cancelled", "entered-in-error"):
            continue
        sessions = sorted(
            kept[(e["org"], e["episode_id"])], key=lambda s: _at(s["scheduled_start"])
        )
        for plan in _plans_for(e.get("service_line")):
            _, instrument, _, n, k, d, grace_s, grace_d, _ = plan
            schedule = Schedule(n, k, d, grace_s, grace_d)
            taken = sorted(
                (a for a in scored
                 if a["org"] == e["org"] and a["instrument_id"] == instrument and _belongs(a, e)),
                key=lambda a: _at(a["completed_at"]),
            )  # fmt: skip
            anchors: list[Row | None] = [None, *taken]
            for i, anchor in enumerate(anchors):
                nxt = taken[i] if i < len(taken) else None
                row = _resolve(schedule, anchor, nxt, sessions)
                if row is not None:
                    out.append({**e, "instrument_id": instrument, **row})
    return out


def _resolve(
    schedule: Schedule, anchor: Row | None, nxt: Row | None, sessions: list[Row]
) -> Row | None:
    """The measurement due after ``anchor`` (None: the baseline), resolved by ``nxt``: the
    sessions after the anchor are read as the due list would read them with the anchor as the
    last assessment, whether or not ``nxt`` came first."""
    since_at = None if anchor is None else _at(anchor["completed_at"])
    due_on = None
    if anchor is not None and schedule.every_days is not None:
        due_on = anchor["day"] + timedelta(days=schedule.every_days)
    overdue = None
    count = 0  # kept sessions before this one (baseline) or since the anchor (follow-up)
    for s in sessions:
        if since_at is not None and _at(s["scheduled_start"]) <= since_at:
            continue
        days = None if anchor is None else (s["day"] - anchor["day"]).days
        since = None if anchor is None else count
        why = reason(schedule, kept=count, sessions_since=since, days_since=days)
        if why is not None and why.endswith("overdue") and overdue is None:
            overdue = s
        if why in ("follow-up-due", "follow-up-overdue") and (due_on is None or s["day"] < due_on):
            due_on = s["day"]
        count += 1
    if overdue is not None and (nxt is None or nxt["day"] >= overdue["day"]):
        return {"day": overdue["day"], "on_time": False}
    if nxt is None:
        return None
    if anchor is None or (due_on is not None and nxt["day"] >= due_on):
        return {"day": nxt["day"], "on_time": True}
    return None  # taken before it fell due

"""The due list computed straight from the clinic's records and the plans as sent, without any
service code: the README's rules, written out again plainly."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.metrics.measurement.clinic import Clinic

OPEN = {"planned", "waitlist", "active", "onhold"}


def _plans_for(plans: dict[str, dict[str, Any]], service_line: str | None) -> dict[str, tuple]:
    chosen: dict[str, tuple] = {}
    for specific in (False, True):  # the every-line plans first, then the line's own
        for plan_id, plan in plans.items():
            if not plan.get("active", True):
                continue
            line = plan.get("service_line")
            if (line is not None) == specific and (line is None or line == service_line):
                chosen[plan["instrument_id"]] = (plan_id, plan)
    return chosen


def expected(
    clinic: Clinic,
    plans: dict[str, dict[str, Any]],
    on: date,
    *,
    clinicians: set[str] | None = None,
    teams: set[str] | None = None,
) -> tuple[list[tuple], int]:
    """(encounter, instrument, plan, reason, last assessed, kept, since, days) per due item
    in the list's order, and the count of the day's sessions that no open episode takes."""
    episodes = {e.episode_id: e for e in clinic.episodes}
    day_sessions = [
        s for s in clinic.encounters
        if s.status == "booked" and s.scheduled_start.date() == on and s.patient_id
        and (clinicians is None or s.clinician_id in clinicians or s.team_id in (teams or ()))
    ]  # fmt: skip
    day_sessions.sort(key=lambda s: (s.scheduled_start, s.encounter_id))
    items, unplaced = [], 0
    for s in day_sessions:
        ep = episodes.get(s.episode_id or "")
        takes = ep is not None and ep.status in OPEN and ep.patient_id == s.patient_id
        if ep is None or not takes or ep.opened_on > on:
            unplaced += 1
            continue
        kept_before = sorted(
            k.scheduled_start for k in clinic.encounters
            if k.episode_id == ep.episode_id and k.status == "fulfilled"
            and k.scheduled_start < s.scheduled_start
        )  # fmt: skip
        for instrument, (plan_id, plan) in sorted(_plans_for(plans, ep.service_line).items()):
            done = [
                a for a in clinic.assessments
                if a.patient_id == s.patient_id and a.instrument_id == instrument
                and a.total is not None and a.completed_at < s.scheduled_start
                and (a.episode_id == ep.episode_id or (
                    (a.episode_id is None or a.episode_id.startswith("gap-"))
                    and a.completed_at.date() >= ep.opened_on))
            ]  # fmt: skip
            grace = plan.get("grace_sessions", 0)
            if not done:
                number = len(kept_before) + 1  # this session's place among the kept ones
                why = "baseline-due"
                if number > plan["baseline_within_sessions"] + grace:
                    why = "baseline-overdue"
                items.append((s.encounter_id, instrument, plan_id, why, None,
                              len(kept_before), len(kept_before), None))  # fmt: skip
                continue
            last = max(a.completed_at for a in done)
            since = len([k for k in kept_before if k > last])
            days = (on - last.date()).days
            k, d = plan.get("every_sessions"), plan.get("every_days")
            late = (k is not None and since >= k + grace) or (
                d is not None and days > d + plan.get("grace_days", 0)
            )
            reached = (k is not None and since >= k - 1) or (d is not None and days >= d)
            why = "follow-up-overdue" if late else "follow-up-due" if reached else None
            if why:
                items.append((s.encounter_id, instrument, plan_id, why, last,
                              len(kept_before), since, days))  # fmt: skip
    return items, unplaced

"""The demo's improvement projects: what a QI team and a peer record over the API.

Three projects, placed in the demo year: the demo organization's no-show project on one team
with two PDSA cycles (one adapted, one running, compared in its study with a sister team), a
private one on the organization's kept rate, and a peer's project shared with the
collaborative, whose adopted cycle is what the library shows the others. PUTs under fixed ids,
so a re-run changes nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx

from shared.auth import issue_local_token


def _day(start: date, weeks: int) -> str:
    """The first day of the month ``weeks`` weeks after ``start`` (cycles start on a period
    boundary, so no period of the effect is a transition period)."""
    day = start + timedelta(weeks=weeks)
    return day.replace(day=1).isoformat()


def demo_projects(
    org: str, peer: str, collaborative_id: str, start: date
) -> list[tuple[str, str, Any]]:
    """(org, path, body) of each PUT, projects before their cycles."""
    no_shows = {
        "title": "Fewer missed first appointments", "status": "active",
        "aim": {"metric_id": "no-show-rate", "level": "team", "unit_id": "team-1-1",
                "period": "month", "target": 0.08, "by_when": _day(start, 60)},
        "team": "Team 1-1: reception, two clinicians and a patient partner.",
        "change_ideas": ["Text reminder 48 h before", "Call-back slot for cancellations"],
        "shared_with": collaborative_id,
    }  # fmt: skip
    kept = {
        "title": "Evening sessions", "status": "planned",
        "aim": {"metric_id": "kept-rate", "level": "org", "target": 0.85},
        "change_ideas": ["Two evening clinics a week"],
    }  # fmt: skip
    peer_project = {
        "title": "Reminders that work", "status": "completed",
        "aim": {"metric_id": "no-show-rate", "level": "org", "target": 0.1},
        "change_ideas": ["Text reminder 24 h before"], "shared_with": collaborative_id,
    }  # fmt: skip
    return [
        (org, "/v1/projects/no-shows-team-1-1", no_shows),
        (org, "/v1/projects/no-shows-team-1-1/cycles/no-shows-1", {
            "title": "PDSA 1: text reminder 48 h before", "started_on": _day(start, 20),
            "ended_on": _day(start, 33), "act": "adapt",
            "change": "Automated text two days before every first appointment.",
            "prediction": "First-appointment no-shows fall by a third.",
            "lessons": "Fewer no-shows among adults; young people's parents need the text.",
        }),
        (org, "/v1/projects/no-shows-team-1-1/cycles/no-shows-2", {
            "title": "PDSA 2: texts to parents too", "started_on": _day(start, 36),
        }),
        (org, "/v1/projects/evening-sessions", kept),
        (peer, "/v1/projects/reminders", peer_project),
        (peer, "/v1/projects/reminders/cycles/reminders-1", {
            "title": "PDSA 1: text 24 h before", "started_on": _day(start, 10),
            "ended_on": _day(start, 30), "act": "adopt",
            "lessons": "Adopted across the service; keep the text short.",
        }),
    ]  # fmt: skip


def put_projects(metrics: str, puts: list[tuple[str, str, Any]]) -> None:
    """Send the PUTs (each idempotent)."""
    for org, path, body in puts:
        token = issue_local_token(org=org, scope="metrics:write", ttl_seconds=600)
        answer = httpx.put(f"{metrics}{path}", json=body,
                           headers={"Authorization": f"Bearer {token}"})  # fmt: skip
        answer.raise_for_status()

"""Safety events of a synthetic organization, and how its clinicians follow alerts through.

The mix is invented for the demo, not taken from a published rate: about one report per 150
kept sessions, near misses the most common kind (an organization that reports well reports many
of them), harm mostly none or mild, a fifth of reports anonymous, most reviewed within days.
Every narrative is generic text: the demo holds no real incident.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

KINDS = ["near-miss", "medication", "fall", "violence", "self-harm", "privacy-breach", "other"]
KIND_WEIGHTS = [45, 15, 8, 10, 10, 7, 5]
HARM_LEVELS = ["none", "mild", "moderate", "severe"]
HARM_WEIGHTS = [55, 30, 12, 3]
SESSIONS_PER_REPORT = 150
ACTIONS = [
    "safety-plan-made",
    "risk-assessment-done",
    "patient-contacted",
    "crisis-service-referral",
]
ACTION_WEIGHTS = [45, 30, 20, 5]


def safety_events(
    seed: int, encounters: list[dict[str, Any]], now: datetime
) -> list[dict[str, Any]]:
    """One report for about every ``SESSIONS_PER_REPORT`` kept sessions, tied to a session;
    none after ``now``. Its own random stream, so the rest of the organization is unchanged."""
    rng = random.Random(f"safety-{seed}")
    kept = [e for e in encounters if e["status"] == "fulfilled"]
    reports = []
    for encounter in kept:
        if rng.randrange(SESSIONS_PER_REPORT):
            continue
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        harm = "none" if kind == "near-miss" else rng.choices(HARM_LEVELS, HARM_WEIGHTS)[0]
        occurred = datetime.fromisoformat(encounter["actual_start"]) + timedelta(minutes=20)
        body: dict[str, Any] = {
            "safety_event_id": f"se-{encounter['encounter_id']}",
            "kind": kind,
            "harm_level": harm,
            "occurred_at": occurred.isoformat(),
            "team_id": encounter["team_id"],
            "site_id": encounter["site_id"],
            "narrative": f"Synthetic {kind} report for the demo; no real event.",
        }
        if kind not in ("privacy-breach", "other"):
            body["patient_id"] = encounter["patient_id"]
            body["encounter_id"] = encounter["encounter_id"]
        if rng.random() >= 0.2:
            body["reporter_id"] = encounter["clinician_id"]
        reports.append(body)
    return [r for r in reports if datetime.fromisoformat(r["occurred_at"]) < now]


@dataclass(frozen=True)
class FollowThrough:
    """What the clinicians do about one alert: acknowledge it or not, one action or none, and
    whether the action closes it. Alerts are raised when their assessment arrives, so a demo
    seeded in one sitting acts on them at once; what varies is what is done, and what is not."""

    acknowledge: bool
    action: str | None
    closes: bool


def follow_through(alert: dict[str, Any]) -> FollowThrough:
    """A deterministic choice per alert (from its patient and assessment), so a replayed demo
    acts the same way: most alerts are acted on, a few stay open and escalate."""
    key = f"{alert['patient_id']}|{alert.get('assessment_id')}".encode()
    rng = random.Random(hashlib.sha256(key).digest())
    if rng.random() < 0.08:
        return FollowThrough(acknowledge=False, action=None, closes=False)
    if rng.random() < 0.1:
        return FollowThrough(acknowledge=True, action=None, closes=False)
    action = rng.choices(ACTIONS, ACTION_WEIGHTS)[0]
    return FollowThrough(acknowledge=True, action=action, closes=rng.random() < 0.7)

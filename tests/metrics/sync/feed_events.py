"""Synthetic feed events in memory, shaped as intake and measures publish them.

For the replay tests and the apply benchmark: no services, just the events a year of care
would put on the two feeds. Per patient: a patient record, a referral (received, then closed
by the first kept session), sessions booked and then resolved (mostly kept), a PHQ-9 at
baseline and follow-ups, feedback on some sessions and now and then an alert. Roughly 10
encounter events for 2 assessments and 1 feedback, the proportions of the issue's benchmark.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

OFFSETS = [timezone(timedelta(hours=h)) for h in (-8, -7, -6, -5)]
STATUSES = ["fulfilled", "no-show", "cancelled-by-patient", "cancelled-by-clinic"]
STATUS_WEIGHTS = [80, 9, 7, 4]
MODALITIES = ["in-person", "video", "phone"]
START = date(2026, 1, 5)


@dataclass
class Feeds:
    """The two feeds' events (FeedEvent-shaped dicts) in commit order."""

    intake: list[dict[str, Any]] = field(default_factory=list)
    measures: list[dict[str, Any]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.intake) + len(self.measures)


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, tzinfo=UTC)

    def tick(self) -> str:
        self.now += timedelta(milliseconds=1)
        return self.now.isoformat()


def _event(clock: _Clock, org: str, source: str, type_: str, subject: str, data: dict) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "source": f"/learning-loop/{source}",
        "type": type_,
        "time": clock.tick(),
        "subject": subject,
        "org": org,
        "data": data,
    }


def _patient_events(
    rng: random.Random, clock: _Clock, org: str, p: int, feeds: Feeds, sessions: int
) -> None:
    pid = f"pt-{p:07d}"
    site, team, clinician = f"site-{p % 3}", f"team-{p % 6}", f"clin-{p % 24}"
    tz = OFFSETS[p % len(OFFSETS)]

    def intake(type_: str, subject: str, data: dict) -> None:
        feeds.intake.append(_event(clock, org, "intake", type_, subject, data))

    def measures(type_: str, subject: str, data: dict) -> None:
        feeds.measures.append(_event(clock, org, "measures", type_, subject, data))

    intake("patient.upserted", f"patients/{pid}", {
        "patient_id": pid, "age_band": rng.choice(["18-24", "25-34", "35-44", "45-64"]),
        "sex": rng.choice(["248152002", "248153007"]), "gender_identity": None,
        "race": rng.choice([["2106-3"], ["2054-5"], ["2106-3", "2054-5"], []]),
        "ethnicity": rng.choice(["2135-2", "2186-5"]), "language": "en", "payer": "1",
        "rurality": "urban",
    })  # fmt: skip
    received = START + timedelta(days=rng.randrange(0, 180))
    referral = {
        "referral_id": f"ref-{pid}", "patient_id": pid, "received_on": received.isoformat(),
        "service_line": "adult-outpatient", "site_id": site, "priority": "routine",
        "first_kept_at": None, "redacted": False,
    }  # fmt: skip
    intake("referral.upserted", f"referrals/{pid}", dict(referral))
    modality = rng.choice(MODALITIES)
    first = received + timedelta(days=rng.randint(3, 30))
    baseline: tuple[str, datetime] | None = None
    kept = 0
    for s in range(sessions):
        start = datetime.combine(
            first + timedelta(days=7 * s), datetime.min.time(), tzinfo=tz
        ) + timedelta(hours=9 + rng.randrange(8))
        eid = f"enc-{pid}-{s:02d}"
        encounter = {
            "encounter_id": eid, "patient_id": pid, "referral_id": referral["referral_id"],
            "clinician_id": clinician, "team_id": team, "site_id": site,
            "service_line": "adult-outpatient", "modality": modality,
            "scheduled_start": start.isoformat(), "status": "booked",
            "late_cancellation": False, "telehealth": None, "redacted": False,
        }  # fmt: skip
        intake("encounter.upserted", f"encounters/{eid}", dict(encounter))
        status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
        encounter["status"] = status
        encounter["late_cancellation"] = status == "cancelled-by-patient" and rng.random() < 0.4
        if status == "fulfilled" and modality != "in-person" and rng.random() < 0.15:
            encounter["telehealth"] = {
                "kinds": ["audio"], "minutes_lost": rng.randint(1, 9),
                "dropped_and_rejoined": False, "switched_to_phone": False,
            }  # fmt: skip
        intake("encounter.upserted", f"encounters/{eid}", encounter)
        if status != "fulfilled":
            continue
        kept += 1
        if kept == 1:
            referral["first_kept_at"] = start.isoformat()
            intake("referral.upserted", f"referrals/{pid}", dict(referral))
        if kept % 2 == 1:
            completed = (start - timedelta(hours=1)).astimezone(UTC)
            aid = f"asm-{eid}"
            weeks = None if baseline is None else (completed - baseline[1]).days / 7
            improved = weeks is not None and rng.random() < 0.5
            measures("assessment.scored", f"assessments/{aid}", {
                "assessment_id": aid, "instrument_id": "phq9", "instrument_version": "1",
                "completed_at": completed.isoformat(), "patient_id": pid,
                "clinician_id": clinician, "team_id": team, "site_id": site,
                "total": rng.randint(5, 24), "severity_band": "moderate", "caseness": True,
                "baseline_assessment_id": None if baseline is None else baseline[0],
                "weeks_since_baseline": weeks, "reliable_improvement": improved,
                "reliable_deterioration": False, "recovery": improved and rng.random() < 0.5,
                "remission": False, "response": improved,
            })  # fmt: skip
            if baseline is None:
                baseline = (aid, completed)
            if rng.random() < 0.03:
                alert = str(uuid.UUID(int=rng.getrandbits(128)))
                raised = completed + timedelta(minutes=1)
                measures("alert.raised", f"alerts/{alert}", {
                    "alert_id": alert, "rule": "critical_item", "raised_at": raised.isoformat(),
                    "patient_id": pid, "assessment_id": aid, "instrument_id": "phq9",
                    "clinician_id": clinician, "team_id": team, "site_id": site,
                })  # fmt: skip
                measures("alert.acknowledged", f"alerts/{alert}", {
                    "alert_id": alert, "rule": "critical_item", "raised_at": raised.isoformat(),
                    "acknowledged_at": (raised + timedelta(hours=rng.randint(1, 30))).isoformat(),
                })  # fmt: skip
        if rng.random() < 0.22:
            fid = f"fb-{eid}"
            scores = {"felt-heard": rng.randint(2, 5), "overall": rng.randint(5, 10)}
            top = {"felt-heard": scores["felt-heard"] == 5, "overall": scores["overall"] >= 9}
            intake("feedback.received", f"feedback/{fid}", {
                "feedback_id": fid, "form_id": "session-feedback",
                "received_at": (start + timedelta(hours=2)).isoformat(), "patient_id": pid,
                "encounter_id": eid, "clinician_id": clinician, "team_id": team,
                "site_id": site, "modality": modality, "scores": scores,
                "top_box": top,
                "mean": sum(scores.values()) / 2,
            })  # fmt: skip


def synthetic_feeds(events: int, *, org: str = "org-bench", seed: int = 11, sessions: int = 5):
    """At least ``events`` events over as many patients as it takes, deterministic per seed."""
    rng = random.Random(seed)
    clock = _Clock()
    feeds = Feeds()
    p = 0
    while len(feeds) < events:
        _patient_events(rng, clock, org, p, feeds, sessions)
        p += 1
    return feeds


def pages(events: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(events), size):
        yield events[start : start + size]

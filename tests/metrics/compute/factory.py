"""Fact rows for metric tests: a small, realistic, seeded spread of every fact table.

Rows are plain dicts, inserted as they are (the feed consumer is not under test here) and kept
for the independent reference computation in :mod:`tests.metrics.compute.reference`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from services.metrics import models

TABLES = {
    "patients": models.PatientFact,
    "referrals": models.ReferralFact,
    "encounters": models.EncounterFact,
    "feedback": models.FeedbackFact,
    "assessments": models.AssessmentFact,
    "episodes": models.EpisodeFact,
    "alerts": models.AlertFact,
}
START = date(2026, 1, 1)
DAYS = 181  # January to June 2026


def period_keys(day: date) -> dict[str, date]:
    """The period keys of a local date: itself, its Monday, first of month and of quarter."""
    return {
        "day": day,
        "week": day - timedelta(days=day.weekday()),
        "month": day.replace(day=1),
        "quarter": date(day.year, 3 * ((day.month - 1) // 3) + 1, 1),
    }


@dataclass
class Facts:
    """Every row inserted, by table name."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def insert(self, connection: Connection) -> None:
        for name, rows in self.rows.items():
            if rows:
                connection.execute(insert(TABLES[name].__table__), rows)  # type: ignore[attr-defined]

    def extend(self, other: Facts) -> None:
        for name, rows in other.rows.items():
            self.rows[name].extend(rows)


def _pick(rng: random.Random, options: list[Any], weights: list[float] | None = None) -> Any:
    return rng.choices(options, weights=weights)[0]


def synthetic_org(org: str, *, seed: int, scale: int = 1) -> Facts:
    """One organisation: 2 sites, 4 teams, 8 clinicians, about 80 patients over six months,
    with redacted encounters, anonymous feedback, facts without a unit and missing categories."""
    rng = random.Random(seed)
    facts = Facts()
    clinicians = [f"c{i}" for i in range(8)]
    team_of = {c: f"t{i // 2}" for i, c in enumerate(clinicians)}
    site_of = {f"t{i}": f"s{i // 2}" for i in range(4)}
    patients = [f"p{i}" for i in range(80 * scale)]
    for pid in patients:
        if rng.random() < 0.1:
            continue  # no patient fact: every category unknown
        facts.rows["patients"].append(
            {
                "org": org,
                "patient_id": pid,
                "age_band": _pick(rng, ["18-24", "25-44", "45-64", None]),
                "sex": _pick(rng, ["female", "male", None], [5, 4, 1]),
                "gender": _pick(rng, ["woman", "man", "nonbinary", None]),
                "race": _pick(rng, ["2106-3", "2054-5", "2028-9", "multiple", None]),
                "ethnicity": _pick(rng, ["2135-2", "2186-5", None]),
                "language": _pick(rng, ["en", "es", None], [6, 3, 1]),
                "payer": _pick(rng, ["medicaid", "commercial", "medicare", None]),
                "rurality": _pick(rng, ["urban", "rural", None], [6, 3, 1]),
            }
        )

    def when() -> tuple[datetime, date]:
        day = START + timedelta(days=rng.randrange(DAYS))
        return datetime.combine(day, time(rng.randrange(8, 18), rng.randrange(60)), UTC), day

    def who() -> dict[str, str | None]:
        clinician = _pick(rng, [*clinicians, None], [1] * 8 + [0.4])
        team = team_of[clinician] if clinician else _pick(rng, ["t0", "t3", None])
        return {
            "clinician_id": clinician,
            "team_id": team,
            "site_id": site_of[team] if team else None,
        }

    for i in range(600 * scale):
        start, day = when()
        redacted = rng.random() < 0.05
        modality = _pick(rng, ["in-person", "video", "phone"], [4, 4, 2])
        status = _pick(
            rng,
            [
                "fulfilled",
                "no-show",
                "cancelled-by-patient",
                "cancelled-by-clinic",
                "booked",
                "entered-in-error",
            ],
            [14, 3, 3, 1, 1, 0.5],
        )
        kept_tele = status == "fulfilled" and modality != "in-person"
        minutes = rng.choice([0, 0, 0, 2, 5, 12]) if kept_tele else 0
        dropped = kept_tele and rng.random() < 0.1
        switched = kept_tele and modality == "video" and rng.random() < 0.15
        kinds = kept_tele and rng.random() < 0.2
        facts.rows["encounters"].append(
            {
                "org": org,
                "encounter_id": f"e{i}",
                "patient_id": None if redacted else rng.choice(patients),
                **who(),
                "service_line": _pick(rng, ["adult", "youth", None], [5, 3, 1]),
                "modality": modality,
                "status": status,
                "start_utc": start,
                "late_cancellation": status == "cancelled-by-patient" and rng.random() < 0.4,
                "technical_problem": bool(kinds or minutes > 0 or dropped or switched),
                "minutes_lost": minutes,
                "dropped_and_rejoined": dropped,
                "switched_to_phone": switched,
                "assessed_within_7_days": status == "fulfilled" and rng.random() < 0.6,
                "redacted": redacted,
                **period_keys(day),
            }
        )
    for i in range(150 * scale):
        received = START + timedelta(days=rng.randrange(DAYS))
        seen = rng.random() < 0.8
        days = rng.randrange(0, 60) if seen else None
        redacted = rng.random() < 0.05
        facts.rows["referrals"].append(
            {
                "org": org,
                "referral_id": f"r{i}",
                "patient_id": None if redacted else rng.choice(patients),
                "site_id": _pick(rng, ["s0", "s1", None], [5, 4, 1]),
                "service_line": _pick(rng, ["adult", "youth", None], [5, 3, 1]),
                "priority": _pick(rng, ["routine", "urgent"]),
                "received_on": received,
                "first_kept_at": None
                if days is None
                else datetime.combine(received + timedelta(days=days), time(10), UTC),
                "access_days": None if days is None else float(days),
                "redacted": redacted,
                **period_keys(received),
            }
        )
    for i in range(250 * scale):
        received_at, day = when()
        items = rng.choice([0, 4, 5, 6])
        facts.rows["feedback"].append(
            {
                "org": org,
                "feedback_id": f"f{i}",
                "form_id": _pick(rng, ["ces", "telehealth-exp"], [3, 2]),
                "patient_id": None if rng.random() < 0.2 else rng.choice(patients),
                **who(),
                "modality": _pick(rng, ["in-person", "video", "phone", None]),
                "received_at": received_at,
                "mean": None if items == 0 else round(rng.uniform(1, 5), 2),
                "items_scored": items,
                "top_box_items": rng.randint(0, items),
                **period_keys(day),
            }
        )
    for i in range(160 * scale):
        completed_at, day = when()
        burnout = rng.random() < 0.6
        place = who()
        facts.rows["assessments"].append(
            {
                "org": org,
                "assessment_id": f"a{i}",
                "instrument_id": "burnout1" if burnout else "phq9",
                "patient_id": None if burnout else rng.choice(patients),
                "clinician_id": None if burnout else place["clinician_id"],
                "team_id": place["team_id"],
                "site_id": place["site_id"],
                "completed_at": completed_at,
                "total": float(rng.randint(1, 5)),
                "caseness": _pick(rng, [True, False, None], [3, 6, 1]),
                **period_keys(day),
            }
        )
    for i in range(200 * scale):
        baseline_at, day = when()
        followed = rng.random() < 0.75
        improved = followed and rng.random() < 0.5
        # A baseline under caseness: recovery and remission do not apply (null).
        case = rng.random() < 0.7
        facts.rows["episodes"].append(
            {
                "org": org,
                "baseline_assessment_id": f"b{i}",
                "patient_id": rng.choice(patients),
                "instrument_id": _pick(rng, ["phq9", "gad7"], [3, 2]),
                **who(),
                "baseline_at": baseline_at,
                "outcome_assessment_id": f"o{i}" if followed else None,
                "outcome_weeks": rng.uniform(2, 12) if followed else None,
                "reliable_improvement": improved if followed else None,
                "recovery": (improved and rng.random() < 0.6) if followed and case else None,
                "remission": (improved and rng.random() < 0.5) if followed and case else None,
                "response": (improved and rng.random() < 0.7) if followed and case else None,
                "reliable_deterioration": (not improved and rng.random() < 0.15)
                if followed
                else None,
                **period_keys(day),
            }
        )
    for i in range(120 * scale):
        raised_at, day = when()
        hours = round(rng.expovariate(1 / 6), 3) if rng.random() < 0.8 else None
        facts.rows["alerts"].append(
            {
                "org": org,
                "alert_id": f"al{i}",
                "rule": _pick(rng, ["critical_item", "not_on_track"], [3, 1]),
                "patient_id": rng.choice(patients),
                "instrument_id": _pick(rng, ["phq9", "cssrs_screener"], [3, 1]),
                **who(),
                "raised_at": raised_at,
                "acknowledged_at": None if hours is None else raised_at + timedelta(hours=hours),
                "hours_to_acknowledge": hours,
                **period_keys(day),
            }
        )
    return facts

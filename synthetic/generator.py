"""Generate one organization's year of care as the request bodies vendors and apps would send.

Everything is derived from a seed, so a run can be replayed exactly. The records are the
generator's own account of what happened; tests recompute metrics from them independently of
the services and compare.

Trajectories follow three courses (improve, stall, worsen) so that reliable-change and
not-on-track logic have something to find; statuses, modalities and telehealth problems follow
rates typical of outpatient behavioral health (no-shows near 10%, a third of sessions by video).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from synthetic.episodes import add_episodes

RACES = ["2106-3", "2054-5", "2028-9", "1002-5", "2076-8"]
RACE_WEIGHTS = [60, 18, 8, 4, 2]
ETHNICITIES = ["2135-2", "2186-5"]
SEXES = ["248152002", "248153007"]
GENDERS = ["446141000124107", "446151000124109", "33791000087105"]
LANGUAGES = ["en", "es", "vi", "zh", "ar"]
LANGUAGE_WEIGHTS = [78, 15, 3, 2, 2]
PAYERS = ["1", "2", "5", "8", "9"]
RURALITY = ["urban", "large-rural", "small-rural", "isolated"]
SERVICE_LINES = ["adult-outpatient", "youth-outpatient", "substance-use"]
MODALITIES = ["in-person", "video", "phone"]
MODALITY_WEIGHTS = [50, 35, 15]
COURSES = ["improve", "stall", "worsen"]
COURSE_WEIGHTS = [60, 28, 12]


@dataclass(frozen=True)
class OrgPlan:
    """The size and shape of a synthetic organization."""

    org: str = "org-synthetic"
    seed: int = 7
    sites: int = 3
    teams_per_site: int = 2
    clinicians_per_team: int = 4
    patients: int = 200
    start: date = date(2026, 1, 5)
    weeks: int = 26
    sessions_per_patient: int = 10
    #: Referrals arrive over this many weeks from ``start`` (half the span when None), so that
    #: most courses of care end inside the span; a demo of a steady service uses the whole span.
    referral_weeks: int | None = None


@dataclass
class Dataset:
    """The requests to send, per resource, in the order a vendor would send them."""

    plan: OrgPlan
    patients: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)
    episodes: list[dict[str, Any]] = field(default_factory=list)
    encounters: list[dict[str, Any]] = field(default_factory=list)
    feedback: list[dict[str, Any]] = field(default_factory=list)
    assessments: list[dict[str, Any]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            name: len(getattr(self, name))
            for name in (
                "patients",
                "referrals",
                "episodes",
                "encounters",
                "feedback",
                "assessments",
            )
        }


@dataclass(frozen=True)
class Clinician:
    id: str
    team_id: str
    site_id: str


def clinicians(plan: OrgPlan) -> list[Clinician]:
    """The plan's clinicians, team by team: the staff every generated record names."""
    staff = []
    for s in range(plan.sites):
        for t in range(plan.teams_per_site):
            for c in range(plan.clinicians_per_team):
                staff.append(Clinician(f"clin-{s}-{t}-{c}", f"team-{s}-{t}", f"site-{s}"))
    return staff


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def phq9_answers(rng: random.Random, total: int) -> dict[str, int]:
    """Nine item answers (0-3) summing to ``total``; item 9 stays 0 unless the total is high."""
    total = max(0, min(27, total))
    answers = [0] * 9
    remaining = total
    order = list(range(8))
    while remaining > 0:
        rng.shuffle(order)
        for i in order:
            if remaining and answers[i] < 3:
                answers[i] += 1
                remaining -= 1
        if all(a == 3 for a in answers[:8]) and remaining:
            answers[8] = min(3, remaining)
            remaining -= answers[8]
    return {f"phq9_{i + 1}": a for i, a in enumerate(answers)}


def _course_score(rng: random.Random, course: str, baseline: int, step: int) -> int:
    if course == "improve":
        score = baseline - step * rng.uniform(1.0, 2.2)
    elif course == "stall":
        score = baseline + rng.uniform(-2, 2)
    else:
        score = baseline + step * rng.uniform(0.4, 1.0)
    return round(max(0, min(27, score)))


def generate(plan: OrgPlan) -> Dataset:
    """The whole organization's care over ``plan.weeks`` weeks."""
    rng = random.Random(plan.seed)
    staff = clinicians(plan)
    data = Dataset(plan)
    for p in range(plan.patients):
        _one_patient(rng, plan, staff, data, p)
    end = plan.start + timedelta(weeks=plan.weeks)
    add_episodes(data, staff, end=end, sessions_per_patient=plan.sessions_per_patient)
    for clinician in staff:
        for month in range(0, plan.weeks, 4):
            data.assessments.append(
                {
                    "assessment_id": f"{clinician.id}-burnout-{month}",
                    "patient_id": None,
                    "instrument_id": "burnout1",
                    "answers": {"burnout1_1": rng.choices([1, 2, 3, 4, 5], [30, 40, 20, 7, 3])[0]},
                    "completed_at": _at(plan.start + timedelta(weeks=month), 8).isoformat(),
                    "clinician_id": None,
                    "team_id": clinician.team_id,
                    "site_id": clinician.site_id,
                    "completed_by": "clinician",
                }
            )
    return data


def _one_patient(
    rng: random.Random, plan: OrgPlan, staff: list[Clinician], data: Dataset, p: int
) -> None:
    patient_id = f"pt-{plan.seed}-{p:06d}"
    clinician = staff[p % len(staff)]
    data.patients.append(
        {
            "patient_id": patient_id,
            "birth_year": rng.randint(1950, 2008),
            "sex": rng.choice(SEXES),
            "gender_identity": rng.choice(GENDERS),
            "race": [rng.choices(RACES, RACE_WEIGHTS)[0]],
            "ethnicity": rng.choices(ETHNICITIES, [18, 82])[0],
            "preferred_language": rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0],
            "payer_type": rng.choice(PAYERS),
            "rurality": rng.choices(RURALITY, [70, 15, 10, 5])[0],
        }
    )
    service_line = rng.choice(SERVICE_LINES)
    referral_days = plan.weeks * 7 // 2 if plan.referral_weeks is None else plan.referral_weeks * 7
    received = plan.start + timedelta(days=rng.randrange(0, referral_days))
    referral_id = f"ref-{patient_id}"
    data.referrals.append(
        {
            "referral_id": referral_id,
            "patient_id": patient_id,
            "received_on": received.isoformat(),
            "service_line": service_line,
            "site_id": clinician.site_id,
            "priority": rng.choices(["routine", "urgent"], [85, 15])[0],
        }
    )
    course = rng.choices(COURSES, COURSE_WEIGHTS)[0]
    baseline = rng.randint(10, 24)
    modality = rng.choices(MODALITIES, MODALITY_WEIGHTS)[0]
    first_day = received + timedelta(days=rng.randint(3, 40))
    end = plan.start + timedelta(weeks=plan.weeks)
    kept = 0
    for s in range(plan.sessions_per_patient):
        day = first_day + timedelta(days=7 * s + rng.randint(0, 2))
        if day >= end:
            break
        encounter_id = f"enc-{patient_id}-{s:02d}"
        status = rng.choices(
            ["fulfilled", "no-show", "cancelled-by-patient", "cancelled-by-clinic"], [80, 9, 7, 4]
        )[0]
        start = _at(day, 9 + rng.randrange(8))
        body: dict[str, Any] = {
            "encounter_id": encounter_id,
            "patient_id": patient_id,
            "referral_id": referral_id,
            "clinician_id": clinician.id,
            "team_id": clinician.team_id,
            "site_id": clinician.site_id,
            "service_line": service_line,
            "modality": modality,
            "scheduled_start": start.isoformat(),
            "scheduled_minutes": 50,
            "status": status,
        }
        if status == "fulfilled":
            body["actual_start"] = start.isoformat()
            body["actual_end"] = (start + timedelta(minutes=50)).isoformat()
            if modality != "in-person" and rng.random() < 0.15:
                body["technical_problems"] = {
                    "kinds": [rng.choice(["audio", "connection", "login", "platform"])],
                    "minutes_lost": rng.randint(1, 12),
                    "dropped_and_rejoined": rng.random() < 0.4,
                    "switched_to_phone": modality == "video" and rng.random() < 0.3,
                }
        elif status.startswith("cancelled"):
            notice = timedelta(hours=rng.choice([2, 12, 30, 72]))
            body["cancelled_at"] = (start - notice).isoformat()
        data.encounters.append(body)
        if status != "fulfilled":
            continue
        if kept % 2 == 0:
            score = baseline if kept == 0 else _course_score(rng, course, baseline, kept // 2)
            data.assessments.append(
                {
                    "assessment_id": f"asm-{encounter_id}",
                    "patient_id": patient_id,
                    "instrument_id": "phq9",
                    "answers": phq9_answers(rng, score),
                    "completed_at": (start - timedelta(hours=1)).isoformat(),
                    "clinician_id": clinician.id,
                    "team_id": clinician.team_id,
                    "site_id": clinician.site_id,
                    "completed_by": "patient",
                }
            )
        kept += 1
        if rng.random() < 0.3:
            data.feedback.append(_session_feedback(rng, patient_id, encounter_id, start))
        if modality == "video" and rng.random() < 0.4:
            data.feedback.append(
                _telehealth_feedback(rng, encounter_id, start, "technical_problems" in body)
            )


def _session_feedback(
    rng: random.Random, patient_id: str, encounter_id: str, start: datetime
) -> dict[str, Any]:
    good = rng.random() < 0.75
    return {
        "submission_id": f"fb-{encounter_id}-session",
        "form_id": "session-feedback",
        "encounter_id": encounter_id,
        "patient_id": patient_id,
        "submitted_at": (start + timedelta(hours=2)).isoformat(),
        "answers": {
            "felt-heard": rng.choice([4, 5]) if good else rng.choice([2, 3]),
            "worked-on-what-mattered": rng.choice([4, 5]) if good else rng.choice([2, 3, 4]),
            "overall": rng.choice([8, 9, 10]) if good else rng.choice([4, 5, 6, 7]),
        },
    }


def _telehealth_feedback(
    rng: random.Random, encounter_id: str, start: datetime, had_problem: bool
) -> dict[str, Any]:
    return {
        "submission_id": f"fb-{encounter_id}-telehealth",
        "form_id": "telehealth-experience",
        "encounter_id": encounter_id,
        "patient_id": None,
        "submitted_at": (start + timedelta(hours=3)).isoformat(),
        "answers": {
            "audio-quality": rng.choice([2, 3]) if had_problem else rng.choice([4, 5]),
            "ease-of-joining": rng.choice([3, 4, 5]),
            "choose-video-again": not had_problem or rng.random() < 0.5,
        },
    }

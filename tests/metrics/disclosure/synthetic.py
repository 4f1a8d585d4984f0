"""The attacked organization: one quarter of appointments with small units beside large ones.

Seeded, so every run attacks the same data. Two sites, four teams, seven clinicians; each
patient sees one clinician in one modality and one service line and has one race and one
preferred language, like most patients of an outpatient clinic. Some units are deliberately
small (a team and a clinician of 4-5 patients, 4 phone patients, 3 American Indian patients,
2 Vietnamese speakers), others large, so that suppression has something to protect and
something to publish. The data go in through intake's public batch API; :class:`Truth` keeps
the same appointments so the test knows every hidden count exactly.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from starlette.testclient import TestClient

from tests.support.tokens import bearer

FIRST_DAY = date(2026, 1, 1)
LAST_DAY = date(2026, 3, 31)
LOCAL = timezone(timedelta(hours=-5))  # 10:00 local is 15:00 UTC: the same date either way

# team -> (site, {clinician: patients})
STAFF: dict[str, tuple[str, dict[str, int]]] = {
    "team-adult": ("site-north", {"c-a1": 80, "c-a2": 70, "c-a3": 60}),
    "team-youth": ("site-north", {"c-y1": 5}),
    "team-south": ("site-south", {"c-s1": 75, "c-s2": 4}),
    "team-rural": ("site-south", {"c-r1": 14}),
}
MODALITIES = ("in-person", "video", "phone")
SERVICE_LINES = ("adult-outpatient", "youth-outpatient")
WHITE, BLACK, ASIAN, AIAN = "2106-3", "2054-5", "2028-9", "1002-5"
RACES = (WHITE, BLACK, ASIAN, AIAN)
LANGUAGES = ("en", "es", "vi")
SMALL_UNITS = (
    ("team", "team-youth"),
    ("team", "team-rural"),
    ("clinician", "c-y1"),
    ("clinician", "c-s2"),
)
"""Units small enough that most of their cells are suppressed."""
KEPT_SHARE = 0.72  # high no-show share: the rest (denominator minus kept) is often publishable


@dataclass(frozen=True)
class Appointment:
    """One appointment as the test knows it (kept, or missed without notice)."""

    clinician: str
    day: date
    kept: bool
    modality: str
    service_line: str
    race: str
    language: str
    patient: str

    def category(self, family: str) -> str:
        """The appointment's value along an additive dimension (a filter or equity group)."""
        return {
            "modality": self.modality,
            "service_line": self.service_line,
            "race": self.race,
            "language": self.language,
        }[family]


@dataclass
class Truth:
    """The org's appointments and the bodies that put them into intake."""

    org: str
    appointments: list[Appointment] = field(default_factory=list)
    patients: list[dict] = field(default_factory=list)
    encounters: list[dict] = field(default_factory=list)

    @property
    def clinicians(self) -> dict[str, tuple[str, str]]:
        """clinician -> (team, site)."""
        return {c: (t, s) for t, (s, cs) in STAFF.items() for c in cs}


def _pick(rng: random.Random, forced: dict[str, int], weights: dict[str, float], i: int) -> str:
    """The i-th patient's category: the first few take the forced small groups."""
    start = 0
    for value, count in forced.items():
        if start <= i < start + count:
            return value
        start += count
    return rng.choices(list(weights), list(weights.values()))[0]


def build(org: str, seed: int = 14) -> Truth:
    """The org's quarter: every patient with 2-7 weekly appointments from a random first day."""
    rng = random.Random(seed)
    truth = Truth(org)
    everyone = [
        (clinician, team, site)
        for team, (site, caseloads) in STAFF.items()
        for clinician, patients in caseloads.items()
        for _ in range(patients)
    ]
    order = list(range(len(everyone)))
    rng.shuffle(order)
    for i, k in enumerate(order):
        clinician, team, site = everyone[k]
        pid = f"pt-{seed}-{k:04d}"
        modality = _pick(rng, {"phone": 4}, {"in-person": 0.62, "video": 0.38}, i)
        race = _pick(rng, {AIAN: 3}, {WHITE: 0.6, BLACK: 0.28, ASIAN: 0.12}, (i + 7) % len(order))
        language = _pick(rng, {"vi": 2}, {"en": 0.82, "es": 0.18}, (i + 19) % len(order))
        youth = team == "team-youth" or rng.random() < 0.2
        line = SERVICE_LINES[1] if youth else SERVICE_LINES[0]
        truth.patients.append({
            "patient_id": pid, "race": [race], "preferred_language": language,
            "birth_year": rng.randint(1950, 2008),
        })  # fmt: skip
        first = FIRST_DAY + timedelta(days=rng.randrange(0, 70))
        for s in range(rng.randint(2, 7)):
            day = first + timedelta(days=7 * s + rng.randint(0, 2))
            if day > LAST_DAY:
                break
            kept = rng.random() < KEPT_SHARE
            start = datetime.combine(day, time(9 + rng.randrange(8)), tzinfo=LOCAL)
            body = {
                "encounter_id": f"enc-{pid}-{s}", "patient_id": pid, "clinician_id": clinician,
                "team_id": team, "site_id": site, "service_line": line, "modality": modality,
                "scheduled_start": start.isoformat(), "scheduled_minutes": 50,
                "status": "fulfilled" if kept else "no-show",
            }  # fmt: skip
            if kept:
                body["actual_start"] = start.isoformat()
                body["actual_end"] = (start + timedelta(minutes=50)).isoformat()
            truth.encounters.append(body)
            truth.appointments.append(
                Appointment(clinician, day, kept, modality, line, race, language, pid)
            )
    return truth


def _chunks(items: list[dict], size: int = 400) -> Iterable[list[dict]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def post(intake: TestClient, truth: Truth) -> None:
    """Send the patients and appointments to intake, as an EHR's daily extract would."""
    headers = bearer(truth.org, "intake:write")
    for path, items in (
        ("/v1/patients:batch", truth.patients),
        ("/v1/encounters:batch", truth.encounters),
    ):
        for n, chunk in enumerate(_chunks(items)):
            response = intake.post(
                path, json=chunk, headers={**headers, "Idempotency-Key": f"{path}-{n}"}
            )
            assert response.status_code == 200, response.text
            refused = [r for r in response.json()["results"] if r["status"] >= 400]
            assert not refused, refused[:3]

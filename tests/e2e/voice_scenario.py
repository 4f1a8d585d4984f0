"""What the consumers'-voice scenario sends (tests/e2e/test_consumer_voice.py checks what comes
of it), and the recomputation of what metrics should publish, written from the README's
"Disclosure policy" without any service code.

One organization, four teams on two sites, twelve weeks of weekly sessions (so three or four
calendar months of kept sessions). After some kept sessions the patient's app sends the session
feedback form, after others a comment (form ``comment``); a few comments come with no session
and no patient. Some comments carry a canary: a string that must never leave intake. The small
team (three patients) exists to be suppressed, and to make another team suppressed with it.
:class:`Voice` makes the calls; the recomputation (:func:`publish`) is at the end.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from harness.processes import RunningService
from shared.auth import issue_local_token

ORG = "org-consumer-voice"
#: team -> (site, clinicians, patients)
TEAMS = {
    "team-north": ("site-1", 2, 12),
    "team-south": ("site-1", 2, 11),
    "team-east": ("site-2", 2, 13),
    "team-tiny": ("site-2", 1, 3),
}
WEEKS = 12
CANARY = "CANARY-VOICE-{n}"
ITEMS = ("felt-heard", "worked-on-what-mattered", "approach-fits", "overall")
TOP_BOX = {
    "felt-heard": {5},
    "worked-on-what-mattered": {5},
    "approach-fits": {5},
    "overall": {9, 10},
}  # fmt: skip  (services/intake/forms/session-feedback.json)
THEMES = {
    "access-waiting": "Waiting times",
    "staff-kindness": "Kindness of staff",
    "rooms-comfort": "Rooms and comfort",
}
THRESHOLD = 11  # README "Disclosure policy": no count of 1 to 10
BASE = 5  # counts rounded to the nearest 5, halves up
ANONYMOUS_COMMENTS = 12


@dataclass
class Sent:
    """Everything the scenario sent, as it sent it."""

    encounters: list[dict[str, Any]] = field(default_factory=list)
    first: list[dict[str, Any]] = field(default_factory=list)  # feedback, first batch
    second: list[dict[str, Any]] = field(default_factory=list)  # feedback, second batch
    canaries: list[str] = field(default_factory=list)

    @property
    def feedback(self) -> list[dict[str, Any]]:
        return self.first + self.second

    def encounter(self, submission: dict[str, Any]) -> dict[str, Any] | None:
        by_id = {e["encounter_id"]: e for e in self.encounters}
        return by_id.get(submission.get("encounter_id") or "")


@dataclass
class Voice:
    """The running services, what was sent and tagged, and the scenario's HTTP calls: each
    actor (the app, staff, a comment reviewer, metrics' readers) with a token of its scope."""

    services: dict[str, RunningService]
    sent: Sent
    ids: dict[str, str]  # submission id -> feedback id
    tags: dict[str, list[str]] = field(default_factory=dict)  # feedback id -> latest themes
    between: str = ""  # a time after the first feedback batch and before the second
    answers: list[str] = field(default_factory=list)  # every metrics answer read
    client: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=30))

    def call(self, method: str, service: str, path: str, scope: str, *, sub: str = "staff",
             **options: Any) -> Any:  # fmt: skip
        token = {"Authorization": f"Bearer {issue_local_token(org=ORG, scope=scope, sub=sub)}"}
        url = f"{self.services[service].url}{path}"
        answer = self.client.request(method, url, headers=token, **options)
        assert answer.status_code < 300, (method, path, answer.status_code, answer.text[:2000])
        if service == "metrics":
            self.answers.append(answer.text)
        return answer.json()

    def pages(self, service: str, path: str, scope: str, *, sub: str = "staff",
              **params: Any) -> list[dict[str, Any]]:  # fmt: skip
        items, cursor = [], None
        while True:
            extra: dict[str, str] = {"cursor": cursor} if cursor else {}
            page = self.call("GET", service, path, scope, sub=sub, params={**params, **extra})
            items += page["items"]
            cursor = page["next_cursor"]
            if not cursor:
                return items

    def feed(self, service: str) -> list[dict[str, Any]]:
        events, after = [], None
        while True:
            params = {"limit": 1000, **({"after": after} if after else {})}
            page = self.call("GET", service, "/v1/feed", "feed:read", params=params)
            events += page["items"]
            after = page["next_cursor"]
            if not page["has_more"]:
                return events


def scenario(now: datetime, seed: int = 20) -> Sent:
    """Encounters and feedback, all in the past of ``now``; deterministic from ``seed``."""
    rng = random.Random(seed)
    sent = Sent()
    comments: list[dict[str, Any]] = []
    for team, (site, clinicians, patients) in TEAMS.items():
        for p in range(patients):
            patient = f"pt-{team}-{p:02d}"
            clinician = f"clin-{team}-{p % clinicians}"
            for week in range(WEEKS):
                start = (now - timedelta(days=2 + 7 * week, hours=rng.randrange(1, 9))).replace(
                    microsecond=0
                )
                kept = rng.random() < 0.88
                encounter = {
                    "encounter_id": f"enc-{patient}-{week:02d}", "patient_id": patient,
                    "clinician_id": clinician, "team_id": team, "site_id": site,
                    "service_line": "adult-outpatient", "modality": "in-person",
                    "scheduled_start": start.isoformat(), "scheduled_minutes": 50,
                    "status": "fulfilled" if kept else "no-show",
                }  # fmt: skip
                if kept:
                    encounter["actual_start"] = start.isoformat()
                    encounter["actual_end"] = (start + timedelta(minutes=50)).isoformat()
                sent.encounters.append(encounter)
                if not kept:
                    continue
                about = {"encounter_id": encounter["encounter_id"], "patient_id": patient,
                         "submitted_at": (start + timedelta(hours=2)).isoformat()}  # fmt: skip
                if rng.random() < 0.5:
                    batch = sent.first if week % 2 else sent.second
                    batch.append(_session_form(rng, about))
                elif rng.random() < 0.2:
                    comments.append(about)
    for n in range(ANONYMOUS_COMMENTS):
        comments.append({"submitted_at": (now - timedelta(days=n + 1)).isoformat()})
    for n, about in enumerate(comments):
        text = f"{CANARY.format(n=n)}: the waiting room was cold." if n % 4 == 0 else "Fine."
        if n % 4 == 0:
            sent.canaries.append(CANARY.format(n=n))
        body = {"submission_id": f"fb-comment-{n:03d}", "form_id": "comment",
                "answers": {"comment": text}, **about}  # fmt: skip
        (sent.first if n % 2 else sent.second).append(body)
    return sent


def _session_form(rng: random.Random, about: dict[str, Any]) -> dict[str, Any]:
    good = rng.random() < 0.7
    answers = {
        "felt-heard": rng.choice([4, 5]) if good else rng.choice([1, 2, 3]),
        "worked-on-what-mattered": rng.choice([3, 4, 5]) if good else rng.choice([2, 3]),
        "overall": rng.choice([8, 9, 10]) if good else rng.choice([3, 5, 6, 7]),
    }
    if rng.random() < 0.6:
        answers["approach-fits"] = rng.choice([3, 4, 5])
    return {"submission_id": f"fb-session-{about['encounter_id']}", "form_id": "session-feedback",
            "answers": answers, **about}  # fmt: skip


def first_tags(submission: dict[str, Any], n: int) -> list[str]:
    """The themes staff first give a submission: every comment gets one or two; a session form
    with a low "felt heard" gets staff kindness."""
    if submission["form_id"] == "comment":
        codes = sorted(THEMES)
        return sorted({codes[n % 3], codes[(n // 3) % 3]})
    return ["staff-kindness"] if submission["answers"]["felt-heard"] <= 2 else []


def retag(n: int) -> list[str]:
    """The set some comments are re-tagged with on a second reading (the last one: none)."""
    return [] if n == 0 else [sorted(THEMES)[n % 3]]


# The recomputation. Units: "org" and each team; a submission without a session has no team.


def rounded(count: float) -> float:
    return float(BASE * math.floor(count / BASE + 0.5))


@dataclass(frozen=True)
class Expected:
    """One cell as the disclosure policy should publish it (None: suppressed)."""

    value: float | None
    numerator: float | None
    denominator: float | None
    n: int | None


@dataclass
class Raw:
    """Exact counts of one cell: its patients (anonymous rows each their own) and sums."""

    patients: set[str] = field(default_factory=set)
    anonymous: int = 0
    numerator: float = 0
    denominator: float = 0

    @property
    def n(self) -> int:
        return len(self.patients) + self.anonymous

    def add(self, patient: str | None, numerator: float, denominator: float) -> None:
        if patient == NOBODY:
            pass
        elif patient is None:
            self.anonymous += 1
        else:
            self.patients.add(patient)
        self.numerator += numerator
        self.denominator += denominator


Key = tuple[str, str]  # (month, unit)
NOBODY = ""
"""The patient of a row that is no respondent (a kept session, in the response rate's
denominator): it adds to no cell's ``n``."""
Counts = Callable[[Raw], tuple[float, ...]]

KINDS: dict[str, Counts] = {
    # What suppression looks at: n and the denominator always; for a share also the
    # numerator and the complement (a rate's numerator and a mean's sum are not people).
    "proportion": lambda r: (r.n, r.numerator, r.denominator, r.denominator - r.numerator),
    "rate": lambda r: (r.n, r.denominator),
    "continuous": lambda r: (r.n, r.denominator),
}


def _small(counts: Iterable[float]) -> bool:
    return any(0 < c < THRESHOLD for c in counts)


def publish(raw: dict[Key, Raw], kind: str) -> dict[Key, Expected]:
    """Primary suppression, then complementary among a month's teams under the org cell, then
    rounding (a share or rate from the rounded counts; a mean to 2 decimals)."""
    counts = KINDS[kind]
    hidden = {k for k, r in raw.items() if _small(counts(r))}  # primary; the org's is only that
    for month in {m for m, _ in raw}:
        total = raw.get((month, "org"))
        teams = sorted((k for k in raw if k[0] == month and k[1] != "org"),
                       key=lambda k: (raw[k].n == 0, raw[k].n, k[1]))  # fmt: skip
        if total is None or (month, "org") in hidden:
            hidden |= set(teams)
            continue
        while True:  # complementary: until the hidden teams cannot be recovered together
            mine = [counts(raw[k]) for k in teams if k in hidden]
            sums = [sum(column) for column in zip(*mine, strict=True)]
            shown = [k for k in teams if k not in hidden]
            if not mine or (len(mine) > 1 and not _small(sums)) or not shown:
                break
            hidden.add(shown[0])
    return {k: _shown(r, kind) if k not in hidden else Expected(None, None, None, None)
            for k, r in raw.items()}  # fmt: skip


def _shown(r: Raw, kind: str) -> Expected:
    denominator = rounded(r.denominator)
    if kind == "continuous":
        return Expected(r.numerator / r.denominator, None, denominator, int(rounded(r.n)))
    numerator = rounded(r.numerator)
    value = numerator / denominator if denominator else None
    return Expected(value, numerator, denominator, int(rounded(r.n)))


def raw_cells(rows: Iterable[tuple[str, str | None, str | None, float, float]]) -> dict[Key, Raw]:
    """(month, team, patient, numerator, denominator) rows summed per month for the org and
    each team."""
    out: dict[Key, Raw] = defaultdict(Raw)
    for month, team, patient, numerator, denominator in rows:
        for unit in ["org", *([team] if team else [])]:
            out[(month, unit)].add(patient, numerator, denominator)
    return dict(out)

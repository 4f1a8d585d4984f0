"""Locust users for the mixed load: one large organization's vendors, apps and people.

Run by ``benchmarks/mixed_load.py`` (a locust subprocess, so that gevent's monkey-patching never
touches the runner or pytest), never on its own. The runner seeds the services and passes, in
environment variables:

    LL_FIXTURE   JSON file: org, the three base URLs, seeded patients, clinicians, encounters
    LL_SAMPLES   file this process writes every request to at exit, one JSON array a line
    LL_WAIT      ``think`` (0.1-1 s between tasks) or ``rate:<tasks per second per user>``
    LL_RETRY_PAUSE  seconds between an answer and its idempotent retry (default 0)

Every request is recorded by name (the endpoint group) with its latency and outcome; the runner
computes the figures itself from the raw samples (locust's own percentiles are bucketed). A
request fails on a transport error, a timeout, any status it should not get (every 5xx, any
unexpected 4xx), a batch item refused, or an idempotent retry answered differently from the
first try.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import uuid
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from locust import FastHttpUser, between, constant_throughput, events, task

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.auth import issue_local_token  # noqa: E402
from synthetic.generator import phq9_answers  # noqa: E402

FIXTURE: dict[str, Any] = json.loads(Path(os.environ["LL_FIXTURE"]).read_text())
ORG = FIXTURE["org"]
INTAKE, MEASURES, METRICS = (FIXTURE["urls"][n] for n in ("intake", "measures", "metrics"))
PATIENTS: list[dict[str, Any]] = FIXTURE["patients"]
CLINICIANS: list[dict[str, str]] = FIXTURE["clinicians"]
KEPT: list[dict[str, str]] = FIXTURE["kept_encounters"]
TRACKED: list[str] = FIXTURE["phq9_patients"]
REPLAY_SHARE = 0.05  # apps retry about one POST in twenty (lost answer, app killed mid-send)
RETRY_GROUP = "any POST retried with its Idempotency-Key"
#: Seconds between an answer and its retry: 0 in the full run (the hardest case: the retry
#: arrives while the server may still be storing the first answer), 1 s in the CI smoke run,
#: as an app backs off (see "mixed load and soak" in README.md for why).
RETRY_PAUSE = float(os.environ.get("LL_RETRY_PAUSE", "0"))


def _wait_time() -> Any:
    mode = os.environ.get("LL_WAIT", "think")
    if mode.startswith("rate:"):
        return constant_throughput(float(mode.split(":", 1)[1]))
    return between(0.1, 1.0)


WAIT = _wait_time()
SAMPLES: list[list[Any]] = []


@events.request.add_listener
def _record(name: str, response_time: float, exception: Any, **_: Any) -> None:
    error = None if exception is None else str(exception)[:300]
    SAMPLES.append([time.time(), name, round(response_time, 2), error])


@events.user_error.add_listener
def _bug(exception: Exception, **_: Any) -> None:
    """An exception in a task is a bug of this file: recorded so that the run cannot pass."""
    SAMPLES.append([time.time(), "locustfile error", 0.0, repr(exception)[:300]])


@events.quitting.add_listener
def _dump(**_: Any) -> None:
    with open(os.environ["LL_SAMPLES"], "w") as out:
        for sample in SAMPLES:
            out.write(json.dumps(sample) + "\n")


def _bearer(scope: str, claims: dict[str, Any] | None = None) -> dict[str, str]:
    token = issue_local_token(
        org=ORG, scope=scope, sub=f"load-{uuid.uuid4().hex[:8]}", extra=claims
    )
    return {"Authorization": f"Bearer {token}"}


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _ago(days: float) -> str:
    return (_now() - timedelta(days=days)).isoformat()


class _Caller(FastHttpUser):
    """Shared request helpers: expected statuses, batch item checks, idempotent replays."""

    abstract = True
    wait_time = WAIT
    network_timeout = 30.0
    connection_timeout = 10.0
    scope = ""
    claims: ClassVar[dict[str, Any]] = {}

    def on_start(self) -> None:
        self.auth = _bearer(self.scope, self.claims)
        self.rng = random.Random()

    def call(
        self,
        method: str,
        url: str,
        name: str,
        ok: tuple[int, ...] = (200,),
        body: Any = None,
        batch: bool = False,
        key: str | None = None,
        params: dict[str, Any] | None = None,
        expect: Any = None,
        empty: str | None = None,
    ) -> Any:
        """One request; returns the parsed JSON body (or None) when it succeeded. With
        ``expect``, the body must equal it (an idempotent retry replays the first answer). With
        ``empty``, a 422 problem whose detail starts so is the documented "nothing to show"."""
        headers = dict(self.auth)
        if key:
            headers["Idempotency-Key"] = key
        with self.client.request(
            method, url, name=name, json=body, headers=headers, params=params, catch_response=True
        ) as response:
            if (
                empty
                and response.status_code == 422
                and response.json()["detail"].startswith(empty)
            ):
                response.success()
                return None
            if response.status_code not in ok:
                if response.status_code:
                    detail = (response.text or "")[:300]
                else:  # no answer at all: say what the transport reported
                    detail = repr(getattr(response, "error", None))[:300]
                response.failure(f"HTTP {response.status_code} {detail}".strip())
                return None
            if batch:
                refused = [r for r in response.json()["results"] if r["status"] >= 400]
                if refused:
                    response.failure(f"{len(refused)} batch items refused, first {refused[0]}")
                    return None
            ctype = response.headers.get("content-type", "")
            parsed = response.json() if ctype.startswith("application/json") else None
            if expect is not None and parsed != expect:
                response.failure("an idempotent retry got another answer than the first try")
                return None
            response.success()
            return parsed

    def post(
        self, url: str, name: str, body: Any, ok: tuple[int, ...], batch: bool = False
    ) -> None:
        """A POST with a fresh Idempotency-Key; now and then sent again with the same key, as an
        app does when it never saw the answer: the retry must get the first answer back."""
        key = uuid.uuid4().hex
        first = self.call("POST", url, name, ok, body, batch, key)
        if first is None or self.rng.random() >= REPLAY_SHARE:
            return
        time.sleep(RETRY_PAUSE)  # gevent's sleep: locust has patched the module
        self.call("POST", url, RETRY_GROUP, ok, body, batch, key, expect=first)


class EhrIntegration(_Caller):
    """The EHR vendor: books and closes sessions one by one, sends a nightly extract, keeps
    demographics up to date."""

    weight = 3
    host = INTAKE
    scope = "intake:read intake:write"

    def on_start(self) -> None:
        super().on_start()
        self.booked: deque[tuple[str, dict[str, Any]]] = deque(maxlen=200)

    def _encounter(self, patient: dict[str, Any], status: str) -> dict[str, Any]:
        start = _now() - timedelta(days=self.rng.uniform(0.2, 20))
        body: dict[str, Any] = {
            "patient_id": patient["patient_id"],
            "referral_id": patient["referral_id"],
            "clinician_id": patient["clinician_id"],
            "team_id": patient["team_id"],
            "site_id": patient["site_id"],
            "service_line": patient["service_line"],
            "modality": patient["modality"],
            "scheduled_start": start.isoformat(),
            "scheduled_minutes": 50,
            "status": status,
        }
        return self._outcome(body, status)

    def _outcome(self, body: dict[str, Any], status: str) -> dict[str, Any]:
        body = {**body, "status": status}
        start = datetime.fromisoformat(body["scheduled_start"])
        if status == "fulfilled":
            body["actual_start"] = start.isoformat()
            body["actual_end"] = (start + timedelta(minutes=50)).isoformat()
            if body["modality"] != "in-person" and self.rng.random() < 0.15:
                body["technical_problems"] = {
                    "kinds": [self.rng.choice(["audio", "connection", "login"])],
                    "minutes_lost": self.rng.randint(1, 12),
                    "dropped_and_rejoined": False,
                    "switched_to_phone": False,
                }
        elif status.startswith("cancelled"):
            body["cancelled_at"] = (start - timedelta(hours=self.rng.choice([2, 30]))).isoformat()
        return body

    def _status(self) -> str:
        return self.rng.choices(
            ["fulfilled", "no-show", "cancelled-by-patient", "cancelled-by-clinic"], [80, 9, 7, 4]
        )[0]

    @task(12)
    def put_encounter(self) -> None:
        """Half the time book a new session, else close the oldest one this EHR booked."""
        if self.booked and self.rng.random() < 0.5:
            encounter_id, body = self.booked.popleft()
            body = self._outcome(body, self._status())
            ok: tuple[int, ...] = (200,)
        else:
            encounter_id = f"enc-load-{uuid.uuid4().hex[:16]}"
            body = self._encounter(self.rng.choice(PATIENTS), "booked")
            self.booked.append((encounter_id, body))
            ok = (200, 201)
        self.call("PUT", f"{INTAKE}/v1/encounters/{encounter_id}", "intake PUT encounter", ok, body)

    @task(2)
    def encounter_batch(self) -> None:
        """A nightly extract: 100 sessions that already happened."""
        items = [
            {
                "encounter_id": f"enc-load-{uuid.uuid4().hex[:16]}",
                **self._encounter(self.rng.choice(PATIENTS), self._status()),
            }
            for _ in range(100)
        ]
        self.post(
            f"{INTAKE}/v1/encounters:batch", "intake POST encounters:batch", items, (200,), True
        )

    @task(4)
    def put_patient(self) -> None:
        """A demographics update (insurance changed, language recorded) of a known patient."""
        patient = self.rng.choice(PATIENTS)
        self.call(
            "PUT",
            f"{INTAKE}/v1/patients/{patient['patient_id']}",
            "intake PUT patient",
            (200, 201),
            {**patient["demographics"], "payer_type": self.rng.choice(["1", "2", "5", "8", "9"])},
        )

    @task(1)
    def patient_batch(self) -> None:
        """A registry sync: 50 known patients, re-sent with their demographics."""
        items = [
            {"patient_id": p["patient_id"], **p["demographics"]}
            for p in self.rng.sample(PATIENTS, min(50, len(PATIENTS)))
        ]
        self.post(f"{INTAKE}/v1/patients:batch", "intake POST patients:batch", items, (200,), True)


class PatientApp(_Caller):
    """The patients' mobile app: session feedback, PHQ-9 and GAD-7 before sessions, and what it
    queued while offline."""

    weight = 3
    host = MEASURES
    scope = "intake:write measures:write"

    def _feedback(self) -> dict[str, Any]:
        kept = self.rng.choice(KEPT)
        good = self.rng.random() < 0.75
        return {
            "submission_id": f"fb-load-{uuid.uuid4().hex[:16]}",
            "form_id": "session-feedback",
            "encounter_id": kept["encounter_id"],
            "patient_id": kept["patient_id"],
            "submitted_at": _ago(self.rng.uniform(0, 3)),
            "answers": {
                "felt-heard": self.rng.choice([4, 5] if good else [2, 3]),
                "worked-on-what-mattered": self.rng.choice([4, 5] if good else [2, 3, 4]),
                "overall": self.rng.choice([8, 9, 10] if good else [4, 5, 6, 7]),
            },
        }

    def _assessment(self, instrument: str) -> dict[str, Any]:
        patient = self.rng.choice(PATIENTS)
        if instrument == "phq9":
            answers = phq9_answers(self.rng, self.rng.randint(2, 24))
            if self.rng.random() < 0.05:
                answers["phq9_9"] = max(1, answers["phq9_9"])  # item 9 endorsed: an alert
        else:
            answers = {f"gad7_{i}": self.rng.randint(0, 3) for i in range(1, 8)}
        return {
            "assessment_id": f"asm-load-{uuid.uuid4().hex[:16]}",
            "patient_id": patient["patient_id"],
            "instrument_id": instrument,
            "answers": answers,
            "completed_at": _ago(self.rng.uniform(0, 14)),
            "completed_by": "patient",
            "clinician_id": patient["clinician_id"],
            "team_id": patient["team_id"],
            "site_id": patient["site_id"],
        }

    @task(6)
    def post_feedback(self) -> None:
        self.post(f"{INTAKE}/v1/feedback", "intake POST feedback", self._feedback(), (200, 201))

    @task(1)
    def feedback_batch(self) -> None:
        items = [self._feedback() for _ in range(20)]
        self.post(f"{INTAKE}/v1/feedback:batch", "intake POST feedback:batch", items, (200,), True)

    @task(4)
    def post_phq9(self) -> None:
        body = self._assessment("phq9")
        self.post(f"{MEASURES}/v1/assessments", "measures POST assessment", body, (200, 201))

    @task(3)
    def post_gad7(self) -> None:
        body = self._assessment("gad7")
        self.post(f"{MEASURES}/v1/assessments", "measures POST assessment", body, (200, 201))

    @task(1)
    def assessment_batch(self) -> None:
        items = [self._assessment(self.rng.choice(["phq9", "gad7"])) for _ in range(20)]
        self.post(
            f"{MEASURES}/v1/assessments:batch",
            "measures POST assessments:batch",
            {"items": items},
            (200,),
            True,
        )


class ClinicianPortal(_Caller):
    """Clinicians between sessions: a patient's PHQ-9 trajectory, their open alerts."""

    weight = 2
    host = MEASURES
    scope = "measures:read"

    @task(3)
    def trajectory(self) -> None:
        patient_id = self.rng.choice(TRACKED)
        self.call(
            "GET",
            f"{MEASURES}/v1/patients/{patient_id}/trajectory",
            "measures GET trajectory",
            params={"instrument": "phq9"},
        )

    @task(2)
    def alerts(self) -> None:
        params: dict[str, Any] = {"status": "open", "limit": 50}
        if self.rng.random() < 0.6:
            params["clinician_id"] = self.rng.choice(CLINICIANS)["clinician_id"]
        self.call("GET", f"{MEASURES}/v1/alerts", "measures GET alerts", params=params)


RATE_METRICS = ["kept-rate", "no-show-rate", "late-cancellation-rate", "telehealth-problem-rate"]
OUTCOME_METRICS = ["mbc-reliable-improvement", "mbc-assessed-before-session"]
EQUITY_BY = ["race", "ethnicity", "age_band", "language", "payer", "rurality"]


class QualityDashboard(_Caller):
    """QI leads and managers: metric values at every level, control charts (JSON and SVG),
    equity views and clinician feedback reports."""

    weight = 1
    host = METRICS
    scope = "metrics:read"
    # A leader sees every clinician's figures (clinician-level values and reports need a role).
    claims: ClassVar[dict[str, Any]] = {"role": "leader"}

    def _level(self) -> dict[str, Any]:
        clinician = self.rng.choice(CLINICIANS)
        level = self.rng.choices(["org", "site", "team", "clinician"], [4, 3, 2, 1])[0]
        unit = {"org": None, "site": "site_id", "team": "team_id", "clinician": "clinician_id"}
        params: dict[str, Any] = {"level": level}
        if unit[level]:
            params["unit"] = clinician[unit[level]]
        return params

    @task(4)
    def values(self) -> None:
        metric = self.rng.choice(RATE_METRICS + OUTCOME_METRICS)
        params = {**self._level(), "period": self.rng.choice(["week", "month", "quarter"])}
        self.call(
            "GET", f"{METRICS}/v1/metrics/{metric}/values", "metrics GET values", params=params
        )

    @task(2)
    def chart(self) -> None:
        metric = self.rng.choice(RATE_METRICS)
        params = {"level": self.rng.choice(["org", "site"]), "period": "month"}
        if params["level"] == "site":
            params["unit"] = self.rng.choice(CLINICIANS)["site_id"]
        self.call("GET", f"{METRICS}/v1/metrics/{metric}/chart", "metrics GET chart", params=params)

    @task(1)
    def chart_svg(self) -> None:
        metric = self.rng.choice(RATE_METRICS)
        self.call(
            "GET",
            f"{METRICS}/v1/metrics/{metric}/chart.svg",
            "metrics GET chart.svg",
            params={"level": "org", "period": self.rng.choice(["week", "month"])},
            empty="Nothing to draw",
        )

    @task(2)
    def equity(self) -> None:
        metric = self.rng.choice(RATE_METRICS)
        self.call(
            "GET",
            f"{METRICS}/v1/metrics/{metric}/equity",
            "metrics GET equity",
            params={"by": self.rng.choice(EQUITY_BY)},
        )

    @task(1)
    def clinician_report(self) -> None:
        clinician = self.rng.choice(CLINICIANS)["clinician_id"]
        params = {"from": "2026-01-01", "to": "2026-12-31"}
        if self.rng.random() < 0.5:
            params["form"] = "session-feedback"
        self.call(
            "GET",
            f"{METRICS}/v1/reports/clinicians/{clinician}",
            "metrics GET clinician report",
            params=params,
        )


class FeedReader(_Caller):
    """A downstream vendor (a data warehouse) following both change feeds, page by page, then
    polling at the end, as metrics' own consumers do alongside it."""

    weight = 1
    host = INTAKE
    scope = "feed:read"

    def on_start(self) -> None:
        super().on_start()
        self.cursors: dict[str, str | None] = {INTAKE: None, MEASURES: None}

    @task
    def read_feed(self) -> None:
        base = self.rng.choice([INTAKE, MEASURES])
        name = "intake GET feed" if base == INTAKE else "measures GET feed"
        params: dict[str, Any] = {"limit": 500}
        if self.cursors[base]:
            params["after"] = self.cursors[base]
        page = self.call("GET", f"{base}/v1/feed", name, params=params)
        if page:
            self.cursors[base] = page["next_cursor"]

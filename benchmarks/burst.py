"""A burst over every route of the three services at once, with each service's /healthz watched.

A burst of 60 concurrent patient reads once locked intake (and measures) up for minutes on
SQLite: the audit write held the single write lock while its commit waited for a worker thread,
and every worker thread waited for that lock (``shared/threads.py``). This drives every read
and write route of a service with ``concurrency`` requests in flight, one service after the
other, while a separate client asks that service's ``/healthz`` every 20 ms, and reports the
latency of both.

``tests/load/test_burst.py`` runs a bounded burst in the suite; run the full one by hand:

    .venv/bin/python benchmarks/burst.py --requests 3000 --concurrency 60
    TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python benchmarks/burst.py --requests 3000 --concurrency 60

Figures are recorded in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import multiprocessing
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness.cluster import three_services
from harness.processes import RunningService
from shared.auth import issue_local_token
from shared.auth.roles import OPERATOR_SCOPE, TENANT_SCOPES

#: The published FHIR examples the measures tests use (data, read as a file).
FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "measures" / "fixtures"
#: The longest a request may take in the burst. The server's own waits are bounded (SQLite's
#: busy timeout and the pool's, 5 s each, shared/db.py), but on a 2-core machine shared with
#: other work, 60 requests in flight queue for CPU and worker threads; before the fix a request
#: took 60 s or never came back.
LATENCY_BOUND_SECONDS = 30.0
HEALTH_BOUND_SECONDS = 0.1
HEALTH_EVERY_SECONDS = 0.02


@dataclass(frozen=True)
class Call:
    """One route of the burst: how to build its n-th request and the statuses it may answer."""

    service: str
    method: str
    route: str
    ok: frozenset[int]
    path: Callable[[int], str]
    body: Callable[[int], Any] | None = None
    params: dict[str, Any] | None = None
    media: str = "application/json"


def _call(
    service: str,
    method: str,
    route: str,
    ok: tuple[int, ...],
    path: str | Callable[[int], str] | None = None,
    body: Callable[[int], Any] | None = None,
    **options: Any,
) -> Call:
    where = path if callable(path) else (lambda _n, p=path or route: p)
    return Call(service, method, route, frozenset(ok), where, body, **options)


PATIENT = {
    "birth_year": 1987,
    "ethnicity": "2186-5",
    "payer_type": "2",
    "preferred_language": "en",
    "race": ["2054-5"],
    "rurality": "urban",
    "sex": "248152002",
}


def _referral(patient: str) -> dict[str, Any]:
    return {
        "patient_id": patient,
        "priority": "routine",
        "received_on": "2026-03-03",
        "service_line": "adult-outpatient",
        "site_id": "site-north",
    }


def _encounter(patient: str) -> dict[str, Any]:
    return {
        "patient_id": patient,
        "referral_id": "bref-0",
        "clinician_id": "clin-204",
        "team_id": "team-east",
        "site_id": "site-north",
        "service_line": "adult-outpatient",
        "modality": "video",
        "scheduled_start": "2026-03-17T15:00:00-05:00",
        "scheduled_minutes": 50,
        "actual_start": "2026-03-17T15:04:00-05:00",
        "actual_end": "2026-03-17T15:52:00-05:00",
        "status": "fulfilled",
    }


def _feedback(_n: int) -> dict[str, Any]:
    return {
        "submission_id": str(uuid.uuid4()),
        "form_id": "session-feedback",
        "encounter_id": "benc-0",
        "patient_id": "bpat-0",
        "submitted_at": "2026-03-17T16:05:00-05:00",
        "answers": {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9},
    }


def _questionnaire_response(_n: int) -> dict[str, Any]:
    answers = {"felt-heard": "5", "worked-on-what-mattered": "4", "overall": "9"}
    base = "https://learning-loop.dev/fhir/CodeSystem/session-feedback/"
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": "https://learning-loop.dev/fhir/Questionnaire/session-feedback|1.0.0",
        "status": "completed",
        "identifier": {"value": str(uuid.uuid4())},
        "subject": {"reference": "Patient/bpat-0"},
        "encounter": {"reference": "Encounter/benc-0"},
        "item": [
            {"linkId": link, "answer": [{"valueCoding": {"system": base + link, "code": code}}]}
            for link, code in answers.items()
        ],
    }


def _assessment(n: int, item9: int = 0) -> dict[str, Any]:
    answers = {f"phq9_{i}": 2 if i < 5 else 1 for i in range(1, 9)}
    return {
        "assessment_id": f"basm-{n}-{uuid.uuid4().hex[:8]}",
        "patient_id": f"bpat-{n % 10}",
        "instrument_id": "phq9",
        "answers": {**answers, "phq9_9": item9},
        "completed_at": f"2026-0{1 + n % 9}-15T10:30:00Z",
        "completed_by": "patient",
        "clinician_id": "c-12",
        "team_id": "t-north",
        "site_id": "s-main",
    }


def _us_core_phq9(_n: int) -> dict[str, Any]:
    document = json.loads(
        (FIXTURES / "hl7-us-core" / "QuestionnaireResponse-phq-9-example.json").read_text()
    )
    document["subject"] = {"reference": "Patient/bpat-1"}
    document["id"] = f"bqr-{uuid.uuid4().hex[:12]}"
    return document


SEEDED_REPORT = {"safety_event_id": "bse-0"}
POLICY = {"urgent": {"acknowledge_within_minutes": 60, "action_within_hours": 24},
          "high": {"acknowledge_within_minutes": 1440}, "info": {}}  # fmt: skip


def _safety_event(n: int) -> dict[str, Any]:
    """A near miss with an id of its own (a resend of the same id would be a replay)."""
    return {"safety_event_id": f"bse-{n}-{uuid.uuid4().hex[:8]}", "kind": "near-miss",
            "harm_level": "none", "occurred_at": "2026-11-30T10:00:00Z", "site_id": "site-a",
            "narrative": "Two charts swapped at the desk; caught before the session."}  # fmt: skip


def _alert_action(n: int) -> dict[str, Any]:
    """An action of its own on the seeded alert (a 409 once another action has closed it)."""
    return {"action_id": f"bact-{n}-{uuid.uuid4().hex[:8]}", "action": "patient-contacted",
            "performed_at": datetime.now(UTC).isoformat()}  # fmt: skip


def _unique(prefix: str) -> Callable[[int], str]:
    return lambda n: f"{prefix}-{n}-{uuid.uuid4().hex[:6]}"


def intake_calls(seeded: dict[str, str]) -> list[Call]:
    i = "intake"
    return [
        _call(i, "PUT", "/v1/patients/{patient_id}", (200, 201),
              lambda n: f"/v1/patients/bpat-{n % 50}", lambda _n: PATIENT),
        _call(i, "GET", "/v1/patients/{patient_id}", (200,), "/v1/patients/bpat-0"),
        _call(i, "POST", "/v1/patients:batch", (200,), body=lambda n: [
            {"patient_id": f"bpat-{(n + k) % 50}", **PATIENT} for k in range(5)]),
        _call(i, "GET", "/v1/patients", (200,), params={"limit": 20}),
        _call(i, "PUT", "/v1/referrals/{referral_id}", (200, 201),
              lambda n: f"/v1/referrals/bref-{n % 50}", lambda n: _referral(f"bpat-{n % 10}")),
        _call(i, "GET", "/v1/referrals/{referral_id}", (200,), "/v1/referrals/bref-0"),
        _call(i, "POST", "/v1/referrals:batch", (200,), body=lambda n: [
            {"referral_id": f"bref-{(n + k) % 50}", **_referral("bpat-0")} for k in range(5)]),
        _call(i, "GET", "/v1/referrals", (200,), params={"limit": 20}),
        _call(i, "PUT", "/v1/encounters/{encounter_id}", (200, 201),
              _unique("/v1/encounters/benc"), lambda _n: _encounter("bpat-0")),
        _call(i, "GET", "/v1/encounters/{encounter_id}", (200,), "/v1/encounters/benc-0"),
        _call(i, "POST", "/v1/encounters:batch", (200,), body=lambda n: [
            {"encounter_id": f"benc-b{n}-{k}-{uuid.uuid4().hex[:6]}", **_encounter("bpat-1")}
            for k in range(5)]),
        _call(i, "GET", "/v1/encounters", (200,), params={"limit": 20}),
        _call(i, "POST", "/v1/feedback", (200, 201), body=_feedback),
        _call(i, "POST", "/v1/feedback:batch", (200,),
              body=lambda n: [_feedback(n) for _ in range(3)]),
        _call(i, "GET", "/v1/feedback/{feedback_id}", (200,),
              f"/v1/feedback/{seeded['feedback_id']}"),
        _call(i, "GET", "/v1/forms", (200,)),
        _call(i, "GET", "/v1/forms/{form_id}", (200,), "/v1/forms/session-feedback"),
        _call(i, "GET", "/v1/forms/{form_id}/questionnaire", (200,),
              "/v1/forms/session-feedback/questionnaire"),
        _call(i, "POST", "/fhir/QuestionnaireResponse", (200, 201),
              body=_questionnaire_response, media="application/fhir+json"),
        _call(i, "POST", "/v1/safety-events", (200, 201), body=_safety_event),
        _call(i, "POST", "/v1/safety-events:batch", (200,),
              body=lambda n: [_safety_event(n) for _ in range(3)]),
        _call(i, "GET", "/v1/safety-events", (200,), params={"limit": 20}),
        _call(i, "GET", "/v1/safety-events/{safety_event_id}", (200,), "/v1/safety-events/bse-0"),
        _call(i, "POST", "/v1/safety-events/{safety_event_id}/review", (200, 409),
              "/v1/safety-events/bse-0/review", lambda _n: {"review_status": "reviewed"}),
        _call(i, "GET", "/v1/feed", (200,), params={"limit": 100}),
    ]  # fmt: skip


def measures_calls(seeded: dict[str, str]) -> list[Call]:
    m, hook, alert = "measures", seeded["webhook_id"], seeded["alert_id"]
    settings = {
        "enabled": True,
        "overrides": {"reason": "Local validation study", "total": {"caseness_threshold": 12}},
    }
    score = {"instrument_id": "phq9", "answers": _assessment(0)["answers"]}
    return [
        _call(m, "GET", "/v1/instruments", (200,)),
        _call(m, "GET", "/v1/instruments/{instrument_id}", (200,), "/v1/instruments/phq9"),
        _call(m, "GET", "/v1/instruments/{instrument_id}/questionnaire", (200,),
              "/v1/instruments/phq9/questionnaire"),
        _call(m, "GET", "/v1/instrument-settings", (200,)),
        _call(m, "PUT", "/v1/instrument-settings/{instrument_id}", (200, 201),
              "/v1/instrument-settings/phq9", lambda _n: settings),
        _call(m, "POST", "/v1/score", (200,), body=lambda _n: score),
        _call(m, "POST", "/v1/score:batch", (200,), body=lambda _n: {"items": [score] * 3}),
        _call(m, "POST", "/v1/assessments", (200, 201), body=_assessment),
        _call(m, "POST", "/v1/assessments:batch", (200,),
              body=lambda n: {"items": [_assessment(n + k) for k in range(3)]}),
        _call(m, "GET", "/v1/assessments/{assessment_id}", (200,),
              f"/v1/assessments/{seeded['assessment_id']}"),
        _call(m, "GET", "/v1/patients/{patient_id}/trajectory", (200,),
              lambda n: f"/v1/patients/bpat-{n % 10}/trajectory", params={"instrument": "phq9"}),
        _call(m, "GET", "/v1/alerts", (200,), params={"status": "all", "limit": 20}),
        _call(m, "GET", "/v1/alerts/{alert_id}", (200,), f"/v1/alerts/{alert}"),
        _call(m, "POST", "/v1/alerts/{alert_id}/acknowledge", (200,),
              f"/v1/alerts/{alert}/acknowledge", lambda _n: {"note": "seen"}),
        _call(m, "POST", "/v1/alerts/{alert_id}/actions", (200, 201, 409),
              f"/v1/alerts/{alert}/actions", _alert_action),
        _call(m, "GET", "/v1/alerts/{alert_id}/actions", (200,), f"/v1/alerts/{alert}/actions"),
        _call(m, "GET", "/v1/escalation-policy", (200,)),
        _call(m, "PUT", "/v1/escalation-policy", (200, 201), body=lambda _n: POLICY),
        _call(m, "GET", "/v1/webhooks", (200,)),
        # The org's endpoint cap is small: most registrations are refused, which is the point
        # here (a refused write must be as quick as an accepted one).
        _call(m, "POST", "/v1/webhooks", (201, 409, 422), body=lambda n: {
            "url": f"http://127.0.0.1:9/hooks/{n}", "event_types": ["alert.raised"]}),
        _call(m, "DELETE", "/v1/webhooks/{webhook_id}", (204, 404), _unique("/v1/webhooks/nx")),
        _call(m, "GET", "/v1/webhooks/{webhook_id}/deliveries", (200,),
              f"/v1/webhooks/{hook}/deliveries"),
        _call(m, "POST", "/v1/webhooks/{webhook_id}/recover", (200,),
              f"/v1/webhooks/{hook}/recover", lambda _n: {"since": "2026-11-20T00:00:00Z"}),
        _call(m, "POST", "/fhir/QuestionnaireResponse", (200, 201), body=_us_core_phq9,
              media="application/fhir+json"),
        _call(m, "GET", "/fhir/Observation", (200,), params={"patient": "bpat-1"}),
        _call(m, "GET", "/v1/feed", (200,), params={"limit": 100}),
    ]  # fmt: skip


def metrics_calls(seeded: dict[str, str]) -> list[Call]:
    x, intervention = "metrics", seeded["intervention_id"]
    own, other = seeded["collaborative_id"], seeded["other_collaborative_id"]
    level = {"level": "org", "period": "month"}
    return [
        _call(x, "GET", "/v1/metrics", (200,)),
        _call(x, "GET", "/v1/metrics/{metric_id}", (200,), "/v1/metrics/kept-rate"),
        _call(x, "GET", "/v1/metrics/{metric_id}/values", (200,),
              "/v1/metrics/kept-rate/values", params=level),
        _call(x, "GET", "/v1/metrics/{metric_id}/chart", (200,),
              "/v1/metrics/kept-rate/chart", params=level),
        # 422 "nothing to draw": the burst's org has too few events for a publishable point.
        _call(x, "GET", "/v1/metrics/{metric_id}/chart.svg", (200, 422),
              "/v1/metrics/kept-rate/chart.svg", params=level),
        _call(x, "GET", "/v1/metrics/{metric_id}/equity", (200,),
              "/v1/metrics/kept-rate/equity", params={"by": "race"}),
        # Collaboratives are created by POST (the server makes the id); the burst's org owns
        # two. A second org applies to them in the seed, so deciding on it is a real decision.
        _call(x, "POST", "/v1/collaboratives", (201,), body=lambda n: {"name": f"Burst {n}"}),
        _call(x, "GET", "/v1/collaboratives", (200,)),
        _call(x, "GET", "/v1/collaboratives/{collaborative_id}", (200,),
              f"/v1/collaboratives/{own}"),
        _call(x, "PUT", "/v1/collaboratives/{collaborative_id}", (200,),
              f"/v1/collaboratives/{own}", lambda n: {"name": f"Burst {n}"}),
        _call(x, "PUT", "/v1/collaboratives/{collaborative_id}/membership", (200, 202),
              f"/v1/collaboratives/{own}/membership"),
        # The owner cannot leave (409); an unknown id is 404.
        _call(x, "DELETE", "/v1/collaboratives/{collaborative_id}/membership", (204, 404, 409),
              f"/v1/collaboratives/{other}/membership"),
        _call(x, "GET", "/v1/collaboratives/{collaborative_id}/members", (200,),
              f"/v1/collaboratives/{own}/members"),
        _call(x, "PUT", "/v1/collaboratives/{collaborative_id}/members/{org}", (200, 409),
              f"/v1/collaboratives/{own}/members/{seeded['applicant']}",
              lambda _n: {"status": "approved"}),
        _call(x, "GET", "/v1/metrics/{metric_id}/benchmark", (200,),
              "/v1/metrics/kept-rate/benchmark", params={"collaborative": own}),
        _call(x, "POST", "/v1/interventions", (200, 201), body=lambda n: {
            "title": f"PDSA {n}", "metric_id": "no-show-rate", "level": "org",
            "period": "month", "started_on": "2026-04-06"}),
        _call(x, "GET", "/v1/interventions", (200,)),
        _call(x, "GET", "/v1/interventions/{intervention_id}", (200,),
              f"/v1/interventions/{intervention}"),
        _call(x, "GET", "/v1/interventions/{intervention_id}/effect", (200,),
              f"/v1/interventions/{intervention}/effect"),
        _call(x, "GET", "/v1/reports/clinicians/{clinician_id}", (200,),
              "/v1/reports/clinicians/clin-204", params={"from": "2026-01-01", "to": "2026-12-31"}),
        _call(x, "GET", "/v1/metrics/{metric_id}/measure-report", (200,),
              "/v1/metrics/kept-rate/measure-report", params={"from": "2026-01-01"}),
        _call(x, "GET", "/v1/sync/status", (200,)),
        # A rebuild replays both feeds; one at a time per org, so most are refused with 409.
        _call(x, "POST", "/v1/admin/rebuild", (200, 202, 409)),
    ]  # fmt: skip


CALLS = {"intake": intake_calls, "measures": measures_calls, "metrics": metrics_calls}


def bearer(org: str, scope: str = TENANT_SCOPES) -> dict[str, str]:
    """A leader of ``org`` (every clinician visible), holding ``scope``."""
    token = issue_local_token(org=org, scope=scope, extra={"role": "leader"})
    return {"Authorization": f"Bearer {token}"}


def seed(urls: dict[str, str], org: str) -> dict[str, str]:
    """The rows the burst's reads find: patients, a referral, an encounter, feedback, PHQ-9s
    (one with item 9 endorsed, so an alert), a webhook and an intervention. Returns their ids."""
    headers = bearer(org)
    with httpx.Client(headers=headers, timeout=30) as client:

        def ok(response: httpx.Response) -> Any:
            assert response.status_code < 300, (response.request.url, response.text)
            return response.json() if response.content else None

        intake, measures, metrics = urls["intake"], urls["measures"], urls["metrics"]
        for n in range(10):
            ok(client.put(f"{intake}/v1/patients/bpat-{n}", json=PATIENT))
        ok(client.put(f"{intake}/v1/referrals/bref-0", json=_referral("bpat-0")))
        ok(client.put(f"{intake}/v1/encounters/benc-0", json=_encounter("bpat-0")))
        feedback = ok(client.post(f"{intake}/v1/feedback", json=_feedback(0)))
        ok(client.post(f"{intake}/v1/safety-events", json=_safety_event(0) | SEEDED_REPORT))
        assessment = ok(client.post(f"{measures}/v1/assessments", json=_assessment(0)))
        ok(client.post(f"{measures}/v1/assessments", json=_assessment(1, item9=1)))
        for n in range(2, 10):
            ok(client.post(f"{measures}/v1/assessments", json=_assessment(n)))
        alerts = ok(client.get(f"{measures}/v1/alerts", params={"status": "all"}))
        webhook = ok(
            client.post(
                f"{measures}/v1/webhooks",
                json={"url": "http://127.0.0.1:9/hooks/seed", "event_types": ["alert.raised"]},
            )
        )
        owned = [
            ok(client.post(f"{metrics}/v1/collaboratives", json={"name": f"Burst {n}"}))
            for n in range(2)
        ]
        applicant = f"{org}-applicant"
        for collaborative in owned:
            cid = collaborative["collaborative_id"]
            applied = client.put(
                f"{metrics}/v1/collaboratives/{cid}/membership", headers=bearer(applicant)
            )
            assert applied.status_code == 202, applied.text
        intervention = ok(
            client.post(
                f"{metrics}/v1/interventions",
                json={
                    "title": "PDSA seed",
                    "metric_id": "no-show-rate",
                    "level": "org",
                    "period": "month",
                    "started_on": "2026-04-06",
                },
            )
        )
    return {
        "feedback_id": feedback["feedback_id"],
        "assessment_id": assessment["assessment_id"],
        "alert_id": alerts["items"][0]["alert_id"],
        "webhook_id": webhook["webhook_id"],
        "intervention_id": intervention["intervention_id"],
        "collaborative_id": owned[0]["collaborative_id"],
        "other_collaborative_id": owned[1]["collaborative_id"],
        "applicant": applicant,
    }


@dataclass
class Outcome:
    """What one service answered during its burst."""

    service: str
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: dict[str, dict[str, int]] = field(default_factory=dict)
    unexpected: list[str] = field(default_factory=list)
    health: list[float] = field(default_factory=list)
    health_failures: list[str] = field(default_factory=list)
    #: Requests refused with 503 and Retry-After (the database was too busy to wait for).
    shed: int = 0

    @property
    def all_latencies(self) -> list[float]:
        return sorted(x for values in self.latencies.values() for x in values)

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _probe_health(url: str, every: float, stop: Any, results: Any) -> None:
    """In its own process: ask ``/healthz`` every ``every`` seconds on one kept-alive
    connection until ``stop`` is set, then send back the latencies and failures.

    The probe must not share an interpreter with the burst's 60 client coroutines: their event
    loop would delay the probe's own reads and the figure would be the client's lag, not the
    server's."""
    parsed = urlsplit(url)
    latencies: list[float] = []
    failures: list[str] = []
    connection = http.client.HTTPConnection(
        parsed.hostname or "127.0.0.1", parsed.port, timeout=LATENCY_BOUND_SECONDS
    )
    while not stop.is_set():
        started = time.perf_counter()
        try:
            connection.request("GET", "/healthz")
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(str(response.status))
        except (OSError, http.client.HTTPException) as error:
            failures.append(type(error).__name__)
            connection.close()
        latencies.append(time.perf_counter() - started)
        time.sleep(every)
    connection.close()
    results.put((latencies, failures))


@contextmanager
def _health_watched(url: str, outcome: Outcome) -> Iterator[None]:
    """Probe ``url``'s ``/healthz`` from a separate process for as long as the block runs."""
    context = multiprocessing.get_context("spawn")
    stop, results = context.Event(), context.Queue()
    probe = context.Process(
        target=_probe_health, args=(url, HEALTH_EVERY_SECONDS, stop, results), daemon=True
    )
    probe.start()
    try:
        yield
    finally:
        stop.set()
        outcome.health, outcome.health_failures = results.get(timeout=LATENCY_BOUND_SECONDS * 2)
        probe.join(timeout=10)


async def _send(
    client: httpx.AsyncClient, url: str, call: Call, n: int, body: Any, headers: dict[str, str]
) -> httpx.Response:
    """Send once; again on a fresh connection if the server had just closed an idle kept-alive
    one (uvicorn closes them after 5 s; a real client retries the same way)."""
    for attempt in (1, 2):
        try:
            return await client.request(
                call.method,
                url + call.path(n),
                params=call.params,
                content=None if body is None else json.dumps(body),
                headers={**headers, "content-type": call.media},
            )
        except (httpx.ReadError, httpx.RemoteProtocolError):
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


async def _warm_up(
    client: httpx.AsyncClient, url: str, calls: list[Call], headers: dict[str, str]
) -> None:
    """Send each route once, one at a time, before the burst is measured. A fresh process
    compiles each SQL statement and builds each validator on first use, with the interpreter
    lock held; the burst measures a service at work, not its first minute (the lock-up it
    guards against happened whenever the burst came)."""
    for n, call in enumerate(calls, start=len(calls) * 1000):
        body = call.body(n) if call.body is not None else None
        await _send(client, url, call, n, body, headers)


async def burst_one(
    url: str, service: str, calls: list[Call], org: str, requests: int, concurrency: int
) -> Outcome:
    """``requests`` requests round-robin over ``calls``, ``concurrency`` in flight. A request
    that outlives the latency bound ends the burst: the service has locked up."""
    outcome = Outcome(service)
    # Tenant and operator routes alike: the burst's caller also holds the operator's scope.
    headers = bearer(org, f"{TENANT_SCOPES} {OPERATOR_SCOPE}")
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(requests):
        queue.put_nowait(n)
    stalled = asyncio.Event()

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty() and not stalled.is_set():
            n = queue.get_nowait()
            call = calls[n % len(calls)]
            label = f"{call.method} {call.route}"
            body = call.body(n) if call.body is not None else None
            started = time.perf_counter()
            try:
                response = await _send(client, url, call, n, body, headers)
                status = str(response.status_code)
                if response.status_code == 503 and "retry-after" in response.headers:
                    outcome.shed += 1
                elif response.status_code not in call.ok:
                    outcome.unexpected.append(f"{label} {status} {response.text[:200]}")
            except httpx.HTTPError as error:
                status = type(error).__name__
                outcome.unexpected.append(f"{label} {status}")
                stalled.set()
            outcome.latencies.setdefault(label, []).append(time.perf_counter() - started)
            counts = outcome.statuses.setdefault(label, {})
            counts[status] = counts.get(status, 0) + 1

    async with httpx.AsyncClient(timeout=LATENCY_BOUND_SECONDS, limits=limits) as client:
        await _warm_up(client, url, calls, headers)
        with _health_watched(url, outcome):
            started = time.perf_counter()
            await asyncio.gather(*(worker(client) for _ in range(concurrency)))
            outcome.seconds = time.perf_counter() - started
    return outcome


def run_bursts(
    services: dict[str, RunningService], requests: int, concurrency: int
) -> dict[str, Outcome]:
    """Seed one org, then burst each service in turn (intake, measures, metrics)."""
    org = f"org-burst-{uuid.uuid4().hex[:8]}"
    urls = {name: service.url for name, service in services.items()}
    seeded = seed(urls, org)
    return {
        name: asyncio.run(
            burst_one(urls[name], name, CALLS[name](seeded), org, requests, concurrency)
        )
        for name in CALLS
    }


@contextmanager
def cluster(folder: Path) -> Iterator[dict[str, RunningService]]:
    """The three services, measures allowed to register webhooks on 127.0.0.1 (deliveries
    there fail at once, which keeps the burst's alerts from reaching out of the machine)."""
    extra = {"measures": {"MEASURES_WEBHOOKS_ALLOW_PRIVATE_TARGETS": "true"}}
    with three_services(folder, "burst", extra_env=extra) as services:
        yield services


def report(outcomes: dict[str, Outcome]) -> str:
    lines = [
        "| service | requests | seconds | req/s | p50 | p99 | max | /healthz p50 | p99 | max |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, o in outcomes.items():
        lat, health = o.all_latencies, sorted(o.health)
        lines.append(
            f"| {name} | {o.requests} | {o.seconds:.1f} | {o.requests / o.seconds:.0f} "
            f"| {percentile(lat, 0.5) * 1000:.0f} ms | {percentile(lat, 0.99) * 1000:.0f} ms "
            f"| {lat[-1] * 1000:.0f} ms | {percentile(health, 0.5) * 1000:.1f} ms "
            f"| {percentile(health, 0.99) * 1000:.1f} ms | {health[-1] * 1000:.1f} ms |"
        )
    for name, o in outcomes.items():
        slowest = sorted(o.latencies.items(), key=lambda kv: -max(kv[1]))[:3]
        lines.append(
            f"{name}: slowest routes "
            + ", ".join(f"{label} {max(v) * 1000:.0f} ms" for label, v in slowest)
            + f"; 503 with Retry-After {o.shed}; unexpected answers {len(o.unexpected)}"
            + f"; /healthz failures {len(o.health_failures)}"
        )
        lines.extend(f"  {line}" for line in o.unexpected[:8])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000, help="per service")
    parser.add_argument("--concurrency", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, cluster(Path(folder)) as services:
        print(report(run_bursts(services, args.requests, args.concurrency)))


if __name__ == "__main__":
    main()

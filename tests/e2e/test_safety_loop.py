"""Scenario: the safety loop across the three real services, in real time.

An organization sets a one-minute acknowledgement deadline for urgent alerts and registers a
supervisor's webhook for escalations (a small local receiver). PHQ-9s with item 9 above 0 raise
urgent alerts for thirty patients; clinicians act on most of them (safety plans, risk
assessments, contacts; some close the alert, one closes it as reviewed with no action needed),
and leave the rest untouched. Meanwhile staff report safety events to intake, some anonymously,
and reviewers review some. Then:

* each untouched alert escalates exactly once, by the feed and by the webhook; acted-on alerts
  never do;
* metrics' safety metrics at org level equal a recomputation from what was sent (under the
  disclosure policy: counts rounded to 5, shares from the rounded counts);
* no narrative and no reporter reaches either feed, any service's log, or metrics.

The escalation's timing against a moved clock, and two replicas racing, are measures' own
tests (tests/measures); here the clock is the real one, so the test waits out the minute
while the rest of the loop runs.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from harness.cluster import three_services, wait_caught_up
from harness.processes import RunningService
from shared.auth import issue_local_token
from shared.auth.roles import TENANT_SCOPES

ORG = "org-safety-loop"
PATIENTS = [f"p-{n:02d}" for n in range(30)]
#: Alerts nobody acts on. Every count below is 0 or at least 11, and so is its complement,
#: so that the disclosure policy publishes it (small cells and their complements are hidden).
UNTOUCHED = PATIENTS[:11]
NARRATIVE = "NARRATIVE-MARKER-{n}: the waiting room floor was wet."
REPORTER = "REPORTER-MARKER-{n}"
TODAY = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


class Receiver:
    """A supervisor's webhook endpoint: records each delivery's event type and alert."""

    def __init__(self) -> None:
        self.deliveries: list[dict[str, Any]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.deliveries.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/escalations"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def escalated(self) -> list[str]:
        return sorted(
            d["data"]["alert_id"] for d in self.deliveries if d["type"] == "alert.escalated"
        )


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    running = Receiver()
    yield running
    running.server.shutdown()
    running.server.server_close()


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, RunningService]]:
    measures_env = {
        "MEASURES_WEBHOOKS_ALLOW_PRIVATE_TARGETS": "true",
        "MEASURES_WEBHOOKS_POLL_SECONDS": "0.5",
        "MEASURES_ESCALATION_POLL_SECONDS": "1",
    }
    with three_services(
        Path(tmp_path_factory.mktemp("safety_loop")), "safety", {"measures": measures_env}
    ) as running:
        yield running


def _headers(scope: str = TENANT_SCOPES) -> dict[str, str]:
    return {"Authorization": f"Bearer {issue_local_token(org=ORG, scope=scope)}"}


def _ok(answer: httpx.Response) -> Any:
    assert answer.status_code < 300, (answer.request.url, answer.text[:2000])
    return answer.json()


def _all_stored(answer: httpx.Response) -> None:
    refused = [r for r in _ok(answer)["results"] if r["status"] != 201]
    assert refused == [], refused[:3]


PHQ9_AT_RISK = {f"phq9_{i}": 2 for i in range(1, 9)} | {"phq9_9": 1}
#: What clinicians do about the alerts they act on, in turn: (action, closes the alert).
ACTIONS = [
    ("safety-plan-made", True),
    ("risk-assessment-done", False),
    ("safety-plan-updated", True),
    ("safety-plan-made", False),
]
#: Safety events reported: (kind, harm level, how many).
EVENTS = [("near-miss", "none", 12), ("fall", "mild", 11), ("medication", "moderate", 13)]
REVIEWED = 10
KEPT_SESSIONS = 40
FOLLOWED_UP = PATIENTS[:12]


class Loop:
    def __init__(self, services: dict[str, RunningService], receiver: Receiver) -> None:
        self.services = services
        self.receiver = receiver
        self.alerts: dict[str, dict[str, Any]] = {}
        self.actions: dict[str, tuple[str, bool]] = {}
        self.events: list[dict[str, Any]] = []
        self.raised_by = datetime.now(UTC)

    def url(self, service: str, path: str) -> str:
        return f"{self.services[service].url}{path}"


def _raise_alerts(loop: Loop) -> None:
    policy = {"urgent": {"acknowledge_within_minutes": 1, "action_within_hours": 24},
              "high": {}, "info": {}}  # fmt: skip
    _ok(httpx.put(loop.url("measures", "/v1/escalation-policy"), json=policy, headers=_headers()))
    hook = {"url": loop.receiver.url, "event_types": ["alert.escalated"]}
    _ok(httpx.post(loop.url("measures", "/v1/webhooks"), json=hook, headers=_headers()))
    completed = (datetime.now(UTC) - timedelta(minutes=30)).isoformat()
    items = [
        {"assessment_id": f"a-{p}", "patient_id": p, "instrument_id": "phq9",
         "answers": PHQ9_AT_RISK, "completed_at": completed, "clinician_id": "c-1",
         "team_id": "team-a", "site_id": "site-a"}
        for p in PATIENTS
    ]  # fmt: skip
    batch = httpx.post(
        loop.url("measures", "/v1/assessments:batch"), json={"items": items}, headers=_headers()
    )
    _all_stored(batch)
    listed = httpx.get(
        loop.url("measures", "/v1/alerts"), params={"status": "all", "limit": 100},
        headers=_headers(),
    )  # fmt: skip
    loop.alerts = {a["patient_id"]: a for a in _ok(listed)["items"]}
    loop.raised_by = datetime.now(UTC)  # every alert was raised before this
    assert set(loop.alerts) == set(PATIENTS)


def _act(loop: Loop) -> None:
    now = datetime.now(UTC).isoformat()
    for n, patient in enumerate(PATIENTS[len(UNTOUCHED) :]):
        action, closes = ACTIONS[n % len(ACTIONS)]
        body: dict[str, Any] = {"action_id": f"act-{patient}", "action": action,
                                "performed_at": now, "close": closes}  # fmt: skip
        if patient == PATIENTS[-1]:
            action, closes = "reviewed-no-action-needed", True
            body |= {"action": action, "close": True, "reason": "not-at-risk-on-review"}
        alert_id = loop.alerts[patient]["alert_id"]
        path = f"/v1/alerts/{alert_id}/actions"
        _ok(httpx.post(loop.url("measures", path), json=body, headers=_headers()))
        loop.actions[patient] = (action, closes)


def _care_and_reports(loop: Loop) -> None:
    now = datetime.now(UTC)
    sessions = [
        {"encounter_id": f"e-{n}", "patient_id": PATIENTS[n % len(PATIENTS)],
         "clinician_id": "c-1", "team_id": "team-a", "site_id": "site-a",
         "service_line": "adult-outpatient", "modality": "in-person",
         "scheduled_start": start.isoformat(), "scheduled_minutes": 50,
         "actual_start": start.isoformat(),
         "actual_end": (start + timedelta(minutes=1)).isoformat(), "status": "fulfilled"}
        for n, start in enumerate([now - timedelta(minutes=5)] * KEPT_SESSIONS)
    ]  # fmt: skip
    # The follow-ups: sessions of at-risk patients that started after their alert was raised.
    start = loop.raised_by + timedelta(seconds=1)
    end = start + timedelta(seconds=1)
    time.sleep(max(0.0, (end - datetime.now(UTC)).total_seconds() + 0.5))
    for n, patient in enumerate(FOLLOWED_UP):
        times = {"scheduled_start": start, "actual_start": start, "actual_end": end}
        sessions[n] |= {"patient_id": patient} | {k: v.isoformat() for k, v in times.items()}
    answer = httpx.post(loop.url("intake", "/v1/encounters:batch"), json=sessions,
                        headers=_headers())  # fmt: skip
    _all_stored(answer)
    n = 0
    for kind, harm, count in EVENTS:
        for _ in range(count):
            event: dict[str, Any] = {
                "safety_event_id": f"se-{n}", "kind": kind, "harm_level": harm,
                "occurred_at": (now - timedelta(minutes=10 + n)).isoformat(),
                "team_id": "team-a", "site_id": "site-a",
                "narrative": NARRATIVE.format(n=n),
            }  # fmt: skip
            if n % 3:
                event["reporter_id"] = REPORTER.format(n=n)
            loop.events.append(event)
            n += 1
    answer = httpx.post(loop.url("intake", "/v1/safety-events:batch"), json=loop.events,
                        headers=_headers())  # fmt: skip
    _all_stored(answer)
    for event in loop.events[:REVIEWED]:
        path = f"/v1/safety-events/{event['safety_event_id']}/review"
        _ok(httpx.post(loop.url("intake", path), json={"review_status": "reviewed"},
                       headers=_headers()))  # fmt: skip


@pytest.fixture(scope="module")
def loop(services: dict[str, RunningService], receiver: Receiver) -> Loop:
    loop = Loop(services, receiver)
    _raise_alerts(loop)
    _act(loop)
    _care_and_reports(loop)
    deadline = time.monotonic() + 150  # the one-minute deadline, the worker's pass, delivery
    while len(receiver.escalated()) < len(UNTOUCHED) and time.monotonic() < deadline:
        time.sleep(1)
    time.sleep(3)  # a second escalation of the same deadline would have come by now
    wait_caught_up(services["metrics"], ORG, seconds=120)
    return loop


def _feed(loop: Loop, service: str) -> list[dict[str, Any]]:
    events, after = [], None
    while True:
        params = {"limit": 1000, **({"after": after} if after else {})}
        page = _ok(httpx.get(loop.url(service, "/v1/feed"), params=params,
                             headers=_headers("feed:read")))  # fmt: skip
        events += page["items"]
        after = page["next_cursor"]
        if not page["has_more"]:
            return events


def test_each_untouched_alert_escalates_once_by_feed_and_webhook(loop: Loop) -> None:
    untouched = sorted(loop.alerts[p]["alert_id"] for p in UNTOUCHED)
    assert loop.receiver.escalated() == untouched
    feed = _feed(loop, "measures")
    escalated = [e["data"] for e in feed if e["type"] == "alert.escalated"]
    assert sorted(e["alert_id"] for e in escalated) == untouched
    assert {e["deadline"] for e in escalated} == {"acknowledge"}
    closed = {e["data"]["alert_id"] for e in feed if e["type"] == "alert.closed"}
    expected_closed = {loop.alerts[p]["alert_id"] for p, (_, c) in loop.actions.items() if c}
    assert closed == expected_closed
    for patient in UNTOUCHED:
        path = f"/v1/alerts/{loop.alerts[patient]['alert_id']}"
        alert = _ok(httpx.get(loop.url("measures", path), headers=_headers()))
        assert alert["status"] == "open"


def _published(loop: Loop, metric: str) -> dict[str, Any]:
    answer = httpx.get(
        loop.url("metrics", f"/v1/metrics/{metric}/values"),
        params={"level": "org", "period": "month"},
        headers=_headers("metrics:read"), timeout=30,
    )  # fmt: skip
    values = _ok(answer)["values"]
    this_month = TODAY.date().replace(day=1).isoformat()
    return next(v for v in values if v["period"] == this_month)


def _rounded(count: int) -> int:
    return 5 * int(count / 5 + 0.5)


def _expected(loop: Loop) -> dict[str, tuple[int, int]]:
    """(numerator, denominator) of each safety metric, from what the test sent."""
    acted = len(loop.actions)
    plans = sum(a in ("safety-plan-made", "safety-plan-updated") for a, _ in loop.actions.values())
    near_misses = sum(e["kind"] == "near-miss" for e in loop.events)
    return {
        "critical-alert-acknowledged-24h": (acted, len(PATIENTS)),
        "critical-alert-actioned-24h": (acted, len(PATIENTS)),
        "critical-alert-escalated": (len(UNTOUCHED), len(PATIENTS)),
        "critical-alert-safety-plan": (plans, len(PATIENTS)),
        "critical-alert-follow-up-7d": (len(FOLLOWED_UP), len(PATIENTS)),
        "safety-event-near-miss-share": (near_misses, len(loop.events)),
        "safety-event-harm-moderate": (13, len(loop.events)),
        "safety-event-reporting-rate": (len(loop.events), KEPT_SESSIONS),
    }


@pytest.mark.parametrize(
    "metric",
    [
        "critical-alert-acknowledged-24h",
        "critical-alert-actioned-24h",
        "critical-alert-escalated",
        "critical-alert-safety-plan",
        "critical-alert-follow-up-7d",
        "safety-event-near-miss-share",
        "safety-event-harm-moderate",
        "safety-event-reporting-rate",
    ],
)
def test_safety_metrics_equal_a_recomputation_from_what_was_sent(loop: Loop, metric: str) -> None:
    numerator, denominator = _expected(loop)[metric]
    cell = _published(loop, metric)
    assert not cell["suppressed"], cell
    shown = (_rounded(numerator), _rounded(denominator))
    assert (cell["numerator"], cell["denominator"]) == shown, cell
    per = 1000 if metric == "safety-event-reporting-rate" else 1
    assert cell["value"] == pytest.approx(shown[0] / shown[1] * per)


def test_no_narrative_and_no_reporter_leaves_intake(loop: Loop) -> None:
    feeds = json.dumps(_feed(loop, "intake")) + json.dumps(_feed(loop, "measures"))
    safety = [json.loads(json.dumps(e)) for e in _feed(loop, "intake")
              if e["type"] == "safety_event.upserted"]  # fmt: skip
    assert len({e["data"]["safety_event_id"] for e in safety}) == len(loop.events)
    assert {e["data"]["anonymous_report"] for e in safety} == {True, False}
    for marker in ("NARRATIVE-MARKER", "REPORTER-MARKER"):
        assert marker not in feeds
        for name, service in loop.services.items():
            assert marker not in service.log(), name
    catalog = _ok(httpx.get(loop.url("metrics", "/v1/metrics"), headers=_headers("metrics:read")))
    assert "MARKER" not in json.dumps(catalog)

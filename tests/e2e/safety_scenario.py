"""What the safety-loop scenario sends (tests/e2e/test_safety_loop.py checks what comes of it).

Every count the scenario makes is 0 or at least 11, and so is its complement, so that the
disclosure policy publishes it: small cells, and cells whose complement is small, are hidden.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from harness.processes import RunningService
from shared.auth import issue_local_token
from shared.auth.roles import TENANT_SCOPES
from tests.support.webhook_receiver import Receiver, verify

ORG = "org-safety-loop"
PATIENTS = [f"p-{n:02d}" for n in range(30)]
#: Alerts nobody acts on.
UNTOUCHED = PATIENTS[:11]
NARRATIVE = "NARRATIVE-MARKER-{n}: the waiting room floor was wet."
REPORTER = "REPORTER-MARKER-{n}"
TODAY = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


class Supervisor:
    """The supervisor's endpoint for escalations: a local receiver, and the signing secret
    measures gave when it was registered."""

    def __init__(self, receiver: Receiver) -> None:
        self.receiver = receiver
        self.secret = ""

    def escalated(self) -> list[str]:
        """The alert of each signed `alert.escalated` delivery received (repeats kept)."""
        bodies = [r for r in self.receiver.received
                  if verify(self.secret, r.headers, r.body)]  # fmt: skip
        events = [json.loads(r.body) for r in bodies]
        return sorted(e["data"]["alert_id"] for e in events if e["type"] == "alert.escalated")


def headers(scope: str = TENANT_SCOPES) -> dict[str, str]:
    return {"Authorization": f"Bearer {issue_local_token(org=ORG, scope=scope)}"}


def ok(answer: httpx.Response) -> Any:
    assert answer.status_code < 300, (answer.request.url, answer.text[:2000])
    return answer.json()


def all_stored(answer: httpx.Response) -> None:
    refused = [r for r in ok(answer)["results"] if r["status"] != 201]
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
    def __init__(self, services: dict[str, RunningService], supervisor: Supervisor) -> None:
        self.services = services
        self.supervisor = supervisor
        self.alerts: dict[str, dict[str, Any]] = {}
        self.actions: dict[str, tuple[str, bool]] = {}
        self.events: list[dict[str, Any]] = []
        self.raised_by = datetime.now(UTC)

    def url(self, service: str, path: str) -> str:
        return f"{self.services[service].url}{path}"


def raise_alerts(loop: Loop) -> None:
    policy = {"urgent": {"acknowledge_within_minutes": 1, "action_within_hours": 24},
              "high": {}, "info": {}}  # fmt: skip
    ok(httpx.put(loop.url("measures", "/v1/escalation-policy"), json=policy, headers=headers()))
    hook = {"url": loop.supervisor.receiver.url, "event_types": ["alert.escalated"]}
    registered = httpx.post(loop.url("measures", "/v1/webhooks"), json=hook, headers=headers())
    loop.supervisor.secret = ok(registered)["secret"]
    completed = (datetime.now(UTC) - timedelta(minutes=30)).isoformat()
    items = [
        {"assessment_id": f"a-{p}", "patient_id": p, "instrument_id": "phq9",
         "answers": PHQ9_AT_RISK, "completed_at": completed, "clinician_id": "c-1",
         "team_id": "team-a", "site_id": "site-a"}
        for p in PATIENTS
    ]  # fmt: skip
    batch = httpx.post(
        loop.url("measures", "/v1/assessments:batch"), json={"items": items}, headers=headers()
    )
    all_stored(batch)
    listed = httpx.get(
        loop.url("measures", "/v1/alerts"), params={"status": "all", "limit": 100},
        headers=headers(),
    )  # fmt: skip
    loop.alerts = {a["patient_id"]: a for a in ok(listed)["items"]}
    loop.raised_by = datetime.now(UTC)  # every alert was raised before this
    assert set(loop.alerts) == set(PATIENTS)


def act(loop: Loop) -> None:
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
        ok(httpx.post(loop.url("measures", path), json=body, headers=headers()))
        loop.actions[patient] = (action, closes)


def care_and_reports(loop: Loop) -> None:
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
                        headers=headers())  # fmt: skip
    all_stored(answer)
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
                        headers=headers())  # fmt: skip
    all_stored(answer)
    for event in loop.events[:REVIEWED]:
        path = f"/v1/safety-events/{event['safety_event_id']}/review"
        ok(httpx.post(loop.url("intake", path), json={"review_status": "reviewed"},
                       headers=headers()))  # fmt: skip

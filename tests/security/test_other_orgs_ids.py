"""Every route of every service that takes an id in its path, called by an org that does not own it.

The cases come from the live route tables: a route with a path parameter that has no case here
fails the first test, so a new route is covered (or consciously classified) the day it appears.
Org A stores one record of each kind in intake, measures and metrics; org B then calls each
route with A's ids. Routes that name org data answer B with the documented 404 and leave A's
record as it was; routes that name a shared catalog entry (a metric, an instrument, a form)
give B its own view, which must equal that of a brand-new org with no data. No answer to B
ever carries A's ids or org name.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from starlette.testclient import TestClient

from shared.events import EncounterUpserted, EpisodeUpserted
from tests.intake.api.test_encounters_api import body as encounter
from tests.intake.api.test_tenant_isolation import org_a_records, referral
from tests.intake.episodes import episode
from tests.metrics.compute.factory import synthetic_org
from tests.metrics.sync.events import apply, event
from tests.support.tokens import bearer

PROBLEMS = "https://learning-loop.dev/problems/"
NOT_FOUND = PROBLEMS + "not-found"


@dataclass(frozen=True)
class Case:
    """How B is answered: ``404`` (org data), ``own`` (B's own view of a shared catalog entry,
    equal to a fresh org's) or ``opt-in`` (open to every org by design, e.g. applying to a
    collaborative, but naming no member and showing nothing of it)."""

    kind: str
    path: Callable[[dict[str, str]], str]
    body: Any = None


def _p(template: str) -> Callable[[dict[str, str]], str]:
    return lambda ids: template.format(**ids)


CASES: dict[tuple[str, str, str], Case] = {
    # intake: its own test checks writes under the same ids; here, reads by B.
    ("intake", "GET", "/v1/patients/{patient_id}"): Case("404", _p("/v1/patients/p-1")),
    ("intake", "PUT", "/v1/patients/{patient_id}"): Case(
        "own", _p("/v1/patients/p-1"), {"sex": "248153007"}
    ),
    ("intake", "GET", "/v1/referrals/{referral_id}"): Case("404", _p("/v1/referrals/r-1")),
    ("intake", "PUT", "/v1/referrals/{referral_id}"): Case("own-write", _p("/v1/referrals/r-1")),
    ("intake", "GET", "/v1/encounters/{encounter_id}"): Case("404", _p("/v1/encounters/e-1")),
    ("intake", "PUT", "/v1/encounters/{encounter_id}"): Case("own-write", _p("/v1/encounters/e-1")),
    ("intake", "GET", "/v1/episodes/{episode_id}"): Case("404", _p("/v1/episodes/ep-1")),
    ("intake", "PUT", "/v1/episodes/{episode_id}"): Case(
        "own", _p("/v1/episodes/ep-1"), episode(status="onhold")
    ),
    ("intake", "GET", "/v1/feedback/{feedback_id}"): Case("404", _p("/v1/feedback/{feedback_id}")),
    ("intake", "PUT", "/v1/feedback/{feedback_id}/themes"): Case(
        "404", _p("/v1/feedback/{feedback_id}/themes"), {"themes": []}
    ),
    ("intake", "DELETE", "/v1/webhooks/{webhook_id}"): Case(
        "404", _p("/v1/webhooks/{intake_webhook_id}")
    ),
    # B's own theme list under the same code, then B's own response answering it.
    ("intake", "PUT", "/v1/feedback-themes/{code}"): Case(
        "own", _p("/v1/feedback-themes/waiting"), {"label": "B's waiting times"}
    ),
    ("intake", "GET", "/v1/feedback-responses/{response_id}"): Case(
        "404", _p("/v1/feedback-responses/r-1")
    ),
    ("intake", "PUT", "/v1/feedback-responses/{response_id}"): Case(
        "own",
        _p("/v1/feedback-responses/r-1"),
        {"themes": ["waiting"], "you_said": "B heard.", "we_did": "B did."},
    ),
    ("intake", "GET", "/v1/safety-events/{safety_event_id}"): Case(
        "404", _p("/v1/safety-events/se-1")
    ),
    ("intake", "POST", "/v1/safety-events/{safety_event_id}/review"): Case(
        "404", _p("/v1/safety-events/se-1/review"), {"review_status": "reviewed"}
    ),
    ("intake", "GET", "/v1/forms/{form_id}"): Case("own", _p("/v1/forms/session-feedback")),
    ("intake", "GET", "/v1/forms/{form_id}/questionnaire"): Case(
        "own", _p("/v1/forms/session-feedback/questionnaire")
    ),
    ("intake", "GET", "/fhir/Questionnaire/{form_id}"): Case(
        "own", _p("/fhir/Questionnaire/session-feedback")
    ),
    # measures
    ("measures", "GET", "/v1/alerts/{alert_id}/actions"): Case(
        "404", _p("/v1/alerts/{alert_id}/actions")
    ),
    ("measures", "POST", "/v1/alerts/{alert_id}/actions"): Case(
        "404",
        _p("/v1/alerts/{alert_id}/actions"),
        {"action_id": "b-1", "action": "patient-contacted", "performed_at": "2026-01-05T10:20:00Z"},
    ),
    ("measures", "GET", "/v1/instruments/{instrument_id}"): Case("own", _p("/v1/instruments/phq9")),
    ("measures", "GET", "/v1/instruments/{instrument_id}/questionnaire"): Case(
        "own", _p("/v1/instruments/phq9/questionnaire")
    ),
    ("measures", "PUT", "/v1/instrument-settings/{instrument_id}"): Case(
        "own", _p("/v1/instrument-settings/burnout1"), {"enabled": False}
    ),
    ("measures", "GET", "/v1/assessments/{assessment_id}"): Case(
        "404", _p("/v1/assessments/{assessment_id}")
    ),
    ("measures", "GET", "/fhir/Observation/{observation_id}"): Case(
        "404", _p("/fhir/Observation/{observation_id}")
    ),
    ("measures", "GET", "/fhir/Questionnaire/{questionnaire_id}"): Case(
        "own", _p("/fhir/Questionnaire/phq9-v1")
    ),
    ("measures", "GET", "/v1/patients/{patient_id}/trajectory"): Case(
        "404", _p("/v1/patients/{patient_id}/trajectory?instrument=phq9")
    ),
    ("measures", "GET", "/v1/alerts/{alert_id}"): Case("404", _p("/v1/alerts/{alert_id}")),
    ("measures", "POST", "/v1/alerts/{alert_id}/acknowledge"): Case(
        "404", _p("/v1/alerts/{alert_id}/acknowledge")
    ),
    ("measures", "DELETE", "/v1/webhooks/{webhook_id}"): Case(
        "404", _p("/v1/webhooks/{webhook_id}")
    ),
    ("measures", "GET", "/v1/webhooks/{webhook_id}/deliveries"): Case(
        "404", _p("/v1/webhooks/{webhook_id}/deliveries")
    ),
    ("measures", "POST", "/v1/webhooks/{webhook_id}/recover"): Case(
        "404", _p("/v1/webhooks/{webhook_id}/recover"), {"since": "2026-01-01T00:00:00Z"}
    ),
    # metrics
    ("metrics", "GET", "/v1/metrics/{metric_id}"): Case("own", _p("/v1/metrics/kept-rate")),
    ("metrics", "GET", "/v1/metrics/{metric_id}/values"): Case(
        "own", _p("/v1/metrics/kept-rate/values?level=clinician&period=month")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/chart"): Case(
        "own", _p("/v1/metrics/kept-rate/chart?level=org&period=month")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/chart.svg"): Case(
        "own", _p("/v1/metrics/kept-rate/chart.svg?level=org&period=month")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/equity"): Case(
        "own", _p("/v1/metrics/kept-rate/equity?by=language")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/benchmark"): Case(
        "404", _p("/v1/metrics/kept-rate/benchmark?collaborative={collaborative_id}")
    ),
    ("metrics", "GET", "/v1/metrics/{metric_id}/measure-report"): Case(
        "own", _p("/v1/metrics/kept-rate/measure-report")
    ),
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}")
    ),
    ("metrics", "PUT", "/v1/collaboratives/{collaborative_id}"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}"), {"name": "Taken over"}
    ),
    ("metrics", "GET", "/v1/collaboratives/{collaborative_id}/members"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/members")
    ),
    ("metrics", "PUT", "/v1/collaboratives/{collaborative_id}/members/{org}"): Case(
        "404", _p("/v1/collaboratives/{collaborative_id}/members/{org}"), {"status": "approved"}
    ),
    ("metrics", "PUT", "/v1/collaboratives/{collaborative_id}/membership"): Case(
        "opt-in", _p("/v1/collaboratives/{collaborative_id}/membership")
    ),
    ("metrics", "DELETE", "/v1/collaboratives/{collaborative_id}/membership"): Case(
        "opt-in", _p("/v1/collaboratives/{collaborative_id}/membership")
    ),
    ("metrics", "GET", "/v1/interventions/{intervention_id}"): Case(
        "404", _p("/v1/interventions/{intervention_id}")
    ),
    ("metrics", "GET", "/v1/interventions/{intervention_id}/effect"): Case(
        "404", _p("/v1/interventions/{intervention_id}/effect")
    ),
    ("metrics", "GET", "/v1/reports/clinicians/{clinician_id}"): Case(
        "own", _p("/v1/reports/clinicians/c0?from=2026-01-01&to=2026-06-30")
    ),
    # A target names a catalog metric: B's DELETE finds none of B's (A's stays), then B's PUT
    # sets B's own (in this order: cases run as listed).
    ("metrics", "DELETE", "/v1/targets/{metric_id}"): Case("404", _p("/v1/targets/no-show-rate")),
    ("metrics", "PUT", "/v1/targets/{metric_id}"): Case(
        "own", _p("/v1/targets/no-show-rate"), {"value": 0.2}
    ),
    # A's plan is not B's to read or remove; B's PUT under the same id makes B's own.
    ("metrics", "GET", "/v1/measurement-plans/{plan_id}"): Case(
        "404", _p("/v1/measurement-plans/plan-a")
    ),
    ("metrics", "DELETE", "/v1/measurement-plans/{plan_id}"): Case(
        "404", _p("/v1/measurement-plans/plan-a")
    ),
    ("metrics", "PUT", "/v1/measurement-plans/{plan_id}"): Case(
        "own",
        _p("/v1/measurement-plans/plan-a"),
        {"instrument_id": "gad7", "baseline_within_sessions": 1, "every_days": 14},
    ),
}
# What A can read of its own records; compared before and after B's calls.
A_VIEWS = {
    "intake": [
        "/v1/patients",
        "/v1/referrals",
        "/v1/encounters",
        "/v1/episodes",
        "/v1/feedback/{feedback_id}",
        "/v1/feedback",
        "/v1/feedback-themes",
        "/v1/feedback-responses:all",
        "/v1/safety-events",
        "/v1/webhooks",
    ],
    "measures": [
        "/v1/alerts?status=all",
        "/v1/webhooks",
        "/v1/instrument-settings",
        "/v1/assessments/{assessment_id}",
        "/v1/patients/{patient_id}/trajectory?instrument=phq9",
        "/fhir/Observation/{observation_id}",
    ],
    "metrics": [
        "/v1/collaboratives",
        "/v1/interventions",
        "/v1/interventions/{intervention_id}",
        "/v1/metrics/kept-rate/values?level=clinician&period=month",
        "/v1/measurement-plans",
        "/v1/due-measurements?date=2026-03-16",
        "/v1/targets",
    ],
}
PHQ9_WITH_ITEM_9 = {f"phq9_{i}": 2 for i in range(1, 9)} | {"phq9_9": 2}


def org_a(clients: dict[str, TestClient], org: str) -> dict[str, str]:
    """One record of each kind in every service for ``org``; their ids."""
    a = bearer(org)
    ids = {"feedback_id": org_a_records(clients["intake"], org)["/v1/feedback/{feedback_id}"]}
    ids["feedback_id"] = ids["feedback_id"].rsplit("/", 1)[1]
    rupture_hook = {"url": "https://93.184.216.34/hooks", "event_types": ["feedback.rupture"]}
    registered = clients["intake"].post("/v1/webhooks", json=rupture_hook, headers=a)
    assert registered.status_code == 201, registered.text
    ids["intake_webhook_id"] = registered.json()["webhook_id"]
    measures = clients["measures"]
    ids["patient_id"], ids["assessment_id"] = f"pt-{org}", f"asm-{org}"
    posted = measures.post(
        "/v1/assessments",
        json={
            "assessment_id": ids["assessment_id"],
            "patient_id": ids["patient_id"],
            "instrument_id": "phq9",
            "answers": PHQ9_WITH_ITEM_9,
            "completed_at": "2026-03-02T10:00:00Z",
            "clinician_id": "c0",
        },
        headers=a,
    )
    assert posted.status_code == 201, posted.text
    search = measures.get("/fhir/Observation", params={"patient": ids["patient_id"]}, headers=a)
    ids["observation_id"] = search.json()["entry"][0]["resource"]["id"]
    [alert, *_] = measures.get("/v1/alerts", headers=a).json()["items"]
    ids["alert_id"] = alert["alert_id"]
    hook = {"url": "https://93.184.216.34/hooks", "event_types": ["alert.raised"]}
    ids["webhook_id"] = measures.post("/v1/webhooks", json=hook, headers=a).json()["webhook_id"]
    assert measures.put(
        "/v1/instrument-settings/burnout1", json={"enabled": True}, headers=a
    ).is_success

    metrics = clients["metrics"]
    with metrics.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        synthetic_org(org, seed=5).insert(connection)
    due_patient(metrics, org, ids["patient_id"])
    target = metrics.put("/v1/targets/no-show-rate", json={"value": 0.1}, headers=a)
    assert target.status_code == 201, target.text
    intervention = metrics.post(
        "/v1/interventions",
        json={
            "metric_id": "kept-rate",
            "level": "org",
            "started_on": "2026-03-02",
            "title": f"Reminders at {org}",
        },
        headers=a,
    )
    assert intervention.status_code == 201, intervention.text
    ids["intervention_id"] = intervention.json()["intervention_id"]
    # A collaborative's id is given to the orgs invited to apply (by design).
    created = metrics.post("/v1/collaboratives", json={"name": "North collaborative"}, headers=a)
    assert created.status_code == 201, created.text
    ids["collaborative_id"] = created.json()["collaborative_id"]
    ids["org"] = org
    return ids


def due_patient(metrics: TestClient, org: str, patient_id: str) -> None:
    """A plan and a patient due for a PHQ-9 baseline at a session on 2026-03-16."""
    episode = EpisodeUpserted(episode_id="ep-a", patient_id=patient_id, status="active",
                              opened_on=date(2026, 3, 2))  # fmt: skip
    session = EncounterUpserted(
        encounter_id="e-due", patient_id=patient_id, clinician_id="c0", modality="video",
        scheduled_start=datetime(2026, 3, 16, 15, tzinfo=UTC), status="booked",
        episode_id="ep-a",
    )  # fmt: skip
    apply(metrics.app.state.engine, event(org, episode), event(org, session))  # type: ignore[attr-defined]
    plan = {"instrument_id": "phq9", "baseline_within_sessions": 2, "every_sessions": 4}
    assert metrics.put("/v1/measurement-plans/plan-a", json=plan, headers=bearer(org)).is_success


def _id_routes(clients: dict[str, TestClient]) -> set[tuple[str, str, str]]:
    return {
        (service, method.upper(), path)
        for service, client in clients.items()
        for path, operations in client.get("/openapi.json").json()["paths"].items()
        if "{" in path
        for method in operations
    }


def test_every_id_route_of_every_service_has_a_case(clients: dict[str, TestClient]) -> None:
    assert _id_routes(clients) == set(CASES)


def _views(clients: dict[str, TestClient], org: str, ids: dict[str, str]) -> dict[str, Any]:
    return {
        f"{service} {path}": clients[service].get(path.format(**ids), headers=bearer(org)).json()
        for service, paths in A_VIEWS.items()
        for path in paths
    }


def _body_for(template: str, case: Case) -> Any:
    if case.kind == "own-write":
        return referral() if "referrals" in template else encounter(status="no-show")
    return case.body


def _normalised(text: str, org: str) -> str:
    """The answer with the caller's org and the request id (unique to each call) blanked."""
    return re.sub(r'"request_id":"[0-9a-f]+"', "", text.replace(org, "ORG"))


def test_org_b_never_gets_org_a_records_on_any_route(
    clients: dict[str, TestClient], org: str
) -> None:
    ids = org_a(clients, org)
    before = _views(clients, org, ids)
    b, fresh = f"org-b-{uuid.uuid4().hex[:10]}", f"org-fresh-{uuid.uuid4().hex[:10]}"
    secrets = {org, *ids.values()} - {ids["collaborative_id"]}
    for (service, method, template), case in CASES.items():
        client, path = clients[service], case.path(ids)
        body = _body_for(template, case)
        answer = client.request(method, path, json=body, headers=bearer(b))
        label = f"{service} {method} {template}"
        assert answer.status_code < 500, (label, answer.text)
        leaked = [s for s in secrets if s in answer.text]
        if case.kind == "404":
            assert answer.status_code == 404, (label, answer.text)
            problem = answer.json()
            if template.startswith("/fhir/"):  # an OperationOutcome
                problem = {"type": PROBLEMS + problem["issue"][0]["details"]["coding"][0]["code"]}
            assert problem["type"] == NOT_FOUND or problem["status"] == 404, label
            leaked = [s for s in leaked if s not in path]  # `instance` echoes B's own path
        elif case.kind == "own" and method == "GET":
            same = client.request(method, path, headers=bearer(fresh))
            assert (answer.status_code, _normalised(answer.text, b)) == (
                same.status_code,
                _normalised(same.text, fresh),
            ), label
        elif case.kind in ("own", "own-write"):
            assert answer.is_success, (label, answer.text)
        else:
            assert answer.status_code in (200, 201, 202, 204), (label, answer.text)
        assert leaked == [], (label, leaked, answer.text[:500])
    # B's application left A the only member; B's leaving did not remove A; B's writes created
    # B's own rows.
    assert _views(clients, org, ids) == before

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
from datetime import UTC, date, datetime
from typing import Any

from starlette.testclient import TestClient

from shared.events import EncounterUpserted, EpisodeUpserted
from tests.intake.api.test_encounters_api import body as encounter
from tests.intake.api.test_tenant_isolation import org_a_records, referral
from tests.metrics.compute.factory import synthetic_org
from tests.metrics.sync.events import apply, event
from tests.security.other_orgs_cases import A_VIEWS, CASES, Case
from tests.support.tokens import bearer

PROBLEMS = "https://learning-loop.dev/problems/"
NOT_FOUND = PROBLEMS + "not-found"


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
    survey = {
        "instrument_ids": ["intent_leave1"],
        "teams": [{"team_id": "t-north", "invited": 4}],
        "opens_on": "2026-03-02",
        "closes_on": "2099-03-15",
    }
    created_survey = measures.post("/v1/staff-surveys", json=survey, headers=a)
    assert created_survey.status_code == 201, created_survey.text
    ids["campaign_id"] = created_survey.json()["campaign_id"]

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

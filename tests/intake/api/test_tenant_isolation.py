"""Every route of intake that names a record by id, for an org that does not own the record.

The routes are taken from the app's route table, so a route added later without a case here
fails the first test. Org A stores one record of each kind; org B must get a 404 on every read,
see nothing in lists or on the feed, and its writes under the same ids must leave A's intact.
Each patient-level read by A is also checked to land in the audit log.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from starlette.testclient import TestClient

from services.intake import models
from tests.intake.api.test_encounters_api import body
from tests.intake.episodes import episode
from tests.intake.feed import read_feed
from tests.intake.workforce import establishment, staff
from tests.support.tokens import bearer

SESSION = {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9}
# Routes whose path ids name org data; forms are the same catalog for every org.
ID_ROUTES = {
    ("GET", "/v1/patients/{patient_id}"),
    ("PUT", "/v1/patients/{patient_id}"),
    ("GET", "/v1/referrals/{referral_id}"),
    ("PUT", "/v1/referrals/{referral_id}"),
    ("GET", "/v1/encounters/{encounter_id}"),
    ("PUT", "/v1/encounters/{encounter_id}"),
    ("GET", "/v1/episodes/{episode_id}"),
    ("PUT", "/v1/episodes/{episode_id}"),
    ("GET", "/v1/feedback/{feedback_id}"),
    ("PUT", "/v1/feedback/{feedback_id}/themes"),
    ("PUT", "/v1/feedback-themes/{code}"),
    ("GET", "/v1/feedback-responses/{response_id}"),
    ("PUT", "/v1/feedback-responses/{response_id}"),
    ("GET", "/v1/safety-events/{safety_event_id}"),
    ("POST", "/v1/safety-events/{safety_event_id}/review"),
    ("DELETE", "/v1/webhooks/{webhook_id}"),
    ("GET", "/v1/staff/{staff_id}"),
    ("PUT", "/v1/staff/{staff_id}"),
    ("GET", "/v1/establishments/{team_id}"),
    ("PUT", "/v1/establishments/{team_id}"),
}
LISTINGS = ("/v1/patients", "/v1/referrals", "/v1/encounters", "/v1/safety-events", "/v1/feedback")
LISTINGS += ("/v1/episodes",)
LISTINGS += ("/v1/feedback-responses", "/v1/feedback-responses:all")
# Workforce records: about staff, not patients (staff reads are audited as staff/<id>).
WORKFORCE = ("/v1/staff", "/v1/establishments")
LISTINGS += WORKFORCE
THEME = {"label": "Waiting times"}
ANSWER = {"themes": ["waiting"], "you_said": "Long waits.", "we_did": "Evening clinics."}
SHARED_CATALOG = {
    "/v1/forms/{form_id}",
    "/v1/forms/{form_id}/questionnaire",
    "/fhir/Questionnaire/{form_id}",
}


def referral() -> dict[str, Any]:
    received = (datetime.now(UTC) - timedelta(days=20)).date().isoformat()
    return {"patient_id": "p-1", "received_on": received, "service_line": "a", "site_id": "s"}


def safety_event(**changes: Any) -> dict[str, Any]:
    occurred = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    report = {"kind": "fall", "harm_level": "mild", "occurred_at": occurred, "site_id": "s"}
    return report | {"safety_event_id": "se-1", "patient_id": "p-1", "narrative": "x"} | changes


def org_a_records(client: TestClient, org: str) -> dict[str, str]:
    """One record of each kind for org A; the path of each."""
    a = bearer(org)
    assert client.put("/v1/patients/p-1", json={"sex": "248152002"}, headers=a).status_code == 201
    assert client.put("/v1/referrals/r-1", json=referral(), headers=a).status_code == 201
    assert (
        client.put("/v1/encounters/e-1", json=body(referral_id="r-1"), headers=a).status_code == 201
    )
    assert client.put("/v1/episodes/ep-1", json=episode(), headers=a).status_code == 201
    posted = client.post(
        "/v1/feedback",
        json={"form_id": "session-feedback", "answers": SESSION, "patient_id": "p-1"},
        headers=a,
    )
    assert posted.status_code == 201
    assert client.post("/v1/safety-events", json=safety_event(), headers=a).status_code == 201
    assert client.put("/v1/feedback-themes/waiting", json=THEME, headers=a).status_code == 201
    published = ANSWER | {"published": True}
    assert client.put("/v1/feedback-responses/r-1", json=published, headers=a).status_code == 201
    assert client.put("/v1/staff/clin-1", json=staff(), headers=a).status_code == 201
    assert (
        client.put("/v1/establishments/team-a", json=establishment(), headers=a).status_code == 201
    )
    return {
        "/v1/patients/{patient_id}": "/v1/patients/p-1",
        "/v1/referrals/{referral_id}": "/v1/referrals/r-1",
        "/v1/encounters/{encounter_id}": "/v1/encounters/e-1",
        "/v1/episodes/{episode_id}": "/v1/episodes/ep-1",
        "/v1/feedback/{feedback_id}": f"/v1/feedback/{posted.json()['feedback_id']}",
        "/v1/safety-events/{safety_event_id}": "/v1/safety-events/se-1",
        "/v1/feedback-responses/{response_id}": "/v1/feedback-responses/r-1",
        "/v1/staff/{staff_id}": "/v1/staff/clin-1",
        "/v1/establishments/{team_id}": "/v1/establishments/team-a",
    }


def test_every_id_route_is_covered(intake_client: TestClient) -> None:
    document = intake_client.get("/openapi.json").json()
    found = {
        (method.upper(), path)
        for path, operations in document["paths"].items()
        if "{" in path and path not in SHARED_CATALOG
        for method in operations
    }
    assert found == ID_ROUTES


def test_org_b_gets_404_for_org_a_ids_on_every_route(intake_client: TestClient, org: str) -> None:
    paths = org_a_records(intake_client, org)
    a, b = bearer(org), bearer(org + "-b")
    originals = {
        template: intake_client.get(path, headers=a).json() for template, path in paths.items()
    }
    for template, path in paths.items():
        response = intake_client.get(path, headers=b)
        assert (response.status_code, response.json()["type"]) == (
            404,
            "https://learning-loop.dev/problems/not-found",
        ), template
    for listing in LISTINGS:
        assert intake_client.get(listing, headers=b).json()["items"] == [], listing
    assert read_feed(intake_client, org + "-b") == []
    # B's PUTs under the same ids create B's own records and leave A's untouched.
    writes = {
        "/v1/patients/p-1": {"sex": "248153007"},
        "/v1/referrals/r-1": referral() | {"priority": "urgent"},
        "/v1/encounters/e-1": body(status="no-show"),
        "/v1/episodes/ep-1": episode(status="onhold"),
        "/v1/staff/clin-1": staff(role="nurse"),
        "/v1/establishments/team-a": establishment(funded_fte=2),
    }
    for path, sent in writes.items():
        assert intake_client.put(path, json=sent, headers=b).status_code == 201, path
    b_review = bearer(org + "-b", scope="intake:read intake:safety-review")
    review = {"review_status": "reviewed"}
    answer = intake_client.post("/v1/safety-events/se-1/review", json=review, headers=b_review)
    assert answer.status_code == 404
    mine = safety_event(harm_level="severe")
    assert intake_client.post("/v1/safety-events", json=mine, headers=b).status_code == 201
    # A's themes are not B's: B cannot tag A's feedback, nor use A's codes until it has its own.
    feedback = paths["/v1/feedback/{feedback_id}"]
    tags = {"themes": ["waiting"]}
    assert intake_client.put(f"{feedback}/themes", json=tags, headers=b).status_code == 404
    assert intake_client.get("/v1/feedback-themes", headers=b).json() == []
    refused = intake_client.put("/v1/feedback-responses/r-1", json=ANSWER, headers=b)
    assert (refused.status_code, refused.json()["errors"][0]["pointer"]) == (
        422,
        "/body/themes/0",
    )
    assert (
        intake_client.put("/v1/feedback-themes/waiting", json=THEME, headers=b).status_code == 201
    )
    assert (
        intake_client.put("/v1/feedback-responses/r-1", json=ANSWER, headers=b).status_code == 201
    )
    # A's rupture webhook: B neither lists nor deletes it.
    hook = {"url": "https://93.184.216.34/hooks", "event_types": ["feedback.rupture"]}
    webhook_id = intake_client.post("/v1/webhooks", json=hook, headers=a).json()["webhook_id"]
    assert intake_client.get("/v1/webhooks", headers=b).json()["items"] == []
    assert intake_client.delete(f"/v1/webhooks/{webhook_id}", headers=b).status_code == 404
    assert [
        h["webhook_id"] for h in intake_client.get("/v1/webhooks", headers=a).json()["items"]
    ] == [webhook_id]
    for template, path in paths.items():
        after = intake_client.get(path, headers=a).json()
        if isinstance(after, list):  # a team's establishment history
            assert after == originals[template], template
            continue
        assert {k: v for k, v in after.items() if k != "closed"} == {
            k: v for k, v in originals[template].items() if k != "closed"
        }, template


def test_every_patient_level_read_is_audited(intake_client: TestClient, org: str) -> None:
    paths = org_a_records(intake_client, org)
    reads = [(template, path) for template, path in paths.items()] + [
        (listing, listing) for listing in LISTINGS
    ]
    # "You said, we did" is the org's own text for patients' apps, not patient-level data.
    reads = [(t, path) for t, path in reads if not t.startswith("/v1/feedback-responses")]
    reads = [(t, path) for t, path in reads if not t.startswith(WORKFORCE)]
    for _template, path in reads:
        # A reader, not a safety reviewer: narrative reads are audited apart (test_safety_reads).
        headers = bearer(org, scope="intake:read", sub="dr-who")
        assert intake_client.get(path, headers=headers).status_code == 200
    with intake_client.app.state.engine.connect() as connection:  # type: ignore[attr-defined]
        rows = connection.execute(
            select(models.audit_log).where(models.audit_log.c.org == org)
        ).mappings()
        audited = {(r["actor"], r["patient_id"], r["route"]) for r in rows}
    assert audited == {("dr-who", "p-1", template) for template, _ in reads}


def test_the_feed_needs_feed_read(intake_client: TestClient, org: str) -> None:
    intake_client.put("/v1/patients/p-1", json={}, headers=bearer(org))
    for scope in ("intake:read intake:write", "metrics:read"):
        response = intake_client.get("/v1/feed", headers=bearer(org, scope=scope))
        assert response.status_code == 403, scope
    assert len(read_feed(intake_client, org)) == 1

"""Feedback, forms and FHIR over HTTP: validation, offline resends, score-only feed, isolation."""

import logging
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.intake.forms import build_questionnaire_response, get_form
from tests.intake.feed import read_feed
from tests.support.fhir_outcome import outcome_pointers
from tests.support.tokens import bearer

SESSION = {"felt-heard": 5, "worked-on-what-mattered": 4, "overall": 9}
COMMENT = "Dr. Alvarez helped me a lot"


def events(client: TestClient, org: str) -> list[dict[str, Any]]:
    return read_feed(client, org)


def test_feedback_is_stored_and_only_scores_reach_the_feed(
    intake_client: TestClient, org: str
) -> None:
    posted = intake_client.post(
        "/v1/feedback",
        json={"form_id": "session-feedback", "answers": SESSION},
        headers=bearer(org),
    )
    assert posted.status_code == 201
    assert posted.json()["scores"]["top_box_count"] == 2
    comment = intake_client.post(
        "/v1/feedback",
        json={"form_id": "comment", "answers": {"comment": COMMENT}},
        headers=bearer(org),
    )
    stored = intake_client.get(
        f"/v1/feedback/{comment.json()['feedback_id']}", headers=bearer(org)
    ).json()
    assert stored["answers"] == {"comment": COMMENT}
    published = events(intake_client, org)
    assert [e["data"]["form_id"] for e in published] == ["session-feedback", "comment"]
    assert published[0]["data"]["scores"] == {
        "felt-heard": 5,
        "worked-on-what-mattered": 4,
        "overall": 9,
    }
    assert published[0]["data"]["top_box"] == {
        "felt-heard": True,
        "worked-on-what-mattered": False,
        "overall": True,
    }
    assert "Alvarez" not in str(published)


def test_bad_answers_are_one_422_listing_each(intake_client: TestClient, org: str) -> None:
    response = intake_client.post(
        "/v1/feedback",
        json={"form_id": "session-feedback", "answers": {"felt-heard": 9, "mood": 1}},
        headers=bearer(org),
    )
    assert response.status_code == 422
    assert {(e["pointer"], e["code"]) for e in response.json()["errors"]} == {
        ("/body/answers/mood", "unknown_item"),
        ("/body/answers/felt-heard", "out_of_range"),
        ("/body/answers/worked-on-what-mattered", "required"),
        ("/body/answers/overall", "required"),
    }
    unknown = intake_client.post(
        "/v1/feedback", json={"form_id": "nope", "answers": {"a": 1}}, headers=bearer(org)
    )
    assert unknown.json()["errors"][0]["pointer"] == "/body/form_id"


def test_an_offline_batch_resent_duplicates_nothing(intake_client: TestClient, org: str) -> None:
    batch = [
        {"form_id": "session-feedback", "answers": SESSION, "submission_id": "s-1"},
        {"form_id": "session-feedback", "answers": {"overall": 42}, "submission_id": "s-2"},
        {"form_id": "comment", "answers": {"comment": "ok"}, "submission_id": "s-3"},
    ]
    first = intake_client.post("/v1/feedback:batch", json=batch, headers=bearer(org)).json()
    assert [r["status"] for r in first["results"]] == [201, 422, 201]
    again = intake_client.post("/v1/feedback:batch", json=batch, headers=bearer(org)).json()
    assert [r["status"] for r in again["results"]] == [200, 422, 200]
    assert [r["id"] for r in again["results"]] == [r["id"] for r in first["results"]]
    assert len(events(intake_client, org)) == 2


def test_forms_are_listed_and_served_as_fhir(intake_client: TestClient, org: str) -> None:
    forms = intake_client.get("/v1/forms", headers=bearer(org)).json()
    assert {"telehealth-experience", "session-feedback", "service-satisfaction", "comment"} <= {
        f["id"] for f in forms
    }
    response = intake_client.get("/v1/forms/session-feedback/questionnaire", headers=bearer(org))
    assert response.headers["content-type"].startswith("application/fhir+json")
    assert response.json()["resourceType"] == "Questionnaire"
    assert intake_client.get("/v1/forms/nope/questionnaire", headers=bearer(org)).status_code == 404


def test_a_questionnaire_response_is_accepted(intake_client: TestClient, org: str) -> None:
    qr = build_questionnaire_response(get_form("session-feedback"), SESSION).model_dump(
        mode="json", exclude_none=True
    )
    qr |= {"subject": {"reference": "Patient/p-1"}, "identifier": {"value": "qr-1"}}
    response = intake_client.post(
        "/fhir/QuestionnaireResponse",
        json=qr,
        headers=bearer(org) | {"content-type": "application/fhir+json"},
    )
    assert response.status_code == 201
    assert response.headers["content-type"].startswith("application/fhir+json")
    stored = intake_client.get(f"/v1/feedback/{response.json()['id']}", headers=bearer(org))
    assert (stored.json()["answers"], stored.json()["patient_id"]) == (SESSION, "p-1")
    resent = intake_client.post("/fhir/QuestionnaireResponse", json=qr, headers=bearer(org))
    assert resent.status_code == 200
    qr["item"][0]["answer"] = [{"valueInteger": 7}]
    qr["identifier"] = {"value": "qr-2"}
    bad = intake_client.post("/fhir/QuestionnaireResponse", json=qr, headers=bearer(org))
    assert (bad.status_code, outcome_pointers(bad)) == (422, ["/body/item/0"])


def test_another_org_cannot_read_feedback_or_referrals(intake_client: TestClient, org: str) -> None:
    posted = intake_client.post(
        "/v1/feedback",
        json={"form_id": "session-feedback", "answers": SESSION},
        headers=bearer(org),
    )
    intake_client.put(
        "/v1/referrals/r-1",
        json={"patient_id": "p", "received_on": "2025-01-02", "service_line": "a", "site_id": "s"},
        headers=bearer(org),
    )
    other = bearer(org + "-b")
    assert (
        intake_client.get(f"/v1/feedback/{posted.json()['feedback_id']}", headers=other).status_code
        == 404
    )
    assert intake_client.get("/v1/referrals/r-1", headers=other).status_code == 404
    assert intake_client.get("/v1/referrals", headers=other).json()["items"] == []


def test_free_text_is_never_logged(
    intake_client: TestClient,
    org: str,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "Tomás-7Q2 felt unsafe at the Elm St clinic"
    sent = [
        ("/v1/feedback", {"form_id": "comment", "answers": {"comment": secret}}),
        ("/v1/feedback", {"form_id": "comment", "answers": {"comment": 7, "mood": secret}}),
        ("/v1/feedback:batch", [{"form_id": "comment", "answers": {"comment": secret}}]),
        ("/v1/feedback:batch", [{"form_id": "comment", "answers": {"nope": secret}}]),
    ]
    statuses = [
        intake_client.post(path, json=payload, headers=bearer(org)).status_code
        for path, payload in sent
    ]
    assert statuses == [201, 422, 200, 200]
    out, err = capfd.readouterr()
    assert caplog.records, "nothing was logged: the test would prove nothing"
    for text in (caplog.text, out, err):
        assert "Tomás" not in text and "Elm St" not in text
    assert "Tomás" not in str(read_feed(intake_client, org))

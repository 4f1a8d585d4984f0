"""intake's FHIR front door: the CapabilityStatement (no token), feedback forms read as
Questionnaires by id, and every /fhir error an OperationOutcome."""

from __future__ import annotations

from fhir.resources.R4B.capabilitystatement import CapabilityStatement
from fhir.resources.R4B.questionnaire import Questionnaire
from starlette.testclient import TestClient

from tests.support.fhir_outcome import outcome, outcome_pointers, outcome_slug
from tests.support.tokens import bearer

ROUTES = {
    ("Questionnaire", "read"): ("get", "/fhir/Questionnaire/{form_id}"),
    ("QuestionnaireResponse", "create"): ("post", "/fhir/QuestionnaireResponse"),
}


def test_the_capability_statement_is_r4_and_names_what_is_served(
    intake_client: TestClient,
) -> None:
    response = intake_client.get("/fhir/metadata")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/fhir+json"
    statement = response.json()
    CapabilityStatement.model_validate(statement)
    assert (statement["status"], statement["kind"], statement["fhirVersion"]) == (
        "active",
        "instance",
        "4.0.1",
    )
    assert statement["format"] == ["json"]
    (rest,) = statement["rest"]
    assert rest["security"]["service"][0]["coding"][0]["code"] == "SMART-on-FHIR"
    assert "extension" not in rest["security"]  # no token endpoint configured in the tests
    named = {(r["type"], i["code"]) for r in rest["resource"] for i in r["interaction"]}
    assert named == set(ROUTES)
    paths = intake_client.get("/openapi.json").json()["paths"]
    for method, path in ROUTES.values():
        assert method in paths[path], path
    assert "security" not in paths["/fhir/metadata"]["get"]


def test_a_form_is_read_as_a_questionnaire_by_its_id(intake_client: TestClient, org: str) -> None:
    response = intake_client.get("/fhir/Questionnaire/session-feedback", headers=bearer(org))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/fhir+json"
    Questionnaire.model_validate(response.json())
    assert response.json()["id"] == "session-feedback"
    same = intake_client.get("/v1/forms/session-feedback/questionnaire", headers=bearer(org))
    assert response.json() == same.json()


def test_fhir_errors_are_operation_outcomes(intake_client: TestClient, org: str) -> None:
    questionnaire = "/fhir/Questionnaire/session-feedback"
    unauthenticated = intake_client.get(questionnaire)
    assert unauthenticated.status_code == 401
    assert outcome(unauthenticated)["issue"][0]["code"] == "login"
    assert unauthenticated.headers["www-authenticate"].startswith("Bearer")

    forbidden = intake_client.get(questionnaire, headers=bearer(org, scope="measures:read"))
    assert forbidden.status_code == 403
    assert outcome(forbidden)["issue"][0]["code"] == "forbidden"
    assert "intake:read" in outcome(forbidden)["issue"][0]["diagnostics"]

    missing = intake_client.get("/fhir/Questionnaire/no-such-form", headers=bearer(org))
    assert (missing.status_code, outcome_slug(missing)) == (404, "not-found")

    not_json = intake_client.post(
        "/fhir/QuestionnaireResponse",
        content=b"{",
        headers={**bearer(org), "content-type": "application/fhir+json"},
    )
    assert not_json.status_code == 400
    assert outcome(not_json)["issue"][0]["code"] == "invalid"

    unknown = intake_client.post(
        "/fhir/QuestionnaireResponse",
        json={"resourceType": "QuestionnaireResponse", "status": "completed"},
        headers=bearer(org),
    )
    assert unknown.status_code == 422
    assert outcome_pointers(unknown) == ["/body/questionnaire"]

    too_long = intake_client.get(f"/fhir/Questionnaire/{'x' * 65}", headers=bearer(org))
    assert too_long.status_code == 422
    assert outcome_pointers(too_long) == ["/path/form_id"]

    plain = intake_client.get("/v1/forms/no-such-form", headers=bearer(org))
    assert plain.headers["content-type"] == "application/problem+json"

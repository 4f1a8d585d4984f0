"""measures' FHIR front door: the CapabilityStatement, errors as OperationOutcomes, and
Observations and Questionnaires read by id (an Observation only by its own org)."""

from __future__ import annotations

from fhir.resources.R4B.capabilitystatement import CapabilityStatement
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.questionnaire import Questionnaire
from starlette.testclient import TestClient

from tests.measures.api._helpers import phq9, post_assessment
from tests.support.fhir_outcome import outcome, outcome_pointers, outcome_slug
from tests.support.tokens import bearer

# The interactions the statement names, and the route each one is.
ROUTES = {
    ("Observation", "read"): ("get", "/fhir/Observation/{observation_id}"),
    ("Observation", "search-type"): ("get", "/fhir/Observation"),
    ("Questionnaire", "read"): ("get", "/fhir/Questionnaire/{questionnaire_id}"),
    ("QuestionnaireResponse", "create"): ("post", "/fhir/QuestionnaireResponse"),
}


def test_the_capability_statement_is_r4_needs_no_token_and_names_what_is_served(
    measures_client: TestClient,
) -> None:
    response = measures_client.get("/fhir/metadata")
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
    assert statement["implementation"]["url"] == "http://testserver/fhir"
    (rest,) = statement["rest"]
    services = [c["code"] for s in rest["security"]["service"] for c in s["coding"]]
    assert services == ["SMART-on-FHIR"]
    named = {(r["type"], i["code"]) for r in rest["resource"] for i in r["interaction"]}
    assert named == set(ROUTES)
    paths = measures_client.get("/openapi.json").json()["paths"]
    for method, path in ROUTES.values():
        assert method in paths[path], path
    (observation,) = [r for r in rest["resource"] if r["type"] == "Observation"]
    params = {p["name"]: p["type"] for p in observation["searchParam"]}
    assert params == {"patient": "reference", "code": "token", "date": "date", "_count": "number"}


def test_the_statement_names_the_configured_token_endpoint(measures_client: TestClient) -> None:
    state = measures_client.app.state  # type: ignore[attr-defined]
    before = state.settings
    state.settings = before.model_copy(update={"oauth_token_url": "https://idp.test/oauth2/token"})
    try:
        security = measures_client.get("/fhir/metadata").json()["rest"][0]["security"]
    finally:
        state.settings = before
    (uris,) = security["extension"]
    assert uris["extension"] == [{"url": "token", "valueUri": "https://idp.test/oauth2/token"}]


def test_fhir_errors_are_operation_outcomes(measures_client: TestClient, org: str) -> None:
    search = "/fhir/Observation?patient=p-1"
    cases = [
        (measures_client.get(search), 401, "login"),
        (measures_client.get(search, headers=bearer(org, scope="intake:read")), 403, "forbidden"),
        (measures_client.get("/fhir/Observation/nope", headers=bearer(org)), 404, "not-found"),
        (measures_client.get(search + "&date=2026-13", headers=bearer(org)), 400, "invalid"),
        (measures_client.get(search + "&_count=501", headers=bearer(org)), 422, "invalid"),
        (measures_client.get("/fhir/Observation", headers=bearer(org)), 422, "required"),
    ]
    for response, status, code in cases:
        assert response.status_code == status, response.text
        issues = outcome(response)["issue"]
        assert code in {issue["code"] for issue in issues}, issues
    denied = cases[1][0]
    assert outcome(denied)["issue"][0]["diagnostics"] == (
        "The token lacks the scope(s): measures:read."
    )
    assert outcome_pointers(cases[4][0]) == ["/query/_count"]
    assert outcome_pointers(cases[3][0]) == ["/query/date"]
    # Everywhere else errors stay problems.
    plain = measures_client.get("/v1/assessments/nope", headers=bearer(org))
    assert plain.headers["content-type"] == "application/problem+json"


def test_an_observation_is_read_by_the_id_its_search_gave_and_only_by_its_org(
    measures_client: TestClient, org: str
) -> None:
    answers = phq9([1, 2, 1, 2, 1, 2, 1, 2, 0])
    assert post_assessment(measures_client, org, answers=answers).status_code == 201
    searched = measures_client.get(
        "/fhir/Observation", params={"patient": "p-1"}, headers=bearer(org)
    ).json()["entry"]
    panel = next(e for e in searched if "hasMember" in e["resource"])
    for entry in searched:
        read = measures_client.get(entry["fullUrl"], headers=bearer(org))
        assert read.status_code == 200, read.text
        assert read.headers["content-type"] == "application/fhir+json"
        assert read.json() == entry["resource"]
        Observation.model_validate(read.json())
    # The panel's members are the other Observations, by their server ids.
    members = {m["reference"] for m in panel["resource"]["hasMember"]}
    assert members == {f"Observation/{e['resource']['id']}" for e in searched if e is not panel}
    other = measures_client.get(panel["fullUrl"], headers=bearer(f"{org}-other"))
    assert other.status_code == 404
    assert outcome_slug(other) == "not-found"
    assert outcome(other)["issue"][0]["diagnostics"] == "No Observation with this id."


def test_an_unknown_observation_id_of_our_shape_is_a_404(
    measures_client: TestClient, org: str
) -> None:
    response = measures_client.get(f"/fhir/Observation/{'a' * 32}-{'b' * 16}", headers=bearer(org))
    assert response.status_code == 404
    assert outcome_slug(response) == "not-found"


def test_a_questionnaire_is_read_by_its_id(measures_client: TestClient, org: str) -> None:
    response = measures_client.get("/fhir/Questionnaire/phq9-v1", headers=bearer(org))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/fhir+json"
    Questionnaire.model_validate(response.json())
    same = measures_client.get("/v1/instruments/phq9/questionnaire", headers=bearer(org))
    assert response.json() == same.json()
    missing = measures_client.get("/fhir/Questionnaire/phq9-v99", headers=bearer(org))
    assert missing.status_code == 404
    assert outcome_slug(missing) == "not-found"

"""Problems under /fhir are FHIR OperationOutcomes: the issue type follows the status, the
problem's type, title and detail are all kept, and every field error is one more issue."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI
from fhir.resources.R4B.operationoutcome import OperationOutcome
from starlette.testclient import TestClient

from shared.fhir_outcome import POINTER_EXTENSION, document_fhir_outcomes, outcome_body
from shared.problems import (
    BadRequest,
    Conflict,
    Forbidden,
    NotFound,
    Problem,
    Unauthorized,
    Unprocessable,
    install_problem_handlers,
    problem_response,
)

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


@pytest.mark.parametrize(
    ("status", "code", "severity"),
    [
        (400, "invalid", "error"),
        (401, "login", "error"),
        (403, "forbidden", "error"),
        (404, "not-found", "error"),
        (409, "conflict", "error"),
        (413, "too-costly", "error"),
        (415, "not-supported", "error"),
        (422, "invalid", "error"),
        (429, "throttled", "error"),
        (500, "exception", "fatal"),
        (503, "transient", "fatal"),
    ],
)
def test_the_issue_type_and_severity_follow_the_status(
    status: int, code: str, severity: str
) -> None:
    body = outcome_body(status=status, slug="x", title="X", detail="what happened")
    OperationOutcome.model_validate(body)
    (issue,) = body["issue"]
    assert (issue["code"], issue["severity"], issue["diagnostics"]) == (
        code,
        severity,
        "what happened",
    )


def _app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)
    errors = {
        "bad": BadRequest("The body is not JSON."),
        "anon": Unauthorized("A bearer token is required."),
        "scope": Forbidden("The token lacks the scope(s): x:read.", missing_scopes=["x:read"]),
        "gone": NotFound("No such thing."),
        "twice": Conflict("Already there."),
        "fields": Unprocessable(
            "2 invalid.",
            errors=[
                {"pointer": "/body/status", "detail": "Field required", "code": "missing"},
                {"pointer": "/query/_count", "detail": "too big", "code": "less_than_equal"},
            ],
        ),
    }
    for prefix in ("/fhir", "/v1"):

        @app.get(prefix + "/{name}")
        def fail(name: str) -> None:
            raise errors.get(name, Problem("?"))

    return app


def test_under_fhir_a_problem_is_an_operation_outcome_elsewhere_still_a_problem() -> None:
    client = TestClient(_app())
    for name, status in (("bad", 400), ("anon", 401), ("scope", 403), ("gone", 404)):
        fhir, plain = client.get(f"/fhir/{name}"), client.get(f"/v1/{name}")
        assert fhir.status_code == plain.status_code == status
        assert fhir.headers["content-type"] == "application/fhir+json"
        assert plain.headers["content-type"] == "application/problem+json"
        OperationOutcome.model_validate(fhir.json())
        (issue,) = fhir.json()["issue"]
        assert issue["diagnostics"] == plain.json()["detail"]
        assert issue["details"]["coding"][0]["code"] == plain.json()["type"].rsplit("/", 1)[1]
        assert issue["details"]["text"] == plain.json()["title"]
    assert client.get("/fhir/anon").headers["www-authenticate"].startswith("Bearer")


def test_each_field_error_is_an_issue_pointing_at_its_field() -> None:
    response = TestClient(_app()).get("/fhir/fields")
    assert response.status_code == 422
    first, status, count = response.json()["issue"]
    assert (first["code"], first["diagnostics"]) == ("invalid", "2 invalid.")
    assert status == {
        "severity": "error",
        "code": "required",
        "diagnostics": "Field required",
        "extension": [{"url": POINTER_EXTENSION, "valueString": "/body/status"}],
    }
    assert (count["code"], count["extension"][0]["valueString"]) == ("invalid", "/query/_count")


def test_an_unknown_fhir_path_is_a_not_found_outcome() -> None:
    response = TestClient(_app()).get("/fhir/Patient/1/_history")
    assert response.status_code == 404
    assert response.json()["issue"][0]["code"] == "not-found"


def test_the_document_gives_fhir_operations_outcomes_and_others_problems() -> None:
    problem = {"application/problem+json": {"schema": {}}}
    document = {
        "paths": {
            "/fhir/Thing": {
                "get": {"security": [{}], "responses": {"200": {}, "404": {"content": problem}}}
            },
            "/fhir/metadata": {"get": {"responses": {"401": {}, "403": {}, "500": {}}}},
            "/v1/thing": {"get": {"responses": {"404": {"content": problem}}}},
        }
    }
    document_fhir_outcomes(document)
    fhir = document["paths"]["/fhir/Thing"]["get"]["responses"]["404"]["content"]
    assert fhir == {
        "application/fhir+json": {"schema": {"$ref": "#/components/schemas/OperationOutcome"}}
    }
    assert document["paths"]["/v1/thing"]["get"]["responses"]["404"]["content"] == problem
    # Served without a token, so neither 401 nor 403 can happen.
    assert set(document["paths"]["/fhir/metadata"]["get"]["responses"]) == {"500"}
    assert "OperationOutcome" in document["components"]["schemas"]


def test_a_refusal_made_before_the_app_follows_the_path_too() -> None:
    """The rate limiter answers without a request object, naming the path as ``instance``."""
    limited = problem_response(
        None,
        status=429,
        slug="too-many-requests",
        title="Too Many Requests",
        detail="Over the request limit; send again in 3 s.",
        headers={"Retry-After": "3"},
        instance="/fhir/Observation",
    )
    assert limited.media_type == "application/fhir+json"
    assert limited.headers["retry-after"] == "3"
    (issue,) = json.loads(limited.body)["issue"]
    assert (issue["code"], issue["diagnostics"]) == (
        "throttled",
        "Over the request limit; send again in 3 s.",
    )
    elsewhere = problem_response(
        None, status=429, slug="too-many-requests", title="Too Many Requests", instance="/v1/x"
    )
    assert elsewhere.media_type == "application/problem+json"

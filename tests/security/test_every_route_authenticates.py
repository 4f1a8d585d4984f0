"""Every route of every service refuses untrusted callers with the documented problem.

The cases are generated from the live route tables, so a new route is covered the moment it
exists: no token, a bad signature, an expired token and a token for another audience get 401;
a valid token without the route's scope gets 403. None of them leaks anything.
"""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from services.intake.app import create_app as create_intake
from services.intake.settings import IntakeSettings
from services.measures.app import create_app as create_measures
from services.measures.settings import MeasuresSettings
from services.metrics.app import create_app as create_metrics
from services.metrics.settings import MetricsSettings
from tests.support.tokens import bearer

PUBLIC_PREFIXES = (
    "/healthz",
    "/readyz",
    "/metrics-prom",
    "/docs",
    "/redoc",
    "/openapi.json",
    "/fhir/metadata",  # the CapabilityStatement: how to get a token, no data
    "/v1/staff-survey-responses",  # anonymous by design: the body's one-time token is the key
)
APPS = {
    "intake": create_intake(IntakeSettings(database_url="sqlite://")),
    "measures": create_measures(MeasuresSettings(database_url="sqlite://")),
    "metrics": create_metrics(MetricsSettings(database_url="sqlite://")),
}


def _protected_operations() -> list[tuple[str, str, str]]:
    """Operations from each app's generated OpenAPI (built from its route table)."""
    operations = []
    for name, app in APPS.items():
        for path, item in app.openapi()["paths"].items():
            for method, _operation in item.items():
                if path.startswith(PUBLIC_PREFIXES):
                    continue
                operations.append((name, method.upper(), path))
    return operations


def _required_scopes(service: str, method: str, path: str) -> list[str]:
    """The scopes the operation's document says it needs."""
    (requirement,) = APPS[service].openapi()["paths"][path][method.lower()]["security"]
    return list(requirement["OAuth2"])


def test_every_non_probe_operation_declares_the_scopes_it_needs() -> None:
    for name, app in APPS.items():
        document = app.openapi()
        declared = document["components"]["securitySchemes"]["OAuth2"]["flows"]
        known = set(declared["clientCredentials"]["scopes"])
        for path, item in document["paths"].items():
            for method, operation in item.items():
                if path.startswith(PUBLIC_PREFIXES):
                    continue
                (requirement,) = operation["security"]
                assert set(requirement) == {"OAuth2"}, (name, method, path)
                assert requirement["OAuth2"], (name, method, path)
                assert set(requirement["OAuth2"]) <= known, (name, method, path)


def test_the_document_names_the_deployments_token_endpoint() -> None:
    settings = IntakeSettings(database_url="sqlite://", oauth_token_url="https://idp.test/token")
    document = create_intake(settings).openapi()
    flows = document["components"]["securitySchemes"]["OAuth2"]["flows"]
    assert flows["clientCredentials"]["tokenUrl"] == "https://idp.test/token"


OPERATIONS = _protected_operations()
UNTRUSTED = {
    "no-token": None,
    "bad-signature": {"secret": "an-attacker-secret-that-is-long-enough-to-sign"},
    "expired": {"ttl_seconds": -600},
    "wrong-audience": {"audience": "some-other-api"},
}


def _error_type(path: str) -> str:
    """Errors under /fhir are OperationOutcomes, elsewhere problems."""
    return "application/fhir+json" if path.startswith("/fhir/") else "application/problem+json"


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "probe-id-1", path)


def _call(client: TestClient, method: str, path: str, headers: dict[str, str]):
    return client.request(method, _concrete(path), headers=headers)


@pytest.fixture
def client_for(request: pytest.FixtureRequest):
    return lambda name: request.getfixturevalue(f"{name}_client")


@pytest.mark.parametrize("case", sorted(UNTRUSTED))
@pytest.mark.parametrize(
    ("service", "method", "path"), OPERATIONS, ids=[f"{s}-{m}-{p}" for s, m, p in OPERATIONS]
)
def test_untrusted_caller_gets_401(
    client_for, service: str, method: str, path: str, case: str, org: str
) -> None:
    token = UNTRUSTED[case]
    headers = {} if token is None else bearer(org, **token)
    response = _call(client_for(service), method, path, headers)
    assert response.status_code == 401, response.text
    assert response.headers["content-type"] == _error_type(path)
    assert response.headers["www-authenticate"].startswith("Bearer")
    body = response.json()
    detail = body["issue"][0]["diagnostics"] if path.startswith("/fhir/") else body["detail"]
    assert "probe-id-1" not in detail


@pytest.mark.parametrize(
    ("service", "method", "path"), OPERATIONS, ids=[f"{s}-{m}-{p}" for s, m, p in OPERATIONS]
)
def test_caller_without_the_scope_gets_403(
    client_for, service: str, method: str, path: str, org: str
) -> None:
    response = _call(client_for(service), method, path, bearer(org, scope="unrelated:scope"))
    assert response.status_code == 403, response.text
    assert response.headers["content-type"] == _error_type(path)
    # The answer names what the document says the operation needs.
    required = _required_scopes(service, method, path)
    if path.startswith("/fhir/"):
        diagnostics = response.json()["issue"][0]["diagnostics"]
        assert diagnostics == f"The token lacks the scope(s): {' '.join(required)}."
    else:
        assert response.json()["missing_scopes"] == required


def test_the_route_table_is_not_empty() -> None:
    assert {service for service, _, _ in OPERATIONS} >= {"intake", "measures"}


def test_every_answer_documents_its_request_id_and_a_posts_success_its_replay() -> None:
    """The headers the shared middleware sends are in every document, where they are sent."""
    for name, app in APPS.items():
        for path, item in app.openapi()["paths"].items():
            for method, operation in item.items():
                for status, response in operation["responses"].items():
                    headers = response.get("headers", {})
                    assert "X-Request-ID" in headers, (name, method, path, status)
                    replayable = method == "post" and status.startswith("2")
                    assert ("Idempotent-Replayed" in headers) == replayable, (name, path, status)
                    if status in ("429", "503"):
                        assert "Retry-After" in headers, (name, method, path, status)

"""Bearer JWTs: who may call, as whom, with which scopes."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from starlette.testclient import TestClient

from services.intake.settings import IntakeSettings
from shared.auth import Authenticator, issue_local_token
from shared.problems import Unauthorized
from tests.shared.test_problems import assert_problem
from tests.support.tokens import bearer

WIDGET = {"name": "w", "size": 1}


def test_no_token_is_401_with_bearer_challenge(probe_client: TestClient) -> None:
    response = probe_client.post("/v1/widgets", json=WIDGET)
    assert_problem(response, 401, "unauthorized")
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    ("token_kwargs", "detail"),
    [
        ({"secret": "another-secret-that-is-long-enough-for-hs256"}, "The token is invalid."),
        ({"ttl_seconds": -3600}, "The token has expired."),
        ({"audience": "someone-else"}, "The token is not meant for this service."),
    ],
    ids=["bad-signature", "expired", "wrong-audience"],
)
def test_untrusted_token_is_401(
    probe_client: TestClient, org: str, token_kwargs: dict, detail: str
) -> None:
    response = probe_client.post("/v1/widgets", json=WIDGET, headers=bearer(org, **token_kwargs))
    assert assert_problem(response, 401, "unauthorized")["detail"] == detail


def test_token_without_org_is_401(probe_client: TestClient) -> None:
    token = jwt.encode(
        {"sub": "x", "aud": "learning-loop", "exp": 4102444800, "scope": "intake:write"},
        IntakeSettings(database_url="sqlite://").jwt_secret.get_secret_value(),
    )
    response = probe_client.post(
        "/v1/widgets", json=WIDGET, headers={"Authorization": f"Bearer {token}"}
    )
    assert "org" in assert_problem(response, 401, "unauthorized")["detail"]


def test_missing_scope_is_403(probe_client: TestClient, org: str) -> None:
    response = probe_client.post(
        "/v1/widgets", json=WIDGET, headers=bearer(org, scope="intake:read")
    )
    assert "intake:write" in assert_problem(response, 403, "forbidden")["detail"]


def test_valid_token_acts_for_its_org(probe_client: TestClient, org: str) -> None:
    response = probe_client.post("/v1/widgets", json=WIDGET, headers=bearer(org))
    assert response.status_code == 201
    assert response.json()["org"] == org


def test_token_command_prints_a_token_every_service_accepts() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "shared.auth",
            "token",
            "--org",
            "acme",
            "--scope",
            "intake:read feed:read",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    caller = Authenticator(IntakeSettings(database_url="sqlite://")).verify(lines[0])
    assert (caller.org, caller.scopes) == ("acme", frozenset({"intake:read", "feed:read"}))


class _JwksHandler(BaseHTTPRequestHandler):
    document: bytes = b"{}"

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(self.document)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def jwks_server() -> Iterator[tuple[str, dict]]:
    """A local identity provider publishing one RSA and one EC key."""
    keys = {
        "rsa": rsa.generate_private_key(public_exponent=65537, key_size=2048),
        "ec": ec.generate_private_key(ec.SECP256R1()),
    }
    jwks = []
    for kid, key in keys.items():
        jwk = json.loads(
            jwt.algorithms.get_default_algorithms()["RS256" if kid == "rsa" else "ES256"].to_jwk(
                key.public_key()
            )
        )
        jwks.append({**jwk, "kid": kid, "use": "sig"})
    _JwksHandler.document = json.dumps({"keys": jwks}).encode()
    server = HTTPServer(("127.0.0.1", 0), _JwksHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/jwks.json", keys
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(("kid", "algorithm"), [("rsa", "RS256"), ("ec", "ES256")])
def test_production_tokens_are_verified_against_jwks(
    jwks_server: tuple[str, dict], kid: str, algorithm: str
) -> None:
    url, keys = jwks_server
    authenticator = Authenticator(IntakeSettings(database_url="sqlite://", jwt_jwks_url=url))
    claims = {
        "sub": "ehr-1",
        "org": "acme",
        "scope": "intake:write",
        "aud": "learning-loop",
        "exp": 4102444800,
    }
    token = jwt.encode(claims, keys[kid], algorithm=algorithm, headers={"kid": kid})
    assert authenticator.verify(token).org == "acme"
    # With a JWKS configured, a token signed with the shared HS256 secret is refused.
    with pytest.raises(Unauthorized):
        authenticator.verify(issue_local_token(org="acme", scope="intake:write"))


def test_production_refuses_the_public_development_secret() -> None:
    with pytest.raises(ValueError, match="development JWT secret"):
        IntakeSettings(database_url="sqlite://", environment="production")

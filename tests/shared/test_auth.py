"""Bearer JWTs: who may call, as whom, with which scopes."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from starlette.testclient import TestClient

from services.intake.settings import IntakeSettings
from services.metrics.settings import MetricsSettings
from shared.auth import Authenticator, issue_local_token
from shared.auth.tokens import CACHE_ENTRY_OVERHEAD, CACHE_SECONDS, LEEWAY_SECONDS
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


def _lifetime(seconds: int = 3600) -> dict[str, int]:
    now = int(time.time())
    return {"iat": now, "exp": now + seconds}


def test_token_without_org_is_401(probe_client: TestClient) -> None:
    token = jwt.encode(
        {"sub": "x", "aud": "learning-loop", "scope": "intake:write", **_lifetime()},
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
        **_lifetime(),
    }
    token = jwt.encode(claims, keys[kid], algorithm=algorithm, headers={"kid": kid})
    assert authenticator.verify(token).org == "acme"
    # With a JWKS configured, a token signed with the shared HS256 secret is refused.
    with pytest.raises(Unauthorized):
        authenticator.verify(issue_local_token(org="acme", scope="intake:write"))


def test_production_refuses_the_public_development_secret() -> None:
    with pytest.raises(ValueError, match="development JWT secret"):
        IntakeSettings(database_url="sqlite://", environment="production")


def test_production_with_a_jwks_needs_its_own_feed_cursor_secret() -> None:
    """Cursors derived from the public development secret could be opened by anyone."""
    jwks = {"database_url": "sqlite://", "environment": "production", "jwt_jwks_url": "https://x"}
    with pytest.raises(ValueError, match="FEED_CURSOR_SECRET"):
        IntakeSettings(**jwks)
    settings = IntakeSettings(**jwks, feed_cursor_secret="c" * 32)
    assert settings.cursor_secret == "c" * 32


def test_metrics_serves_a_feed_too_and_needs_its_cursor_secret() -> None:
    """metrics hands out cursors of its own feed (recognitions): production asks it for the
    secret that seals them, as it asks intake and measures."""
    jwks = {"database_url": "sqlite://", "environment": "production", "jwt_jwks_url": "https://x"}
    with pytest.raises(ValueError, match="FEED_CURSOR_SECRET"):
        MetricsSettings(**jwks)
    assert MetricsSettings(**jwks, feed_cursor_secret="c" * 32).cursor_secret == "c" * 32


def test_a_remembered_token_is_refused_once_it_expires(monkeypatch: pytest.MonkeyPatch) -> None:
    authenticator = Authenticator(IntakeSettings(database_url="sqlite://"))
    token = issue_local_token(org="acme", scope="intake:write", ttl_seconds=60)
    assert authenticator.verify(token).org == "acme"
    # Past its expiry and the leeway the remembered answer is not reused: the token is
    # decoded again (PyJWT reads its own clock, so it is told here what it would find).
    later = time.time() + 60 + LEEWAY_SECONDS + 1
    monkeypatch.setattr(time, "time", lambda: later)

    def expired(*_args: object, **_kwargs: object) -> None:
        raise jwt.ExpiredSignatureError("Signature has expired")

    monkeypatch.setattr(jwt, "decode", expired)
    with pytest.raises(Unauthorized, match="expired"):
        authenticator.verify(token)


def test_a_token_is_remembered_only_briefly(monkeypatch: pytest.MonkeyPatch) -> None:
    authenticator = Authenticator(IntakeSettings(database_url="sqlite://"))
    token = issue_local_token(org="acme", scope="intake:write")
    decode = jwt.decode
    calls: list[str] = []

    def counting_decode(*args: object, **kwargs: object) -> object:
        calls.append("decode")
        return decode(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jwt, "decode", counting_decode)
    assert authenticator.verify(token) == authenticator.verify(token)
    assert calls == ["decode"]
    later = time.time() + CACHE_SECONDS + 1
    monkeypatch.setattr(time, "time", lambda: later)
    assert authenticator.verify(token).org == "acme"
    assert calls == ["decode", "decode"]


def test_the_token_cache_is_bounded_by_bytes_not_count() -> None:
    """Before, 1024 tokens of any size were kept: 200 valid 1 MB tokens grew a service by
    250 MB. Now the remembered tokens' characters count against ``token_cache_bytes`` (and a
    token over 8 KiB is refused before it is verified)."""
    budget = 30_000
    settings = IntakeSettings(database_url="sqlite://", token_cache_bytes=budget)
    authenticator = Authenticator(settings)
    padding = "x" * 5_000  # a long scope claim makes a large, valid token (about 7 KiB)
    tokens = [issue_local_token(org=f"org-{i}", scope=padding) for i in range(50)]
    for token in tokens:
        assert authenticator.verify(token).org.startswith("org-")
        assert authenticator.cached_bytes <= budget
    kept = sum(len(t) + CACHE_ENTRY_OVERHEAD for t in authenticator._verified)
    assert kept == authenticator.cached_bytes and 0 < len(authenticator._verified) < 5
    assert tokens[0] not in authenticator._verified and tokens[-1] in authenticator._verified
    small = Authenticator(IntakeSettings(database_url="sqlite://", token_cache_bytes=4_000))
    assert small.verify(tokens[0]).org == "org-0"  # verified, just not remembered
    assert small.cached_bytes == 0 and not small._verified
    with pytest.raises(Unauthorized, match="longer than 8192"):
        authenticator.verify(issue_local_token(org="acme", scope="x" * 8192))


def test_a_refused_token_is_not_remembered(org: str) -> None:
    authenticator = Authenticator(IntakeSettings(database_url="sqlite://"))
    token = issue_local_token(org=org, scope="", secret="another-secret-that-is-long-enough-x")
    for _ in range(2):
        with pytest.raises(Unauthorized, match="invalid"):
            authenticator.verify(token)
    assert not authenticator._verified

"""Bad feed cursors and bad tokens over HTTP: each is a 400 or 401 problem, never a 500.

Cursors are tried on both feeds, as an organization's reader and as the platform's
all-organizations reader (which may still present a cursor from before cursors were sealed),
in raw and base64url form: numbers outside a 64-bit column, booleans (a JSON ``true`` is an
int to Python), floats. Tokens are signed with the right key but carry a string ``exp``, no
``iat``, too long a lifetime, an ``org`` that is not an id, or are simply too long.
"""

from __future__ import annotations

import base64
import time
from typing import Any

import jwt
import pytest
from starlette.testclient import TestClient

from shared.settings import LOCAL_AUDIENCE, LOCAL_JWT_SECRET
from tests.support.tokens import bearer

PROBLEM = "application/problem+json"
RAW_CURSORS = [
    "[0,-1e30]",
    "[0,-1000000000000000000000000000000]",
    "[true,false]",
    "[0,true]",
    f"[0,{2**63}]",
    f"[{2**63},0]",
    "[-2,0]",
    "[0,-1]",
    "[0,1.5]",
    "[0]",
    "[0,1,2]",
    '{"a":1}',
    "null",
]
OTHER_CURSORS = ["c1.", "c1.AAAA", "c1." + "A" * 80, "c1.!!!", "é", "%00"]
CURSORS = (
    RAW_CURSORS
    + [base64.urlsafe_b64encode(c.encode()).decode().rstrip("=") for c in RAW_CURSORS]
    + OTHER_CURSORS
)
FEEDS = ["intake", "measures"]
#: One authenticated GET per service.
ROUTES = {"intake": "/v1/feed", "measures": "/v1/feed", "metrics": "/v1/collaboratives"}


def _problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


@pytest.mark.parametrize("service", FEEDS)
@pytest.mark.parametrize("scope", ["feed:read", "feed:read feed:all"])
@pytest.mark.parametrize("cursor", CURSORS)
def test_a_bad_cursor_is_a_400(
    request: pytest.FixtureRequest, service: str, scope: str, cursor: str, org: str
) -> None:
    client: TestClient = request.getfixturevalue(f"{service}_client")
    response = client.get("/v1/feed", params={"after": cursor}, headers=bearer(org, scope=scope))
    _problem(response, 400)


def _token(**claims: Any) -> str:
    now = int(time.time())
    base = {
        "sub": "s-1",
        "org": "acme",
        "scope": "feed:read intake:read measures:read metrics:read",
        "aud": LOCAL_AUDIENCE,
        "iat": now,
        "exp": now + 3600,
    }
    payload = {k: v for k, v in (base | claims).items() if v is not None}
    return jwt.encode(payload, LOCAL_JWT_SECRET, algorithm="HS256")


NOW = int(time.time())
BAD_TOKENS = {
    "exp-string": _token(exp=str(NOW + 3600)),
    "exp-float-string": _token(exp="1e10"),
    "exp-bool": _token(exp=True),
    "exp-infinity": _token(exp=float("inf")),
    "iat-nan": _token(iat=float("nan")),
    "iat-string": _token(iat=str(NOW)),
    "iat-tomorrow": _token(iat=NOW + 86_400, exp=NOW + 90_000),
    "no-iat": _token(iat=None),
    "lives-25-hours": _token(exp=NOW + 25 * 3600),
    "lives-forever": _token(exp=4102444800),
    "org-space": _token(org="ac me"),
    "org-nul": _token(org="acme\x00"),
    "org-newline": _token(org="acme\n"),
    "org-10000": _token(org="a" * 10_000),
    "org-129": _token(org="a" * 129),
    "org-star": _token(org="*"),
    "org-number": _token(org=7),
    "sub-newline": _token(sub="s\n1"),
    "sub-long": _token(sub="s" * 257),
    "too-long": _token(scope="x" * 9000),
}


@pytest.mark.parametrize("service", sorted(ROUTES))
@pytest.mark.parametrize("name", sorted(BAD_TOKENS))
def test_a_bad_token_is_a_401(request: pytest.FixtureRequest, service: str, name: str) -> None:
    client: TestClient = request.getfixturevalue(f"{service}_client")
    headers = {"Authorization": f"Bearer {BAD_TOKENS[name]}"}
    _problem(client.get(ROUTES[service], headers=headers), 401)


@pytest.mark.parametrize("service", sorted(ROUTES))
def test_the_limits_still_let_a_good_token_through(
    request: pytest.FixtureRequest, service: str
) -> None:
    client: TestClient = request.getfixturevalue(f"{service}_client")
    good = _token(org="a" * 128, exp=NOW + 24 * 3600, scope="feed:read metrics:read " + "x" * 5000)
    assert (
        client.get(ROUTES[service], headers={"Authorization": f"Bearer {good}"}).status_code == 200
    )


def test_large_tokens_do_not_grow_the_token_cache(intake_client: TestClient) -> None:
    """200 valid 1 MB tokens grew intake from 113 to 371 MB: they were all remembered. Now the
    header is refused above 8 KiB, before the token is verified or remembered."""
    authenticator = intake_client.app.state.authenticator  # type: ignore[attr-defined]
    before = authenticator.cached_bytes
    for n in range(20):
        token = _token(sub=f"s-{n}", scope="feed:read " + "x" * 1_000_000)
        response = intake_client.get("/v1/feed", headers={"Authorization": f"Bearer {token}"})
        _problem(response, 401)
    assert authenticator.cached_bytes <= before

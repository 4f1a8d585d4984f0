"""Signing in to the dashboard: who is let in, how the token is kept, where a caller goes next."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from services.metrics.dashboard.signin import COOKIE, cookie_options
from services.metrics.settings import MetricsSettings
from shared.auth import issue_local_token
from tests.metrics.dashboard.pages import signed_in

UNTRUSTED = {
    "bad-signature": {"secret": "an-attacker-secret-that-is-long-enough-to-sign"},
    "expired": {"ttl_seconds": -600},
    "wrong-audience": {"audience": "some-other-api"},
}


def test_pages_send_a_caller_without_a_cookie_to_sign_in(client: TestClient) -> None:
    for path in ("/dashboard?metric=no-show-rate&level=org", "/dashboard/clinicians/c-1"):
        answer = client.get(path, follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/dashboard/sign-in?next=")
        form = client.get(answer.headers["location"])
        assert form.status_code == 200
        assert 'name="token"' in form.text


@pytest.mark.parametrize("case", sorted(UNTRUSTED))
def test_a_cookie_the_api_would_refuse_sends_back_to_sign_in(
    client: TestClient, org: str, case: str
) -> None:
    answer = client.get(
        "/dashboard", headers=signed_in(org, **UNTRUSTED[case]), follow_redirects=False
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/dashboard/sign-in?next=%2Fdashboard"
    assert f'{COOKIE}=""' in answer.headers["set-cookie"]  # the bad cookie is cleared


def test_a_cookie_without_metrics_read_sends_back_to_sign_in(client: TestClient, org: str) -> None:
    headers = signed_in(org, scope="intake:read intake:write measures:read")
    for path in ("/dashboard", "/dashboard/clinicians/c-1"):
        assert client.get(path, headers=headers, follow_redirects=False).status_code == 303


@pytest.mark.parametrize("case", sorted(UNTRUSTED))
def test_sign_in_refuses_an_untrusted_token_with_401(
    client: TestClient, org: str, case: str
) -> None:
    token = issue_local_token(org=org, scope="metrics:read", **UNTRUSTED[case])  # type: ignore[arg-type]
    answer = client.post("/dashboard/sign-in", json={"token": token})
    assert answer.status_code == 401
    assert answer.headers["content-type"] == "application/problem+json"
    assert "set-cookie" not in answer.headers
    assert token not in answer.text


@pytest.mark.parametrize("token", ["", "   ", "not-a-jwt", "x" * 9000])
def test_sign_in_refuses_what_is_not_a_token(client: TestClient, token: str) -> None:
    answer = client.post("/dashboard/sign-in", json={"token": token})
    assert answer.status_code == 401
    assert "set-cookie" not in answer.headers


def test_sign_in_refuses_a_token_without_metrics_read_with_403(
    client: TestClient, org: str
) -> None:
    token = issue_local_token(org=org, scope="intake:read metrics:write")
    answer = client.post("/dashboard/sign-in", json={"token": token})
    assert answer.status_code == 403
    assert "metrics:read" in answer.json()["detail"]
    assert "set-cookie" not in answer.headers


def test_sign_in_keeps_the_token_in_a_strict_http_only_cookie(client: TestClient, org: str) -> None:
    token = issue_local_token(org=org, scope="metrics:read")
    answer = client.post(
        "/dashboard/sign-in", json={"token": f"Bearer {token} ", "next": "/dashboard?level=org"}
    )
    assert answer.status_code == 200
    assert answer.json() == {"next": "/dashboard?level=org"}
    cookie = answer.headers["set-cookie"]
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")[1:]}
    assert cookie.startswith(f"{COOKIE}={token};")
    assert {"httponly", "samesite", "path"} <= attributes
    assert "samesite=strict" in cookie.lower() and "path=/dashboard" in cookie.lower()
    assert "secure" not in attributes  # a test deployment serves plain HTTP
    page = client.get("/dashboard?level=org")  # the jar now holds the cookie
    assert page.status_code == 200
    assert org in page.text


def test_the_cookie_is_secure_outside_local_and_test() -> None:
    production = MetricsSettings(
        database_url="sqlite://", environment="production", jwt_secret="s" * 40
    )
    assert cookie_options(production)["secure"] is True
    assert cookie_options(MetricsSettings(database_url="sqlite://"))["secure"] is False


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/dashboard",
        "//evil.example/dashboard",
        "/v1/metrics",
        "/dashboard/sign-in",
        "/dashboardx",
        "/\\evil.example",
    ],
)
def test_sign_in_only_goes_on_to_a_dashboard_page(
    client: TestClient, org: str, target: str
) -> None:
    token = issue_local_token(org=org, scope="metrics:read")
    answer = client.post("/dashboard/sign-in", json={"token": token, "next": target})
    assert answer.json() == {"next": "/dashboard"}


def test_a_post_from_another_site_is_refused(client: TestClient, org: str) -> None:
    token = issue_local_token(org=org, scope="metrics:read")
    answer = client.post(
        "/dashboard/sign-in", json={"token": token}, headers={"Origin": "https://evil.example"}
    )
    assert answer.status_code == 403
    assert "set-cookie" not in answer.headers


def test_sign_out_clears_the_cookie(client: TestClient, org: str) -> None:
    answer = client.post("/dashboard/sign-out", headers=signed_in(org))
    assert answer.status_code == 204
    assert f'{COOKIE}=""' in answer.headers["set-cookie"]
    assert "max-age=0" in answer.headers["set-cookie"].lower()


def test_the_pages_are_not_in_the_openapi_document(client: TestClient) -> None:
    assert not [p for p in client.get("/openapi.json").json()["paths"] if "dashboard" in p]

"""Probes: alive always; ready only with a reachable database whose migrations are at head."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from services.intake.app import create_app
from services.intake.settings import IntakeSettings
from tests.shared.test_problems import assert_problem
from tests.support.tokens import bearer


def test_every_service_is_alive_and_ready(any_client: TestClient) -> None:
    assert any_client.get("/healthz").json() == {"status": "ok"}
    assert any_client.get("/readyz").json() == {"status": "ok"}


def test_not_ready_before_migrations(tmp_path: Path) -> None:
    settings = IntakeSettings(database_url=f"sqlite:///{tmp_path / 'empty.db'}", environment="test")
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").status_code == 200
        body = assert_problem(client.get("/readyz"), 503, "service-unavailable")
        assert "migrations" in body["detail"]


OPERATOR = bearer("platform", "platform:operate")


def test_prometheus_metrics_are_exposed_to_the_operator_only(any_client: TestClient) -> None:
    any_client.get("/healthz")
    any_client.get("/v1/does-not-exist")
    assert any_client.get("/metrics-prom").status_code == 401
    tenant = bearer("org-a", "intake:read measures:read metrics:read metrics:admin")
    assert any_client.get("/metrics-prom", headers=tenant).status_code == 403
    response = any_client.get("/metrics-prom", headers=OPERATOR)
    assert response.status_code == 200
    assert "http_requests_total" in response.text


def _sample(text: str, series: str) -> float | None:
    """The value of one exposed series (name and labels exactly as exposed), if present."""
    for line in text.splitlines():
        if line.startswith(series + " "):
            return float(line.rsplit(" ", 1)[1])
    return None


def test_prometheus_labels_requests_by_route_template(probe_client: TestClient, org: str) -> None:
    before = probe_client.get("/metrics-prom", headers=OPERATOR).text
    created = 'http_requests_total{handler="/v1/widgets",method="POST",status="201"}'
    unmatched = 'http_requests_total{handler="none",method="GET",status="404"}'
    assert probe_client.post("/v1/widgets", json={"name": "w", "size": 1}, headers=bearer(org))
    probe_client.get(f"/v1/no-such-route/{org}")
    probe_client.get("/healthz")
    text = probe_client.get("/metrics-prom", headers=OPERATOR).text
    assert (_sample(text, created) or 0) - (_sample(before, created) or 0) == 1
    assert (_sample(text, unmatched) or 0) - (_sample(before, unmatched) or 0) == 1
    # Ids never become label values, and the probes and the scrape itself are not counted.
    assert org not in text
    assert 'handler="/healthz"' not in text
    assert 'handler="/metrics-prom"' not in text
    count = 'http_request_duration_seconds_count{handler="/v1/widgets",method="POST"}'
    assert (_sample(text, count) or 0) >= 1
    bucket = 'http_request_duration_seconds_bucket{handler="/v1/widgets",le="+Inf",method="POST"}'
    assert _sample(text, bucket) == _sample(text, count)

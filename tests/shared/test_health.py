"""Probes: alive always; ready only with a reachable database whose migrations are at head."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from services.intake.app import create_app
from services.intake.settings import IntakeSettings
from tests.shared.test_problems import assert_problem


def test_every_service_is_alive_and_ready(any_client: TestClient) -> None:
    assert any_client.get("/healthz").json() == {"status": "ok"}
    assert any_client.get("/readyz").json() == {"status": "ok"}


def test_not_ready_before_migrations(tmp_path: Path) -> None:
    settings = IntakeSettings(database_url=f"sqlite:///{tmp_path / 'empty.db'}", environment="test")
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").status_code == 200
        body = assert_problem(client.get("/readyz"), 503, "service-unavailable")
        assert "migrations" in body["detail"]


def test_prometheus_metrics_are_exposed(any_client: TestClient) -> None:
    any_client.get("/healthz")
    any_client.get("/v1/does-not-exist")
    response = any_client.get("/metrics-prom")
    assert response.status_code == 200
    assert "http_requests_total" in response.text

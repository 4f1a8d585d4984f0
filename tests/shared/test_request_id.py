"""Request ids: echoed when valid, made when absent, replaced when unsafe."""

from __future__ import annotations

from starlette.testclient import TestClient


def test_incoming_request_id_is_echoed(any_client: TestClient) -> None:
    response = any_client.get("/healthz", headers={"X-Request-ID": "vendor-abc.123"})
    assert response.headers["x-request-id"] == "vendor-abc.123"


def test_missing_request_id_is_generated(any_client: TestClient) -> None:
    first = any_client.get("/healthz").headers["x-request-id"]
    second = any_client.get("/healthz").headers["x-request-id"]
    assert len(first) == 32 and first != second


def test_unsafe_request_id_is_replaced(any_client: TestClient) -> None:
    response = any_client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert response.headers["x-request-id"] != "bad id\twith spaces"

"""Helpers for the measures API tests."""

from __future__ import annotations

import time
from typing import Any

from starlette.testclient import TestClient

from tests.intake.feed import wait_for_horizon
from tests.support.tokens import bearer


def phq9(values: list[int]) -> dict[str, int]:
    return {f"phq9_{n}": v for n, v in enumerate(values, 1)}


def post_assessment(client: TestClient, org: str, **fields: Any) -> Any:
    body = {
        "patient_id": "p-1",
        "instrument_id": "phq9",
        "completed_at": "2026-01-05T10:00:00Z",
        **fields,
    }
    return client.post("/v1/assessments", json=body, headers=bearer(org))


def feed(client: TestClient, org: str) -> list[dict[str, Any]]:
    """The org's feed, once every event it committed is past the horizon (PostgreSQL)."""
    wait_for_horizon(client, org)
    response = client.get("/v1/feed", headers=bearer(org, scope="feed:read"))
    assert response.status_code == 200, response.text
    return response.json()["items"]


def feed_of(
    client: TestClient, org: str, count: int, timeout: float = 30.0
) -> list[dict[str, Any]]:
    """The org's feed once it shows at least ``count`` events. On a PostgreSQL shared with other
    test runs the feed rightly holds back events newer than the oldest transaction still
    running anywhere, so a just-committed event may take a moment to appear."""
    deadline = time.monotonic() + timeout
    while True:
        events = feed(client, org)
        if len(events) >= count or time.monotonic() > deadline:
            return events
        time.sleep(0.05)

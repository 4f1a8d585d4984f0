"""Control characters in typed text are refused (PostgreSQL refuses a NUL in text outright)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.support.tokens import bearer


@pytest.mark.parametrize("name", ["North\x00", "North\x1b[31m"])
def test_a_collaborative_name_with_a_control_character_is_a_422(
    metrics_client: TestClient, org: str, name: str
) -> None:
    answer = metrics_client.post(
        "/v1/collaboratives", json={"name": name}, headers=bearer(org, "metrics:admin")
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"][0]["pointer"] == "/body/name"


def test_an_intervention_title_with_a_nul_is_a_422(metrics_client: TestClient, org: str) -> None:
    body = {
        "metric_id": "no-show-rate",
        "level": "org",
        "started_on": "2026-04-06",
        "title": "PDSA\x00",
    }
    answer = metrics_client.post(
        "/v1/interventions", json=body, headers=bearer(org, "metrics:write")
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["errors"][0]["pointer"] == "/body/title"

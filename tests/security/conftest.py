"""The three in-process services, by name, for tests that walk every service's routes."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient


@pytest.fixture
def clients(
    intake_client: TestClient, measures_client: TestClient, metrics_client: TestClient
) -> dict[str, TestClient]:
    return {"intake": intake_client, "measures": measures_client, "metrics": metrics_client}

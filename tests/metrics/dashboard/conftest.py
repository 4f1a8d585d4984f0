"""The dashboard tests' client: metrics' shared test client with an empty cookie jar."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient


@pytest.fixture
def client(metrics_client: TestClient) -> Iterator[TestClient]:
    """The shared client with an empty cookie jar: each test signs in for itself."""
    metrics_client.cookies.clear()
    yield metrics_client
    metrics_client.cookies.clear()

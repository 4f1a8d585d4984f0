"""A query date is YYYY-MM-DD, as the document says: a number is no longer a Unix time."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.support.tokens import bearer

ROUTES = [
    "/v1/metrics/kept-rate/values",
    "/v1/metrics/kept-rate/chart",
    "/v1/metrics/kept-rate/benchmark",
]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("value", ["0", "1700000000", "20260101", "2026-01-01T00:00:00Z"])
def test_a_date_in_another_form_is_422_naming_the_parameter(
    metrics_client: TestClient, route: str, value: str
) -> None:
    answer = metrics_client.get(
        route, params={"to": value}, headers=bearer("org-strict-dates", "metrics:read")
    )
    assert answer.status_code == 422, (route, value, answer.text)
    pointers = [error["pointer"] for error in answer.json()["errors"]]
    assert "/query/to" in pointers, pointers


@pytest.mark.parametrize("route", ROUTES)
def test_a_documented_date_is_read(metrics_client: TestClient, route: str) -> None:
    answer = metrics_client.get(
        route,
        params={"from": "2026-01-01", "to": "2026-06-30"},
        headers=bearer("org-strict-dates", "metrics:read"),
    )
    if answer.status_code == 422:  # the benchmark needs a collaborative: not about the dates
        pointers = [error["pointer"] for error in answer.json()["errors"]]
        assert "/query/to" not in pointers and "/query/from" not in pointers, pointers

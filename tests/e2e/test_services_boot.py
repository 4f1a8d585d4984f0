"""Scenario: an integrator starts the three services as ``make run`` does and probes them.

Each service runs as its own uvicorn process on its own migrated database; the integrator finds
the docs, the OpenAPI document and both probes, and an unauthenticated call gets a 401 problem
(an OperationOutcome under /fhir).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from harness.databases import throwaway_database
from harness.processes import RunningService, running
from tests.support.tokens import bearer

SERVICES = ("intake", "measures", "metrics")


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, RunningService]]:
    folder = tmp_path_factory.mktemp("boot")
    with ExitStack() as stack:
        started = {}
        for name in SERVICES:
            url = stack.enter_context(throwaway_database(f"boot_{name}", folder))
            started[name] = stack.enter_context(running(name, url, folder))
        yield started


@pytest.mark.parametrize("name", SERVICES)
def test_service_serves_docs_contract_and_probes(
    services: dict[str, RunningService], name: str
) -> None:
    base = services[name].url
    assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{base}/readyz").json() == {"status": "ok"}
    docs = httpx.get(f"{base}/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    document = httpx.get(f"{base}/openapi.json").json()
    assert document["info"]["title"] == f"Learning Loop {name}"


@pytest.mark.parametrize("name", SERVICES)
def test_request_without_token_is_401_problem(
    services: dict[str, RunningService], name: str
) -> None:
    document = httpx.get(f"{services[name].url}/openapi.json").json()
    secured = [
        path
        for path, item in document["paths"].items()
        if "get" in item and item["get"].get("security") and "{" not in path
    ]
    for path in secured:
        response = httpx.get(f"{services[name].url}{path}")
        assert response.status_code == 401, path
        if path.startswith("/fhir/"):  # FHIR's own error shape (README, Conventions)
            assert response.headers["content-type"] == "application/fhir+json", path
            assert response.json()["issue"][0]["code"] == "login", path
        else:
            assert response.headers["content-type"] == "application/problem+json", path
            assert response.json()["status"] == 401, path


def test_request_id_crosses_into_the_log_without_patient_values(
    services: dict[str, RunningService], tmp_path: Path
) -> None:
    intake = services["intake"]
    response = httpx.get(
        f"{intake.url}/v1/feed?after=bogus-cursor-P-777",
        headers={**bearer("org-boot"), "X-Request-ID": "boot-trace-1"},
    )
    assert response.status_code == 400
    # The access line is written once the response has gone out: give the process a moment.
    deadline = time.monotonic() + 10
    while "boot-trace-1" not in (log := intake.log()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "boot-trace-1" in log
    assert "P-777" not in log

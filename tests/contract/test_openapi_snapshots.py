"""The committed OpenAPI documents are the contract: the live ones must not drift from them.

After an intended API change, refresh them with ``make openapi`` and review the diff.
"""

from __future__ import annotations

import difflib

import pytest
from starlette.testclient import TestClient

from services.intake.app import SNAPSHOT as INTAKE_SNAPSHOT
from services.measures.app import SNAPSHOT as MEASURES_SNAPSHOT
from services.metrics.app import SNAPSHOT as METRICS_SNAPSHOT
from shared.openapi import render

SNAPSHOTS = {"intake": INTAKE_SNAPSHOT, "measures": MEASURES_SNAPSHOT, "metrics": METRICS_SNAPSHOT}
PROBLEM = "application/problem+json"
FHIR = "application/fhir+json"


@pytest.fixture(params=sorted(SNAPSHOTS))
def service(request: pytest.FixtureRequest) -> tuple[str, TestClient]:
    return request.param, request.getfixturevalue(f"{request.param}_client")


def test_live_document_matches_committed_snapshot(service: tuple[str, TestClient]) -> None:
    name, client = service
    live = render(client.get("/openapi.json").json())
    committed = SNAPSHOTS[name].read_text(encoding="utf-8")
    if live != committed:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(True), live.splitlines(True), "committed", "live", n=2
            )
        )
        pytest.fail(
            f"{name}'s OpenAPI drifted from its snapshot; run `make openapi` if the "
            f"change is intended:\n{diff[:4000]}"
        )


def test_every_operation_is_documented_for_integrators(service: tuple[str, TestClient]) -> None:
    name, client = service
    document = client.get("/openapi.json").json()
    info = document["info"]
    assert info["contact"] and info["license"] and info["description"]
    declared_tags = {tag["name"] for tag in document["tags"]}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            where = f"{name} {method.upper()} {path}"
            assert operation.get("summary"), f"{where} has no summary"
            assert operation["tags"][0] in declared_tags, f"{where} has an undeclared tag"
            assert operation["operationId"].startswith(operation["tags"][0] + "-"), where
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    # Under /fhir errors are OperationOutcomes (shared/fhir_outcome.py).
                    error_type = FHIR if path.startswith("/fhir/") else PROBLEM
                    assert list(response["content"]) == [error_type], f"{where} {status}"
            names = [p["name"] for p in operation.get("parameters", [])]
            if method == "post" and not operation.get("x-no-idempotency-key"):
                assert "Idempotency-Key" in names, f"{where} does not document Idempotency-Key"
            elif method == "post":  # minting tokens, answering a staff survey: said so
                assert "Idempotency-Key" not in names, where
                assert "Idempotency-Key" in operation["description"], where

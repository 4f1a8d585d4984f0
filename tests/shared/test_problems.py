"""Every error, whatever raised it, is an RFC 9457 problem and leaks nothing."""

from __future__ import annotations

import json
import logging
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.testclient import TestClient

from shared.db import make_engine
from shared.problems import is_database_unavailable
from tests.support.tokens import bearer

PROBLEM = "application/problem+json"


def assert_problem(response, status: int, slug: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert body["type"].endswith("/" + slug)
    assert body["title"]
    assert body["request_id"] == response.headers["x-request-id"]
    return body


def test_unknown_route_is_404_problem(probe_client: TestClient, org: str) -> None:
    body = assert_problem(
        probe_client.get("/v1/nothing-here", headers=bearer(org)), 404, "not-found"
    )
    assert body["instance"] == "/v1/nothing-here"


def test_wrong_method_is_405_problem(probe_client: TestClient, org: str) -> None:
    assert_problem(
        probe_client.delete("/v1/widgets", headers=bearer(org)), 405, "method-not-allowed"
    )


def test_validation_error_names_each_field_without_echoing_input(
    probe_client: TestClient, org: str
) -> None:
    response = probe_client.post(
        "/v1/widgets", headers=bearer(org), json={"name": "x" * 50, "size": 99}
    )
    body = assert_problem(response, 422, "validation-error")
    pointers = {error["pointer"]: error["code"] for error in body["errors"]}
    assert pointers == {"/body/name": "string_too_long", "/body/size": "less_than_equal"}
    assert "x" * 50 not in response.text


def test_malformed_json_is_422_problem(probe_client: TestClient, org: str) -> None:
    response = probe_client.post(
        "/v1/widgets",
        content=b"{not json",
        headers={**bearer(org), "content-type": "application/json"},
    )
    body = assert_problem(response, 422, "validation-error")
    assert body["errors"][0]["code"] == "json_invalid"


def test_domain_conflict_is_409_problem(probe_client: TestClient, org: str) -> None:
    body = assert_problem(probe_client.post("/v1/conflict", headers=bearer(org)), 409, "conflict")
    assert body["detail"] == "That move is not allowed."


def test_oversized_body_is_413_before_parsing(probe_client: TestClient, org: str) -> None:
    huge = json.dumps({"name": "a", "size": 1, "pad": "x" * 70_000})
    response = probe_client.post(
        "/v1/widgets", content=huge, headers={**bearer(org), "content-type": "application/json"}
    )
    assert_problem(response, 413, "payload-too-large")


def test_wrong_content_type_is_415(probe_client: TestClient, org: str) -> None:
    response = probe_client.post(
        "/v1/widgets",
        content=b"<widget/>",
        headers={**bearer(org), "content-type": "application/xml"},
    )
    assert_problem(response, 415, "unsupported-media-type")


def test_unexpected_exception_is_500_without_internals(probe_client: TestClient, org: str) -> None:
    response = probe_client.post("/v1/explode", headers=bearer(org))
    body = assert_problem(response, 500, "internal-error")
    assert "secret" not in response.text
    assert "12345" not in response.text
    assert "Traceback" not in response.text
    assert body["detail"].startswith("The server could not complete the request")


@pytest.mark.parametrize("route", ["/v1/database-down", "/v1/pool-exhausted"])
def test_a_database_that_cannot_answer_is_503_with_retry_after(
    probe_client: TestClient, org: str, route: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="learning_loop.problems"):
        response = probe_client.post(route, headers=bearer(org))
    body = assert_problem(response, 503, "service-unavailable")
    assert response.headers["retry-after"] == "2"
    assert "nothing was changed" in body["detail"]
    assert "127.0.0.1" not in response.text and "Traceback" not in response.text
    [record] = [r for r in caplog.records if r.getMessage() == "database unavailable"]
    assert record.route == route and record.levelno == logging.WARNING
    assert record.error in {"OperationalError", "TimeoutError"}


def test_a_database_error_logs_the_statement_without_its_values() -> None:
    """Engines hide bound parameters: an error's text (and so a logged traceback) holds none."""
    engine = make_engine("sqlite://")
    with pytest.raises(DBAPIError) as raised, engine.connect() as connection:
        connection.execute(text("SELECT * FROM no_such_table WHERE id = :id"), {"id": "p-4711"})
    assert "no_such_table" in str(raised.value)
    assert "p-4711" not in str(raised.value)


def test_only_errors_a_retry_can_cure_count_as_the_database_being_unavailable() -> None:
    engine = make_engine("sqlite://")
    with pytest.raises(DBAPIError) as raised, engine.connect() as connection:
        connection.execute(text("SELECT * FROM no_such_table"))
    assert not is_database_unavailable(raised.value)  # our bug: a 500, loudly
    locked = OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked"))
    assert is_database_unavailable(locked)

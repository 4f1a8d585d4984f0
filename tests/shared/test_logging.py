"""Access logs carry route templates and request ids, never raw paths, queries or bodies."""

from __future__ import annotations

import io
import json
import logging

import pytest
from starlette.testclient import TestClient

from shared.logging import configure_logging, flush_logs
from tests.support.tokens import bearer


def test_access_log_uses_route_template_not_raw_values(
    probe_client: TestClient, org: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="learning_loop.access"):
        probe_client.post(
            "/v1/widgets?patient=P-SECRET-77",
            json={"name": "PHI-NAME", "size": 1},
            headers={**bearer(org), "X-Request-ID": "trace-1"},
        )
    records = [r for r in caplog.records if r.name == "learning_loop.access"]
    assert [(r.route, r.status, r.method) for r in records] == [("/v1/widgets", 201, "POST")]
    assert records[0].request_id == "trace-1"
    rendered = " ".join(str(vars(r)) for r in records)
    assert "P-SECRET-77" not in rendered and "PHI-NAME" not in rendered


def test_log_lines_are_json_with_service_and_request_id() -> None:
    stream = io.StringIO()
    configure_logging("intake", "INFO", stream=stream)
    logging.getLogger("learning_loop.test").info(
        "hello", extra={"route": "/v1/patients/{patient_id}"}
    )
    flush_logs()
    line = stream.getvalue().strip().splitlines()[-1]
    record = json.loads(line)
    assert record["message"] == "hello"
    assert record["service"] == "intake"
    assert record["route"] == "/v1/patients/{patient_id}"
    assert "request_id" in record


def _logged(stream: io.StringIO) -> list[dict]:
    flush_logs()
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_a_logged_traceback_names_types_and_frames_but_no_message() -> None:
    stream = io.StringIO()
    configure_logging("intake", "INFO", stream=stream)

    def look_up(patient_id: str) -> None:
        try:
            {}[patient_id]
        except KeyError as error:
            raise ValueError(f"no row for {patient_id}") from error

    try:
        look_up("P-SECRET-91")
    except ValueError:
        logging.getLogger("learning_loop.test").exception("lookup failed")
    (record,) = _logged(stream)
    trace = record["exc_info"]
    assert "P-SECRET-91" not in stream.getvalue()
    assert "builtins.ValueError" in trace and "builtins.KeyError" in trace
    assert "in look_up" in trace and "test_logging.py" in trace


def test_an_unexpected_error_is_logged_without_its_message(
    probe_client: TestClient, org: str
) -> None:
    stream = io.StringIO()
    configure_logging("intake", "INFO", stream=stream)
    assert probe_client.post("/v1/explode", headers=bearer(org)).status_code == 500
    (error,) = [r for r in _logged(stream) if r["message"] == "unhandled exception"]
    assert error["route"] == "/v1/explode"
    assert "builtins.RuntimeError" in error["exc_info"] and "in explode" in error["exc_info"]
    assert "12345" not in stream.getvalue()

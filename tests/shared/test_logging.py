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


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_at_a_terminal_lines_are_short_text_with_the_same_fields() -> None:
    stream = _Terminal()
    configure_logging("intake", "INFO", stream=stream, log_format="auto")
    logging.getLogger("learning_loop.access").info(
        "request", extra={"route": "/v1/patients/{patient_id}", "status": 200}
    )
    flush_logs()
    line = stream.getvalue().strip()
    assert not line.startswith("{")
    assert "INFO" in line and "intake learning_loop.access: request" in line
    assert "route=/v1/patients/{patient_id} status=200" in line


def test_a_traceback_at_a_terminal_is_value_free_too() -> None:
    stream = _Terminal()
    configure_logging("intake", "INFO", stream=stream, log_format="text")
    try:
        raise KeyError("P-SECRET-12")
    except KeyError:
        logging.getLogger("learning_loop.test").exception("lookup failed")
    flush_logs()
    assert "builtins.KeyError" in stream.getvalue()
    assert "P-SECRET-12" not in stream.getvalue()


def test_outside_a_terminal_auto_writes_json() -> None:
    stream = io.StringIO()
    configure_logging("intake", "INFO", stream=stream, log_format="auto")
    logging.getLogger("learning_loop.test").info("hello")
    (record,) = _logged(stream)
    assert record["message"] == "hello"


def test_polled_routes_log_at_debug_unless_they_fail(
    probe_client: TestClient, org: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="learning_loop.access"):
        probe_client.get("/healthz")
        probe_client.get("/v1/widgets", headers=bearer(org))
    levels = {r.route: r.levelname for r in caplog.records if r.name == "learning_loop.access"}
    assert levels["/healthz"] == "DEBUG"
    assert levels["/v1/widgets"] != "DEBUG"

"""Access logs carry route templates and request ids, never raw paths, queries or bodies."""

from __future__ import annotations

import io
import json
import logging

import pytest
from starlette.testclient import TestClient

from shared.logging import configure_logging
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
    logging.getLogger("learning_loop.test").info("hello", extra={"route": "/v1/x"})
    line = stream.getvalue().strip().splitlines()[-1]
    record = json.loads(line)
    assert record["message"] == "hello"
    assert record["service"] == "intake"
    assert record["route"] == "/v1/x"
    assert "request_id" in record

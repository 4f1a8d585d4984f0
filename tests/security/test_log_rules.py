"""The checks every test's logs go through (harness/log_audit.py) catch what they name."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from harness.log_audit import AuditHandler, line_problems, service_log_problems

ACCESS = {"time": "t", "level": "INFO", "logger": "learning_loop.access", "message": "request"}


def test_a_clean_access_line_passes() -> None:
    assert line_problems({**ACCESS, "route": "/v1/patients/{patient_id}", "status": 200}) == []


def test_a_raw_path_an_unknown_field_and_a_traceback_message_are_caught() -> None:
    assert line_problems({**ACCESS, "route": "/v1/patients/p-1"}) == [
        "route is not a route template: '/v1/patients/p-1'"
    ]
    assert line_problems({**ACCESS, "patient_id": "p-1"}) == [
        "fields not allowed in a log line: ['patient_id']"
    ]
    trace = "File \"x.py\", line 3, in f\nKeyError: 'p-1'"
    assert line_problems({**ACCESS, "exc_info": trace}) == [
        "a traceback carries an exception message"
    ]


def test_our_loggers_may_not_build_messages_from_arguments() -> None:
    audit = AuditHandler()
    logger = logging.getLogger("learning_loop.audit-probe")
    logger.addHandler(audit)
    logger.propagate = False  # the suite's own audit would (rightly) fail this test
    try:
        logger.warning("saved %s", "p-1")
        logger.warning("saved", extra={"event_id": "e-1"})
    finally:
        logger.removeHandler(audit)
        logger.propagate = True
    assert audit.found == ["learning_loop.audit-probe: message built from arguments: 'saved %s'"]


def test_a_service_log_file_is_read_line_by_line(tmp_path: Path) -> None:
    log = tmp_path / "intake-1.log"
    lines = [
        json.dumps({**ACCESS, "route": "/v1/feed"}),
        "Traceback (most recent call last): printed to stderr, not a log record",
        json.dumps({**ACCESS, "route": "/v1/patients/p-1"}),
    ]
    log.write_text("\n".join(lines) + "\n")
    assert service_log_problems(log) == [
        "intake-1.log:3: route is not a route template: '/v1/patients/p-1'"
    ]

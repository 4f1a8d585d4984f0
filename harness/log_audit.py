"""The logging rules, checked on every log line the whole suite makes.

``shared/logging.py`` promises logs without bodies, query strings, raw paths, free text or
patient values. A value-by-value search needs to know the values, which only a scenario does
(``tests/security/test_logs_hold_no_phi.py`` plants a marker and patient ids and looks for
them). What every test can check is the shape that keeps values out:

* a line carries only the fields our logging writes (:data:`ALLOWED_FIELDS`): no new field
  can start carrying a body or an id without this list changing in review;
* a ``route`` is a route template of one of the three services (or ``unmatched``), never a
  raw path;
* our own loggers' messages are literal strings: a message built from arguments
  (``logger.info("saved %s", patient_id)``) is refused, values go in named, allowed fields;
* a logged traceback names types and frames only (``shared.logging.exception_without_values``).

The in-process services' records are checked by :class:`AuditHandler` (installed for the whole
session by ``tests/conftest.py``, a failure at the teardown of the test that logged it); the
service processes' log files by :func:`service_log_problems` when ``harness.processes``
stops a service.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

#: Every field a log line may hold: the formatter's, the request-id filter's, the access
#: log's, the extras our code passes (found by reading every logging call of services/ and
#: shared/) and uvicorn's ``color_message`` (its message again, with colour codes).
ALLOWED_FIELDS = frozenset(
    {
        "time",
        "level",
        "logger",
        "message",
        "service",
        "request_id",
        "exc_info",
        "stack_info",
        "method",
        "route",
        "status",
        "duration_ms",
        "error",
        "errors",
        "reason",
        "event_id",
        "type",
        "source",
        "attempt",
        "color_message",
    }
)
OUR_LOGGERS = "learning_loop"
_RECORD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "request_id",
    "service",
}


_TEST_APPS_TEMPLATES: set[str] = set()


def allow_routes_of(app: Any) -> None:
    """Also accept the route templates of an app a test builds (the shared probes)."""
    _TEST_APPS_TEMPLATES.update(templates_of(app))


def templates_of(app: Any) -> set[str]:
    """The paths of an app's routes, those of included routers with their prefixes (FastAPI
    keeps an included router as one entry whose routes it resolves on demand)."""
    paths = set()
    for route in app.routes:
        contexts = getattr(route, "effective_route_contexts", None)
        for each in contexts() if callable(contexts) else [route]:
            paths.add(str(getattr(each, "path", None) or getattr(each.starlette_route, "path", "")))
    return paths


_BUILDING = threading.Lock()


def route_templates() -> frozenset[str]:
    """Every route path of the three services, as the access log would name them.

    Services are stopped in parallel threads, each auditing its log: building the apps is
    serialised, since FastAPI fills in the shared ``Query`` metadata of a route as it builds it
    and two builds at once can see it half done (a pydantic warning, an error in tests)."""
    with _BUILDING:
        return _route_templates()


@cache
def _route_templates() -> frozenset[str]:
    from services.intake.app import create_app as intake
    from services.intake.settings import IntakeSettings
    from services.measures.app import create_app as measures
    from services.measures.settings import MeasuresSettings
    from services.metrics.app import create_app as metrics
    from services.metrics.settings import MetricsSettings

    apps = [
        intake(IntakeSettings(environment="test")),
        measures(MeasuresSettings(environment="test")),
        metrics(MetricsSettings(environment="test")),
    ]
    return frozenset(path for app in apps for path in templates_of(app))


def line_problems(fields: Mapping[str, Any]) -> list[str]:
    """What breaks the rules in one log line (as JSON fields), if anything."""
    problems = []
    unknown = sorted(set(fields) - ALLOWED_FIELDS)
    if unknown:
        problems.append(f"fields not allowed in a log line: {unknown}")
    route = fields.get("route")
    known = route_templates() | _TEST_APPS_TEMPLATES
    if route is not None and route != "unmatched" and route not in known:
        problems.append(f"route is not a route template: {route!r}")
    trace = fields.get("exc_info")
    if isinstance(trace, str) and trace.splitlines() and ":" in trace.splitlines()[-1]:
        problems.append("a traceback carries an exception message")
    return problems


class AuditHandler(logging.Handler):
    """Collects the rule breaks of every record it sees, as ``logger: problem`` lines."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        fields = {k: v for k, v in vars(record).items() if k not in _RECORD_ATTRIBUTES}
        problems = line_problems(fields)
        if record.name.startswith(OUR_LOGGERS) and record.args:
            problems.append(f"message built from arguments: {record.msg!r}")
        self.found.extend(f"{record.name}: {problem}" for problem in problems)


def service_log_problems(path: Path) -> list[str]:
    """The rule breaks in a service process's log file (one JSON object a line)."""
    found = []
    for number, line in enumerate(path.read_text(errors="replace").splitlines(), start=1):
        try:
            fields = json.loads(line)
        except ValueError:
            continue  # not a log record (a crash's stderr, a line cut short by SIGKILL)
        if isinstance(fields, dict):
            found.extend(f"{path.name}:{number}: {p}" for p in line_problems(fields))
    return found

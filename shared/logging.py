"""Structured logs (JSON lines; short text lines at a terminal) that never carry bodies, query
strings or raw paths.

Paths hold patient ids and query strings hold filters, so the access log records the route
*template* (``/v1/patients/{patient_id}``) instead. Every record carries the request id.

Tracebacks are logged without the exceptions' messages: a message is where a value slips in
(PostgreSQL's ``Key (org, patient_id)=(…) already exists``, a ``KeyError`` of an id, a
validation error quoting its input). The types and the frames (file, line and function; not the
source line, which may hold a literal) find the bug; the request id finds the request.

Records are written by a thread of their own. Formatting a JSON line and writing it to a pipe
took about a fifth of the event loop's time under a burst (py-spy), time in which ``/healthz``
waited; the loop now only stamps the record (request id, message, traceback) and enqueues it.
"""

from __future__ import annotations

import atexit
import copy
import logging
import queue
import sys
import traceback
from logging.handlers import QueueHandler, QueueListener
from types import TracebackType
from typing import TextIO, TypeAlias

from pythonjsonlogger.json import JsonFormatter
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.asgi import call_observed
from shared.request_id import current_request_id

access_logger = logging.getLogger("learning_loop.access")


class _RequestIdFilter(logging.Filter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id()
        record.service = self.service
        return True


ExcInfo: TypeAlias = tuple[type[BaseException], BaseException, TracebackType | None]


def exception_without_values(exc_info: ExcInfo | tuple[None, None, None]) -> str:
    """A traceback with every exception's type and frames, and none of their messages."""
    _, error, _ = exc_info
    parts: list[str] = []
    seen: set[int] = set()
    while error is not None and id(error) not in seen:  # the chain, outermost first
        seen.add(id(error))
        frames = traceback.extract_tb(error.__traceback__)
        lines = [f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in frames]
        parts.append("".join(lines) + f"{type(error).__module__}.{type(error).__qualname__}")
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    return "\ncaused by (or while handling):\n".join(parts)


class _ValueFreeJsonFormatter(JsonFormatter):
    """python-json-logger's JSON lines, with tracebacks as :func:`exception_without_values`."""

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:  # noqa: N802
        return exception_without_values(ei)


#: The attributes every LogRecord has; the rest of a record's attributes are its ``extra``.
_RECORD_ATTRIBUTES = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
#: Not repeated on a terminal line: our own stamps, and uvicorn's ANSI-coloured copy of its message.
_NOT_EXTRAS = frozenset({"service", "request_id", "color_message"})


class _TerminalFormatter(logging.Formatter):
    """One short line a record for a person at a terminal: time, level, logger, message, then
    the extras as ``key=value`` (the same value-free fields the JSON lines carry)."""

    def __init__(self) -> None:
        super().__init__(
            "%(asctime)s %(levelname)-7s %(service)s %(name)s: %(message)s", "%H:%M:%S"
        )

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = {
            key: value
            for key, value in vars(record).items()
            if key not in _RECORD_ATTRIBUTES and key not in _NOT_EXTRAS and not key.startswith("_")
        }
        if extras:
            line += " " + " ".join(f"{key}={value}" for key, value in extras.items())
        request_id = getattr(record, "request_id", None)
        if request_id:
            line += f" [{request_id}]"
        return line

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:  # noqa: N802
        return exception_without_values(ei)


def _formatter(log_format: str, stream: TextIO) -> logging.Formatter:
    """JSON lines for machines; short lines when a person reads the terminal (``auto``)."""
    if log_format == "text" or (log_format == "auto" and stream.isatty()):
        return _TerminalFormatter()
    return _ValueFreeJsonFormatter(
        "%(asctime)s %(levelname)s %(name)s %(message)s %(service)s %(request_id)s",
        rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
    )


class _StampingQueueHandler(QueueHandler):
    """Enqueues a record with everything that must be read in the logging thread already read.

    The message is rendered now (its arguments may change after the call returns) and the
    traceback too, value-free (the traceback's frames would otherwise be kept alive, and read
    later, from another thread). The request id was stamped by the filter, which runs here.
    """

    def prepare(self, record: logging.LogRecord) -> logging.LogRecord:
        record = copy.copy(record)
        record.msg = record.getMessage()
        record.args = None
        if record.exc_info:
            record.exc_text = exception_without_values(record.exc_info)
            record.exc_info = None
        return record


_pending: queue.Queue[logging.LogRecord] = queue.Queue()
_writer: QueueListener | None = None


def _stop_writer() -> None:
    global _writer
    if _writer is not None:
        _writer.stop()  # writes what is still queued
        _writer = None


atexit.register(_stop_writer)


def flush_logs() -> None:
    """Wait until every record logged so far is written."""
    _pending.join()


def configure_logging(
    service: str, level: str = "INFO", stream: TextIO | None = None, log_format: str = "json"
) -> None:
    """Send every log record to stdout (or ``stream``): one JSON object a line, or with
    ``log_format`` ``text`` (or ``auto`` at a terminal) a short line a person reads."""
    global _writer
    stream = stream or sys.stdout
    writer = logging.StreamHandler(stream)
    writer.setFormatter(_formatter(log_format, stream))
    handler = _StampingQueueHandler(_pending)
    handler.addFilter(_RequestIdFilter(service))
    root = logging.getLogger()
    for existing in list(root.handlers):
        if getattr(existing, "_learning_loop", False):
            root.removeHandler(existing)
    _stop_writer()
    handler._learning_loop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())
    _writer = QueueListener(_pending, writer)
    _writer.start()
    # uvicorn's access log prints raw paths (patient ids); ours prints route templates.
    logging.getLogger("uvicorn.access").disabled = True


def route_template(scope: Scope) -> str:
    """The matched route's template; a raw path only for routes without parameters."""
    route = scope.get("route")
    if route is not None:
        return str(getattr(route, "path", "unmatched"))
    if "endpoint" in scope and not scope.get("path_params"):
        return str(scope.get("path", "unmatched"))
    return "unmatched"


#: Routes polled all day by machines (metrics reads each feed every few seconds, probes ask
#: for health): their successful requests are logged at DEBUG so they do not drown the rest.
QUIET_ROUTES = frozenset({"/v1/feed", "/healthz", "/readyz"})


class AccessLogMiddleware:
    """One log line per request: method, route template, status, duration."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        def log(status: int, seconds: float) -> None:
            route = route_template(scope)
            access_logger.log(
                logging.DEBUG if route in QUIET_ROUTES and status < 400 else logging.INFO,
                "request",
                extra={
                    "method": scope.get("method"),
                    "route": route,
                    "status": status,
                    "duration_ms": round(seconds * 1000, 2),
                },
            )

        await call_observed(self.app, scope, receive, send, log)

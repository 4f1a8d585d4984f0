"""RFC 9457 problem details: the one error shape every service answers with.

Domain code raises its service's errors, all :class:`shared.errors.DomainError`; the API layer
may raise a :class:`Problem`. The handlers installed by :func:`install_problem_handlers` turn
both, FastAPI's validation errors, Starlette's HTTP errors and any unexpected exception into
``application/problem+json``. A 500 never carries internals:
the exception is logged with the request id, and the body only names that id.

A database that cannot answer for now (unreachable, restarting, a lock or statement timeout, a
full connection pool) is a 503 with ``Retry-After``, not a 500: nothing was written (the
transaction did not commit), and the same request sent again shortly will very likely succeed.
Clients and their retry policies can tell "try again" from "this is a bug" by the status alone.
"""

from __future__ import annotations

import logging
import sqlite3
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from shared.allow import allowed_methods
from shared.errors import DomainError
from shared.fhir_outcome import is_fhir_path, outcome_body, outcome_response
from shared.logging import route_template
from shared.request_id import current_request_id

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://learning-loop.dev/problems/"

logger = logging.getLogger("learning_loop.problems")

DATABASE_RETRY_AFTER_SECONDS = 2
# sqlite3 also raises OperationalError for our own mistakes ("no such table", a syntax error):
# those stay 500s. Only these mean the file cannot be used for now.
_SQLITE_UNAVAILABLE = (
    "database is locked",
    "database table is locked",
    "unable to open database",
    "disk I/O error",
    "database or disk is full",
)


def is_database_unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` says the database cannot answer for now (a retry may succeed): the pool
    timed out, or the driver could not connect, hit a lock or statement timeout, or lost the
    server (psycopg files all of these, and nothing of ours, under OperationalError)."""
    if isinstance(exc, PoolTimeoutError):
        return True
    if not isinstance(exc, OperationalError):
        return False
    if isinstance(exc.orig, sqlite3.Error):
        return str(exc.orig).startswith(_SQLITE_UNAVAILABLE)
    return True


class FieldError(BaseModel):
    """One invalid field of a request."""

    pointer: str = Field(
        description="JSON Pointer (RFC 6901) to the field, from the request "
        "root, e.g. `/body/items/0/value`.",
        examples=["/body/status"],
    )
    detail: str = Field(description="What is wrong with it.", examples=["Field required"])
    code: str = Field(description="Machine-readable reason.", examples=["missing"])


class ProblemDetails(BaseModel):
    """RFC 9457 problem details, as every error response of this API is shaped."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(
        description="URI identifying the problem type.", examples=[PROBLEM_TYPE_BASE + "not-found"]
    )
    title: str = Field(description="Short summary of the problem type.", examples=["Not Found"])
    status: int = Field(description="HTTP status code.", examples=[404])
    detail: str | None = Field(default=None, description="Explanation of this occurrence.")
    instance: str | None = Field(default=None, description="The request path it occurred on.")
    request_id: str | None = Field(default=None, description="Quote this id to support.")
    errors: list[FieldError] | None = Field(
        default=None, description="Field-level errors (validation failures only)."
    )


class Problem(DomainError):  # noqa: N818 - it is the problem, not an error about one
    """A problem raised where no domain error names the situation better (a missing token, a
    request the API layer refuses before any domain code runs); its meaning can be set per raise.
    """

    status: int = 400
    slug: str = "bad-request"
    title: str = "Bad Request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        status: int | None = None,
        slug: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        if status is not None:
            self.status = status
        if slug is not None:
            self.slug = slug
        if title is not None:
            self.title = title
        self.headers = headers or {}
        self.extra = extra

    def extensions(self) -> dict[str, Any]:
        return self.extra


class BadRequest(Problem):
    status, slug, title = 400, "bad-request", "Bad Request"


class Unauthorized(Problem):
    status, slug, title = 401, "unauthorized", "Unauthorized"

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        super().__init__(
            detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}, **extra
        )


class Forbidden(Problem):
    status, slug, title = 403, "forbidden", "Forbidden"


class NotFound(Problem):
    status, slug, title = 404, "not-found", "Not Found"


class Conflict(Problem):
    status, slug, title = 409, "conflict", "Conflict"


class UnsupportedMediaType(Problem):
    status, slug, title = 415, "unsupported-media-type", "Unsupported Media Type"


class Unprocessable(Problem):
    status, slug, title = 422, "validation-error", "Unprocessable Content"

    def __init__(
        self, detail: str | None = None, *, errors: list[dict[str, str]] | None = None, **extra: Any
    ) -> None:
        super().__init__(detail, **extra)
        if errors is not None:
            self.extra["errors"] = errors


class ServiceUnavailable(Problem):
    status, slug, title = 503, "service-unavailable", "Service Unavailable"


def problem_response(
    request: Request | None,
    *,
    status: int,
    slug: str,
    title: str,
    detail: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    """Render one problem; used by handlers and by middleware that answers early. Under
    ``/fhir`` (the request's path, or ``instance`` when there is no request) it is rendered as a
    FHIR OperationOutcome instead (:mod:`shared.fhir_outcome`)."""
    path = request.url.path if request is not None else str(extra.get("instance", ""))
    if is_fhir_path(path):
        outcome = outcome_body(
            status=status, slug=slug, title=title, detail=detail, errors=extra.get("errors")
        )
        return outcome_response(outcome, status=status, headers=headers)
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + slug,
        "title": title,
        "status": status,
    }
    if detail:
        body["detail"] = detail
    if request is not None:
        body["instance"] = request.url.path
    request_id = current_request_id()
    if request_id:
        body["request_id"] = request_id
    body.update(jsonable_encoder(extra))
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def _pointer(loc: tuple[Any, ...]) -> str:
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in loc)


def validation_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    """Field errors without echoing the rejected input (it may hold PHI)."""
    return [
        {
            "pointer": _pointer(tuple(err.get("loc", ()))),
            "detail": str(err.get("msg", "")),
            "code": str(err.get("type", "invalid")),
        }
        for err in exc.errors()
    ]


async def _handle_domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    return problem_response(request, headers=exc.headers, **exc.problem_fields())


async def _handle_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = validation_errors(exc)
    return problem_response(
        request,
        status=422,
        slug="validation-error",
        title="Unprocessable Content",
        detail=f"The request has {len(errors)} invalid field(s).",
        errors=errors,
    )


async def _handle_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    phrase = HTTPStatus(exc.status_code).phrase
    slug = phrase.lower().replace(" ", "-")
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != phrase else None
    headers = getattr(exc, "headers", None)
    if exc.status_code == 405 and (allow := allowed_methods(request)):
        headers = {**(headers or {}), "Allow": allow}  # every route of the path, not the first
    return problem_response(
        request, status=exc.status_code, slug=slug, title=phrase, detail=detail, headers=headers
    )


def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    # Only the driver's own first line is logged: the statement and the parameters (which may
    # hold patient ids) stay out of the log (engines are also built with hide_parameters).
    reason = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0][:200]
    logger.warning(
        "database unavailable",
        extra={
            "route": route_template(request.scope),
            "error": type(getattr(exc, "orig", None) or exc).__name__,
            "reason": reason,
        },
    )
    return problem_response(
        request,
        status=503,
        slug=ServiceUnavailable.slug,
        title=ServiceUnavailable.title,
        detail="The database could not answer just now; nothing was changed. Send again shortly.",
        headers={"Retry-After": str(DATABASE_RETRY_AFTER_SECONDS)},
    )


async def _handle_unexpected(request: Request, exc: Exception) -> JSONResponse:
    if is_database_unavailable(exc):
        return _database_unavailable(request, exc)
    logger.error(
        "unhandled exception",
        exc_info=(type(exc), exc, exc.__traceback__),
        extra={"route": route_template(request.scope)},
    )
    return problem_response(
        request,
        status=500,
        slug="internal-error",
        title="Internal Server Error",
        detail="The server could not complete the request; quote the request id to support.",
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _handle_domain_error)
    app.add_exception_handler(RequestValidationError, _handle_validation)
    app.add_exception_handler(StarletteHTTPException, _handle_http)
    app.add_exception_handler(Exception, _handle_unexpected)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` entry that documents the problems an operation can answer with.

    :func:`shared.openapi.build_openapi` moves these bodies to ``application/problem+json``.
    """
    return {
        status: {"model": ProblemDetails, "description": HTTPStatus(status).phrase}
        for status in statuses
    }


class CatchAllMiddleware:
    """Turns an exception that escaped every handler into a 500 problem.

    Starlette's own fallback sits outside user middleware, where the request id is already
    gone; this one sits inside it, so the 500 body and log line both carry the id.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:
                raise
            request = Request(scope)
            response = await _handle_unexpected(request, exc)
            await response(scope, receive, send)

"""The exception handlers every service installs, and the middleware that catches what escapes.

They render each error as a problem (``shared.problems.details``), or as a FHIR OperationOutcome
under ``/fhir``, and never let internals out: a 500 is logged with the request id, and its body
only names that id.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from shared.allow import allowed_methods
from shared.errors import DomainError
from shared.fhir_outcome import is_fhir_path, outcome_body, outcome_response
from shared.logging import route_template
from shared.problems.database import DATABASE_RETRY_AFTER_SECONDS, is_database_unavailable
from shared.problems.details import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE, ServiceUnavailable
from shared.request_id import current_request_id

logger = logging.getLogger("learning_loop.problems")


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

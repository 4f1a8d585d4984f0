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

from shared.problems.database import DATABASE_RETRY_AFTER_SECONDS, is_database_unavailable
from shared.problems.details import (
    PROBLEM_MEDIA_TYPE,
    PROBLEM_TYPE_BASE,
    BadRequest,
    Conflict,
    FieldError,
    Forbidden,
    NotFound,
    Problem,
    ProblemDetails,
    ServiceUnavailable,
    Unauthorized,
    Unprocessable,
    UnsupportedMediaType,
    problem_responses,
)
from shared.problems.handlers import (
    CatchAllMiddleware,
    install_problem_handlers,
    problem_response,
    validation_errors,
)

__all__ = [
    "DATABASE_RETRY_AFTER_SECONDS",
    "PROBLEM_MEDIA_TYPE",
    "PROBLEM_TYPE_BASE",
    "BadRequest",
    "CatchAllMiddleware",
    "Conflict",
    "FieldError",
    "Forbidden",
    "NotFound",
    "Problem",
    "ProblemDetails",
    "ServiceUnavailable",
    "Unauthorized",
    "Unprocessable",
    "UnsupportedMediaType",
    "install_problem_handlers",
    "is_database_unavailable",
    "problem_response",
    "problem_responses",
    "validation_errors",
]

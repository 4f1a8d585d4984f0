"""The problem types: the body every error answers with, and the exceptions that carry one.

``problem_responses`` documents them on an operation; ``shared.problems.handlers`` renders them.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from shared.errors import DomainError

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://learning-loop.dev/problems/"


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


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` entry that documents the problems an operation can answer with.

    :func:`shared.openapi.build_openapi` moves these bodies to ``application/problem+json``.
    """
    return {
        status: {"model": ProblemDetails, "description": HTTPStatus(status).phrase}
        for status in statuses
    }

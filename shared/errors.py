"""The one base every service's domain errors share, and how each becomes a problem.

Domain code knows nothing of HTTP, yet each error it raises on purpose has exactly one meaning
for a caller: a problem type, a title and a status. Keeping those three on the error class itself
means a service registers nothing of its own: :func:`shared.problems.install_problem_handlers`
renders every :class:`DomainError` (and so every service's error base) in one place, and a router
never catches, translates or re-raises.

A batch answers item by item without raising: it turns the error of one item into that item's
problem with :meth:`DomainError.problem_fields`, pointing at the item rather than the body.
"""

from __future__ import annotations

from typing import Any, TypedDict

__all__ = ["DomainError", "FieldErrorDict"]


class FieldErrorDict(TypedDict):
    """One field-level error of a problem: where (a JSON Pointer), what, and a code."""

    pointer: str
    detail: str
    code: str


class DomainError(Exception):
    """Base of every error a service raises on purpose; the class names its problem.

    Subclasses set ``status``, ``slug`` (the last segment of the problem type URI) and ``title``,
    and override :meth:`field_errors` or :meth:`extensions` when the caller needs to know which
    field is at fault or which object was meant. Messages never quote the rejected input: a
    caller may have put PHI where it does not belong.
    """

    status: int = 422
    slug: str = "validation-error"
    title: str = "Unprocessable Content"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        # Response headers the problem needs (``WWW-Authenticate``, ``Retry-After``).
        self.headers: dict[str, str] = {}

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        """The fields at fault, as JSON Pointers under ``pointer`` (the body, or one item)."""
        return []

    def extensions(self) -> dict[str, Any]:
        """Members the problem carries besides the standard ones (RFC 9457, section 3.2)."""
        return {}

    def problem_fields(self, pointer: str = "/body") -> dict[str, Any]:
        """Everything of the problem but the request-bound members (instance, request id)."""
        fields: dict[str, Any] = {
            "status": self.status,
            "slug": self.slug,
            "title": self.title,
            "detail": self.detail,
        }
        errors = self.field_errors(pointer)
        if errors:
            fields["errors"] = errors
        fields.update(self.extensions())
        return fields

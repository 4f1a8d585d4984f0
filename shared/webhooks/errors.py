"""The two errors a webhook registration can meet, the same in every service that sends them."""

from __future__ import annotations

from shared.errors import DomainError, FieldErrorDict

__all__ = ["UnsafeUrlError", "WebhookLimitError"]


class UnsafeUrlError(DomainError):
    """A webhook URL may not be called; ``code`` says why (never echoing resolved addresses)."""

    status, slug, title = 422, "unsafe-webhook-url", "Unprocessable Content"

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail: str = detail

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [{"pointer": f"{pointer}/url", "detail": self.detail, "code": self.code}]


class WebhookLimitError(DomainError):
    """The org already has as many endpoints as the deployment allows."""

    status, slug, title = 409, "webhook-limit", "Conflict"

"""API models for webhook endpoints and their delivery log."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from services.measures.models import as_utc
from shared.strict_types import IsoDateTime
from shared.webhooks import Endpoint
from shared.webhooks.url_guard import URL_PATTERN

EventType = Literal[
    "alert.raised", "alert.acknowledged", "alert.actioned", "alert.escalated", "alert.closed"
]
DeliveryState = Literal["pending", "delivered", "failed", "cancelled"]


class WebhookIn(BaseModel):
    """An endpoint to notify of an alert's life: raised, acknowledged, actioned, escalated (a
    deadline of the org's escalation policy passed unmet), closed."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(
        min_length=1,
        max_length=2048,
        # Stated, and checked by the URL guard (each refusal with its own code), not by pydantic.
        json_schema_extra={"pattern": URL_PATTERN},
        description="http(s) URL of the receiver. It must resolve to public addresses only "
        "(no loopback, private, link-local, multicast or reserved targets) and carry no "
        "credentials.",
        examples=["https://ehr.example.org/hooks/learning-loop"],
    )
    description: str | None = Field(
        default=None,
        max_length=256,
        description="A label for people managing the endpoint (not sent anywhere).",
        examples=["Epic in-basket bridge, north clinic"],
    )
    event_types: list[EventType] = Field(
        min_length=1,
        max_length=5,
        description="Which events to deliver: `alert.raised`, `alert.acknowledged`, "
        "`alert.actioned` (an action was recorded), `alert.escalated` (a deadline of the "
        "escalation policy passed unmet), `alert.closed`.",
        examples=[["alert.raised", "alert.escalated", "alert.closed"]],
    )


class WebhookOut(BaseModel):
    """A registered endpoint (its secret is only shown when it is created)."""

    webhook_id: str = Field(
        description="The endpoint's id.", examples=["3f1c0a9e-5b7d-4c2e-9a8f-1d2e3f4a5b6c"]
    )
    url: str = Field(
        description="Where deliveries go.", examples=["https://ehr.example.org/hooks/learning-loop"]
    )
    description: str | None = Field(
        default=None, description="The endpoint's label.", examples=["Epic in-basket bridge"]
    )
    event_types: list[EventType] = Field(
        description="Events delivered to it.", examples=[["alert.raised", "alert.acknowledged"]]
    )
    active: bool = Field(
        description="False once disabled (the receiver answered 410 Gone); disabled endpoints "
        "get no new deliveries."
    )
    disabled_reason: str | None = Field(
        default=None, description="Why it was disabled.", examples=["gone_410"]
    )
    created_at: datetime = Field(
        description="When it was registered (UTC).", examples=["2026-11-22T10:00:00Z"]
    )


class WebhookCreated(WebhookOut):
    """A new endpoint with its signing secret, shown this once."""

    secret: str = Field(
        description="Standard Webhooks signing secret (`whsec_` + base64 of 32 random bytes). "
        "Verify `webhook-signature: v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}"
        ".{body}'>` with the base64-decoded part after `whsec_`. Store it now: it is not shown "
        "again.",
        examples=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
    )


class AttemptOut(BaseModel):
    """One HTTP attempt of a delivery."""

    attempt: int = Field(description="1 for the first try.", examples=[1])
    at: datetime = Field(
        description="When the attempt finished (UTC).", examples=["2026-11-22T10:00:05Z"]
    )
    status_code: int | None = Field(
        default=None,
        description="The receiver's HTTP status; null when none came back.",
        examples=[503],
    )
    error: str | None = Field(
        default=None,
        description="Short reason for a failure: `http_<status>`, `timeout`, `connect_error`, "
        "`unresolvable_host`, `non_public_target`. A redirect (3xx) is never followed: it is "
        "logged as `http_3xx` and retried.",
        examples=["connect_error"],
    )
    duration_ms: int = Field(description="How long the attempt took.", examples=[42])


class DeliveryOut(BaseModel):
    """One message to the endpoint and what became of it."""

    delivery_id: str = Field(
        description="The `webhook-id` header: the same on every retry, so receivers dedupe on it.",
        examples=["msg_5b0e1f7a9c2d4e6f8a1b3c5d7e9f0a2b"],
    )
    event_type: EventType = Field(description="What the message announced.")
    alert_id: str = Field(
        description="The alert it is about (fetch it with GET /v1/alerts/{id}).",
        examples=["9b2f6c1e-0d4a-4f3b-8e7c-5a6b7c8d9e0f"],
    )
    state: DeliveryState = Field(
        description="`pending` (will be tried, see next_attempt_at), `delivered` (a 2xx came "
        "back), `failed` (gave up), `cancelled` (endpoint deleted or disabled)."
    )
    attempts: int = Field(
        description="Attempts in the current retry cycle (back to 0 when the delivery is "
        "recovered; `attempt_log` keeps them all).",
        examples=[2],
    )
    next_attempt_at: datetime | None = Field(
        default=None, description="When the next attempt is due (pending only)."
    )
    last_status_code: int | None = Field(default=None, description="Status of the last attempt.")
    created_at: datetime = Field(description="When the alert event was written (UTC).")
    delivered_at: datetime | None = Field(default=None, description="When a 2xx came back.")
    attempt_log: list[AttemptOut] = Field(description="Every attempt, oldest first.")


class RecoverIn(BaseModel):
    """Which given-up deliveries to send again."""

    model_config = ConfigDict(extra="forbid")

    since: IsoDateTime = Field(
        description="Requeue the endpoint's `failed` and `cancelled` deliveries created at or "
        "after this time (UTC if no offset is given).",
        examples=["2026-11-20T00:00:00Z"],
    )


class RecoverOut(BaseModel):
    """What a recovery requeued."""

    requeued: int = Field(
        description="Deliveries set back to `pending`, due at once.", examples=[17]
    )


def webhook_out(row: Endpoint) -> WebhookOut:
    return WebhookOut(
        webhook_id=row.webhook_id,
        url=row.url,
        description=row.description,
        event_types=row.event_types,
        active=row.disabled_at is None,
        disabled_reason=row.disabled_reason,
        created_at=as_utc(row.created_at),
    )

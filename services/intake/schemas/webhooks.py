"""API models for intake's webhook endpoints (rupture alerts for the clinician's EHR)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.webhooks import Endpoint

EventType = Literal["feedback.rupture"]

WEBHOOK_EXAMPLE: dict[str, Any] = {
    "webhook_id": "3f1c0a9e-5b7d-4c2e-9a8f-1d2e3f4a5b6c",
    "url": "https://ehr.example.org/hooks/learning-loop-intake",
    "description": "In-basket bridge, north clinic",
    "event_types": ["feedback.rupture"],
    "active": True,
    "disabled_reason": None,
    "created_at": "2026-11-22T10:00:00Z",
}


class WebhookIn(BaseModel):
    """An endpoint to notify when session feedback shows an alliance rupture."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "url": WEBHOOK_EXAMPLE["url"],
                    "description": WEBHOOK_EXAMPLE["description"],
                    "event_types": ["feedback.rupture"],
                }
            ]
        },
    )

    url: str = Field(
        min_length=1,
        max_length=2048,
        description="http(s) URL of the receiver. It must resolve to public addresses only "
        "(no loopback, private, link-local, multicast or reserved targets) and carry no "
        "credentials.",
        examples=["https://ehr.example.org/hooks/learning-loop-intake"],
    )
    description: str | None = Field(
        default=None,
        max_length=256,
        description="A label for people managing the endpoint (not sent anywhere).",
        examples=["In-basket bridge, north clinic"],
    )
    event_types: list[EventType] = Field(
        min_length=1,
        max_length=1,
        description="Which events to deliver: `feedback.rupture` (a form's rupture rule fired "
        "on a submission).",
        examples=[["feedback.rupture"]],
    )


class WebhookOut(BaseModel):
    """A registered endpoint (its secret is only shown when it is created)."""

    model_config = ConfigDict(json_schema_extra={"examples": [WEBHOOK_EXAMPLE]})

    webhook_id: str = Field(
        description="The endpoint's id.", examples=["3f1c0a9e-5b7d-4c2e-9a8f-1d2e3f4a5b6c"]
    )
    url: str = Field(
        description="Where deliveries go.",
        examples=["https://ehr.example.org/hooks/learning-loop-intake"],
    )
    description: str | None = Field(
        default=None, description="The endpoint's label.", examples=["In-basket bridge"]
    )
    event_types: list[EventType] = Field(
        description="Events delivered to it.", examples=[["feedback.rupture"]]
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

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [WEBHOOK_EXAMPLE | {"secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}]
        }
    )

    secret: str = Field(
        description="Standard Webhooks signing secret (`whsec_` + base64 of 32 random bytes). "
        "Verify `webhook-signature: v1,<base64 HMAC-SHA256 of '{webhook-id}.{webhook-timestamp}"
        ".{body}'>` with the base64-decoded part after `whsec_`. Store it now: it is not shown "
        "again.",
        examples=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
    )


def webhook_out(row: Endpoint) -> WebhookOut:
    return WebhookOut(
        webhook_id=row.webhook_id,
        url=row.url,
        description=row.description,
        event_types=row.event_types,
        active=row.disabled_at is None,
        disabled_reason=row.disabled_reason,
        created_at=row.created_at,
    )

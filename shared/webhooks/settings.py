"""The webhook fields a sending service's settings class inherits (under its own env prefix)."""

from __future__ import annotations

from pydantic import BaseModel, Field

__all__ = ["WebhookSettings"]


class WebhookSettings(BaseModel):
    """How the delivery worker runs and retries, and what registration accepts."""

    webhooks_enabled: bool = Field(
        default=True,
        description="Run the webhook delivery worker in this process. Several replicas may run "
        "it: each delivery is claimed by one of them.",
    )
    webhooks_poll_seconds: float = Field(
        default=1.0, gt=0, le=60, description="How often the worker looks for due deliveries."
    )
    webhooks_batch_size: int = Field(
        default=50, ge=1, le=1000, description="Deliveries claimed per poll."
    )
    webhooks_timeout_seconds: float = Field(
        default=15.0,
        gt=0,
        le=60,
        description="Per-attempt HTTP timeout (Standard Webhooks recommends 15 to 30 s).",
    )
    webhooks_retry_schedule_seconds: tuple[float, ...] = Field(
        default=(5, 30, 120, 600, 3600, 5 * 3600, 10 * 3600, 24 * 3600),
        min_length=1,
        description="Wait before each retry (exponential, about 42 hours in all); the last "
        "value repeats if max attempts is longer. Up to 10% jitter is added.",
    )
    webhooks_max_attempts: int = Field(
        default=9, ge=1, le=50, description="Attempts (first try included) before giving up."
    )
    webhooks_allow_private_targets: bool = Field(
        default=False,
        description="Allow webhook URLs that resolve to loopback, private, link-local or other "
        "non-public addresses (SSRF protection off). Only for local runs and tests.",
    )
    webhooks_max_per_org: int = Field(
        default=20, ge=1, description="Registered endpoints allowed per organisation."
    )

"""Intake's configuration, read from ``INTAKE_*`` environment variables."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.rate_limit import RateLimitSettings
from shared.settings import ServiceSettings
from shared.webhooks.settings import WebhookSettings


class IntakeSettings(ServiceSettings, RateLimitSettings, WebhookSettings):
    model_config = SettingsConfigDict(env_prefix="INTAKE_", extra="ignore", frozen=True)

    service_name: str = "intake"
    database_url: str = Field(
        default="sqlite:///var/intake.db", description="SQLAlchemy URL of intake's own database."
    )
    part2_details_on_feed: bool = Field(
        default=False,
        description="Publish the details of 42 CFR Part 2 records on the feed (only with patient "
        "consent covering it). When false, their events are redacted: counted, not identified.",
    )
    late_cancellation_notice_hours: int = Field(
        default=24,
        ge=0,
        le=24 * 14,
        description="A patient cancellation with less notice than this counts as late.",
    )

"""Measures's configuration, read from ``MEASURES_*`` environment variables."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.rate_limit import RateLimitSettings
from shared.settings import ServiceSettings
from shared.webhooks.settings import WebhookSettings


class MeasuresSettings(ServiceSettings, RateLimitSettings, WebhookSettings):
    model_config = SettingsConfigDict(env_prefix="MEASURES_", extra="ignore", frozen=True)

    service_name: str = "measures"
    database_url: str = Field(
        default="sqlite:///var/measures.db",
        description="SQLAlchemy URL of measures's own database.",
    )

    escalation_enabled: bool = Field(
        default=True,
        description="Run the alert escalation worker in this process. Several replicas may run "
        "it: each deadline escalates once.",
    )
    escalation_poll_seconds: float = Field(
        default=5.0, gt=0, le=300, description="How often the worker looks for missed deadlines."
    )
    escalation_batch_size: int = Field(
        default=100, ge=1, le=1000, description="Deadlines of each kind escalated per pass."
    )

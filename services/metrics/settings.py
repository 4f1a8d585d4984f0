"""Metrics's configuration, read from ``METRICS_*`` environment variables."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class MetricsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="METRICS_", extra="ignore", frozen=True)

    service_name: str = "metrics"
    database_url: str = Field(
        default="sqlite:///var/metrics.db", description="SQLAlchemy URL of metrics's own database."
    )

"""Measures's configuration, read from ``MEASURES_*`` environment variables."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class MeasuresSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEASURES_", extra="ignore", frozen=True)

    service_name: str = "measures"
    database_url: str = Field(
        default="sqlite:///var/measures.db",
        description="SQLAlchemy URL of measures's own database.",
    )

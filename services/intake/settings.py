"""Intake's configuration, read from ``INTAKE_*`` environment variables."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class IntakeSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="INTAKE_", extra="ignore", frozen=True)

    service_name: str = "intake"
    database_url: str = Field(
        default="sqlite:///var/intake.db", description="SQLAlchemy URL of intake's own database."
    )

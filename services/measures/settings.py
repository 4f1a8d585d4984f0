"""Measures's configuration, read from ``MEASURES_*`` environment variables."""

from __future__ import annotations

from pydantic import Field, SecretStr
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

    staff_survey_token_secret: SecretStr | None = Field(
        default=None,
        min_length=32,
        description="Key of the keyed hash (HMAC-SHA256) under which staff survey tokens are "
        "stored: without it a stolen table cannot be matched against the links an org's mailer "
        "sent. Every replica needs the same. Derived from the JWT secret when unset.",
    )
    staff_surveys_close_enabled: bool = Field(
        default=True,
        description="Run the worker that closes staff surveys whose last day has passed and "
        "publishes their teams' results. Several replicas may run it: each team publishes once.",
    )
    staff_surveys_poll_seconds: float = Field(
        default=300.0, gt=0, le=3600, description="How often that worker looks for ended surveys."
    )

    @property
    def survey_token_key(self) -> bytes:
        """The staff survey token key: its own secret, else one derived from the JWT secret."""
        chosen = self.staff_survey_token_secret or self.jwt_secret
        return b"staff-survey-tokens:" + chosen.get_secret_value().encode()

"""The settings every service shares; each service subclasses it with its own env prefix.

Settings are read once at start-up and passed into ``create_app``: nothing else in the
code base reads ``os.environ``.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: The HS256 secret that ``make run`` and the token CLI use when nothing else is configured.
#: It is public, so a production deployment refuses to start with it.
LOCAL_JWT_SECRET = "learning-loop-local-development-secret-change-me"  # noqa: S105
LOCAL_AUDIENCE = "learning-loop"


class ServiceSettings(BaseSettings):
    """Configuration common to intake, measures and metrics."""

    model_config = SettingsConfigDict(extra="ignore", frozen=True)

    service_name: str = Field(description="Short name used in logs, metrics and event sources.")
    environment: Literal["local", "test", "production"] = Field(
        default="local",
        description="Outside 'local' and 'test' the public development secret is refused.",
    )
    database_url: str = Field(description="SQLAlchemy URL; sqlite:/// or postgresql+psycopg://")
    jwt_secret: SecretStr = Field(
        default=SecretStr(LOCAL_JWT_SECRET),
        min_length=32,
        description="HS256 shared secret (at least 32 bytes, RFC 7518 section 3.2).",
    )
    jwt_jwks_url: str | None = Field(
        default=None,
        description="JWKS URL of the identity provider; when set, RS256/ES256 tokens are verified "
        "against it instead of the HS256 secret.",
    )
    jwt_audience: str = Field(default=LOCAL_AUDIENCE, description="Required `aud` claim.")
    jwt_issuer: str | None = Field(default=None, description="Required `iss` claim, if set.")
    oauth_token_url: str | None = Field(
        default=None,
        description="The identity provider's token endpoint (client-credentials flow), as the "
        "OpenAPI document tells integrators; an example URL when unset.",
    )
    jwt_max_lifetime_seconds: int = Field(
        default=24 * 3600,
        ge=60,
        description="Longest accepted token lifetime (`exp` minus `iat`); a token without "
        "`iat`, or living longer, is refused with 401, so a leaked token cannot be long-lived.",
    )
    token_cache_bytes: int = Field(
        default=8 * 1024 * 1024,
        ge=0,
        description="Memory for remembering verified tokens, counted by the tokens' length; "
        "the least recently used are forgotten first. 0 remembers none.",
    )
    feed_cursor_secret: SecretStr | None = Field(
        default=None,
        min_length=32,
        description="Key material that seals feed cursors (at least 32 bytes; every replica of "
        "a service needs the same). Derived from the JWT secret when unset; required in "
        "production when tokens are verified against a JWKS.",
    )
    max_body_bytes: int = Field(
        default=16 * 1024 * 1024,
        ge=1024,
        description="Requests with a larger body are refused with 413 before they are parsed.",
    )
    idempotency_ttl_hours: int = Field(
        default=24, ge=1, description="How long a stored Idempotency-Key response is replayed."
    )
    idempotency_in_flight_seconds: float = Field(
        default=120.0,
        gt=0,
        description="How long a key whose first request never finished (its process died) "
        "answers 409 before a retry may run it again.",
    )
    max_active_requests: int = Field(
        default=8,
        ge=1,
        description="Requests worked on at once by one process; the rest wait their turn on "
        "the event loop (shared/admission.py tells why a few are quicker than many).",
    )
    admission_wait_seconds: float = Field(
        default=15.0,
        gt=0,
        description="How long a request waits for its turn before it is answered 503 with "
        "Retry-After.",
    )
    log_level: str = Field(default="INFO", description="Root log level.")
    log_format: Literal["auto", "json", "text"] = Field(
        default="auto",
        description="JSON lines, or short text lines for a person; `auto` writes text when "
        "standard output is a terminal (make run) and JSON otherwise (containers, files).",
    )
    sql_echo: bool = Field(default=False, description="Log SQL statements (never in production).")

    #: Whether the service hands out feed cursors, and so needs a secret to seal them (each
    #: service serves a feed: intake's and measures' changes, metrics' recognitions).
    serves_feed: ClassVar[bool] = True

    @model_validator(mode="after")
    def _refuse_public_secret_in_production(self) -> ServiceSettings:
        public = self.jwt_secret.get_secret_value() == LOCAL_JWT_SECRET
        if self.environment == "production" and public and self.jwt_jwks_url is None:
            raise ValueError(
                "the local development JWT secret cannot be used in production: "
                "set *_JWT_SECRET or *_JWT_JWKS_URL"
            )
        unsealed = self.serves_feed and self.feed_cursor_secret is None
        if self.environment == "production" and public and unsealed:
            raise ValueError(
                "feed cursors cannot be sealed with the public development secret in "
                "production: set *_FEED_CURSOR_SECRET"
            )
        return self

    @property
    def cursor_secret(self) -> str:
        """What feed cursors are sealed with: their own secret, else the JWT secret's."""
        chosen = self.feed_cursor_secret or self.jwt_secret
        return chosen.get_secret_value()

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

"""Metrics's configuration, read from ``METRICS_*`` environment variables."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import SettingsConfigDict

from services.metrics.stats.rounding import Rounding
from shared.rate_limit import RateLimitSettings
from shared.settings import ServiceSettings


class MetricsSettings(ServiceSettings, RateLimitSettings):
    model_config = SettingsConfigDict(env_prefix="METRICS_", extra="ignore", frozen=True)

    service_name: str = "metrics"
    database_url: str = Field(
        default="sqlite:///var/metrics.db", description="SQLAlchemy URL of metrics's own database."
    )

    intake_url: str = Field(
        default="http://127.0.0.1:8001", description="Base URL of the intake service's API."
    )
    measures_url: str = Field(
        default="http://127.0.0.1:8002", description="Base URL of the measures service's API."
    )
    feed_token: SecretStr | None = Field(
        default=None,
        description="Bearer token (scope `feed:read feed:all`) for reading the feeds. When unset, "
        "metrics signs a short-lived one with the HS256 secret it shares with its peers (local "
        "and test deployments); with a JWKS identity provider, set it.",
    )
    feed_token_url: str | None = Field(
        default=None,
        description="The identity provider's token endpoint. When set, metrics fetches its feed "
        "token there by OAuth2 client credentials (`feed_client_id`, `feed_client_secret`) and "
        "fetches a new one before each expires; the way to run against a JWKS identity provider.",
    )
    feed_client_id: str | None = Field(
        default=None, description="metrics' client id at the identity provider."
    )
    feed_client_secret: SecretStr | None = Field(
        default=None, description="metrics' client secret at the identity provider."
    )
    feed_token_scope: str = Field(
        default="feed:read feed:all", description="The scope asked for with client credentials."
    )
    feed_token_audience: str | None = Field(
        default=None,
        description="Sent as `audience` with the token request, for identity providers that "
        "need one to mint a JWT for an API.",
    )
    consumer_enabled: bool = Field(
        default=True,
        description="Run the feed consumers in this process. Several replicas may run them: a "
        "lease lets one at a time apply each feed.",
    )
    poll_seconds: float = Field(
        default=2.0, gt=0, le=300, description="Pause between polls once a feed is caught up."
    )
    page_size: int = Field(
        default=1000,
        ge=1,
        le=1000,
        description="Events fetched per poll (the feeds serve 1000 at most).",
    )
    request_timeout_seconds: float = Field(
        default=10.0, gt=0, le=120, description="Timeout of one feed request."
    )
    backoff_max_seconds: float = Field(
        default=60.0, gt=0, description="Longest wait between retries while a source is down."
    )
    lease_seconds: float = Field(
        default=30.0, gt=1, description="How long a consumer's claim on a feed lasts unrenewed."
    )
    heartbeat_seconds: float = Field(
        default=3.0,
        gt=0.1,
        le=60,
        description="How long a consumer process counts as alive after its last heartbeat (it "
        "beats three times in that span, apart from the pages it applies). Once a lease "
        "holder's heartbeat is this old, another consumer (a restarted process among them) "
        "takes its feeds at once, and sync status stops calling them caught up. Keep it above "
        "the replicas' clock skew.",
    )
    recognition_enabled: bool = Field(
        default=True,
        description="Run the recognition worker in this process: it publishes each team's and "
        "clinician's new sustained improvement on metrics' own feed (`recognition.found`), "
        "once. Several replicas may run it.",
    )
    recognition_poll_seconds: float = Field(
        default=3600.0,
        gt=0,
        le=86400,
        description="Pause between the recognition worker's passes (each reads every "
        "organization's team and clinician charts up to the last closed month).",
    )
    suppression_threshold: int = Field(
        default=11,
        ge=1,
        description="Smallest number of patients a published value may rest on (CMS cell-size "
        "suppression policy uses 11). Orgs may raise it for themselves, never lower it.",
    )
    roleless_tokens: Literal["none", "leader"] = Field(
        default="none",
        description="What a token without a `role` claim sees of clinician-level figures: "
        "`none` (the default, and the safe choice) or `leader` (every clinician, as before roles "
        "existed; a migration aid while integrations get tokens with a role).",
    )
    rounding_base: int = Field(
        default=5,
        ge=5,
        le=100,
        description="Every published count an org's own staff see is rounded to a multiple of "
        "this after suppression, and shares are computed from the rounded counts (OpenSAFELY "
        "output checking rounds to 5), so that no small count can be derived by subtraction.",
    )
    shared_rounding_base: int = Field(
        default=10,
        ge=10,
        le=100,
        description="The rounding base of everything that leaves an org: collaborative-level "
        "values, benchmarks and peer statistics (the strict policy). Never below "
        "`rounding_base`.",
    )

    @model_validator(mode="after")
    def _one_way_to_get_a_feed_token(self) -> MetricsSettings:
        if self.feed_token_url is not None:
            if self.feed_token is not None:
                raise ValueError("set METRICS_FEED_TOKEN or METRICS_FEED_TOKEN_URL, not both")
            if self.feed_client_id is None or self.feed_client_secret is None:
                raise ValueError(
                    "METRICS_FEED_TOKEN_URL needs METRICS_FEED_CLIENT_ID and "
                    "METRICS_FEED_CLIENT_SECRET"
                )
        return self

    def rounding(self) -> Rounding:
        """The rounding bases per audience (the shared one never finer than the own one)."""
        return Rounding(
            own=self.rounding_base, shared=max(self.rounding_base, self.shared_rounding_base)
        )

"""The bearer token metrics reads the feeds with, from one of three places.

* ``METRICS_FEED_TOKEN_URL``: the identity provider's token endpoint. metrics asks it for a
  token by OAuth2 client credentials (RFC 6749 section 4.4, through Authlib's client) and asks
  again once three quarters of the token's lifetime have passed, so the token in use never
  expires mid-poll; a producer's 401 drops the token at once (revoked, keys rotated). The
  identity provider being down makes a poll fail like a feed that cannot be reached: the
  consumer backs off and retries, and the sync status says so.
* ``METRICS_FEED_TOKEN``: a fixed token, used as is (short demos against a real provider).
* neither: metrics signs a short-lived HS256 token with the secret it shares with its peers
  (local and test deployments), renewed the same way.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.httpx_client import OAuth2Client

from services.metrics.settings import MetricsSettings
from shared.auth import issue_local_token

SCOPE = "feed:read feed:all"
SUBJECT = "metrics-consumer"
#: The org claim is required; the platform's consumer reads every org's events (``feed:all``).
PLATFORM_ORG = "learning-loop-platform"
TTL_SECONDS = 300
#: A token is replaced once this share of its lifetime has passed.
RENEW_AT_SHARE = 0.75
#: Lifetime assumed when the provider does not say (``expires_in`` is only recommended).
DEFAULT_LIFETIME_SECONDS = 300
TOKEN_REQUEST_TIMEOUT_SECONDS = 10.0


def _http_errors() -> tuple[type[Exception], ...]:
    """What a failed token request raises: Authlib's client runs on httpx2 where that is
    installed (the test tools bring it) and on httpx otherwise, so both errors are expected."""
    try:
        import httpx2
    except ImportError:
        return (httpx.HTTPError,)
    return (httpx.HTTPError, httpx2.HTTPError)


_HTTP_ERRORS = _http_errors()


class FeedTokenError(Exception):
    """No token could be had from the identity provider; safe to show (no secret in it)."""


class FeedTokens:
    """Hands out a valid token; thread-safe (one per consumer thread may ask)."""

    def __init__(self, settings: MetricsSettings, *, clock: Callable[[], float] = time.time):
        self._fixed = (
            None if settings.feed_token is None else settings.feed_token.get_secret_value()
        )
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._renew_at = 0.0

    def __call__(self) -> str:
        if self._fixed is not None:
            return self._fixed
        with self._lock:
            now = self._clock()
            if self._token is None or now >= self._renew_at:
                self._token, lifetime = self._fetch(now)
                self._renew_at = now + lifetime * RENEW_AT_SHARE
            return self._token

    def forget(self) -> None:
        """Drop the token in hand: a producer refused it, so the next poll gets a new one."""
        with self._lock:
            self._token = None

    def _fetch(self, now: float) -> tuple[str, float]:
        if self._settings.feed_token_url is None:
            return self._signed(now), TTL_SECONDS
        return _client_credentials(self._settings)

    def _signed(self, now: float) -> str:
        return issue_local_token(
            org=PLATFORM_ORG,
            scope=SCOPE,
            sub=SUBJECT,
            secret=self._settings.jwt_secret.get_secret_value(),
            audience=self._settings.jwt_audience,
            ttl_seconds=TTL_SECONDS,
            now=now,
        )


def _client_credentials(settings: MetricsSettings) -> tuple[str, float]:
    """A token and its lifetime in seconds, from the identity provider."""
    assert settings.feed_client_secret is not None  # the settings validator ensures it
    extra = (
        {} if settings.feed_token_audience is None else {"audience": settings.feed_token_audience}
    )
    with OAuth2Client(
        client_id=settings.feed_client_id,
        client_secret=settings.feed_client_secret.get_secret_value(),
        scope=settings.feed_token_scope,
        timeout=TOKEN_REQUEST_TIMEOUT_SECONDS,
    ) as client:
        try:
            token = client.fetch_token(
                settings.feed_token_url, grant_type="client_credentials", **extra
            )
        except (AuthlibBaseError, ValueError, *_HTTP_ERRORS) as error:
            raise FeedTokenError(
                f"the identity provider gave no token ({type(error).__name__})"
            ) from error
    access = token.get("access_token")
    if not isinstance(access, str) or not access:
        raise FeedTokenError("the identity provider's answer holds no access_token")
    expires_in = token.get("expires_in")
    lifetime = float(expires_in) if isinstance(expires_in, int | float) and expires_in > 0 else 0
    return access, lifetime or DEFAULT_LIFETIME_SECONDS

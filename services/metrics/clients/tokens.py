"""The bearer token metrics reads the feeds with.

A configured token (``METRICS_FEED_TOKEN``, from the identity provider) is used as is. Without
one, metrics signs a short-lived HS256 token with the secret it shares with its peers (local and
test deployments), renewed well before it expires.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from services.metrics.settings import MetricsSettings
from shared.auth import issue_local_token

SCOPE = "feed:read feed:all"
SUBJECT = "metrics-consumer"
#: The org claim is required; the platform's consumer reads every org's events (``feed:all``).
PLATFORM_ORG = "learning-loop-platform"
TTL_SECONDS = 300
RENEW_BEFORE_SECONDS = 60


class FeedTokens:
    """Hands out a valid token; thread-safe (one per consumer thread may ask)."""

    def __init__(self, settings: MetricsSettings, *, clock: Callable[[], float] = time.time):
        self._fixed = (
            None if settings.feed_token is None else settings.feed_token.get_secret_value()
        )
        self._secret = settings.jwt_secret.get_secret_value()
        self._audience = settings.jwt_audience
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires = 0.0

    def __call__(self) -> str:
        if self._fixed is not None:
            return self._fixed
        with self._lock:
            now = self._clock()
            if self._token is None or now >= self._expires - RENEW_BEFORE_SECONDS:
                self._token = issue_local_token(
                    org=PLATFORM_ORG,
                    scope=SCOPE,
                    sub=SUBJECT,
                    secret=self._secret,
                    audience=self._audience,
                    ttl_seconds=TTL_SECONDS,
                    now=now,
                )
                self._expires = now + TTL_SECONDS
            return self._token

"""Reading a producer's feed: ``GET {base}/v1/feed?after=&limit=`` with a service token.

One client per source over an injected ``httpx.Client`` (explicit timeouts, pooled
connections). Answers are parsed into a :class:`shared.feed.FeedPage` by
:func:`~services.metrics.clients.feed_page.parse_page` (event data typed in the same pass);
every failure becomes one of the errors below, so the consumer can tell an outage (retry
later) from a bad answer (retry later too, but worth a different message) without looking at
httpx.

``FeedError``
    ``FeedUnavailableError``  nothing answered (connection refused, reset, DNS), or no token
                              could be had from the identity provider
    ``FeedTimeoutError``      the source took longer than the configured timeout
    ``FeedServerError``  a 5xx answer
    ``FeedRefusedError``      a 4xx answer (token rejected, cursor refused)
    ``FeedBadAnswerError``    a 2xx answer that is not a feed page
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import httpx
from pydantic import ValidationError

from services.metrics.clients.feed_page import parse_page
from services.metrics.clients.tokens import FeedTokenError, FeedTokens
from services.metrics.settings import MetricsSettings
from shared.feed import FEED_MAX_LIMIT, FeedPage
from shared.request_id import HEADER as REQUEST_ID
from shared.request_id import current_request_id

USER_AGENT = "learning-loop-metrics-consumer/1"


class FeedError(Exception):
    """Reading a feed failed; ``code`` is short and safe to store and show."""

    code = "feed_error"

    def __init__(self, source: str, detail: str, *, status: int | None = None) -> None:
        super().__init__(f"{source}: {detail}")
        self.source = source
        self.detail = detail
        self.status = status


class FeedUnavailableError(FeedError):
    code = "unavailable"


class FeedTimeoutError(FeedError):
    code = "timeout"


class FeedServerError(FeedError):
    code = "server_error"


class FeedRefusedError(FeedError):
    code = "refused"


class FeedBadAnswerError(FeedError):
    code = "bad_answer"


class FeedClient:
    """The feed of one source."""

    def __init__(
        self,
        *,
        source: str,
        base_url: str,
        http: httpx.Client,
        token: Callable[[], str],
        forget_token: Callable[[], None] = lambda: None,
    ) -> None:
        self.source = source
        self.url = base_url.rstrip("/") + "/v1/feed"
        self._http = http
        self._token = token
        self._forget_token = forget_token

    def read(self, *, after: str | None, limit: int, request_id: str | None = None) -> FeedPage:
        """The page after ``after`` (None: from the beginning); raises a :class:`FeedError`."""
        params: dict[str, str | int] = {"limit": max(1, min(limit, FEED_MAX_LIMIT))}
        if after is not None:
            params["after"] = after
        try:
            token = self._token()
        except FeedTokenError as error:
            raise FeedUnavailableError(self.source, f"no token: {error}") from error
        headers = {
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            REQUEST_ID: request_id or current_request_id() or uuid.uuid4().hex,
        }
        try:
            response = self._http.get(self.url, params=params, headers=headers)
        except httpx.TimeoutException as error:
            raise FeedTimeoutError(
                self.source, f"no answer in time ({type(error).__name__})"
            ) from error
        except httpx.TransportError as error:
            raise FeedUnavailableError(
                self.source, f"cannot reach it ({type(error).__name__})"
            ) from error
        status = response.status_code
        if status >= 500:
            raise FeedServerError(self.source, f"answered {status}", status=status)
        if status == 401:
            self._forget_token()  # revoked or signed with a retired key: ask for a new one
        if status >= 400:
            raise FeedRefusedError(self.source, f"refused the read with {status}", status=status)
        if status != 200:
            raise FeedBadAnswerError(self.source, f"answered {status}, not 200", status=status)
        try:
            return parse_page(response.content)
        except ValidationError as error:
            raise FeedBadAnswerError(
                self.source, "the answer is not a feed page", status=status
            ) from error


def http_client(settings: MetricsSettings) -> httpx.Client:
    """The pooled client both feeds share; no redirects (a feed never moves)."""
    timeout = httpx.Timeout(
        settings.request_timeout_seconds, connect=min(5.0, settings.request_timeout_seconds)
    )
    return httpx.Client(timeout=timeout, follow_redirects=False)


def feed_clients(
    settings: MetricsSettings, http: httpx.Client, tokens: FeedTokens
) -> dict[str, FeedClient]:
    """One client per source, in the order they are consumed, sharing one token source."""
    urls = {"intake": settings.intake_url, "measures": settings.measures_url}
    return {
        source: FeedClient(
            source=source, base_url=url, http=http, token=tokens, forget_token=tokens.forget
        )
        for source, url in urls.items()
    }

"""metrics' feed token from an identity provider by OAuth2 client credentials.

Against a local token endpoint: the first poll fetches a token, later polls reuse it until three
quarters of its lifetime have passed, then a new one is fetched; a producer's 401 drops it;
wrong client credentials, a provider that is down or says nothing usable become a
``FeedTokenError`` (a feed that cannot be reached, to the consumer), never a secret in a message.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import jwt
import pytest

from services.metrics.clients import FeedClient, FeedTokens, FeedUnavailableError
from services.metrics.clients.tokens import FeedTokenError
from services.metrics.settings import MetricsSettings
from tests.support.token_endpoint import CLIENT_ID, CLIENT_SECRET, TokenEndpoint, token_endpoint

LIFETIME = 400


@pytest.fixture
def endpoint() -> Iterator[TokenEndpoint]:
    with token_endpoint(lifetime=LIFETIME) as running:
        yield running


def _settings(endpoint: TokenEndpoint, secret: str = CLIENT_SECRET) -> MetricsSettings:
    return MetricsSettings(
        database_url="sqlite://",
        feed_token_url=endpoint.url,
        feed_client_id=CLIENT_ID,
        feed_client_secret=secret,
    )


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_a_token_is_fetched_once_and_renewed_at_three_quarters_of_its_life(
    endpoint: TokenEndpoint,
) -> None:
    clock = Clock()
    tokens = FeedTokens(_settings(endpoint), clock=clock)
    first = tokens()
    assert endpoint.issued == [first]
    claims = jwt.decode(first, options={"verify_signature": False})
    assert claims["scope"] == "feed:read feed:all"
    clock.now += LIFETIME * 0.75 - 1
    assert tokens() == first and len(endpoint.issued) == 1
    clock.now += 2
    second = tokens()
    assert len(endpoint.issued) == 2 and second == endpoint.issued[1]


def test_a_refused_token_is_dropped_and_the_next_poll_fetches_another(
    endpoint: TokenEndpoint,
) -> None:
    tokens = FeedTokens(_settings(endpoint), clock=Clock())
    tokens()
    calls = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(request.headers["Authorization"])
        return httpx.Response(401, json={"title": "Unauthorized"})

    http = httpx.Client(transport=httpx.MockTransport(refuse))
    client = FeedClient(
        source="intake", base_url="http://intake", http=http, token=tokens,
        forget_token=tokens.forget,
    )  # fmt: skip
    with pytest.raises(Exception, match="refused"):
        client.read(after=None, limit=10)
    tokens()
    assert len(endpoint.issued) == 2
    assert calls == [f"Bearer {endpoint.issued[0]}"]


def test_wrong_client_credentials_are_a_token_error_without_the_secret(
    endpoint: TokenEndpoint,
) -> None:
    tokens = FeedTokens(_settings(endpoint, secret="not-the-secret-at-all"))
    with pytest.raises(FeedTokenError) as refused:
        tokens()
    assert endpoint.refused == 1
    assert "not-the-secret" not in str(refused.value) and CLIENT_SECRET not in str(refused.value)


def test_a_provider_that_is_down_makes_the_feed_unavailable_and_recovers(
    endpoint: TokenEndpoint,
) -> None:
    tokens = FeedTokens(_settings(endpoint))
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    client = FeedClient(source="measures", base_url="http://m", http=http, token=tokens)
    endpoint.down = True
    with pytest.raises(FeedUnavailableError, match="no token"):
        client.read(after=None, limit=10)
    endpoint.down = False
    assert tokens() == endpoint.issued[0]


def test_nothing_listening_is_a_token_error() -> None:
    settings = MetricsSettings(
        database_url="sqlite://",
        feed_token_url="http://127.0.0.1:1/token",
        feed_client_id=CLIENT_ID,
        feed_client_secret=CLIENT_SECRET,
    )
    with pytest.raises(FeedTokenError):
        FeedTokens(settings)()


def test_the_settings_refuse_half_a_configuration() -> None:
    with pytest.raises(ValueError, match="FEED_CLIENT_ID"):
        MetricsSettings(database_url="sqlite://", feed_token_url="http://idp/token")
    with pytest.raises(ValueError, match="not both"):
        MetricsSettings(
            database_url="sqlite://",
            feed_token_url="http://idp/token",
            feed_client_id="c",
            feed_client_secret="s",
            feed_token="fixed",
        )

"""metrics' calls to its peers: the intake and measures feeds."""

from services.metrics.clients.feeds import (
    FeedBadAnswerError,
    FeedClient,
    FeedError,
    FeedRefusedError,
    FeedServerError,
    FeedTimeoutError,
    FeedUnavailableError,
    feed_clients,
)
from services.metrics.clients.tokens import FeedTokens

__all__ = [
    "FeedBadAnswerError",
    "FeedClient",
    "FeedError",
    "FeedRefusedError",
    "FeedServerError",
    "FeedTimeoutError",
    "FeedTokens",
    "FeedUnavailableError",
    "feed_clients",
]

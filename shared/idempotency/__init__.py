"""``Idempotency-Key`` for POSTs (draft-ietf-httpapi-idempotency-key-header).

A retry with the same key and body replays the first response byte for byte; the same key with
another body is 422; a key whose first request is still running is 409. Keys are scoped to the
caller (org and subject), so one tenant can never see another's stored response.

Policy, published in each service's OpenAPI description: keys are kept for
``idempotency_ttl_hours`` (24 h by default). Responses with a 5xx status are not stored: the
key is released so that a retry runs again (the failed request changed nothing).
An in-flight key whose request died with its process is released after
``idempotency_in_flight_seconds`` (``IN_FLIGHT_TIMEOUT`` by default) without a heartbeat: until
then a retry gets 409. While its request runs, a :class:`Heartbeat` renews the claim, so a request
that is merely slow is never taken for dead and run a second time by a concurrent retry (it was,
before the heartbeat, whenever a request outlasted the timeout).
"""

from shared.idempotency.middleware import REPLAYED_HEADER, IdempotencyMiddleware
from shared.idempotency.store import (
    HEADER,
    IN_FLIGHT_TIMEOUT,
    KEY_PATTERN,
    MAX_KEY_LENGTH,
    Heartbeat,
    IdempotencyStore,
    fingerprint,
    idempotency_table,
    parse_key,
)

__all__ = [
    "HEADER",
    "IN_FLIGHT_TIMEOUT",
    "KEY_PATTERN",
    "MAX_KEY_LENGTH",
    "REPLAYED_HEADER",
    "Heartbeat",
    "IdempotencyMiddleware",
    "IdempotencyStore",
    "fingerprint",
    "idempotency_table",
    "parse_key",
]

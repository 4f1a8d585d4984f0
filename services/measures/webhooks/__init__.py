"""Alert webhooks: the events measures announces and their thin bodies; endpoints, the
delivery outbox, signing, the worker and the SSRF guard are :mod:`shared.webhooks`."""

from services.measures.webhooks.outbox import (
    EVENT_TYPES,
    TABLES,
    deliveries,
    enqueue,
    payload,
    subscribed,
)

__all__ = ["EVENT_TYPES", "TABLES", "deliveries", "enqueue", "payload", "subscribed"]

"""Webhooks a service sends: its two tables (a factory, like the idempotency table), endpoints
registered with an SSRF check, the delivery outbox written with each event, Standard Webhooks
signatures, and a worker that delivers with retries. measures sends alerts through it, intake
feedback ruptures; each keeps only what its events say (types, thin bodies)."""

from shared.webhooks.endpoints import (
    delete,
    find,
    list_endpoints,
    recover,
    register,
    subscribed,
)
from shared.webhooks.errors import UnsafeUrlError, WebhookLimitError
from shared.webhooks.outbox import Message, delivery_page, delivery_rows, enqueue, payload
from shared.webhooks.settings import WebhookSettings
from shared.webhooks.signing import new_secret, sign
from shared.webhooks.tables import Delivery, Endpoint, WebhookTables, as_utc, webhook_tables
from shared.webhooks.url_guard import check_url, system_resolver
from shared.webhooks.worker import DeliveryWorker, delivery_worker

__all__ = [
    "Delivery",
    "DeliveryWorker",
    "Endpoint",
    "Message",
    "UnsafeUrlError",
    "WebhookLimitError",
    "WebhookSettings",
    "WebhookTables",
    "as_utc",
    "check_url",
    "delete",
    "delivery_page",
    "delivery_rows",
    "delivery_worker",
    "enqueue",
    "find",
    "list_endpoints",
    "new_secret",
    "payload",
    "recover",
    "register",
    "sign",
    "subscribed",
    "system_resolver",
    "webhook_tables",
]

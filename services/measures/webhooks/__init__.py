"""Alert webhooks: registered endpoints, the delivery outbox written with each alert, signed
delivery by a worker with retries, and the SSRF guard on every URL."""

from services.measures.webhooks.outbox import (
    EVENT_TYPES,
    delete,
    deliveries,
    enqueue,
    find,
    payload,
    recover,
    register,
    sign,
    subscribed,
)
from services.measures.webhooks.url_guard import check_url, system_resolver
from services.measures.webhooks.worker import DeliveryWorker, delivery_worker

__all__ = [
    "EVENT_TYPES",
    "DeliveryWorker",
    "check_url",
    "delete",
    "deliveries",
    "delivery_worker",
    "enqueue",
    "find",
    "payload",
    "recover",
    "register",
    "sign",
    "subscribed",
    "system_resolver",
]

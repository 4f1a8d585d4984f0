"""The webhook delivery worker: a background thread per replica that claims due deliveries and
attempts them (:mod:`.delivery` says how), started and stopped with the app's lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from typing import Any

import anyio
import httpx
from fastapi import FastAPI
from sqlalchemy import Engine

from shared.db import make_engine
from shared.models import utcnow
from shared.polling import PollingLoop
from shared.webhooks.delivery import (
    SEND_THREADS,
    Claimed,
    claim_due,
    has_due,
    lease_seconds,
    record,
    release,
    send,
)
from shared.webhooks.settings import WebhookSettings
from shared.webhooks.tables import WebhookTables

__all__ = ["DeliveryWorker", "delivery_worker"]


class DeliveryWorker:
    """A background thread that delivers due webhooks until stopped.

    Stopping lets attempts already on the wire finish (and be recorded) but starts no new one:
    the rest of the claimed batch is released, due at once for another replica.
    """

    def __init__(
        self,
        engine: Engine,
        tables: WebhookTables,
        settings: WebhookSettings,
        *,
        service: str,
        client: httpx.Client | None = None,
        clock: Callable[[], datetime] = utcnow,
        threads: int = SEND_THREADS,
    ) -> None:
        self.engine = engine
        self.tables = tables
        self.user_agent = f"learning-loop-{service}-webhooks/1"
        self.settings = settings
        self.clock = clock
        self.threads = threads
        timeout = httpx.Timeout(settings.webhooks_timeout_seconds)
        self.client = client or httpx.Client(timeout=timeout, follow_redirects=False)
        self._loop = PollingLoop(
            name="webhook-worker",
            run_once=self.run_once,
            batch_size=settings.webhooks_batch_size,
            poll_seconds=settings.webhooks_poll_seconds,
            logger=logging.getLogger(f"learning_loop.{service}.webhooks"),
        )
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="webhook")

    def run_once(self) -> int:
        """Claim and attempt one batch; the number of attempts made."""
        if not has_due(self.engine, self.tables, self.clock()):
            return 0
        settings = self.settings
        batch = claim_due(
            self.engine,
            self.tables,
            now=self.clock(),
            limit=settings.webhooks_batch_size,
            lease=lease_seconds(settings, self.threads),
        )

        def attempt(item: Claimed) -> None:
            if self._loop.stopping:
                release(self.engine, self.tables, item, now=self.clock())
                return
            allow = settings.webhooks_allow_private_targets
            outcome = send(self.client, item, allow_private=allow, user_agent=self.user_agent)
            record(self.engine, self.tables, item, outcome, settings=settings, now=self.clock())

        list(self._pool.map(attempt, batch))
        return len(batch)

    def start(self) -> None:
        self._loop.start()

    def stop(self) -> None:
        """Return once in-flight attempts are recorded (bounded by the HTTP timeout)."""
        self._loop.stop()
        self._pool.shutdown(wait=True)
        self.client.close()


def delivery_worker(
    tables: WebhookTables, *, service: str
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """A lifespan hook for ``service``: run the worker while the app runs, if the app's
    settings have ``webhooks_enabled``."""

    @asynccontextmanager
    async def hook(app: FastAPI) -> AsyncIterator[None]:
        settings = app.state.settings
        if settings.webhooks_enabled:
            async with _running_worker(app, tables, settings, service):
                yield
        else:
            yield

    return hook


@asynccontextmanager
async def _running_worker(
    app: FastAPI, tables: WebhookTables, settings: Any, service: str
) -> AsyncIterator[None]:
    # The worker has its own small pool, opened and disposed here: requests never wait behind
    # deliveries for a connection, and the pool's lifetime is exactly the worker's.
    engine = make_engine(settings.database_url, echo=settings.sql_echo)
    clock = getattr(app.state, "clock", utcnow)
    worker = DeliveryWorker(engine, tables, settings, service=service, clock=clock)
    app.state.webhook_worker = worker
    worker.start()
    try:
        yield
    finally:
        await anyio.to_thread.run_sync(worker.stop)
        engine.dispose()

"""The lifespan hook that runs the feed consumers inside the metrics app.

The feed clients are always built (the rebuild route uses them); the background consumers only
run when ``consumer_enabled`` (tests turn it off and call ``sync_once`` themselves), with the
process's heartbeat (:mod:`.heartbeat`) beating from before their first lease to after their
last. The consumers get their own engine (:mod:`services.metrics.sync.engine`) so requests never
wait behind a page for a connection, and they stop, releasing their leases, before the app's
engine is disposed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI

from services.metrics.clients import FeedTokens, feed_clients
from services.metrics.clients.feeds import http_client
from services.metrics.settings import MetricsSettings
from services.metrics.sync.consumer import ConsumerThread, FeedConsumer, new_holder
from services.metrics.sync.engine import consumer_engine
from services.metrics.sync.heartbeat import Heartbeat


@asynccontextmanager
async def feed_consumers(app: FastAPI) -> AsyncIterator[None]:
    settings: MetricsSettings = app.state.settings
    http = http_client(settings)
    app.state.feed_clients = feed_clients(settings, http, FeedTokens(settings))
    app.state.consumer_holder = new_holder()
    threads: list[ConsumerThread] = []
    engine = heartbeat = None
    try:
        if settings.consumer_enabled:
            engine = consumer_engine(settings.database_url, echo=settings.sql_echo)
            heartbeat = Heartbeat(
                engine, holder=app.state.consumer_holder, seconds=settings.heartbeat_seconds
            )
            heartbeat.start()
            for client in app.state.feed_clients.values():
                consumer = FeedConsumer(
                    engine=engine,
                    client=client,
                    holder=app.state.consumer_holder,
                    settings=settings,
                )
                threads.append(ConsumerThread(consumer))
            for thread in threads:
                thread.start()
        yield
    finally:
        for thread in threads:
            thread.signal()
        for thread in threads:
            await anyio.to_thread.run_sync(thread.stop)
        if heartbeat is not None:
            await anyio.to_thread.run_sync(heartbeat.stop)
        if engine is not None:
            engine.dispose()
        http.close()

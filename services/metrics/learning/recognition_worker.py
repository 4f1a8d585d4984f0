"""The recognition worker: a background thread per replica that runs a publishing pass
(:mod:`.recognition_feed`) every ``recognition_poll_seconds``, started and stopped with the
app's lifespan. Any number of replicas may run it; each recognition is still published once."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime

import anyio
from fastapi import FastAPI
from sqlalchemy import Engine

from services.metrics.learning.recognition_feed import publish_pass
from services.metrics.settings import MetricsSettings
from shared.db import make_engine
from shared.models import utcnow
from shared.polling import PollingLoop

__all__ = ["RecognitionWorker", "recognition_worker"]

logger = logging.getLogger("learning_loop.metrics.recognitions")


class RecognitionWorker:
    """Runs :func:`publish_pass` on a timer until stopped; :meth:`run_once` runs one now
    (tests pass a ``clock`` to choose the month that has closed)."""

    def __init__(
        self, engine: Engine, settings: MetricsSettings, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.clock = clock
        self._loop = PollingLoop(
            name="recognition-worker",
            run_once=self.run_once,
            # A pass covers every organization: never go again at once, whatever it found.
            batch_size=sys.maxsize,
            poll_seconds=settings.recognition_poll_seconds,
            logger=logger,
        )

    def run_once(self, orgs: Sequence[str] | None = None) -> int:
        """One pass (over every org, or only ``orgs``); the number of recognitions published."""
        return publish_pass(
            self.engine,
            self.settings,
            now=self.clock(),
            stopping=lambda: self._loop.stopping,
            orgs=orgs,
        )

    def start(self) -> None:
        self._loop.start()

    def stop(self) -> None:
        """Return once the pass under way, if any, has committed or rolled back."""
        self._loop.stop()


@asynccontextmanager
async def recognition_worker(app: FastAPI) -> AsyncIterator[None]:
    """Lifespan hook: run the worker while the app runs, if ``recognition_enabled``. It has
    its own small pool, so requests never wait behind a pass for a connection."""
    settings: MetricsSettings = app.state.settings
    if not settings.recognition_enabled:
        yield
        return
    engine = make_engine(settings.database_url, echo=settings.sql_echo)
    worker = RecognitionWorker(engine, settings)
    app.state.recognition_worker = worker
    worker.start()
    try:
        yield
    finally:
        await anyio.to_thread.run_sync(worker.stop)
        engine.dispose()

"""The escalation worker: a background thread per replica that runs an escalation pass
(:mod:`.escalation`) every ``escalation_poll_seconds``, started and stopped with the app's
lifespan. Any number of replicas may run it; each deadline still fires once."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

import anyio
from fastapi import FastAPI
from sqlalchemy import Engine

from services.measures.assessments.escalation import run_pass
from services.measures.settings import MeasuresSettings
from shared.db import make_engine
from shared.models import utcnow
from shared.polling import PollingLoop

__all__ = ["EscalationWorker", "escalation_worker"]

logger = logging.getLogger("learning_loop.measures.escalation")


class EscalationWorker:
    """Runs :func:`run_pass` on a timer until stopped. ``clock`` is the app's (tests move it
    forward instead of sleeping) and :meth:`run_once` runs one pass now."""

    def __init__(
        self,
        engine: Engine,
        settings: MeasuresSettings,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.clock = clock
        self._loop = PollingLoop(
            name="escalation-worker",
            run_once=self.run_once,
            batch_size=settings.escalation_batch_size,
            poll_seconds=settings.escalation_poll_seconds,
            logger=logger,
        )

    def run_once(self) -> int:
        """One pass at the clock's now; the number of escalations that fired."""
        return run_pass(self.engine, now=self.clock(), limit=self.settings.escalation_batch_size)

    def start(self) -> None:
        self._loop.start()

    def stop(self) -> None:
        """Return once the pass under way, if any, has committed or rolled back."""
        self._loop.stop()


@asynccontextmanager
async def escalation_worker(app: FastAPI) -> AsyncIterator[None]:
    """Lifespan hook: run the worker while the app runs, if ``escalation_enabled``. It has its
    own small pool, so requests never wait behind a pass for a connection."""
    settings: MeasuresSettings = app.state.settings
    if not settings.escalation_enabled:
        yield
        return
    engine = make_engine(settings.database_url, echo=settings.sql_echo)
    worker = EscalationWorker(engine, settings, clock=app.state.clock)
    app.state.escalation_worker = worker
    worker.start()
    try:
        yield
    finally:
        await anyio.to_thread.run_sync(worker.stop)
        engine.dispose()

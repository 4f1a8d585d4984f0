"""The closing worker: a background thread per replica that closes campaigns whose last day
has passed (:func:`~.closing.close_due`) every ``staff_surveys_poll_seconds``. Any number of
replicas may run it: each team's event is published once."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI

from services.measures.settings import MeasuresSettings
from services.measures.staff_surveys.closing import close_due
from shared.db import make_engine
from shared.polling import PollingLoop

logger = logging.getLogger("learning_loop.measures.staff_surveys")


@asynccontextmanager
async def closing_worker(app: FastAPI) -> AsyncIterator[None]:
    """Lifespan hook: run the closing worker while the app runs, if enabled."""
    settings: MeasuresSettings = app.state.settings
    if not settings.staff_surveys_close_enabled:
        yield
        return
    engine = make_engine(settings.database_url, echo=settings.sql_echo)

    def run_once() -> int:
        now = app.state.clock()
        return close_due(engine, today=now.date(), at=now)

    loop = PollingLoop(
        name="staff-survey-closing",
        run_once=run_once,
        batch_size=50,
        poll_seconds=settings.staff_surveys_poll_seconds,
        logger=logger,
    )
    app.state.staff_survey_closing = run_once
    loop.start()
    try:
        yield
    finally:
        await anyio.to_thread.run_sync(loop.stop)
        engine.dispose()

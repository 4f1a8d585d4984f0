"""Per-request database sessions for routers.

``SessionDep`` commits when the path function returns and *before* the response is sent
(``scope="function"``): a client that got a 2xx can rely on its data being durable, and a
failed commit becomes an error response instead of a silently lost submission.
``ReadSessionDep`` is for routes that only read; on SQLite it takes no write lock.

The dependencies are async generators: creating a ``Session`` touches no database (it connects
on first use), so it needs no worker thread; only a commit that has something to do is sent to
one. A sync generator cost two thread hand-offs per request (enter and exit), which a profile of
intake's PUT showed as a large share of the event loop's time. A route that already committed
(intake's upserts commit in the same worker thread that wrote) ends with nothing to do here.

The commit takes its thread from the app's commit limiter, never from the request threads: a
write session on SQLite holds the write lock until it commits, and requests waiting for that
lock may hold every request thread (``shared.threads`` tells the lock-up this prevents).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from anyio import CapacityLimiter, to_thread
from fastapi import Depends, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session

from shared.db import read_only


def has_work(session: Session) -> bool:
    """Whether committing ``session`` would do anything (an open transaction or pending rows)."""
    return session.in_transaction() or bool(session.new or session.dirty or session.deleted)


@asynccontextmanager
async def _session(engine: Engine, commit_limiter: CapacityLimiter) -> AsyncIterator[Session]:
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        if has_work(session):
            await to_thread.run_sync(session.commit, limiter=commit_limiter)
    except BaseException:
        # A rollback never waits on locks; done inline so that a cancelled request still
        # releases its connection (and SQLite's write lock) at once.
        session.rollback()
        raise
    finally:
        session.close()


async def _write_session(request: Request) -> AsyncIterator[Session]:
    state = request.app.state
    async with _session(state.engine, state.commit_limiter) as session:
        yield session


async def _read_session(request: Request) -> AsyncIterator[Session]:
    state = request.app.state
    async with _session(read_only(state.engine), state.commit_limiter) as session:
        yield session


SessionDep = Annotated[Session, Depends(_write_session, scope="function")]
ReadSessionDep = Annotated[Session, Depends(_read_session, scope="function")]

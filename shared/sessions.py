"""Per-request database sessions for routers.

``SessionDep`` commits when the path function returns and *before* the response is sent
(``scope="function"``): a client that got a 2xx can rely on its data being durable, and a
failed commit becomes an error response instead of a silently lost submission.
``ReadSessionDep`` is for routes that only read; on SQLite it takes no write lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from shared.db import read_only, session_scope


def _write_session(request: Request) -> Iterator[Session]:
    yield from session_scope(request.app.state.engine)


def _read_session(request: Request) -> Iterator[Session]:
    yield from session_scope(read_only(request.app.state.engine))


SessionDep = Annotated[Session, Depends(_write_session, scope="function")]
ReadSessionDep = Annotated[Session, Depends(_read_session, scope="function")]

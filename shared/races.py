"""Concurrent writers of the same new id: the loser re-runs its request instead of failing.

Upserts read a row, decide, then write. Existing rows are locked by the read (``FOR UPDATE`` on
PostgreSQL; SQLite has one writer at a time), but a row that does not exist yet cannot be
locked: two requests creating the same id both INSERT, and the second gets a unique violation
once the first commits. Re-running the second request's transaction then sees the first one's
row and answers as if it had arrived just after it (200 unchanged, 200 replaced or a 409 for an
impossible status move). Deadlocks and serialization failures are retried the same way, and so
is the ORM finding at flush that a row it read was deleted meanwhile (``StaleDataError``: a
PUT racing a DELETE of the same record).

The work is committed here, in the worker thread that wrote it, rather than by ``SessionDep``
after the route returns: the transaction (and SQLite's write lock) ends as soon as the writing
ends instead of after another hand-off to a worker thread, and a race lost at commit time is
retried like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from shared.problems import Conflict

__all__ = ["ATTEMPTS", "retry_races"]

T = TypeVar("T")
ATTEMPTS = 3
# PostgreSQL SQLSTATEs of losing a race: unique violation, serialization failure, deadlock.
_RACE_STATES = frozenset({"23505", "40001", "40P01"})


def _lost_race(error: DBAPIError) -> bool:
    return getattr(error.orig, "sqlstate", None) in _RACE_STATES


class Transaction(Protocol):
    """What the retry needs of the work's transaction: an ORM ``Session`` or a Core
    ``Connection`` (both begin again on their next statement after a rollback)."""

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


def retry_races(session: Transaction, work: Callable[[], T]) -> T:
    """Run ``work`` (the request's whole write) and commit it; re-run it after a lost race.

    Only for work that is the request's only write: the retry rolls back the session's (or
    connection's) transaction. After ``ATTEMPTS`` lost races the answer is a 409 the client
    may retry.
    """
    for _attempt in range(ATTEMPTS):
        try:
            result = work()
            session.commit()
            return result
        except (DBAPIError, StaleDataError) as error:
            if isinstance(error, DBAPIError) and not _lost_race(error):
                raise
            session.rollback()
    raise Conflict("Other requests kept writing the same records at the same time; send again.")

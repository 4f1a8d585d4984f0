"""A consumer process's heartbeat: proof of life that is not proof of progress.

A lease is renewed with each page it applies and lasts ``lease_seconds`` (thirty by default),
long enough for a slow page. That makes it a poor death certificate: a SIGKILLed process left
its feeds unapplied for up to thirty seconds, and sync status went on showing its last
"caught up". So each process also beats: a thread writes ``seen_at`` on the process's own row
of ``consumer_heartbeats`` every third of ``heartbeat_seconds``, whatever its pages do. A lease
whose holder has not beaten for ``heartbeat_seconds`` may be taken at once
(:func:`~services.metrics.sync.state.take_lease`), and its feeds stop counting as caught up
(:mod:`.status`).

The row lives apart from the lease so that a page's transaction, which holds the lease row
locked on PostgreSQL until it commits, never holds up a beat.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine

from services.metrics.sync.state import HEARTBEATS, LEASES, _insert
from shared.models import utcnow

logger = logging.getLogger("learning_loop.metrics.consumer")

BEATS_PER_SPAN = 3


def beat(engine: Engine, *, holder: str, now: datetime) -> None:
    """Say ``holder``'s process is alive at ``now`` (first beat: its row is created)."""
    with engine.begin() as connection:
        statement = _insert(connection, HEARTBEATS).values(
            holder=holder, started_at=now, seen_at=now
        )
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=["holder"], set_={"seen_at": statement.excluded.seen_at}
            )
        )


def forget(engine: Engine, *, holder: str, now: datetime, seconds: float) -> None:
    """Remove ``holder``'s row (a clean stop) and the rows of processes long gone.

    A stale row is kept while its holder still has an unexpired lease: without it, that lease
    would count as alive again until it runs out.
    """
    since = now - timedelta(seconds=seconds)
    held = select(LEASES.c.holder).where(LEASES.c.expires_at >= now)
    with engine.begin() as connection:
        connection.execute(delete(HEARTBEATS).where(HEARTBEATS.c.holder == holder))
        connection.execute(
            delete(HEARTBEATS).where(HEARTBEATS.c.seen_at < since, HEARTBEATS.c.holder.not_in(held))
        )


class Heartbeat:
    """Beats for one process's consumers in a background thread until stopped."""

    def __init__(self, engine: Engine, *, holder: str, seconds: float) -> None:
        self.engine = engine
        self.holder = holder
        self.seconds = seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="feed-heartbeat", daemon=True)

    def start(self) -> None:
        """Beat once now (so the consumers' first leases are already backed), then go on."""
        self._beat()
        self._thread.start()

    def _beat(self) -> None:
        try:
            beat(self.engine, holder=self.holder, now=utcnow())
        except Exception:  # the database is the problem; the next beat tries again
            logger.exception("could not write the consumers' heartbeat")

    def _run(self) -> None:
        while not self._stop.wait(self.seconds / BEATS_PER_SPAN):
            self._beat()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop beating and remove this process's row; called after the consumers released
        their leases (a lease left without its row would fall back to waiting for expiry)."""
        self._stop.set()
        self._thread.join(timeout)
        try:
            forget(self.engine, holder=self.holder, now=utcnow(), seconds=self.seconds)
        except Exception:  # the row then simply goes stale
            logger.exception("could not remove the consumers' heartbeat")

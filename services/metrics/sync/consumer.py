"""The feed consumers: one per source (intake, measures), pulling pages over HTTP.

A poll takes or renews the source's lease (taking it at once from a holder whose process stopped
beating, :mod:`.heartbeat`), reads the page after the stored cursor, and applies it with the new
cursor in one transaction (:mod:`services.metrics.sync.state`). While a
source fails, the consumer backs off exponentially with jitter and records the last failure;
once a page says ``has_more`` is false it sleeps ``poll_seconds``. :func:`sync_once` runs the
same polls synchronously until every source is caught up, for tests and the rebuild.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_when_event_set,
    wait_exponential,
)

from services.metrics.clients import FeedClient, FeedError
from services.metrics.settings import MetricsSettings
from services.metrics.sync.state import (
    CursorMovedError,
    LeaseLostError,
    commit_page,
    read_position,
    record_problem,
    release_lease,
    take_lease,
)
from shared.models import utcnow
from shared.request_id import set_request_id

logger = logging.getLogger("learning_loop.metrics.consumer")

SOURCES = ("intake", "measures")
Clock = Callable[[], datetime]


def new_holder() -> str:
    """A name for this consumer that says where it runs (host, process) and is unique."""
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True, slots=True)
class Poll:
    """What one poll did: whether this consumer held the lease, and what it applied."""

    held: bool
    applied: int = 0
    has_more: bool = False


@dataclass(frozen=True, slots=True)
class SourceSync:
    """What :func:`sync_once` did for one source."""

    source: str
    held: bool
    events: int
    pages: int
    cursor: str | None


class FeedConsumer:
    """Applies one source's feed; safe to run on every replica (the lease picks one)."""

    def __init__(
        self,
        *,
        engine: Engine,
        client: FeedClient,
        holder: str,
        settings: MetricsSettings,
        clock: Clock = utcnow,
        force_lease: bool = False,
    ) -> None:
        self.engine = engine
        self.client = client
        self.source = client.source
        self.holder = holder
        self.settings = settings
        self.clock = clock
        self.force_lease = force_lease

    def poll(self) -> Poll:
        """One page, if this consumer holds the lease; :class:`FeedError` when the source
        fails (recorded in ``sync_problems`` first)."""
        settings = self.settings
        if not take_lease(
            self.engine,
            source=self.source,
            holder=self.holder,
            now=self.clock(),
            seconds=settings.lease_seconds,
            force=self.force_lease,
            heartbeat_seconds=settings.heartbeat_seconds,
        ):
            return Poll(held=False)
        self.force_lease = False
        position = read_position(self.engine, self.source)
        request_id = uuid.uuid4().hex
        set_request_id(request_id)  # the poll's log lines carry the id the source logs too
        try:
            page = self.client.read(
                after=position.cursor, limit=settings.page_size, request_id=request_id
            )
        except FeedError as error:
            record_problem(
                self.engine,
                source=self.source,
                error=f"{error.code}: {error.detail}",
                now=self.clock(),
            )
            raise
        commit_page(
            self.engine,
            source=self.source,
            holder=self.holder,
            after=position.cursor,
            page=page,
            now=self.clock(),
            lease_seconds=settings.lease_seconds,
        )
        return Poll(held=True, applied=len(page.items), has_more=page.has_more)

    def catch_up(self) -> SourceSync:
        """Poll until the source has nothing more right now (or the lease is elsewhere)."""
        events = pages = 0
        while True:
            poll = self.poll()
            if not poll.held:
                break
            events, pages = events + poll.applied, pages + 1
            if not poll.has_more:
                break
        position = read_position(self.engine, self.source)
        return SourceSync(self.source, poll.held or pages > 0, events, pages, position.cursor)

    def release(self) -> None:
        release_lease(self.engine, source=self.source, holder=self.holder)


def sync_once(
    *,
    engine: Engine,
    clients: Mapping[str, FeedClient],
    settings: MetricsSettings,
    holder: str | None = None,
    clock: Clock = utcnow,
    sources: Sequence[str] = SOURCES,
    force_lease: bool = False,
) -> dict[str, SourceSync]:
    """Bring every source up to date now, synchronously; raises :class:`FeedError`."""
    holder = holder or new_holder()
    done = {}
    for source in sources:
        consumer = FeedConsumer(
            engine=engine,
            client=clients[source],
            holder=holder,
            settings=settings,
            clock=clock,
            force_lease=force_lease,
        )
        done[source] = consumer.catch_up()
    return done


_JITTER = random.Random()  # noqa: S311 - jitter, not security


def _full_jitter(ceiling: Callable[[RetryCallState], float]) -> Callable[[RetryCallState], float]:
    """A pause drawn uniformly below ``ceiling`` (tenacity's random exponential wait), from our
    own generator: tenacity's draws from the ``random`` module's shared state, which this
    background thread would then change under whatever else runs in the process (a seeded
    simulation, a property-based test)."""
    return lambda state: _JITTER.uniform(0, ceiling(state))


class ConsumerThread:
    """Runs one :class:`FeedConsumer` in a background thread until stopped."""

    def __init__(self, consumer: FeedConsumer) -> None:
        self.consumer = consumer
        self._stop = threading.Event()
        settings = consumer.settings
        self._retrying = Retrying(
            retry=retry_if_exception_type(FeedError),
            wait=_full_jitter(wait_exponential(multiplier=0.5, max=settings.backoff_max_seconds)),
            stop=stop_when_event_set(self._stop),
            sleep=self._pause,
            before_sleep=self._log_failure,
            reraise=True,
        )
        self._thread = threading.Thread(
            target=self._run, name=f"feed-{consumer.source}", daemon=True
        )

    def _pause(self, seconds: float) -> None:
        """Wait between retries, waking at once when the consumer is stopped."""
        self._stop.wait(seconds)

    def _log_failure(self, state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        logger.warning(
            "feed source failing; backing off",
            extra={
                "source": self.consumer.source,
                "attempt": state.attempt_number,
                "error": getattr(error, "code", type(error).__name__),
            },
        )

    def _run(self) -> None:
        settings = self.consumer.settings
        while not self._stop.is_set():
            pause = settings.poll_seconds
            try:
                poll = self._retrying(self.consumer.poll)
                if poll.held and poll.has_more:
                    pause = 0
            except FeedError:
                break  # only reraised once stopping
            except (LeaseLostError, CursorMovedError):
                pass  # another replica or a rebuild took over; try again after a pause
            except Exception as error:  # the next poll starts over from the stored cursor
                logger.exception("feed poll failed", extra={"source": self.consumer.source})
                self._record(f"internal: {type(error).__name__}")
                pause = settings.backoff_max_seconds / 4
            if pause:
                self._stop.wait(pause)

    def _record(self, error: str) -> None:
        consumer = self.consumer
        try:
            record_problem(
                consumer.engine, source=consumer.source, error=error, now=consumer.clock()
            )
        except Exception:  # the database itself is the problem; the log has it
            logger.exception("could not record the feed problem")

    def start(self) -> None:
        self._thread.start()

    def signal(self) -> None:
        """Ask the thread to stop after its current poll (several can be asked at once)."""
        self._stop.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
        try:
            self.consumer.release()
        except Exception:  # the lease then simply expires
            logger.exception("could not release the feed lease")

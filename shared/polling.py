"""A background pass repeated on a thread of its own: what a worker beside the API runs.

measures' webhook deliveries and alert escalations are both "do one pass, then wait": a pass
that found a full batch goes again at once (more may be waiting), otherwise the thread sleeps
``poll_seconds``; a pass that fails is logged and the next one tries again, so one bad row
never stops the worker. Stopping waits for the pass under way, so whatever it claimed is
committed or rolled back before the app's engine is disposed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable


class PollingLoop:
    """Runs ``run_once`` (which returns how much it did) until :meth:`stop`."""

    def __init__(
        self,
        *,
        name: str,
        run_once: Callable[[], int],
        batch_size: int,
        poll_seconds: float,
        logger: logging.Logger,
    ) -> None:
        self.name = name
        self._run_once = run_once
        self._batch_size = batch_size
        self._poll_seconds = poll_seconds
        self._logger = logger
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def stopping(self) -> bool:
        """True once :meth:`stop` was called: a pass may leave the rest of its batch."""
        return self._stop.is_set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                if self._run_once() >= self._batch_size:
                    continue  # a full batch: more may be due, so go again without waiting
            except Exception:  # keep going; the next pass tries again
                # The logger names the worker; a message built from arguments breaks the
                # logging rules (harness/log_audit.py).
                self._logger.exception("pass failed; the next pass tries again")
            self._stop.wait(self._poll_seconds)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Return once the pass under way, if any, has finished."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

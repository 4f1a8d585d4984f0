"""The background loop: a full batch goes again at once, a failed pass is logged and retried,
stopping waits for the pass under way."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from shared.polling import PollingLoop

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)

LOGGER = logging.getLogger("test.polling")


def test_full_batches_run_back_to_back_and_a_short_one_waits() -> None:
    sizes = iter([5, 5, 1])
    calls: list[float] = []
    done = threading.Event()

    def run_once() -> int:
        calls.append(time.monotonic())
        size = next(sizes, 0)
        if size == 0:
            done.set()
        return size

    loop = PollingLoop(name="t", run_once=run_once, batch_size=5, poll_seconds=0.3, logger=LOGGER)
    loop.start()
    assert done.wait(5)
    loop.stop()
    assert calls[1] - calls[0] < 0.2 and calls[2] - calls[1] < 0.2  # full batches: again at once
    assert calls[3] - calls[2] >= 0.25  # a short batch: the poll interval


def test_a_failed_pass_is_logged_and_the_next_one_runs(caplog: pytest.LogCaptureFixture) -> None:
    outcomes: list[int | Exception] = [RuntimeError("row 7 is bad"), 0]
    ran = threading.Event()

    def run_once() -> int:
        outcome = outcomes.pop(0) if outcomes else 0
        if isinstance(outcome, Exception):
            raise outcome
        ran.set()
        return outcome

    loop = PollingLoop(name="t", run_once=run_once, batch_size=5, poll_seconds=0.05, logger=LOGGER)
    with caplog.at_level(logging.ERROR, logger="test.polling"):
        loop.start()
        assert ran.wait(5)
        loop.stop()
    # The worker's logger names it; the message carries no arguments (the logging rules).
    assert [r.getMessage() for r in caplog.records] == ["pass failed; the next pass tries again"]
    assert caplog.records[0].exc_info is not None


def test_stop_waits_for_the_pass_under_way() -> None:
    inside, finished = threading.Event(), threading.Event()

    def run_once() -> int:
        inside.set()
        time.sleep(0.3)
        finished.set()
        return 0

    loop = PollingLoop(name="t", run_once=run_once, batch_size=5, poll_seconds=10, logger=LOGGER)
    loop.start()
    assert inside.wait(5)
    assert not loop.stopping
    loop.stop()
    assert finished.is_set() and loop.stopping

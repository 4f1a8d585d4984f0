"""Benchmark (not a test) for metrics' crash recovery: SIGKILL it mid-apply, start it again.

    .venv/bin/python benchmarks/recovery.py [--patients 1500] [--page 1000]
    TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python benchmarks/recovery.py

Starts intake, measures and metrics as real processes on throwaway databases (SQLite, or
PostgreSQL when ``TEST_DATABASE_URL`` names a server), stops metrics, plays a synthetic
organization into intake and measures (the backlog), then starts metrics with the production
poll interval and heartbeat, and a second metrics replica that only answers
``GET /v1/sync/status`` (``METRICS_CONSUMER_ENABLED=false``) on the same database. Two kills:

* **mid-apply**: metrics is SIGKILLed once it has applied a fifth of the backlog, stays down
  for ``OUTAGE`` seconds and is started again on its port;
* **idle**: metrics is SIGKILLed while caught up, new events are posted, and it stays down past
  its heartbeat's span before it is started again (the case where status used to say "caught
  up" for the whole lease).

Printed per kill, beside the targets: start to ready, ready to the first page applied, ready
to caught up (every event of both feeds applied), kill to the first apply; and how long the
other replica went on saying "caught up" after the idle kill. Every status sample the other
replica gave is checked: past the heartbeat's span after a kill, none may say caught up while
events wait. ``tests/e2e/test_recovery.py`` runs the same scenario, smaller, and asserts.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.cluster import three_services  # noqa: E402
from harness.databases import on_postgres, wait_for_server_horizon  # noqa: E402
from harness.processes import RunningService, free_port, kill, start, stop  # noqa: E402
from services.metrics.clients import FeedClient  # noqa: E402
from services.metrics.sync.consumer import SOURCES  # noqa: E402
from shared.auth import issue_local_token  # noqa: E402
from synthetic.driver import Driver, Endpoints  # noqa: E402
from synthetic.generator import Dataset, OrgPlan, generate  # noqa: E402

ORG = "org-recovery"
HEARTBEAT = 3.0  # the default METRICS_HEARTBEAT_SECONDS
POLL = 2.0  # the default METRICS_POLL_SECONDS
OUTAGE = 1.0
TARGET_FIRST_APPLY = 5.0
SAMPLE = 0.05


@dataclass
class Kill:
    """What one kill and restart measured (seconds; ``ready`` is when /readyz answered)."""

    what: str
    applied_at_kill: int
    waiting_at_kill: int
    start_to_ready: float = 0.0
    start_to_first_apply: float = 0.0
    ready_to_first_apply: float = 0.0
    ready_to_caught_up: float = 0.0
    kill_to_first_apply: float = 0.0
    caught_up_said_after_kill: float | None = None  # the other replica's last "caught up"


@dataclass
class Recovery:
    """A running cluster after the scenario, with what it measured."""

    services: dict[str, RunningService]
    data: Dataset
    kills: list[Kill] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)  # caught up while events waited
    feed_lengths: dict[str, int] = field(default_factory=dict)
    backlog: int = 0
    applied: dict[str, int] = field(default_factory=dict)


class StatusWatch:
    """Reads the other replica's sync status every ``SAMPLE`` seconds in a thread."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.samples: list[tuple[float, dict[str, dict[str, Any]]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="status-watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        with httpx.Client(timeout=5, headers=_operator()) as http:
            while not self._stop.wait(SAMPLE):
                answer = http.get(f"{self.url}/v1/sync/status")
                sources = {s["source"]: s for s in answer.json()["sources"]}
                self.samples.append((time.monotonic(), sources))

    def latest(self) -> dict[str, dict[str, Any]]:
        deadline = time.monotonic() + 10
        while not self.samples:
            assert time.monotonic() < deadline, "the status replica never answered"
            time.sleep(SAMPLE)
        return self.samples[-1][1]

    def applied(self) -> int:
        return sum(s["events_applied"] for s in self.latest().values())

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)


def _operator() -> dict[str, str]:
    return {"Authorization": f"Bearer {issue_local_token(org=ORG, scope='platform:operate')}"}


def _wait(condition: Any, seconds: float, what: str) -> float:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(SAMPLE / 2)
    return time.monotonic()


def feed_lengths(services: dict[str, RunningService]) -> dict[str, int]:
    """Every event each source's feed serves now (after the server's horizon passed)."""
    wait_for_server_horizon()
    token = issue_local_token(org="platform", scope="feed:read feed:all")
    lengths = {}
    with httpx.Client(timeout=30) as http:
        for source in SOURCES:
            feed = FeedClient(
                source=source, base_url=services[source].url, http=http, token=lambda: token
            )
            total, after = 0, None
            while True:
                page = feed.read(after=after, limit=1000)
                total, after = total + len(page.items), page.next_cursor
                if not page.has_more:
                    break
            lengths[source] = total
    return lengths


def _caught_up(watch: StatusWatch, lengths: dict[str, int]) -> bool:
    status = watch.latest()
    return all(
        status[s]["caught_up"] and status[s]["events_applied"] == lengths[s] for s in SOURCES
    )


def _restart(run: Recovery, watch: StatusWatch, record: Kill, killed_at: float) -> None:
    """Start metrics again; time ready, first apply and caught up against the feeds."""
    before = watch.applied()
    metrics = run.services["metrics"]
    started = time.monotonic()
    run.services["metrics"] = start(
        "metrics", metrics.env, metrics.log_path.parent, metrics.port, timeout=120
    )
    ready = time.monotonic()
    first = _wait(lambda: watch.applied() > before, 60, "the first apply after the restart")
    done = _wait(lambda: _caught_up(watch, run.feed_lengths), 300, "caught up after restart")
    record.start_to_ready = round(ready - started, 2)
    record.start_to_first_apply = round(first - started, 2)
    record.ready_to_first_apply = round(max(0.0, first - ready), 2)
    record.ready_to_caught_up = round(max(0.0, done - ready), 2)
    record.kill_to_first_apply = round(first - killed_at, 2)


def _check_samples(run: Recovery, watch: StatusWatch, killed_at: float, until: float) -> None:
    """Past the heartbeat's span after the kill and until caught up again, no sample may say
    caught up while its feed still had events to apply."""
    for at, status in watch.samples:
        if killed_at + HEARTBEAT + SAMPLE < at < until:
            for source, seen in status.items():
                if seen["caught_up"] and seen["events_applied"] < run.feed_lengths[source]:
                    run.wrong.append({"after_kill": round(at - killed_at, 2), **seen})


def kill_mid_apply(run: Recovery, watch: StatusWatch) -> Kill:
    total = sum(run.feed_lengths.values())
    _wait(lambda: watch.applied() >= total // 5, 120, "a fifth of the backlog applied")
    kill(run.services["metrics"])
    killed_at = time.monotonic()
    applied = watch.applied()
    record = Kill("mid-apply", applied, total - applied)
    time.sleep(OUTAGE)
    _restart(run, watch, record, killed_at)
    _check_samples(run, watch, killed_at, time.monotonic())
    return record


def kill_idle(run: Recovery, watch: StatusWatch, driver: Driver) -> Kill:
    """Kill metrics while caught up, post more, keep it down past the heartbeat's span."""
    kill(run.services["metrics"])
    killed_at = time.monotonic()
    more = [{"patient_id": f"pt-after-kill-{i}", "race": ["2106-3"]} for i in range(25)]
    driver.post(f"{run.services['intake'].url}/v1/patients:batch", more)
    run.feed_lengths = feed_lengths(run.services)
    applied = watch.applied()
    record = Kill("idle", applied, sum(run.feed_lengths.values()) - applied)
    _wait(lambda: time.monotonic() > killed_at + HEARTBEAT + POLL, 30, "the outage")
    said = [at for at, status in watch.samples if at > killed_at and status["intake"]["caught_up"]]
    record.caught_up_said_after_kill = round(max(said) - killed_at, 2) if said else 0.0
    _restart(run, watch, record, killed_at)
    _check_samples(run, watch, killed_at, time.monotonic())
    return record


@contextmanager
def recovery(folder: Path, *, patients: int, page: int) -> Iterator[Recovery]:
    """Run both kills; yield the cluster (still running) with the figures."""
    with three_services(folder, "recovery") as services:
        stop(services["metrics"])  # the backlog builds while metrics is down
        data = generate(OrgPlan(org=ORG, seed=7, patients=patients, weeks=12))
        token = issue_local_token(org=ORG, scope="intake:write measures:write")
        driver = Driver(
            Endpoints(services["intake"].url, services["measures"].url), token, chunk=500
        )
        env = {
            **services["metrics"].env,
            "METRICS_POLL_SECONDS": str(POLL),
            "METRICS_HEARTBEAT_SECONDS": str(HEARTBEAT),
            "METRICS_PAGE_SIZE": str(page),
        }
        replica = None
        run = Recovery(dict(services), data)
        try:
            driver.enable_instrument("burnout1")
            driver.play(data)
            run.feed_lengths = feed_lengths(services)
            run.backlog = sum(run.feed_lengths.values())
            replica_env = {**env, "METRICS_CONSUMER_ENABLED": "false"}
            replica = start("metrics", replica_env, folder, free_port(), 120)
            watch = StatusWatch(replica.url)
            run.services["metrics"] = start("metrics", env, folder, services["metrics"].port, 120)
            try:
                run.kills.append(kill_mid_apply(run, watch))
                run.kills.append(kill_idle(run, watch, driver))
                run.applied = {s: v["events_applied"] for s, v in watch.latest().items()}
            finally:
                watch.stop()
            run.services["replica"] = replica
            yield run
        finally:
            driver.close()
            stop(run.services["metrics"])
            if replica is not None:
                stop(replica)


def report(run: Recovery, database: str) -> None:
    print(
        f"database: {database}; backlog {run.backlog} events; heartbeat {HEARTBEAT} s, "
        f"poll {POLL} s"
    )
    for k in run.kills:
        print(
            f"  kill {k.what:9s}: {k.applied_at_kill} applied, {k.waiting_at_kill} waiting; "
            f"start->ready {k.start_to_ready} s; start->first apply {k.start_to_first_apply} s; "
            f"ready->first apply {k.ready_to_first_apply} s (target < {TARGET_FIRST_APPLY} s); "
            f"ready->caught up {k.ready_to_caught_up} s; kill->first apply "
            f"{k.kill_to_first_apply} s"
        )
        if k.caught_up_said_after_kill is not None:
            print(f"    other replica said caught up until {k.caught_up_said_after_kill} s "
                  f"after the kill (target: at most the heartbeat's {HEARTBEAT} s)")  # fmt: skip
    print(f"  status samples saying caught up while events waited: {len(run.wrong)} (target 0)")
    print(f"  applied {run.applied} of {run.feed_lengths}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--patients", type=int, default=1500)
    parser.add_argument("--page", type=int, default=1000)
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per status sample otherwise
    with (
        tempfile.TemporaryDirectory() as folder,
        recovery(Path(folder), patients=args.patients, page=args.page) as run,
    ):
        report(run, "PostgreSQL" if on_postgres() else "SQLite")


if __name__ == "__main__":
    main()

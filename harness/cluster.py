"""The three services as real processes on throwaway databases, and waiting for metrics.

Used by the end-to-end tests that need the whole loop but no faults (the dashboard in a browser,
the demo seeding): each starts its own cluster, so they stay independent of one another.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

from harness.databases import throwaway_database
from harness.processes import RunningService, free_port, migrate, service_env, start, stop
from shared.auth import issue_local_token

NAMES = ("intake", "measures", "metrics")


@contextmanager
def three_services(
    folder: Path, prefix: str, extra_env: dict[str, dict[str, str]] | None = None
) -> Iterator[dict[str, RunningService]]:
    """intake, measures and metrics migrated and started side by side (their start-up is
    mostly imports: in parallel it costs one service's time, not three), metrics polling its
    two sources quickly so that tests do not wait on the production poll interval.
    ``extra_env`` adds environment variables per service name."""
    ports = {name: free_port() for name in NAMES}
    with ExitStack() as stack:
        urls = {
            name: stack.enter_context(throwaway_database(f"{prefix}_{name}", folder))
            for name in NAMES
        }
        peers = {f"METRICS_{n.upper()}_URL": f"http://127.0.0.1:{ports[n]}" for n in NAMES[:2]}
        extra = extra_env or {}
        envs = {
            "intake": service_env("intake", urls["intake"], **extra.get("intake", {})),
            "measures": service_env("measures", urls["measures"], **extra.get("measures", {})),
            "metrics": service_env(
                "metrics",
                urls["metrics"],
                METRICS_POLL_SECONDS="0.2",
                METRICS_BACKOFF_MAX_SECONDS="1",
                **peers,
                **extra.get("metrics", {}),
            ),
        }
        with ThreadPoolExecutor(len(NAMES)) as pool:
            list(pool.map(lambda n: migrate(n, envs[n]), NAMES))
            futures = {n: pool.submit(start, n, envs[n], folder, ports[n], 120.0) for n in NAMES}
        started = {n: f.result() for n, f in futures.items() if f.exception() is None}
        for service in started.values():
            stack.callback(stop, service)
        for future in futures.values():
            future.result()  # re-raise a failed start, once the others are set to stop
        yield started


def wait_caught_up(metrics: RunningService, org: str, seconds: float = 60) -> None:
    """Until both feeds are caught up and two looks in a row saw the same events applied
    (caught up alone may be read a moment before the last page of a batch commits)."""
    token = issue_local_token(org=org, scope="platform:operate")
    deadline, previous = time.monotonic() + seconds, None
    while time.monotonic() < deadline:
        status = httpx.get(
            f"{metrics.url}/v1/sync/status", headers={"Authorization": f"Bearer {token}"}
        ).json()
        applied = {s["source"]: s["events_applied"] for s in status["sources"]}
        if all(s["caught_up"] for s in status["sources"]) and applied == previous:
            return
        previous = applied
        time.sleep(0.5)
    raise AssertionError(f"metrics did not catch up:\n{metrics.log()[-3000:]}")

"""A burst over every route of the three services at once, with each service's /healthz watched.

A burst of 60 concurrent patient reads once locked intake (and measures) up for minutes on
SQLite: the audit write held the single write lock while its commit waited for a worker thread,
and every worker thread waited for that lock (``shared/threads.py``). This drives every read
and write route of a service with ``concurrency`` requests in flight, one service after the
other, while a separate client asks that service's ``/healthz`` every 20 ms, and reports the
latency of both.

``tests/load/test_burst.py`` runs a bounded burst in the suite; run the full one by hand:

    .venv/bin/python benchmarks/burst.py --requests 3000 --concurrency 60
    TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python benchmarks/burst.py --requests 3000 --concurrency 60

Figures are recorded in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import multiprocessing
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.burst_calls import CALLS
from benchmarks.burst_requests import Call, bearer, seed
from harness.cluster import three_services
from harness.processes import RunningService
from shared.auth.roles import OPERATOR_SCOPE, TENANT_SCOPES

#: The longest a request may take in the burst. The server's own waits are bounded (SQLite's
#: busy timeout and the pool's, 5 s each, shared/db.py), but on a 2-core machine shared with
#: other work, 60 requests in flight queue for CPU and worker threads; before the fix a request
#: took 60 s or never came back.
LATENCY_BOUND_SECONDS = 30.0
HEALTH_BOUND_SECONDS = 0.1
HEALTH_EVERY_SECONDS = 0.02


@dataclass
class Outcome:
    """What one service answered during its burst."""

    service: str
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: dict[str, dict[str, int]] = field(default_factory=dict)
    unexpected: list[str] = field(default_factory=list)
    health: list[float] = field(default_factory=list)
    health_failures: list[str] = field(default_factory=list)
    #: Requests refused with 503 and Retry-After (the database was too busy to wait for).
    shed: int = 0

    @property
    def all_latencies(self) -> list[float]:
        return sorted(x for values in self.latencies.values() for x in values)

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _probe_health(url: str, every: float, stop: Any, results: Any) -> None:
    """In its own process: ask ``/healthz`` every ``every`` seconds on one kept-alive
    connection until ``stop`` is set, then send back the latencies and failures.

    The probe must not share an interpreter with the burst's 60 client coroutines: their event
    loop would delay the probe's own reads and the figure would be the client's lag, not the
    server's."""
    parsed = urlsplit(url)
    latencies: list[float] = []
    failures: list[str] = []
    connection = http.client.HTTPConnection(
        parsed.hostname or "127.0.0.1", parsed.port, timeout=LATENCY_BOUND_SECONDS
    )
    while not stop.is_set():
        started = time.perf_counter()
        try:
            connection.request("GET", "/healthz")
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(str(response.status))
        except (OSError, http.client.HTTPException) as error:
            failures.append(type(error).__name__)
            connection.close()
        latencies.append(time.perf_counter() - started)
        time.sleep(every)
    connection.close()
    results.put((latencies, failures))


@contextmanager
def _health_watched(url: str, outcome: Outcome) -> Iterator[None]:
    """Probe ``url``'s ``/healthz`` from a separate process for as long as the block runs."""
    context = multiprocessing.get_context("spawn")
    stop, results = context.Event(), context.Queue()
    probe = context.Process(
        target=_probe_health, args=(url, HEALTH_EVERY_SECONDS, stop, results), daemon=True
    )
    probe.start()
    try:
        yield
    finally:
        stop.set()
        outcome.health, outcome.health_failures = results.get(timeout=LATENCY_BOUND_SECONDS * 2)
        probe.join(timeout=10)


async def _send(
    client: httpx.AsyncClient, url: str, call: Call, n: int, body: Any, headers: dict[str, str]
) -> httpx.Response:
    """Send once; again on a fresh connection if the server had just closed an idle kept-alive
    one (uvicorn closes them after 5 s; a real client retries the same way)."""
    for attempt in (1, 2):
        try:
            return await client.request(
                call.method,
                url + call.path(n),
                params=call.params,
                content=None if body is None else json.dumps(body),
                headers={**headers, "content-type": call.media},
            )
        except (httpx.ReadError, httpx.RemoteProtocolError):
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


async def _warm_up(
    client: httpx.AsyncClient, url: str, calls: list[Call], headers: dict[str, str]
) -> None:
    """Send each route once, one at a time, before the burst is measured. A fresh process
    compiles each SQL statement and builds each validator on first use, with the interpreter
    lock held; the burst measures a service at work, not its first minute (the lock-up it
    guards against happened whenever the burst came)."""
    for n, call in enumerate(calls, start=len(calls) * 1000):
        body = call.body(n) if call.body is not None else None
        await _send(client, url, call, n, body, headers)


async def burst_one(
    url: str, service: str, calls: list[Call], org: str, requests: int, concurrency: int
) -> Outcome:
    """``requests`` requests round-robin over ``calls``, ``concurrency`` in flight. A request
    that outlives the latency bound ends the burst: the service has locked up."""
    outcome = Outcome(service)
    # Tenant and operator routes alike: the burst's caller also holds the operator's scope.
    headers = bearer(org, f"{TENANT_SCOPES} {OPERATOR_SCOPE}")
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(requests):
        queue.put_nowait(n)
    stalled = asyncio.Event()

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty() and not stalled.is_set():
            n = queue.get_nowait()
            call = calls[n % len(calls)]
            label = f"{call.method} {call.route}"
            body = call.body(n) if call.body is not None else None
            started = time.perf_counter()
            try:
                response = await _send(client, url, call, n, body, headers)
                status = str(response.status_code)
                if response.status_code == 503 and "retry-after" in response.headers:
                    outcome.shed += 1
                elif response.status_code not in call.ok:
                    outcome.unexpected.append(f"{label} {status} {response.text[:200]}")
            except httpx.HTTPError as error:
                status = type(error).__name__
                outcome.unexpected.append(f"{label} {status}")
                stalled.set()
            outcome.latencies.setdefault(label, []).append(time.perf_counter() - started)
            counts = outcome.statuses.setdefault(label, {})
            counts[status] = counts.get(status, 0) + 1

    async with httpx.AsyncClient(timeout=LATENCY_BOUND_SECONDS, limits=limits) as client:
        await _warm_up(client, url, calls, headers)
        with _health_watched(url, outcome):
            started = time.perf_counter()
            await asyncio.gather(*(worker(client) for _ in range(concurrency)))
            outcome.seconds = time.perf_counter() - started
    return outcome


def run_bursts(
    services: dict[str, RunningService], requests: int, concurrency: int
) -> dict[str, Outcome]:
    """Seed one org, then burst each service in turn (intake, measures, metrics)."""
    org = f"org-burst-{uuid.uuid4().hex[:8]}"
    urls = {name: service.url for name, service in services.items()}
    seeded = seed(urls, org)
    return {
        name: asyncio.run(
            burst_one(urls[name], name, CALLS[name](seeded), org, requests, concurrency)
        )
        for name in CALLS
    }


@contextmanager
def cluster(folder: Path) -> Iterator[dict[str, RunningService]]:
    """The three services, measures allowed to register webhooks on 127.0.0.1 (deliveries
    there fail at once, which keeps the burst's alerts from reaching out of the machine)."""
    extra = {"measures": {"MEASURES_WEBHOOKS_ALLOW_PRIVATE_TARGETS": "true"}}
    with three_services(folder, "burst", extra_env=extra) as services:
        yield services


def report(outcomes: dict[str, Outcome]) -> str:
    lines = [
        "| service | requests | seconds | req/s | p50 | p99 | max | /healthz p50 | p99 | max |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, o in outcomes.items():
        lat, health = o.all_latencies, sorted(o.health)
        lines.append(
            f"| {name} | {o.requests} | {o.seconds:.1f} | {o.requests / o.seconds:.0f} "
            f"| {percentile(lat, 0.5) * 1000:.0f} ms | {percentile(lat, 0.99) * 1000:.0f} ms "
            f"| {lat[-1] * 1000:.0f} ms | {percentile(health, 0.5) * 1000:.1f} ms "
            f"| {percentile(health, 0.99) * 1000:.1f} ms | {health[-1] * 1000:.1f} ms |"
        )
    for name, o in outcomes.items():
        slowest = sorted(o.latencies.items(), key=lambda kv: -max(kv[1]))[:3]
        lines.append(
            f"{name}: slowest routes "
            + ", ".join(f"{label} {max(v) * 1000:.0f} ms" for label, v in slowest)
            + f"; 503 with Retry-After {o.shed}; unexpected answers {len(o.unexpected)}"
            + f"; /healthz failures {len(o.health_failures)}"
        )
        lines.extend(f"  {line}" for line in o.unexpected[:8])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000, help="per service")
    parser.add_argument("--concurrency", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, cluster(Path(folder)) as services:
        print(report(run_bursts(services, args.requests, args.concurrency)))


if __name__ == "__main__":
    main()

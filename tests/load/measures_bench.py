"""Benchmark (not a test) for measures: scoring in process and over HTTP, and stored assessments.

    .venv/bin/python tests/load/measures_bench.py [--seconds 5] [--postgres URL]

Reports: stateless scoring in process (responses/s); ``POST /v1/score`` single requests per second
with p50/p99; ``POST /v1/score:batch`` (1000 responses per request) in responses per second; and
``POST /v1/assessments`` requests per second with p50/p99, on SQLite and (with ``--postgres`` or
``TEST_DATABASE_URL``) on a fresh PostgreSQL database. The server is a real uvicorn process;
the clients are 8 threads in this process, sharing the machine's cores with it.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from shared.auth import issue_local_token  # noqa: E402
from tests.measures.bench_scoring import run as run_in_process  # noqa: E402
from tests.support.processes import running  # noqa: E402

CLIENT_THREADS = 8
BATCH = 1000
TOKEN = issue_local_token(org="bench", scope="measures:read measures:write")
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


def phq9(rng: random.Random) -> dict[str, int]:
    return {f"phq9_{n}": rng.randint(0, 3) for n in range(1, 10)}


def hammer(seconds: float, call: Callable[[httpx.Client, int], None]) -> tuple[int, list[float]]:
    """Run ``call`` from CLIENT_THREADS threads for ``seconds``; return count and latencies."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def worker(seed: int) -> None:
        mine = []
        with httpx.Client(timeout=60) as client:
            n = 0
            while time.monotonic() < stop_at:
                started = time.perf_counter()
                call(client, seed * 1_000_000 + n)
                mine.append(time.perf_counter() - started)
                n += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(CLIENT_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies), latencies


def report(
    label: str, count: int, latencies: list[float], seconds: float, per_call: int = 1
) -> None:
    rate = count * per_call / seconds
    if per_call > 1:
        print(f"{label:58s} {rate:>10,.0f} responses/s")
        return
    p50, p99 = (statistics.quantiles(latencies, n=100)[i] * 1000 for i in (49, 98))
    print(f"{label:58s} {rate:>10,.0f} req/s  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms")


def bench_http(name: str, database_url: str, seconds: float) -> None:
    with (
        tempfile.TemporaryDirectory() as logs,
        running("measures", database_url, Path(logs)) as svc,
    ):
        rng = random.Random(7)
        bodies = [{"instrument_id": "phq9", "answers": phq9(rng)} for _ in range(BATCH)]

        def single(client: httpx.Client, n: int) -> None:
            r = client.post(f"{svc.url}/v1/score", json=bodies[n % BATCH], headers=HEADERS)
            assert r.status_code == 200, r.text

        def batch(client: httpx.Client, n: int) -> None:
            r = client.post(f"{svc.url}/v1/score:batch", json={"items": bodies}, headers=HEADERS)
            assert r.status_code == 200, r.text

        def assessment(client: httpx.Client, n: int) -> None:
            body = {
                "patient_id": f"p-{n % 5000}",
                "instrument_id": "phq9",
                "answers": bodies[n % BATCH]["answers"],
                "completed_at": f"2026-01-{1 + n % 28:02d}T10:00:00Z",
                "clinician_id": f"c-{n % 20}",
            }
            r = client.post(f"{svc.url}/v1/assessments", json=body, headers=HEADERS)
            assert r.status_code in (200, 201), r.text

        report(f"{name}: POST /v1/score (single)", *hammer(seconds, single), seconds)
        report(
            f"{name}: POST /v1/score:batch ({BATCH} per request)",
            *hammer(seconds, batch),
            seconds,
            BATCH,
        )
        report(f"{name}: POST /v1/assessments", *hammer(seconds, assessment), seconds)


def fresh_postgres(url: str) -> str:
    name = f"measures_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()
    for label, ids in [
        ("phq9", ["phq9"]),
        ("mixed", ["phq9", "gad7", "phq2", "auditc", "core10", "k10"]),
    ]:
        print(
            f"{'in process: ' + label:58s} {run_in_process(ids, args.seconds):>10,.0f} responses/s"
        )
    with tempfile.TemporaryDirectory() as folder:
        bench_http("SQLite", f"sqlite:///{folder}/measures.db", args.seconds)
    if args.postgres:
        bench_http("PostgreSQL", fresh_postgres(args.postgres), args.seconds)


if __name__ == "__main__":
    main()

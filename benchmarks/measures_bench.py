"""Benchmark (not a test) for measures: scoring in process and over HTTP, and stored assessments.

    .venv/bin/python benchmarks/measures_bench.py [--seconds 5] [--postgres URL] [--syncs-only]

Reports: stateless scoring in process (responses/s); ``POST /v1/score`` single requests per second
with p50/p99; ``POST /v1/score:batch`` (1000 responses per request) in responses per second; and
``POST /v1/assessments`` requests per second with p50/p99; and ``POST /v1/assessments:batch``
(500 new assessments per request, as an offline sync sends them) in assessments stored per second,
with p50/p99 per request; on SQLite and (with ``--postgres`` or ``TEST_DATABASE_URL``) on a fresh
PostgreSQL database. The server is a real uvicorn process; the clients are 8 threads in this
process (for the assessment batches: 1, then 2, since each batch holds SQLite's write lock for
its whole transaction), sharing the machine's cores with it.
"""

import argparse
import json
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.measures_scoring_bench import run as run_in_process  # noqa: E402
from harness.processes import running  # noqa: E402
from shared.auth import issue_local_token  # noqa: E402

CLIENT_THREADS = 8
BATCH = 1000
SYNC = 500  # assessments per POST /v1/assessments:batch
SYNC_BODIES = 8  # distinct sync bodies, cycled: patients get follow-ups weeks apart
SYNC_PATIENTS = 1000
TOKEN = issue_local_token(org="bench", scope="measures:read measures:write")
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


def phq9(rng: random.Random) -> dict[str, int]:
    return {f"phq9_{n}": rng.randint(0, 3) for n in range(1, 10)}


def sync_bodies(rng: random.Random) -> list[bytes]:
    """Offline syncs without ids (each item is stored anew, every time a body is sent): PHQ-9s
    of SYNC_PATIENTS patients, each seen weekly across the bodies, with random answers (so
    critical-item alerts and, from week 1 on, not-on-track verdicts happen)."""
    bodies = []
    for b in range(SYNC_BODIES):
        items = []
        for i in range(SYNC):
            n = b * SYNC + i
            day = 5 + 7 * (n // SYNC_PATIENTS)
            items.append(
                {
                    "patient_id": f"sync-{n % SYNC_PATIENTS}",
                    "instrument_id": "phq9",
                    "answers": phq9(rng),
                    "completed_at": f"2026-01-{day:02d}T10:00:00Z",
                    "clinician_id": f"c-{n % 20}",
                }
            )
        bodies.append(json.dumps({"items": items}).encode())
    return bodies


def hammer(
    seconds: float, call: Callable[[httpx.Client, int], None], threads: int = CLIENT_THREADS
) -> tuple[int, list[float], float]:
    """Run ``call`` from ``threads`` threads for ``seconds``; return count, latencies and the
    time from the first call to the end of the last one (calls under way at the deadline
    finish)."""
    latencies: list[float] = []
    lock = threading.Lock()
    started_at = time.monotonic()
    stop_at = started_at + seconds

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

    workers = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return len(latencies), latencies, time.monotonic() - started_at


def report(
    label: str,
    count: int,
    latencies: list[float],
    elapsed: float,
    per_call: int = 1,
    unit: str = "responses",
) -> None:
    """Print the rate (per item for batches) and, except for scoring batches, p50/p99 per
    request."""
    unit = "req" if per_call == 1 else unit
    rate = count * per_call / elapsed
    if per_call > 1 and unit == "responses":
        print(f"{label:58s} {rate:>10,.0f} responses/s")
        return
    p50, p99 = (statistics.quantiles(latencies, n=100)[i] * 1000 for i in (49, 98))
    print(f"{label:58s} {rate:>10,.0f} {unit}/s  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms")


def bench_http(name: str, database_url: str, seconds: float, *, syncs_only: bool = False) -> None:
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

        if syncs_only:
            bench_syncs(name, svc.url, seconds, rng)
            return
        report(f"{name}: POST /v1/score (single)", *hammer(seconds, single))
        report(
            f"{name}: POST /v1/score:batch ({BATCH} per request)",
            *hammer(seconds, batch),
            BATCH,
        )
        report(f"{name}: POST /v1/assessments", *hammer(seconds, assessment))
        bench_syncs(name, svc.url, seconds, rng)


def bench_syncs(name: str, url: str, seconds: float, rng: random.Random) -> None:
    """``POST /v1/assessments:batch`` from 1, then 2 clients (every item must be a 201)."""
    syncs = sync_bodies(rng)
    sync_headers = HEADERS | {"Content-Type": "application/json"}

    def sync(client: httpx.Client, n: int) -> None:
        body = syncs[n % SYNC_BODIES]
        r = client.post(f"{url}/v1/assessments:batch", content=body, headers=sync_headers)
        assert r.status_code == 200, r.text
        assert all(item["status"] == 201 for item in r.json()["results"]), r.text[:500]

    for threads in (1, 2):
        report(
            f"{name}: POST /v1/assessments:batch ({SYNC}/request, {threads} client)",
            *hammer(seconds, sync, threads=threads),
            SYNC,
            unit="assessments",
        )


def fresh_postgres(url: str) -> str:
    name = f"measures_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"))
    parser.add_argument(
        "--syncs-only", action="store_true", help="Only the POST /v1/assessments:batch figures."
    )
    args = parser.parse_args()
    if args.syncs_only:
        with tempfile.TemporaryDirectory() as folder:
            bench_http("SQLite", f"sqlite:///{folder}/measures.db", args.seconds, syncs_only=True)
        if args.postgres:
            bench_http("PostgreSQL", fresh_postgres(args.postgres), args.seconds, syncs_only=True)
        return
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

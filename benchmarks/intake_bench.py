"""Benchmark (not a test) for intake's ingest, against a bare-INSERT ceiling.

    .venv/bin/python benchmarks/intake_bench.py [--seconds 10] [--postgres URL] [--no-batches]

For SQLite (and PostgreSQL when ``--postgres`` or ``TEST_DATABASE_URL`` names a server) it starts
real uvicorn processes and reports: single ``PUT /v1/encounters/{id}`` requests per second with
p50/p99 latency for 1 and 2 workers; batch ingest (``POST /v1/encounters:batch``, and the
patient, referral and feedback batches) in items per second; and the same single-request
figures for a bare FastAPI endpoint doing one INSERT on the same database. Clients are threads
in this process, so on a small machine they share its cores with the server: compare the two
rows of one run rather than absolute numbers across machines.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.processes import free_port, migrate, service_env  # noqa: E402
from shared.auth import issue_local_token  # noqa: E402

CLIENT_THREADS = 8
START = (datetime.now(UTC) - timedelta(days=1)).isoformat()


def encounter(i: int) -> dict[str, object]:
    return {
        "patient_id": f"p-{i % 500}",
        "clinician_id": f"c-{i % 20}",
        "site_id": "north",
        "service_line": "adult",
        "modality": "video" if i % 2 else "in-person",
        "scheduled_start": START,
        "status": "booked",
    }


def serve(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/docs", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start")


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (uvicorn's supervisor and its worker processes)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of ``pid`` and its descendants, from ``/proc``."""
    total = 0
    for member in _tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
    return total / os.sysconf("SC_CLK_TCK")


def hammer(
    url_for, headers: dict[str, str], seconds: float, server_pid: int
) -> tuple[float, float, float, float]:
    """Requests/s, p50 ms, p99 ms and server CPU ms a request of PUTs from CLIENT_THREADS
    threads for ``seconds``. The CPU figure is steadier than the rates on a shared machine."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(n: int) -> None:
        with httpx.Client(headers=headers, timeout=30) as client:
            i = 0
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                response = client.put(url_for(f"{n}-{i}-{uuid.uuid4().hex[:6]}"), json=encounter(i))
                elapsed = time.perf_counter() - t0
                response.raise_for_status()
                with lock:
                    latencies.append(elapsed)
                i += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(CLIENT_THREADS)]
    cpu_before = cpu_seconds(server_pid)
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - began
    cpu = cpu_seconds(server_pid) - cpu_before
    ordered = sorted(latencies)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    return (
        len(latencies) / took,
        statistics.median(ordered) * 1000,
        p99 * 1000,
        cpu / len(ordered) * 1000,
    )


def patient(i: int) -> dict[str, object]:
    return {"birth_year": 1940 + i % 60, "sex": "248152002", "race": ["2054-5"]}


def referral(i: int) -> dict[str, object]:
    return {
        "patient_id": f"p-{i % 500}",
        "received_on": START[:10],
        "service_line": "adult",
        "site_id": "north",
    }


def feedback(i: int) -> dict[str, object]:
    return {
        "form_id": "session-feedback",
        "answers": {"felt-heard": 1 + i % 5, "worked-on-what-mattered": 4, "overall": 9},
    }


#: resource, batch path, id field, item builder, items per batch (feedback batches hold 500).
BATCHES = [
    ("encounters", "encounter_id", encounter, 2000),
    ("patients", "patient_id", patient, 2000),
    ("referrals", "referral_id", referral, 2000),
    ("feedback", "submission_id", feedback, 500),
]


def batch_rate(
    base: str, headers: dict[str, str], resource: str, id_field: str, build, size: int
) -> float:
    """Items/s of 5 batches of ``size`` new items each, sent one after the other."""
    items = 0
    began = time.monotonic()
    with httpx.Client(headers=headers, timeout=120) as client:
        for b in range(5):
            body = [build(i) | {id_field: f"b{b}-{i}-{uuid.uuid4().hex[:6]}"} for i in range(size)]
            response = client.post(f"{base}/v1/{resource}:batch", json=body)
            response.raise_for_status()
            items += response.json()["accepted"]
    return items / (time.monotonic() - began)


CREATED: list[tuple[str, str]] = []
"""PostgreSQL databases this run created (server, name), dropped when it ends."""


def fresh_database(kind: str, folder: Path, server: str | None) -> str:
    if kind == "sqlite":
        return f"sqlite:///{folder / f'bench-{uuid.uuid4().hex[:6]}.db'}"
    assert server
    name = f"ll_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    CREATED.append((server, name))
    return server.rsplit("/", 1)[0] + f"/{name}"


def drop_databases() -> None:
    for server, name in CREATED:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    CREATED.clear()


def run(kind: str, server: str | None, seconds: float, folder: Path, batches: bool) -> None:
    org = f"bench-{uuid.uuid4().hex[:6]}"
    headers = {"Authorization": f"Bearer {issue_local_token(org=org, scope='intake:write')}"}
    for workers in (1, 2):
        url = fresh_database(kind, folder, server)
        env = service_env("intake", url)
        migrate("intake", env)
        port = free_port()
        process = serve(
            [
                sys.executable,
                "-m",
                "services.intake",
                "serve",
                "--port",
                str(port),
                "--workers",
                str(workers),
            ],
            env,
            port,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            rps, p50, p99, cpu = hammer(
                lambda i, base=base: f"{base}/v1/encounters/e-{i}", headers, seconds, process.pid
            )
            print(
                f"{kind:8} intake PUT   workers={workers}  {rps:8.0f} req/s  "
                f"p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  server CPU {cpu:5.2f} ms/req",
                flush=True,
            )
            if workers == 1 and batches:
                for resource, id_field, build, size in BATCHES:
                    rate = batch_rate(base, headers, resource, id_field, build, size)
                    print(
                        f"{kind:8} {resource:10} batch (5 x {size}) workers=1  {rate:8.0f} items/s",
                        flush=True,
                    )
        finally:
            process.terminate()
            process.wait()
        bare_env = os.environ | {"BENCH_DATABASE_URL": fresh_database(kind, folder, server)}
        port = free_port()
        process = serve(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                "benchmarks",
                "intake_bench_bare:app",
                "--port",
                str(port),
                "--workers",
                str(workers),
                "--log-level",
                "warning",
            ],
            bare_env,
            port,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            rps, p50, p99, cpu = hammer(
                lambda i, base=base: f"{base}/bare/{i}", {}, seconds, process.pid
            )
            print(
                f"{kind:8} bare INSERT  workers={workers}  {rps:8.0f} req/s  "
                f"p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  server CPU {cpu:5.2f} ms/req",
                flush=True,
            )
        finally:
            process.terminate()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"))
    parser.add_argument(
        "--no-batches", action="store_true", help="single requests only (for quick A/B runs)"
    )
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args()
    batches = not args.no_batches
    with tempfile.TemporaryDirectory() as folder:
        try:
            if not args.no_sqlite:
                run("sqlite", None, args.seconds, Path(folder), batches)
            if args.postgres:
                run("postgres", args.postgres, args.seconds, Path(folder), batches)
        finally:
            drop_databases()


if __name__ == "__main__":
    main()

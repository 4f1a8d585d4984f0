"""Intake's single PUT against a raw-driver bare INSERT, both driven by wrk (a C load generator).

``intake_bench.py``'s clients are Python threads sharing the machine's cores with the server,
which slows the faster server more and so compresses the ratio. Here wrk (16 connections, 2
threads) drives one uvicorn worker of each server on the same kind of database:

* intake as deployed (``python -m services.intake serve``: every shared middleware, auth, rate
  limits, idempotency, audit and the feed), environment ``test`` only so that a locally signed
  token is accepted (``production`` insists on a JWKS URL; the request path is the same), and
  the rate limiter's budgets raised so that it counts every request but refuses none;
* ``intake_bench_bare.py``: FastAPI, one INSERT through ``sqlite3`` / ``psycopg``.

Each request is a new encounter id with a valid body and a bearer token. The two servers run
side by side and are measured in alternating rounds (bare, PUT, bare, PUT, ...) so that the
shared machine's drift falls on both; the figures are the medians of the rounds. Every answer
must be 2xx (wrk's non-2xx count and socket errors are checked to be 0) and every PUT must have
stored its row. Peak RSS is each server's ``VmHWM`` from ``/proc``. Run under the bench lock:

    flock /tmp/bench.lock .venv/bin/python benchmarks/put_wrk.py \\
        --postgres postgresql://postgres@127.0.0.1:5432/postgres

Figures are recorded in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.burst_wrk import _seconds
from benchmarks.intake_bench import (
    CREATED,
    _tree,
    cpu_seconds,
    drop_databases,
    fresh_database,
    serve,
)
from harness.processes import free_port, migrate, service_env
from shared.auth import issue_local_token

CONNECTIONS = 16
TARGET = 0.5

#: Each wrk thread numbers its requests; the round's prefix (a script argument) and the
#: thread's number keep every id of the run new.
_LUA = """
local body = [==[%(body)s]==]
local headers = {["Content-Type"] = "application/json"%(auth)s}
local prefix = "x"
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  prefix = args[1]
  counter = 0
end

function request()
  counter = counter + 1
  return wrk.format("PUT", "%(path)s" .. prefix .. "-" .. tid .. "-" .. counter, headers, body)
end
"""

_BODY = (
    '{"patient_id": "p-1", "clinician_id": "c-1", "site_id": "north", "service_line": "adult",'
    ' "modality": "video", "scheduled_start": "2026-12-01T09:00:00+00:00", "status": "booked"}'
)


@dataclass
class Round:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    cpu_ms_per_request: float


def script(folder: Path, name: str, path: str, token: str | None) -> Path:
    auth = "" if token is None else f', ["Authorization"] = "Bearer {token}"'
    target = folder / f"{name}.lua"
    target.write_text(_LUA % {"body": _BODY, "auth": auth, "path": path})
    return target


def drive(url: str, lua: Path, seconds: int, prefix: str, pid: int) -> Round:
    """One wrk run; refuses any non-2xx answer or socket error."""
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    before = cpu_seconds(pid)
    done = subprocess.run(
        [*command, "-s", str(lua), url, "--", prefix], capture_output=True, text=True, check=True
    )
    cpu = cpu_seconds(pid) - before
    out = done.stdout
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    if bad or errors:
        raise RuntimeError(f"wrk saw failures against {url}:\n{out}")
    count = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.MULTILINE))
    return Round(
        float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        _seconds(percentiles["50"]) * 1000,
        _seconds(percentiles["99"]) * 1000,
        count,
        cpu / max(count, 1) * 1000,
    )


def peak_rss_mb(pid: int) -> float:
    """The largest ``VmHWM`` (peak resident set) among the server's processes."""
    peaks = [0]
    for member in _tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        found = re.search(r"VmHWM:\s+(\d+) kB", status)
        peaks.append(int(found.group(1)) if found else 0)
    return max(peaks) / 1024


def stored_encounters(url: str) -> int:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM encounters")).scalar_one())
    finally:
        engine.dispose()


def median(rounds: list[Round], field: str) -> float:
    return float(statistics.median(getattr(r, field) for r in rounds))


def run(kind: str, server: str | None, rounds: int, seconds: int, folder: Path) -> None:
    org = f"bench-{uuid.uuid4().hex[:6]}"
    token = issue_local_token(org=org, scope="intake:write")
    intake_url = fresh_database(kind, folder, server)
    # The rate limiter still counts every request; only its budgets (6,000 a minute a token by
    # default) are raised, or a run of more than a few seconds would be answered 429.
    env = service_env(
        "intake",
        intake_url,
        INTAKE_RATE_LIMIT_PER_TOKEN=str(10**9),
        INTAKE_RATE_LIMIT_PER_ORG=str(10**9),
    )
    migrate("intake", env)
    intake_port, bare_port = free_port(), free_port()
    intake = serve(
        [sys.executable, "-m", "services.intake", "serve", "--port", str(intake_port)],
        env,
        intake_port,
    )
    bare_env = env | {"BENCH_DATABASE_URL": fresh_database(kind, folder, server)}
    bare = serve(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--app-dir",
            "benchmarks",
            "intake_bench_bare:app",
            "--port",
            str(bare_port),
            "--workers",
            "1",
            "--log-level",
            "warning",
        ],
        bare_env,
        bare_port,
    )
    put_lua = script(folder, f"put-{kind}", "/v1/encounters/e-", token)
    bare_lua = script(folder, f"bare-{kind}", "/bare/b-", None)
    try:
        bares: list[Round] = []
        puts: list[Round] = []
        for n in range(rounds):
            url = f"http://127.0.0.1:{bare_port}/"
            bares.append(drive(url, bare_lua, seconds, f"r{n}", bare.pid))
            url = f"http://127.0.0.1:{intake_port}/"
            puts.append(drive(url, put_lua, seconds, f"r{n}", intake.pid))
            ratio = puts[-1].requests_per_second / bares[-1].requests_per_second
            print(
                f"{kind:8} round {n + 1}: bare {bares[-1].requests_per_second:6.0f} req/s, "
                f"PUT {puts[-1].requests_per_second:6.0f} req/s, ratio {ratio:.2f}",
                flush=True,
            )
        sent = sum(r.requests for r in puts)
        stored = stored_encounters(intake_url)
        if stored < sent:
            raise RuntimeError(f"{kind}: wrk counted {sent} PUTs answered 2xx, {stored} stored")
        pairs = zip(puts, bares, strict=True)
        ratios = [p.requests_per_second / b.requests_per_second for p, b in pairs]
        for name, measured, process in (("bare INSERT", bares, bare), ("intake PUT", puts, intake)):
            print(
                f"{kind:8} {name:11} {median(measured, 'requests_per_second'):6.0f} req/s  "
                f"p50 {median(measured, 'p50_ms'):6.1f} ms  "
                f"p99 {median(measured, 'p99_ms'):6.1f} ms  "
                f"server CPU {median(measured, 'cpu_ms_per_request'):5.2f} ms/req  "
                f"peak RSS {peak_rss_mb(process.pid):5.0f} MB",
                flush=True,
            )
        verdict = "met" if statistics.median(ratios) >= TARGET else "NOT met"
        print(
            f"{kind:8} ratio PUT / bare: median {statistics.median(ratios):.2f} "
            f"(rounds {', '.join(f'{r:.2f}' for r in ratios)}), target >= {TARGET}: {verdict}; "
            f"{sent} PUTs, all 2xx, {stored} rows stored",
            flush=True,
        )
    finally:
        for process in (intake, bare):
            process.terminate()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="bare/PUT pairs per database")
    parser.add_argument("--seconds", type=int, default=10, help="per wrk run")
    parser.add_argument("--postgres", help="PostgreSQL server URL (a throwaway database is made)")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    with tempfile.TemporaryDirectory() as folder:
        try:
            if not args.no_sqlite:
                run("sqlite", None, args.rounds, args.seconds, Path(folder))
            if args.postgres:
                run("postgres", args.postgres, args.rounds, args.seconds, Path(folder))
        finally:
            drop_databases()
            assert not CREATED


if __name__ == "__main__":
    main()

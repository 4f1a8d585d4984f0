"""Mixed load and soak (not a test): a large organization's traffic against all three services.

    .venv/bin/python benchmarks/mixed_load.py [--seconds 60] [--users 30]
        [--soak-minutes 5] [--soak-rate 15] [--patients 800]
        [--postgres postgresql://postgres@127.0.0.1:5432/postgres] [--json out.json]

For SQLite, then (with ``--postgres`` or ``TEST_DATABASE_URL``) PostgreSQL, it starts intake,
measures and metrics as real uvicorn processes on fresh databases (PostgreSQL databases are
created per service and dropped at the end), metrics with its feed consumers on and pointed at
the intake and measures it started. It seeds a synthetic organization (synthetic: sites,
teams, several hundred patients, a hundred-odd clinicians, half a year of care) through the
batch endpoints, waits for metrics to catch up, then:

1. **Load**: ``--users`` locust users (benchmarks/mixed_locustfile.py) for ``--seconds``, with
   0.1-1 s between tasks, weighted as an org's callers send: the EHR (encounter PUTs, nightly
   batches, patient upserts and registry batches), the patients' app (feedback, offline batches,
   PHQ-9 and GAD-7), clinicians (trajectories, alerts), QI dashboards (metric values, charts in
   JSON and SVG, equity, clinician reports) and a downstream feed reader. Reports requests/s,
   p50/p95/p99 and failures per endpoint group and in total.
2. **Soak**: ``--soak-minutes`` at a fixed rate (locust's constant throughput, ``--soak-rate``
   tasks/s over all users), sampling each service's RSS every 5 s; reports latency and RSS per
   minute (overall and per endpoint group) and whether both stayed stable: the p95 of the
   soak's second half within 1.25x that of its first half, and RSS growth after the first
   (warm-up) minute under 50 MB per service. Halves rather than the first and the last minute:
   a minute holds a few hundred requests of which the slowest 5 % are a handful of dashboard
   queries, so one minute's p95 swings by half on a shared machine without any trend. The
   limit is as strict as "last minute within 1.5x the first" for a steady drift (a p95 rising
   evenly by half over the soak has halves 1.22x apart).

After each phase it reports how long metrics took to apply what the phase wrote. A failure is
any transport error or timeout, any 5xx, any 4xx the call should not get, a batch item
refused, or an idempotent retry answered differently. Every target is 127.0.0.1; each phase is
bounded by time (locust's ``--run-time``, and a hard timeout on its process).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from harness.processes import (  # noqa: E402
    RunningService,
    free_port,
    migrate,
    service_env,
    start,
    stop,
)
from shared.auth import issue_local_token  # noqa: E402
from shared.db import normalise_url  # noqa: E402
from synthetic.driver import Driver, Endpoints  # noqa: E402
from synthetic.generator import Dataset, OrgPlan, generate  # noqa: E402

LOCUSTFILE = Path(__file__).with_name("mixed_locustfile.py")
SERVICES = ("intake", "measures", "metrics")
ORG = "org-load"
LATENCY_RATIO = 1.25  # the second half's p95 may be at most this multiple of the first half's
RSS_GROWTH_MB = 50.0  # largest RSS growth per service after the warm-up minute
RSS_EVERY = 5.0  # seconds between RSS samples


def large_org(patients: int) -> OrgPlan:
    """Five sites of four teams of six clinicians (120), ``patients`` patients, half a year."""
    return OrgPlan(
        org=ORG,
        seed=23,
        sites=5,
        teams_per_site=4,
        clinicians_per_team=6,
        patients=patients,
        weeks=26,
        sessions_per_patient=10,
    )


def small_org() -> OrgPlan:
    """For the CI smoke run: the same shape, small enough to seed in a second or two."""
    return OrgPlan(
        org=ORG,
        seed=23,
        sites=2,
        teams_per_site=2,
        clinicians_per_team=3,
        patients=40,
        weeks=12,
        sessions_per_patient=6,
    )


# -- databases and processes -------------------------------------------------------------------


@contextmanager
def databases(folder: Path, server: str | None) -> Iterator[dict[str, str]]:
    """One fresh database per service: SQLite files in ``folder``, or new PostgreSQL databases
    on ``server`` that are dropped afterwards (even after a crash of the run)."""
    if not server:
        yield {name: f"sqlite:///{folder / f'{name}.db'}" for name in SERVICES}
        return
    base = make_url(normalise_url(server))
    admin = base.set(drivername="postgresql").render_as_string(hide_password=False)
    names = {name: f"ll_load_{name}_{uuid.uuid4().hex[:10]}" for name in SERVICES}
    with psycopg.connect(admin, autocommit=True) as conn:
        for db in names.values():
            conn.execute(f'CREATE DATABASE "{db}"')
    try:
        yield {
            name: base.set(database=db).render_as_string(hide_password=False)
            for name, db in names.items()
        }
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            for db in names.values():
                conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def _in_parallel(*calls: Any) -> None:
    """Run the calls in threads (each starts or waits on a subprocess); on a loaded 2-core
    machine this saves most of the start-up time. Raises the first call's error, if any."""
    errors: list[BaseException] = []

    def one(i: int) -> None:
        try:
            calls[i]()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


@contextmanager
def three_services(folder: Path, server: str | None) -> Iterator[dict[str, RunningService]]:
    """Migrate and start the three services side by side; metrics is pointed at the other two
    (ports are chosen first: its consumers retry until the peers answer) and polls their feeds
    every second."""
    ports = {name: free_port() for name in SERVICES}
    with databases(folder, server) as urls:
        envs = {name: service_env(name, urls[name]) for name in SERVICES}
        envs["metrics"].update(
            METRICS_INTAKE_URL=f"http://127.0.0.1:{ports['intake']}",
            METRICS_MEASURES_URL=f"http://127.0.0.1:{ports['measures']}",
            METRICS_POLL_SECONDS="1",
        )
        started: dict[str, RunningService] = {}

        def launch(name: str) -> None:
            migrate(name, envs[name])
            started[name] = start(name, envs[name], folder, ports[name], timeout=120)

        try:
            _in_parallel(*(lambda n=n: launch(n) for n in SERVICES))
            yield {name: started[name] for name in SERVICES}
        finally:
            _in_parallel(*(lambda s=s: stop(s) for s in started.values()))


# -- seeding -------------------------------------------------------------------------------------


def seed(services: dict[str, RunningService], plan: OrgPlan) -> Dataset:
    """Play the org's half year in through the batch endpoints, as a vendor's first sync."""
    data = generate(plan)
    token = issue_local_token(org=plan.org, scope="intake:write measures:write")
    driver = Driver(Endpoints(services["intake"].url, services["measures"].url), token)
    try:
        driver.enable_instrument("burnout1")
        report = driver.play(data)
    finally:
        driver.close()
    if report.refused:
        raise RuntimeError(f"seeding refused items: {report.refused[:3]}")
    return data


def fixture(data: Dataset, services: dict[str, RunningService]) -> dict[str, Any]:
    """What the locust users need to send realistic ids: patients with their clinician, team,
    site, referral and modality; kept sessions to give feedback on; patients with a PHQ-9
    trajectory; the clinicians."""
    first: dict[str, dict[str, Any]] = {}
    for e in data.encounters:
        first.setdefault(e["patient_id"], e)
    patients = []
    for p in data.patients:
        e = first.get(p["patient_id"])
        if e is None:
            continue  # referred too late in the half year to have been seen
        keys = ("referral_id", "clinician_id", "team_id", "site_id", "service_line", "modality")
        patients.append(
            {
                "patient_id": p["patient_id"],
                **{k: e[k] for k in keys},
                "demographics": {k: v for k, v in p.items() if k != "patient_id"},
            }
        )
    clinicians = sorted({(e["clinician_id"], e["team_id"], e["site_id"]) for e in data.encounters})
    return {
        "org": data.plan.org,
        "urls": {name: s.url for name, s in services.items()},
        "patients": patients,
        "clinicians": [{"clinician_id": c, "team_id": t, "site_id": s} for c, t, s in clinicians],
        "kept_encounters": [
            {"encounter_id": e["encounter_id"], "patient_id": e["patient_id"]}
            for e in data.encounters
            if e["status"] == "fulfilled"
        ],
        "phq9_patients": sorted(
            {a["patient_id"] for a in data.assessments if a["instrument_id"] == "phq9"}
        ),
    }


def wait_for_metrics(metrics: RunningService, org: str, seconds: float = 240) -> float:
    """Seconds until metrics reports both feeds caught up with nothing more to apply."""
    headers = {"Authorization": f"Bearer {issue_local_token(org=org, scope='platform:operate')}"}
    started = time.monotonic()
    previous = None
    while time.monotonic() - started < seconds:
        answer = httpx.get(f"{metrics.url}/v1/sync/status", headers=headers, timeout=30)
        answer.raise_for_status()
        sources = answer.json()["sources"]
        applied = [s["events_applied"] for s in sources]
        if all(s["caught_up"] for s in sources) and applied == previous:
            return time.monotonic() - started - 1.0  # the confirming second does not count
        previous = applied
        time.sleep(1)
    raise TimeoutError(f"metrics did not catch up within {seconds}s:\n{metrics.log()[-3000:]}")


# -- locust ----------------------------------------------------------------------------------------


@dataclass
class Sample:
    at: float  # end of the request, epoch seconds
    group: str
    ms: float
    error: str | None


def say(message: str) -> None:
    """Progress on stderr, so that a long run shows where it is."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_locust(
    fixture_path: Path,
    folder: Path,
    *,
    users: int,
    seconds: float,
    wait: str,
    label: str,
    retry_pause: float = 0.0,
) -> list[Sample]:
    """Run the locustfile headless in its own process for ``seconds``; return every request."""
    samples = folder / f"samples-{label}.jsonl"
    env = {**os.environ, "LL_FIXTURE": str(fixture_path), "LL_SAMPLES": str(samples)}
    env.update(LL_WAIT=wait, LL_RETRY_PAUSE=str(retry_pause))
    command = [
        sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
        "--users", str(users), "--spawn-rate", str(max(1, users // 2)),
        "--run-time", f"{int(seconds)}s", "--stop-timeout", "15",
        "--only-summary", "--loglevel", "WARNING", "--exit-code-on-error", "0",
    ]  # fmt: skip
    with (folder / f"locust-{label}.log").open("wb") as log:
        subprocess.run(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            timeout=seconds + 90, check=True,
        )  # fmt: skip
    return [Sample(*json.loads(line)) for line in samples.read_text().splitlines()]


# -- figures ---------------------------------------------------------------------------------------


@dataclass
class Row:
    group: str
    requests: int
    rps: float
    p50: float
    p95: float
    p99: float
    failures: int


def _quantiles(ms: list[float]) -> tuple[float, float, float]:
    if len(ms) < 2:
        value = ms[0] if ms else 0.0
        return value, value, value
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return q[49], q[94], q[98]


def _row(group: str, samples: list[Sample], seconds: float) -> Row:
    p50, p95, p99 = _quantiles([s.ms for s in samples])
    failures = sum(s.error is not None for s in samples)
    return Row(group, len(samples), len(samples) / seconds, p50, p95, p99, failures)


def _span(samples: list[Sample]) -> float:
    return max(s.at for s in samples) - min(s.at - s.ms / 1000 for s in samples)


def summarise(samples: list[Sample]) -> list[Row]:
    """One row per endpoint group, then the total; rates over the phase's wall time."""
    seconds = _span(samples)
    by_group: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        by_group[s.group].append(s)
    rows = [_row(g, by_group[g], seconds) for g in sorted(by_group)]
    return [*rows, _row("total", samples, seconds)]


def failure_kinds(samples: list[Sample], top: int = 10) -> list[tuple[str, str, int]]:
    counts = Counter((s.group, (s.error or "")[:160]) for s in samples if s.error)
    return [(g, e, n) for (g, e), n in counts.most_common(top)]


def table(rows: list[Row]) -> str:
    lines = [
        "| endpoint group | requests | req/s | p50 ms | p95 ms | p99 ms | failures |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        name = f"**{r.group}**" if r.group == "total" else f"`{r.group}`"
        lines.append(
            f"| {name} | {r.requests:,} | {r.rps:.1f} | {r.p50:.0f} | {r.p95:.0f} | {r.p99:.0f} "
            f"| {r.failures} |"
        )
    return "\n".join(lines)


# -- soak ------------------------------------------------------------------------------------------


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (psutil, else /proc)."""
    try:
        import psutil  # locust depends on it, but the runner does not insist

        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
        return sum(p.memory_info().rss for p in procs) / 2**20
    except ImportError:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError(f"no VmRSS for {pid}") from None


class RssSampler(threading.Thread):
    """Samples each service's RSS every few seconds until stopped."""

    def __init__(self, services: dict[str, RunningService]) -> None:
        super().__init__(daemon=True)
        self.pids = {name: s.process.pid for name, s in services.items()}
        self.samples: list[tuple[float, dict[str, float]]] = []
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.samples.append((time.time(), {n: rss_mb(p) for n, p in self.pids.items()}))
            self.done.wait(RSS_EVERY)


@dataclass
class Minute:
    minute: int
    requests: int
    p50: float
    p95: float
    p99: float
    failures: int
    rss: dict[str, float]


@dataclass
class SoakVerdict:
    minutes: list[Minute]
    group_p95: dict[str, list[float]]  # endpoint group -> p95 ms of each minute
    halves_p95: tuple[float, float]  # p95 ms of the first and the second half of the soak
    latency_ratio: float  # second half's p95 / first half's
    edge_ratio: float  # last minute's p95 / first minute's, for comparison with older runs
    rss_growth: dict[str, float]
    stable_latency: bool
    stable_memory: bool


def soak_minutes(
    samples: list[Sample], rss: list[tuple[float, dict[str, float]]], started: float
) -> SoakVerdict:
    """Latency and RSS per minute of the soak, and whether they stayed stable."""
    buckets: dict[int, list[Sample]] = defaultdict(list)
    for s in samples:
        buckets[int((s.at - started) // 60)].append(s)
    last_minute = int((max(s.at for s in samples) - started) // 60)
    if len(buckets[last_minute]) < len(buckets[0]) / 2:
        buckets.pop(last_minute)  # the few requests finishing after the run time
    minutes = []
    for m in sorted(buckets):
        p50, p95, p99 = _quantiles([s.ms for s in buckets[m]])
        in_minute = [r for t, r in rss if int((t - started) // 60) == m] or [rss[-1][1]]
        minutes.append(
            Minute(
                m + 1, len(buckets[m]), p50, p95, p99,
                sum(s.error is not None for s in buckets[m]), in_minute[-1],
            )
        )  # fmt: skip
    first, last = minutes[0], minutes[-1]
    kept = [s for m in sorted(buckets) for s in buckets[m]]
    middle = started + (max(s.at for s in kept) - started) / 2
    halves = (
        _quantiles([s.ms for s in kept if s.at < middle])[1],
        _quantiles([s.ms for s in kept if s.at >= middle])[1],
    )
    growth = {name: rss[-1][1][name] - first.rss[name] for name in first.rss}
    return SoakVerdict(
        minutes,
        _group_p95(buckets),
        halves,
        _ratio(halves[1], halves[0]),
        _ratio(last.p95, first.p95),
        growth,
        stable_latency=_ratio(halves[1], halves[0]) <= LATENCY_RATIO,
        stable_memory=all(g < RSS_GROWTH_MB for g in growth.values()),
    )


def _ratio(later: float, earlier: float) -> float:
    return later / earlier if earlier else float("inf")


def _group_p95(buckets: dict[int, list[Sample]]) -> dict[str, list[float]]:
    """Each endpoint group's p95 per minute: which callers a drift of the total comes from."""
    groups = sorted({s.group for samples in buckets.values() for s in samples})
    return {
        g: [_quantiles([s.ms for s in buckets[m] if s.group == g])[1] for m in sorted(buckets)]
        for g in groups
    }


def group_soak_table(verdict: SoakVerdict) -> str:
    minutes = [m.minute for m in verdict.minutes]
    lines = [
        "| endpoint group | " + " | ".join(f"p95 ms, min {m}" for m in minutes) + " |",
        "| --- | " + " | ".join("---:" for _ in minutes) + " |",
    ]
    for group, values in verdict.group_p95.items():
        lines.append(f"| {group} | " + " | ".join(f"{v:.0f}" for v in values) + " |")
    return "\n".join(lines)


def soak_table(verdict: SoakVerdict) -> str:
    names = list(verdict.minutes[0].rss)
    head = " | ".join(f"{n} RSS MB" for n in names)
    lines = [
        f"| minute | requests | p50 ms | p95 ms | p99 ms | failures | {head} |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in names) + " |",
    ]
    for m in verdict.minutes:
        rss = " | ".join(f"{m.rss[n]:.0f}" for n in names)
        lines.append(
            f"| {m.minute} | {m.requests:,} | {m.p50:.0f} | {m.p95:.0f} | {m.p99:.0f} "
            f"| {m.failures} | {rss} |"
        )
    return "\n".join(lines)


# -- a whole run -----------------------------------------------------------------------------------


@dataclass
class Phase:
    rows: list[Row]
    failures: list[tuple[str, str, int]]
    seconds: float
    load_average: tuple[float, float]  # 1-minute load average before and after
    cpu_seconds: dict[str, float]  # CPU time each service used in the phase
    catch_up_seconds: float  # for metrics to apply what the phase wrote


@dataclass
class RunResult:
    database: str
    seed_seconds: float
    seed_counts: dict[str, int]
    load: Phase | None = None
    soak: Phase | None = None
    soak_verdict: SoakVerdict | None = None
    logs: str | None = None  # kept when anything failed
    notes: list[str] = field(default_factory=list)


def _cpu(services: dict[str, RunningService]) -> dict[str, float]:
    out = {}
    for name, s in services.items():
        fields = Path(f"/proc/{s.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        out[name] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out


def _phase(
    services: dict[str, RunningService],
    fixture_path: Path,
    folder: Path,
    *,
    users: int,
    seconds: float,
    wait: str,
    label: str,
    sample_rss: bool = False,
    retry_pause: float = 0.0,
) -> tuple[Phase, list[Sample], RssSampler | None, float]:
    sampler = RssSampler(services) if sample_rss else None
    load_before, cpu_before = os.getloadavg()[0], _cpu(services)
    started = time.time()
    if sampler:
        sampler.start()
    samples = run_locust(
        fixture_path, folder, users=users, seconds=seconds, wait=wait, label=label,
        retry_pause=retry_pause,
    )  # fmt: skip
    if sampler:
        sampler.done.set()
        sampler.join()
    cpu_after, load_after = _cpu(services), os.getloadavg()[0]
    catch_up = wait_for_metrics(services["metrics"], ORG)
    phase = Phase(
        rows=summarise(samples),
        failures=failure_kinds(samples),
        seconds=_span(samples),
        load_average=(load_before, load_after),
        cpu_seconds={n: cpu_after[n] - cpu_before[n] for n in services},
        catch_up_seconds=catch_up,
    )
    return phase, samples, sampler, started


def run(
    *,
    server: str | None = None,
    plan: OrgPlan | None = None,
    users: int = 30,
    seconds: float = 60,
    soak_minutes_: float = 0,
    soak_rate: float = 15,
    soak_users: int = 20,
    wait: str = "think",
    retry_pause: float = 0.0,
    keep_logs: bool = False,
) -> RunResult:
    """Start the three services on fresh databases, seed, run the load and the soak."""
    plan = plan or large_org(800)
    folder = Path(tempfile.mkdtemp(prefix="mixed-load-"))
    result = RunResult("PostgreSQL" if server else "SQLite", 0.0, {})
    try:
        say(f"{result.database}: starting the three services")
        with three_services(folder, server) as services:
            say("seeding")
            started = time.monotonic()
            data = seed(services, plan)
            wait_for_metrics(services["metrics"], plan.org)
            result.seed_seconds = time.monotonic() - started
            result.seed_counts = data.counts()
            fixture_path = folder / "fixture.json"
            fixture_path.write_text(json.dumps(fixture(data, services)))
            if seconds > 0:
                say(f"load: {users} users for {seconds:.0f} s")
                result.load, *_ = _phase(
                    services, fixture_path, folder,
                    users=users, seconds=seconds, wait=wait, label="load",
                    retry_pause=retry_pause,
                )  # fmt: skip
            if soak_minutes_ > 0:
                say(f"soak: {soak_rate} tasks/s for {soak_minutes_} min")
                result.soak, samples, sampler, t0 = _phase(
                    services, fixture_path, folder,
                    users=soak_users, seconds=soak_minutes_ * 60,
                    wait=f"rate:{soak_rate / soak_users}", label="soak", sample_rss=True,
                    retry_pause=retry_pause,
                )  # fmt: skip
                assert sampler is not None
                result.soak_verdict = soak_minutes(samples, sampler.samples, t0)
            errors = {
                name: sum('"level": "ERROR"' in line for line in s.log().splitlines())
                for name, s in services.items()
            }
            if any(errors.values()):
                result.notes.append(f"ERROR lines in the service logs: {errors}")
            say("stopping the services")
        say("stopped")
    finally:
        failed = any(p and p.rows[-1].failures for p in (result.load, result.soak))
        if failed or result.notes or keep_logs:
            result.logs = str(folder)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return result


def print_result(result: RunResult) -> None:
    print(f"\n## {result.database}\n")
    counts = ", ".join(f"{n:,} {k}" for k, n in result.seed_counts.items())
    print(f"seeded {counts} in {result.seed_seconds:.0f} s (including metrics catching up)\n")
    for label, phase in (("load", result.load), ("soak", result.soak)):
        if phase is None:
            continue
        print(
            f"### {label}: {phase.seconds:.0f} s, load average {phase.load_average[0]:.1f} -> "
            f"{phase.load_average[1]:.1f}, service CPU s "
            + ", ".join(f"{n} {v:.0f}" for n, v in phase.cpu_seconds.items())
            + f", metrics caught up {phase.catch_up_seconds:.1f} s after\n"
        )
        print(table(phase.rows))
        for group, error, n in phase.failures:
            print(f"  FAILED {n} x {group}: {error}")
        print()
    v = result.soak_verdict
    if v:
        print(soak_table(v))
        print()
        print(group_soak_table(v))
        growth = ", ".join(f"{n} {g:+.1f} MB" for n, g in v.rss_growth.items())
        print(
            f"\nlatency: p95 of the second half / the first = {v.halves_p95[1]:.0f} / "
            f"{v.halves_p95[0]:.0f} ms = {v.latency_ratio:.2f} "
            f"({'stable' if v.stable_latency else 'NOT stable'}, limit {LATENCY_RATIO}; "
            f"last minute / first minute {v.edge_ratio:.2f}); "
            f"RSS after the first minute: {growth} "
            f"({'stable' if v.stable_memory else 'NOT stable'}, limit {RSS_GROWTH_MB:.0f} MB)"
        )
    for note in result.notes:
        print(f"note: {note}")
    if result.logs:
        print(f"service and locust logs kept in {result.logs}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"))
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--users", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--soak-minutes", type=float, default=5)
    parser.add_argument("--soak-rate", type=float, default=15, help="tasks/s over all users")
    parser.add_argument("--soak-users", type=int, default=20)
    parser.add_argument("--patients", type=int, default=800)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    servers = ([] if args.skip_sqlite else [None]) + ([args.postgres] if args.postgres else [])
    results = []
    for server in servers:
        result = run(
            server=server,
            plan=large_org(args.patients),
            users=args.users,
            seconds=args.seconds,
            soak_minutes_=args.soak_minutes,
            soak_rate=args.soak_rate,
            soak_users=args.soak_users,
        )
        print_result(result)
        results.append(asdict(result))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

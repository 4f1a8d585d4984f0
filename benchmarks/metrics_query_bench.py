"""Benchmark (not a test) for metric queries: org-level monthly metrics over a year of facts.

    .venv/bin/python benchmarks/metrics_query_bench.py [--repeat 15] [--scale 1.0] [--postgres URL]

Bulk-inserts (no feed consumer: the facts as the consumer leaves them) 1,000,000 encounters,
200,000 assessments and 100,000 feedback rows, plus 40,000 episodes, 50,000 referrals and
10,000 alerts, spread over the 12 months of 2026, 3 sites, 12 teams, 60 clinicians and 20,000
patients, into a freshly migrated SQLite database and (with ``--postgres`` or
``TEST_DATABASE_URL``) a fresh PostgreSQL database. It then times
:func:`services.metrics.compute.compute` for org-level monthly queries of several metrics
(p50/p99 over ``--repeat`` runs) and, in the same run, DuckDB computing the same monthly
aggregates from the same rows (written once to CSV) as the reference; every metric's cells
are checked equal to DuckDB's. Then the same timings with the proposed covering indexes
(``PROPOSED_INDEXES``, not in the migrations: models.py is the ingestion engineer's).

First full run, 2026-12-02 (2-core machine shared with other engineers' test runs; repeat 10;
"proposed" was then an index on (org, month, status, modality, patient_id, flags...)):

| database | query (org level, monthly) | p50 ms | p99 ms | DuckDB p50 ms |
| --- | --- | ---: | ---: | ---: |
| SQLite | kept-rate | 1833 | 2109 | 178 |
| SQLite | no-show-rate (video) | 1634 | 2630 | 59 |
| SQLite | telehealth-problem-rate | 990 | 1143 | 65 |
| SQLite | mbc-assessed-before-session | 1322 | 1527 | 65 |
| SQLite | feedback-top-box (form ces) | 82 | 127 | 11 |
| SQLite | burnout-prevalence | 67 | 82 | 5 |
| SQLite | mbc-remission (phq9) | 37 | 40 | 5 |
| SQLite | access-days-median | 377 | 456 | 5 |
| SQLite | kept-rate, 12 teams, published | 3208 | 3945 | |
| PostgreSQL | kept-rate | 1755 | 2529 | 134 |
| PostgreSQL | no-show-rate (video) | 1306 | 1689 | 57 |
| PostgreSQL | telehealth-problem-rate | 928 | 1836 | 134 |
| PostgreSQL | mbc-assessed-before-session | 1514 | 1997 | 46 |
| PostgreSQL | feedback-top-box (form ces) | 59 | 64 | 9 |
| PostgreSQL | burnout-prevalence | 28 | 29 | 4 |
| PostgreSQL | mbc-remission (phq9) | 21 | 23 | 4 |
| PostgreSQL | access-days-median | 252 | 375 | 6 |
| PostgreSQL | kept-rate, 12 teams, published | 3509 | 5325 | |
| SQLite + first covering index | kept-rate | 571 | 858 | 97 |
| SQLite + first covering index | mbc-assessed-before-session | 323 | 386 | 50 |
| PostgreSQL + first covering index | kept-rate | 2065 | 3497 | 154 |

**Target (200 ms) missed** for every encounter metric (1M rows, about 21,000 distinct patients
a month): the cost is COUNT(DISTINCT patient_id) over 700,000 rows. A spot check of the index
now in ``PROPOSED_INDEXES`` (patient_id right after month) on the same SQLite file: kept-rate
190-290 ms, against 746 ms with the first covering index. Not yet measured on PostgreSQL.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import psycopg
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlmodel import Session  # noqa: E402

from services.metrics.app import MIGRATIONS  # noqa: E402
from services.metrics.compute import MetricQuery, compute  # noqa: E402
from services.metrics.compute import core as compute_module  # noqa: E402
from services.metrics.compute.disclosure.publish import publish  # noqa: E402
from services.metrics.stats.rounding import DEFAULT_ROUNDING  # noqa: E402
from shared.db import make_engine, normalise_url  # noqa: E402
from shared.migrations import upgrade  # noqa: E402

SERVES = compute_module.rollup_serves
ORG = "bench-org"
CHUNK = 50_000
YEAR_START = date(2026, 1, 1)

PROPOSED_INDEXES = (
    # patient_id right after month: COUNT(DISTINCT patient_id) per month then reads patients in
    # order, and the index covers every column the encounter metrics read.
    "CREATE INDEX ix_fact_encounters_org_month_patient ON fact_encounters (org, month, "
    "patient_id, status, modality, technical_problem, assessed_within_7_days, "
    "late_cancellation, switched_to_phone, minutes_lost)",
    # (The feedback one is in the migrations since 20261203_covering_indexes.)
    "CREATE INDEX ix_fact_assessments_org_instrument_month_cover ON fact_assessments (org, "
    "instrument_id, month, caseness)",
)

#: What is timed: (label, metric, filters). DuckDB's SQL for the same aggregates follows.
QUERIES: list[tuple[str, str, tuple[tuple[str, str], ...]]] = [
    ("kept-rate", "kept-rate", ()),
    ("no-show-rate (video)", "no-show-rate", (("modality", "video"),)),
    ("telehealth-problem-rate", "telehealth-problem-rate", ()),
    ("mbc-assessed-before-session", "mbc-assessed-before-session", ()),
    ("feedback-top-box (form ces)", "feedback-top-box", (("form", "ces"),)),
    ("burnout-prevalence", "burnout-prevalence", ()),
    ("mbc-remission (phq9)", "mbc-remission", ()),
    ("access-days-median", "access-days-median", ()),
]
_N = "count(DISTINCT patient_id) + count(*) FILTER (WHERE patient_id IS NULL)"
DUCK: dict[str, str] = {
    "kept-rate": f"SELECT month, count(*) FILTER (WHERE status = 'fulfilled'), count(*), {_N} "
    "FROM encounters WHERE status IN ('fulfilled','no-show','cancelled-by-patient') "
    "GROUP BY month",
    "no-show-rate": f"SELECT month, count(*) FILTER (WHERE status = 'no-show'), count(*), {_N} "
    "FROM encounters WHERE status IN ('fulfilled','no-show','cancelled-by-patient') "
    "AND modality = 'video' GROUP BY month",
    "telehealth-problem-rate": f"SELECT month, count(*) FILTER (WHERE technical_problem), "
    f"count(*), {_N} FROM encounters WHERE status = 'fulfilled' "
    "AND modality IN ('video','phone') GROUP BY month",
    "mbc-assessed-before-session": f"SELECT month, count(*) FILTER (WHERE "
    f"assessed_within_7_days), count(*), {_N} FROM encounters WHERE status = 'fulfilled' "
    "GROUP BY month",
    "feedback-top-box": f"SELECT month, sum(top_box_items), sum(items_scored), {_N} "
    "FROM feedback WHERE form_id = 'ces' AND items_scored > 0 GROUP BY month",
    "burnout-prevalence": "SELECT month, count(*) FILTER (WHERE caseness), count(*), count(*) "
    "FROM assessments WHERE instrument_id = 'burnout1' AND caseness IS NOT NULL GROUP BY month",
    "mbc-remission": f"SELECT month, count(*) FILTER (WHERE remission), count(*), {_N} "
    "FROM episodes WHERE instrument_id = 'phq9' AND outcome_assessment_id IS NOT NULL "
    "AND remission IS NOT NULL GROUP BY month",
    "access-days-median": f"SELECT month, quantile_cont(access_days, 0.5), count(*), {_N} "
    "FROM referrals WHERE access_days IS NOT NULL GROUP BY month",
}


def keys(day: date) -> tuple[date, date, date, date]:
    return (
        day,
        day - timedelta(days=day.weekday()),
        day.replace(day=1),
        date(day.year, 3 * ((day.month - 1) // 3) + 1, 1),
    )


class World:
    """Seeded generators of each table's rows (columns in insert order)."""

    def __init__(self, scale: float) -> None:
        self.rng = random.Random(2026)
        self.scale = scale
        self.clinicians = [f"c{i:02d}" for i in range(60)]
        self.team_of = {c: f"t{i // 5:02d}" for i, c in enumerate(self.clinicians)}
        self.site_of = {f"t{i:02d}": f"s{i // 4}" for i in range(12)}
        self.patients = [f"p{i:05d}" for i in range(20_000)]

    def _count(self, n: int) -> int:
        return int(n * self.scale)

    def _when(self) -> tuple[datetime, date]:
        day = YEAR_START + timedelta(days=self.rng.randrange(365))
        start = datetime(day.year, day.month, day.day, self.rng.randrange(8, 19), tzinfo=UTC)
        return start, day

    def _who(self) -> tuple[str, str, str]:
        clinician = self.rng.choice(self.clinicians)
        team = self.team_of[clinician]
        return clinician, team, self.site_of[team]

    def encounters(self) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        columns = [
            "day", "week", "month", "quarter", "org", "encounter_id", "patient_id",
            "clinician_id", "team_id", "site_id", "service_line", "modality", "status",
            "start_utc", "late_cancellation", "technical_problem", "minutes_lost",
            "dropped_and_rejoined", "switched_to_phone", "assessed_within_7_days", "redacted",
        ]  # fmt: skip
        statuses = ["fulfilled", "no-show", "cancelled-by-patient", "cancelled-by-clinic",
                    "booked", "entered-in-error"]  # fmt: skip
        rng = self.rng

        def rows() -> Iterator[tuple[Any, ...]]:
            for i in range(self._count(1_000_000)):
                start, day = self._when()
                status = rng.choices(statuses, [70, 10, 10, 5, 4, 1])[0]
                modality = rng.choices(["in-person", "video", "phone"], [5, 4, 1])[0]
                tele = status == "fulfilled" and modality != "in-person"
                minutes = rng.choice((0, 0, 0, 0, 3, 10)) if tele else 0
                switched = tele and modality == "video" and rng.random() < 0.05
                redacted = rng.random() < 0.03
                yield (
                    *keys(day), ORG, f"e{i}", None if redacted else rng.choice(self.patients),
                    *self._who(), rng.choice(("adult", "youth", "older-adult")), modality, status,
                    start, status == "cancelled-by-patient" and rng.random() < 0.4,
                    tele and (minutes > 0 or switched or rng.random() < 0.05), minutes,
                    False, switched, status == "fulfilled" and rng.random() < 0.55, redacted,
                )  # fmt: skip

        return columns, rows()

    def assessments(self) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        columns = [
            "day", "week", "month", "quarter", "org", "assessment_id", "instrument_id",
            "patient_id", "clinician_id", "team_id", "site_id", "completed_at", "total",
            "caseness", "reliable_improvement", "reliable_deterioration", "recovery",
            "remission", "response",
        ]  # fmt: skip
        rng = self.rng

        def rows() -> Iterator[tuple[Any, ...]]:
            for i in range(self._count(200_000)):
                at, day = self._when()
                clinician, team, site = self._who()
                burnout = rng.random() < 0.2
                yield (
                    *keys(day), ORG, f"a{i}", "burnout1" if burnout else
                    rng.choice(("phq9", "gad7")), None if burnout else rng.choice(self.patients),
                    None if burnout else clinician, team, site, at, float(rng.randint(0, 27)),
                    rng.random() < 0.35, False, False, False, False, False,
                )  # fmt: skip

        return columns, rows()

    def feedback(self) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        columns = [
            "day", "week", "month", "quarter", "org", "feedback_id", "form_id", "patient_id",
            "clinician_id", "team_id", "site_id", "modality", "received_at", "mean",
            "items_scored", "top_box_items",
        ]  # fmt: skip
        rng = self.rng

        def rows() -> Iterator[tuple[Any, ...]]:
            for i in range(self._count(100_000)):
                at, day = self._when()
                items = rng.choice((4, 5, 6, 8))
                yield (
                    *keys(day), ORG, f"f{i}", rng.choice(("ces", "telehealth-exp")),
                    None if rng.random() < 0.2 else rng.choice(self.patients), *self._who(),
                    rng.choice(("in-person", "video", "phone")), at,
                    round(rng.uniform(1, 5), 2), items, rng.randint(0, items),
                )  # fmt: skip

        return columns, rows()

    def episodes(self) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        columns = [
            "day", "week", "month", "quarter", "org", "baseline_assessment_id", "patient_id",
            "instrument_id", "clinician_id", "team_id", "site_id", "baseline_at",
            "outcome_assessment_id", "outcome_weeks", "reliable_improvement",
            "reliable_deterioration", "recovery", "remission",
        ]  # fmt: skip
        rng = self.rng

        def rows() -> Iterator[tuple[Any, ...]]:
            for i in range(self._count(40_000)):
                at, day = self._when()
                followed = rng.random() < 0.7
                better = followed and rng.random() < 0.5
                yield (
                    *keys(day), ORG, f"b{i}", rng.choice(self.patients),
                    rng.choice(("phq9", "gad7")), *self._who(), at,
                    f"o{i}" if followed else None, 8.0 if followed else None, better,
                    followed and not better and rng.random() < 0.1, better and rng.random() < 0.6,
                    better and rng.random() < 0.5,
                )  # fmt: skip

        return columns, rows()

    def referrals(self) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        columns = [
            "day", "week", "month", "quarter", "org", "referral_id", "patient_id", "site_id",
            "service_line", "priority", "received_on", "first_kept_at", "access_days",
            "redacted",
        ]  # fmt: skip
        rng = self.rng

        def rows() -> Iterator[tuple[Any, ...]]:
            for i in range(self._count(50_000)):
                _, day = self._when()
                seen = rng.random() < 0.85
                wait = int(rng.expovariate(1 / 14)) if seen else None
                kept = None
                if wait is not None:
                    kept = datetime(day.year, day.month, day.day, 10, tzinfo=UTC) + timedelta(
                        days=wait
                    )
                yield (
                    *keys(day), ORG, f"r{i}", rng.choice(self.patients),
                    rng.choice(("s0", "s1", "s2")), rng.choice(("adult", "youth")), "routine",
                    day, kept, None if wait is None else float(wait), False,
                )  # fmt: skip

        return columns, rows()


TABLES = ("encounters", "assessments", "feedback", "episodes", "referrals")


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _chunks(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def load(engines: dict[str, Engine], folder: Path, scale: float) -> dict[str, float]:
    """Insert every table into every engine and a CSV file, chunk by chunk (memory bounded)."""
    world = World(scale)
    seconds: dict[str, float] = {name: 0.0 for name in engines}
    for table in TABLES:
        columns, rows = getattr(world, table)()
        with (folder / f"{table}.csv").open("w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            connections = {name: engine.raw_connection() for name, engine in engines.items()}
            for chunk in _chunks(rows):
                writer.writerows([[_csv_value(v) for v in row] for row in chunk])
                for name, raw in connections.items():
                    started = time.perf_counter()
                    _insert(name, raw, f"fact_{table}", columns, chunk)
                    seconds[name] += time.perf_counter() - started
            for raw in connections.values():
                raw.commit()
                raw.close()
    return seconds


def _insert(name: str, raw: Any, table: str, columns: list[str], chunk: list[tuple]) -> None:
    names = ", ".join(columns)
    if name == "sqlite":
        marks = ", ".join("?" for _ in columns)
        cursor = raw.cursor()
        cursor.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({marks})",
            [tuple(_sqlite_value(v) for v in row) for row in chunk],
        )
        cursor.close()
        return
    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in chunk:
            copy.write_row(row)


def _server_cpu(session: Session) -> Callable[[], float]:
    """CPU seconds of the database server process serving ``session`` so far (PostgreSQL on
    this machine: its backend's utime + stime from /proc; SQLite runs in this process)."""
    if session.get_bind().dialect.name != "postgresql":
        return lambda: 0.0
    pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
    stat = Path(f"/proc/{pid}/stat")
    ticks = os.sysconf("SC_CLK_TCK")

    def read() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    return read


def _rollup_migration() -> Any:
    path = next((MIGRATIONS / "versions").glob("*_encounter_rollup.py"))
    spec = importlib.util.spec_from_file_location("encounter_rollup_migration", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def drop_rollup_triggers(engine: Engine) -> None:
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("DROP TRIGGER rollup_encounter_patients_apply ON fact_encounters")
            )
        else:
            for suffix in ("insert", "update_in_place", "update_old", "update_new", "delete"):
                connection.execute(text(f"DROP TRIGGER rollup_encounter_patients_{suffix}"))


def backfill_rollup(engine: Engine) -> None:
    """Fill the rollup from the loaded facts with the migration's own backfill statements."""
    with engine.begin() as connection:
        for statement in _rollup_migration()._backfill():
            connection.execute(text(statement))


def timed(
    repeat: int, call: Callable[[], Any], server: Callable[[], float] = lambda: 0.0
) -> tuple[float, float, Any, float, float]:
    """Wall p50 and p99 (ms), the last result, and CPU ms per call of this process and of the
    database server (the mean over the repeats; less sensitive to other load than wall)."""
    result = call()  # warm the caches once; not counted
    samples = []
    cpu, server_cpu = time.process_time(), server()
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        samples.append(time.perf_counter() - started)
    cpu = (time.process_time() - cpu) * 1000 / repeat
    server_cpu = (server() - server_cpu) * 1000 / repeat
    samples.sort()
    p99 = samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))]
    return statistics.median(samples) * 1000, p99 * 1000, result, cpu, server_cpu


def check_against_duckdb(metric: str, cells: list[Any], duck_rows: list[tuple]) -> None:
    expected = {row[0]: row[1:] for row in duck_rows}
    got = {c.period: c for c in cells}
    assert set(got) == set(expected), metric
    for period, (num, den, n) in expected.items():
        cell = got[period]
        assert cell.denominator == den and cell.n == n, (metric, period)
        if metric == "access-days-median":
            assert abs(cell.value - num) < 1e-9, (metric, period)
        else:
            assert cell.numerator == num, (metric, period)


def run_queries(label: str, engine: Engine, duck: duckdb.DuckDBPyConnection, repeat: int) -> None:
    """Each query twice, back to back: from the facts alone (the code before the rollup:
    ``compute`` with the rollup switched off) and as ``compute`` runs it (the rollup where it
    serves the query). Both answers are checked against DuckDB's."""
    with Session(engine) as session:
        server = _server_cpu(session)
        for name, metric, filters in QUERIES:
            query = MetricQuery(metric, level="org", period="month", filters=filters)
            d50, _, duck_rows, _, _ = timed(
                repeat, lambda m=metric: duck.execute(DUCK[m]).fetchall()
            )
            for path in ("facts", "rollup"):
                compute_module.rollup_serves = SERVES if path == "rollup" else _never
                p50, p99, cells, cpu, server_cpu = timed(
                    repeat, lambda q=query: compute(session, orgs=[ORG], query=q), server
                )
                check_against_duckdb(metric, cells, duck_rows)
                print(f"| {label} | {name} | {path} | {p50:7.1f} | {p99:7.1f} | {cpu:6.1f} "
                      f"| {server_cpu:6.1f} | {d50:6.1f} |")  # fmt: skip
        compute_module.rollup_serves = SERVES
        query = MetricQuery("kept-rate", level="team", period="month")
        p50, p99, _, cpu, server_cpu = timed(
            repeat,
            lambda: publish(session, orgs=[ORG], query=query, threshold=11, bases=DEFAULT_ROUNDING),
            server,
        )
        print(f"| {label} | kept-rate, 12 teams, published (2 queries) | facts | {p50:7.1f} "
              f"| {p99:7.1f} | {cpu:6.1f} | {server_cpu:6.1f} | |")  # fmt: skip


def _never(metric_id: str, plan: Any) -> bool:
    return False


def _postgres_database(server: str) -> tuple[str, Callable[[], None]]:
    admin = make_url(normalise_url(server)).set(drivername="postgresql")
    conninfo = admin.render_as_string(hide_password=False)
    name = f"ll_bench_metrics_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    url = make_url(normalise_url(server)).set(database=name)
    return url.render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"))
    parser.add_argument(
        "--proposed", action="store_true", help="also time with PROPOSED_INDEXES added"
    )
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument(
        "--backfill",
        action="store_true",
        help="load the facts without the rollup's triggers, then fill the rollup as the "
        "migration does for existing facts (a faster load; the same rollup)",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="metrics-bench-"))
    urls = {} if args.skip_sqlite else {"sqlite": f"sqlite:///{folder / 'metrics.db'}"}
    cleanups: list[Callable[[], None]] = []
    if args.postgres:
        urls["postgres"], drop = _postgres_database(args.postgres)
        cleanups.append(drop)
    try:
        engines = {}
        for name, url in urls.items():
            upgrade(MIGRATIONS, url)
            engines[name] = make_engine(url)
        started = time.perf_counter()
        if args.backfill:
            for engine in engines.values():
                drop_rollup_triggers(engine)
        seconds = load(engines, folder, args.scale)
        if args.backfill:
            for engine in engines.values():
                backfill_rollup(engine)
        print(f"generated and loaded in {time.perf_counter() - started:.0f} s; insert time: "
              + ", ".join(f"{k} {v:.0f} s" for k, v in seconds.items()))  # fmt: skip
        duck = duckdb.connect()
        for table in TABLES:
            duck.execute(
                f"CREATE TABLE {table} AS SELECT * FROM read_csv('{folder / table}.csv', "
                "header = true, nullstr = '')"
            )
        for engine in engines.values():
            # What autovacuum does on a live server: the rollup's upserts leave dead rows.
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(
                    text("VACUUM ANALYZE" if engine.dialect.name != "sqlite" else "ANALYZE")
                )
        print(
            "| database | query (org level, monthly, 12 months) | read from | p50 ms | p99 ms "
            "| CPU ms (bench process) | CPU ms (PG server) | DuckDB p50 ms |"
        )
        print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for name, engine in engines.items():
            run_queries(f"{name}, as migrated", engine, duck, args.repeat)
        for name, engine in engines.items() if args.proposed else ():
            with engine.begin() as connection:
                for statement in PROPOSED_INDEXES:
                    connection.execute(text(statement))
                connection.execute(text("ANALYZE"))
            run_queries(f"{name}, proposed indexes", engine, duck, args.repeat)
        for engine in engines.values():
            engine.dispose()
    finally:
        for cleanup in cleanups:
            cleanup()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Benchmark (not a test) for metric queries at every unit level, against the 200 ms target.

    flock /tmp/bench.lock .venv/bin/python benchmarks/metrics_query_bench.py --backfill \
        [--scale 1.0] [--repeat 20] [--budget 2] [--postgres URL] [--skip-sqlite]

Bulk-inserts (no feed consumer: the facts as the consumer leaves them) 1,000,000 encounters,
200,000 assessments and 100,000 feedback rows, plus 40,000 episodes, 50,000 referrals, 10,000
alerts and 20,000 patients' equity categories, spread over the 12 months of 2026, 3 sites, 12
teams, 60 clinicians (issue #23's scale), into a freshly migrated SQLite database and (with
``--postgres`` or ``TEST_DATABASE_URL``) a fresh PostgreSQL database. ``--backfill`` loads
without the rollup triggers and fills the rollups as the migrations do (faster; the same rows).

It then prints, per database, p50 and p95 beside the 200 ms target for: each timed catalog
metric family (engagement, telehealth, measurement before session, consumer feedback, staff
burnout, MBC outcomes, access median) at the clinician, team, site and org level, monthly and
weekly, and monthly with each common filter it offers (modality, service line); the published
(disclosure-applied) monthly variant the API serves; the equity view (org, whole year, by
race); and a clinician's report. Every computed cell is checked equal to DuckDB's answer from
the same rows (written once to CSV); published cells' unsuppressed counts equal DuckDB's
rounded. Sampling stops after ``--budget`` seconds per query (at least 3 samples), so that
slow queries keep the run within minutes: their p95 is then the worst of few samples.

Figures, dates and plans: benchmarks/README.md, metrics, "2026-12-06, afternoon: every level
against 200 ms".
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import math
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
from typing import Any, cast

import duckdb
import psycopg
from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlmodel import Session  # noqa: E402

from services.metrics.app import MIGRATIONS  # noqa: E402
from services.metrics.catalog import CATALOG, Level  # noqa: E402
from services.metrics.compute import RANGE, MetricQuery, compute  # noqa: E402
from services.metrics.compute import core as compute_module  # noqa: E402
from services.metrics.compute.disclosure.publish import publish  # noqa: E402
from services.metrics.learning.equity import equity_view  # noqa: E402
from services.metrics.learning.reports import (  # noqa: E402
    FEEDBACK_METRICS,
    OUTCOME_METRICS,
    PROCESS_METRICS,
    clinician_team,
    report_line,
)
from services.metrics.learning.selection import resolve_selection  # noqa: E402
from services.metrics.stats.rounding import DEFAULT_ROUNDING, round_count, round_n  # noqa: E402
from shared.db import make_engine, normalise_url  # noqa: E402
from shared.migrations import upgrade  # noqa: E402

SERVES = compute_module.rollup_serves
ORG = "bench-org"
CHUNK = 50_000
YEAR_START = date(2026, 1, 1)

#: The DuckDB reference of each timed metric: (table, numerator, denominator, n, population).
#: ``n`` is the distinct patients plus one per fact without a patient (anonymous: rows).
_N = "count(DISTINCT patient_id) + count(*) FILTER (WHERE patient_id IS NULL)"
_ENGAGED = "status IN ('fulfilled','no-show','cancelled-by-patient')"
DUCK: dict[str, tuple[str, str, str, str, str]] = {
    "kept-rate": ("encounters", "count(*) FILTER (WHERE status = 'fulfilled')", "count(*)",
                  _N, _ENGAGED),
    "no-show-rate": ("encounters", "count(*) FILTER (WHERE status = 'no-show')", "count(*)",
                     _N, _ENGAGED),
    "telehealth-problem-rate": ("encounters", "count(*) FILTER (WHERE technical_problem)",
                                "count(*)", _N,
                                "status = 'fulfilled' AND modality IN ('video','phone')"),
    "mbc-assessed-before-session": ("encounters",
                                    "count(*) FILTER (WHERE assessed_within_7_days)",
                                    "count(*)", _N, "status = 'fulfilled'"),
    "feedback-top-box": ("feedback", "sum(top_box_items)", "sum(items_scored)", _N,
                         "form_id = 'ces' AND items_scored > 0"),
    "burnout-prevalence": ("assessments", "count(*) FILTER (WHERE caseness)", "count(*)",
                           "count(*)", "instrument_id = 'burnout1' AND caseness IS NOT NULL"),
    "mbc-remission": ("episodes", "count(*) FILTER (WHERE remission)", "count(*)", _N,
                      "instrument_id = 'phq9' AND outcome_assessment_id IS NOT NULL "
                      "AND remission IS NOT NULL"),
    "access-days-median": ("referrals", "quantile_cont(access_days, 0.5)", "count(*)", _N,
                           "access_days IS NOT NULL"),
}  # fmt: skip
#: The query filters each metric is timed with (besides none), and their DuckDB condition.
BASE_FILTERS: dict[str, Any] = {"feedback-top-box": (("form", "ces"),)}
FILTER_VALUES: dict[str, str] = {"modality": "video", "service_line": "adult"}
UNIT_COLUMNS = {"clinician": "clinician_id", "team": "team_id", "site": "site_id", "org": "org"}
TIMED_LEVELS = ("clinician", "team", "site", "org")
TARGET_MS = 200.0
UNIT_INDEXES = tuple(f"ix_fact_encounters_org_{u}_covering" for u in ("clinician", "team", "site"))


def duck_sql(metric: str, level: str, period: str | None, filters: dict[str, str]) -> str:
    """DuckDB's answer for one query: one row per (period, unit) or, with ``period`` None,
    per unit over the whole year."""
    table, num, den, n, where = DUCK[metric]
    unit = UNIT_COLUMNS[level]
    keys = ", ".join(k for k in (period, unit) if k)
    conditions = [where, f"{unit} IS NOT NULL"]
    conditions += [f"{name} = '{value}'" for name, value in filters.items()]
    return (f"SELECT {keys}, {num}, {den}, {n} FROM {table} WHERE {' AND '.join(conditions)} "
            f"GROUP BY {keys}")  # fmt: skip


def check_cells(
    label: str, cells: list[Any], rows: list[tuple[Any, ...]], ranged: bool = False
) -> None:
    """Every cell equal to DuckDB's: the same (period, unit) keys, denominator, ``n`` and
    numerator (a median: the value)."""
    expected = {(None if ranged else r[0], r[-4]): r[-3:] for r in rows}
    got = {(None if ranged else c.period, c.unit_id): c for c in cells}
    assert set(got) == set(expected), (label, len(got), len(expected))
    median = "median" in label
    for key, (num, den, n) in expected.items():
        cell = got[key]
        assert cell.denominator == den and cell.n == n, (label, key, cell, (num, den, n))
        if median:
            assert abs(cell.value - num) < 1e-9, (label, key)
        else:
            assert cell.numerator == num, (label, key)


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
        self.patient_ids = [f"p{i:05d}" for i in range(20_000)]

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
                    *keys(day), ORG, f"e{i}", None if redacted else rng.choice(self.patient_ids),
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
                    rng.choice(("phq9", "gad7")), None if burnout else rng.choice(self.patient_ids),
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
                    None if rng.random() < 0.2 else rng.choice(self.patient_ids), *self._who(),
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
                    *keys(day), ORG, f"b{i}", rng.choice(self.patient_ids),
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
                    *keys(day), ORG, f"r{i}", rng.choice(self.patient_ids),
                    rng.choice(("s0", "s1", "s2")), rng.choice(("adult", "youth")), "routine",
                    day, kept, None if wait is None else float(wait), False,
                )  # fmt: skip

        return columns, rows()

    def patients(self) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        columns = ["org", "patient_id", "race", "ethnicity", "sex", "age_band"]
        rng = self.rng
        races = ("2106-3", "2054-5", "2028-9", "1002-5", "2076-8", "multiple", None)

        def rows() -> Iterator[tuple[Any, ...]]:
            for patient in self.patient_ids:
                yield (
                    ORG, patient, rng.choices(races, [60, 13, 6, 1, 1, 3, 16])[0],
                    rng.choice(("hispanic", "not-hispanic", None)), rng.choice(("F", "M")),
                    rng.choice(("12-17", "18-25", "26-44", "45-64", "65+")),
                )  # fmt: skip

        return columns, rows()


TABLES = ("encounters", "assessments", "feedback", "episodes", "referrals", "patients")


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


def _no_range(metric_id: str, plan: Any) -> bool:
    """The rollup's choice before it served month-aligned range buckets."""
    return plan.period != RANGE and SERVES(metric_id, plan)


def drop_unit_indexes(engine: Engine) -> None:
    with engine.begin() as connection:
        for unit in UNIT_INDEXES:
            connection.execute(text(f"DROP INDEX {unit}"))


def create_unit_indexes(engine: Engine) -> float:
    """Build the unit covering indexes as their migration does; the seconds it took."""
    started = time.perf_counter()
    with engine.begin() as connection:
        for unit, statement in zip(UNIT_INDEXES, _unit_index_statements(), strict=True):
            assert unit in statement
            connection.execute(text(statement))
        connection.execute(text("ANALYZE"))
    return time.perf_counter() - started


def _unit_index_statements() -> list[str]:
    path = next((MIGRATIONS / "versions").glob("*_unit_covering_indexes.py"))
    spec = importlib.util.spec_from_file_location("unit_covering_indexes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [
        f"CREATE INDEX {module._name(unit)} ON fact_encounters "
        f"(org, {unit}, {', '.join(module.COVERED)})"
        for unit in module.UNITS
    ]


#: Queries whose plans ``--explain`` prints: (label, query, equity dimension).
PLANNED: list[tuple[str, MetricQuery, str | None]] = [
    ("kept-rate, all teams, monthly", MetricQuery("kept-rate", level="team"), None),
    ("kept-rate, all clinicians, weekly", MetricQuery("kept-rate", level="clinician",
                                                      period="week"), None),
    ("kept-rate, one clinician, 2026 (report)", MetricQuery(
        "kept-rate", level="clinician", unit_id="c07", period=RANGE, start=YEAR_START,
        end=date(2026, 12, 31)), None),
    ("kept-rate, org, 2026 by race (equity)", MetricQuery(
        "kept-rate", period=RANGE, start=YEAR_START, end=date(2026, 12, 31)), "race"),
]  # fmt: skip


def explain(engine: Engine) -> None:
    """The plan of each :data:`PLANNED` query's statements, as the database runs them."""
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    sqlite = engine.dialect.name == "sqlite"
    prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
    for label, query, by in PLANNED:
        statements.clear()
        event.listen(engine, "before_cursor_execute", capture)
        with Session(engine) as session:
            compute(session, orgs=[ORG], query=query, by=by)  # type: ignore[arg-type]
        event.remove(engine, "before_cursor_execute", capture)
        print(f"\n### {engine.dialect.name}: {label}\n")
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            for statement, parameters in statements:
                print("```\n" + statement.strip() + "\n--")
                cursor = raw.cursor()
                cursor.execute(prefix + statement, parameters)
                for row in cursor.fetchall():
                    print(" | ".join(str(v) for v in row))
                cursor.close()
                print("```")


def sample(call: Callable[[], Any], repeat: int, budget: float) -> tuple[float, float, int, Any]:
    """p50 and p95 wall ms of ``call`` over up to ``repeat`` runs after one warm-up, fewer
    (at least 3) once ``budget`` seconds are spent: the slow cells of a "before" run would
    otherwise take the run past its time. A warm-up slower than the budget is the only sample.
    The p95 of a few samples is their maximum."""
    started = time.perf_counter()
    result = call()
    warm = (time.perf_counter() - started) * 1000
    # A query slower than the whole budget gains nothing from a warm cache: its warm-up counts.
    samples: list[float] = [warm] if warm > budget * 1000 else []
    least = 1 if samples else 3
    spent = time.perf_counter()
    while len(samples) < repeat and (len(samples) < least or time.perf_counter() - spent < budget):
        started = time.perf_counter()
        result = call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, math.ceil(0.95 * len(samples)) - 1)]
    return statistics.median(samples), p95, len(samples), result


class Matrix:
    """The timed queries of one database, each printed as one table row beside the target."""

    def __init__(self, label: str, session: Session, duck: Any, args: argparse.Namespace):
        self.label, self.session, self.duck, self.args = label, session, duck, args
        self.missed: list[str] = []

    def row(
        self, what: str, level: str, period: str, filters: str, source: str, call: Callable[[], Any]
    ) -> Any:
        p50, p95, count, result = sample(call, self.args.repeat, self.args.budget)
        met = "met" if p95 < TARGET_MS else "**missed**"
        if p95 >= TARGET_MS:
            self.missed.append(f"{what} {level} {period} {filters}")
        print(
            f"| {self.label} | {what} | {level} | {period} | {filters or '-'} | {source} "
            f"| {p50:7.1f} | {p95:7.1f} | {count} | {met} |",
            flush=True,
        )
        return result

    def metric(self, metric: str, level: Any, period: Any, extra: dict[str, str]) -> None:
        filters = (*BASE_FILTERS.get(metric, ()), *sorted(extra.items()))
        query = MetricQuery(metric, level=level, period=period, filters=filters)
        plan = compute_module._plan(CATALOG[metric], orgs=[ORG], query=query, by=None)
        source = "rollup" if SERVES(metric, plan) else "facts"
        shown = ", ".join(f"{k}={v}" for k, v in extra.items())
        cells = self.row(
            metric,
            level,
            period,
            shown,
            source,
            lambda: compute(self.session, orgs=[ORG], query=query),
        )
        check_cells(
            metric, cells, self.duck.execute(duck_sql(metric, level, period, extra)).fetchall()
        )

    def published(self, metric: str, level: Any) -> None:
        query = MetricQuery(
            metric, level=level, period="month", filters=BASE_FILTERS.get(metric, ())
        )
        cells = self.row(
            f"{metric}, published",
            level,
            "month",
            "",
            "compute + disclosure",
            lambda: publish(
                self.session, orgs=[ORG], query=query, threshold=11, bases=DEFAULT_ROUNDING
            ),
        )
        exact = {
            (r[0], r[1]): r
            for r in self.duck.execute(duck_sql(metric, level, "month", {})).fetchall()
        }
        base = DEFAULT_ROUNDING.own
        for cell in cells:
            _, _, _, den, n = exact[(cell.period, cell.unit_id)]
            assert cell.suppressed or cell.n == round_n(n, base), (metric, level, cell)
            if not cell.suppressed and "median" not in metric:
                assert cell.denominator == round_count(den, base), (metric, level, cell)

    def equity(self, metric: str, level: Any, by: Any) -> None:
        selection = resolve_selection(
            self.session,
            caller_org=ORG,
            metric_id=metric,
            level=level,
            unit=None,
            period="month",
            start=YEAR_START,
            end=date(2026, 12, 31),
            filters=dict(BASE_FILTERS.get(metric, ())),
        )
        self.row(
            f"{metric}, equity by {by}",
            level,
            "year",
            "",
            "compute + disclosure",
            lambda: equity_view(
                self.session,
                selection=selection,
                by=by,
                reference=None,
                threshold=11,
                viewer_org=ORG,
                bases=DEFAULT_ROUNDING,
            ),
        )
        query = MetricQuery(
            metric,
            level=level,
            period=RANGE,
            start=YEAR_START,
            end=date(2026, 12, 31),
            filters=BASE_FILTERS.get(metric, ()),
        )
        cells = compute(self.session, orgs=[ORG], query=query, by=by)
        table, num, den, _, where = DUCK[metric]
        rows = self.duck.execute(
            f"SELECT coalesce(p.{by}, 'unknown'), {num}, {den}, count(DISTINCT patient_id) "
            f"FROM {table} LEFT JOIN patients p USING (org, patient_id) WHERE {where} "
            "AND patient_id IS NOT NULL GROUP BY 1"
        ).fetchall()
        assert {c.group: (c.numerator, c.denominator, c.n) for c in cells} == {
            r[0]: tuple(r[1:]) for r in rows
        }, (metric, by)

    def report(self, clinician: str) -> None:
        def run() -> list[Any]:
            team = clinician_team(
                self.session,
                org=ORG,
                clinician_id=clinician,
                start=YEAR_START,
                end=date(2026, 12, 31),
            )
            return [
                report_line(
                    self.session,
                    org=ORG,
                    metric_id=m,
                    clinician_id=clinician,
                    team_id=team,
                    start=YEAR_START,
                    end=date(2026, 12, 31),
                    filters={"instrument": None, "form": "ces"},
                    threshold=11,
                    bases=DEFAULT_ROUNDING,
                )
                for m in (*OUTCOME_METRICS, *PROCESS_METRICS, *FEEDBACK_METRICS)
            ]

        self.row(
            "clinician report (8 lines)",
            "clinician",
            "year",
            "form=ces",
            "compute + disclosure",
            run,
        )
        for metric in ("kept-rate", "mbc-remission", "feedback-top-box"):
            for level in cast(tuple[Level, ...], ("clinician", "org")):
                query = MetricQuery(
                    metric,
                    level=level,
                    period=RANGE,
                    start=YEAR_START,
                    end=date(2026, 12, 31),
                    filters=BASE_FILTERS.get(metric, ()),
                )
                cells = compute(self.session, orgs=[ORG], query=query)
                check_cells(
                    f"{metric} range",
                    cells,
                    self.duck.execute(duck_sql(metric, level, None, {})).fetchall(),
                    ranged=True,
                )


def run_matrix(label: str, engine: Engine, duck: Any, args: argparse.Namespace) -> list[str]:
    """Every timed query of one database; the queries that missed the target."""
    with Session(engine) as session:
        matrix = Matrix(label, session, duck, args)
        for metric in args.metrics or DUCK:
            definition = CATALOG[metric]
            extra = [f for f in FILTER_VALUES if f in definition.filters]
            for level in (lv for lv in TIMED_LEVELS if lv in definition.levels):
                for period in ("month", "week"):
                    matrix.metric(metric, level, period, {})
                for name in extra:
                    matrix.metric(metric, level, "month", {name: FILTER_VALUES[name]})
                matrix.published(metric, level)
        for metric in ("kept-rate", "mbc-remission", "feedback-top-box"):
            if not args.metrics or metric in args.metrics:
                matrix.equity(metric, "org", "race")
        matrix.report("c07")
        return matrix.missed


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
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"))
    parser.add_argument(
        "--budget", type=float, default=2.0, help="seconds of samples per query (at least 3)"
    )
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument(
        "--backfill",
        action="store_true",
        help="load the facts without the rollup's triggers, then fill the rollup as the "
        "migration does for existing facts (a faster load; the same rollup)",
    )
    parser.add_argument(
        "--before",
        action="store_true",
        help="first time kept-rate (or --metrics), its equity view and the report as before "
        "#23's unit work: without the unit covering indexes, range buckets from the facts",
    )
    parser.add_argument("--metrics", type=lambda v: v.split(","), default=None)
    parser.add_argument("--explain", action="store_true", help="print the plans of PLANNED")
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
        print(f"load average before timing: {os.getloadavg()}")
        print("| database | query | level | period | filters | read from | p50 ms | p95 ms "
              "| samples | p95 < 200 ms |")  # fmt: skip
        print("| --- | --- | --- | --- | --- | --- | ---: | ---: | ---: | --- |")
        missed = {}
        if args.before:
            for engine in engines.values():
                drop_unit_indexes(engine)
            compute_module.rollup_serves = _no_range
            full = args.metrics
            args.metrics = args.metrics or ["kept-rate"]
            for name, engine in engines.items():
                run_matrix(f"{name}, before", engine, duck, args)
            args.metrics = full
            compute_module.rollup_serves = SERVES
            for name, engine in engines.items():
                seconds_taken = create_unit_indexes(engine)
                print(f"{name}: unit covering indexes built in {seconds_taken:.0f} s")
        for name, engine in engines.items():
            missed[name] = run_matrix(name, engine, duck, args)
        print(f"load average after timing: {os.getloadavg()}")
        if args.explain:
            for engine in engines.values():
                explain(engine)
        for name, queries in missed.items():
            print(f"{name}: {len(queries)} queries missed the 200 ms target")
        for engine in engines.values():
            engine.dispose()
    finally:
        for cleanup in cleanups:
            cleanup()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Benchmark (not a test) for metrics' ingestion: applying feed pages to the fact tables.

    .venv/bin/python benchmarks/metrics_apply_bench.py [--events 200000] [--page 1000]
        [--postgres postgresql://postgres@127.0.0.1:5432/postgres]

Generates ``--events`` synthetic feed events in memory (encounters, assessments and feedback in
the issue's 10:2:1 proportions, plus patients, referrals and alerts), serialises them into feed
pages (JSON, as the producers answer), and applies them through the consumer's own code with no
HTTP: each page is parsed as the feed client parses it (``parse_page``: the envelope and every
event's data in one pass) and committed by ``commit_page`` (lease renewal, apply, cursor
compare-and-set, one transaction). Two figures per database:

* **full rebuild**: every event into empty fact tables, intake's feed then measures' (the order
  a rebuild replays them in), on an engine from ``make_engine`` (the app's, which
  ``POST /v1/admin/rebuild`` replays on);
* **steady incremental**: another 20 % of events for a second org, intake and measures pages
  alternating, onto the tables the rebuild filled, on the consumers' own engine
  (``consumer_engine``, with its SQLite settings).

Also printed: the CPU seconds of this process per phase (on SQLite the database works in this
process, so events per CPU second is the rate on an otherwise idle core, whatever else shares the
machine; on PostgreSQL the server's CPU is not in it), peak RSS during the apply phases (the
generator's own memory excluded by resetting the high-water mark, Linux only) and the process's
overall peak. Before applying, the startup objects are frozen out of the garbage collector's
reach (``gc.freeze()``), as the services do once their app has started
(``shared/app_factory.py``): without it, full collections walk the 250,000 objects the imports
left and cost about a fifth of the apply time.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import zip_longest
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.metrics.app import MIGRATIONS  # noqa: E402
from services.metrics.clients.feed_page import parse_page  # noqa: E402
from services.metrics.sync.engine import consumer_engine  # noqa: E402
from services.metrics.sync.rebuild import fact_counts  # noqa: E402
from services.metrics.sync.state import commit_page, take_lease  # noqa: E402
from shared.db import make_engine, normalise_url  # noqa: E402
from shared.migrations import upgrade  # noqa: E402
from shared.models import utcnow  # noqa: E402
from synthetic.feed_events import pages, synthetic_feeds  # noqa: E402

HOLDER = "bench"
ROLLUP = "rollup_encounter_patients"
LEASE_SECONDS = 3600


@contextmanager
def database(kind: str, server: str | None) -> Iterator[str]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/metrics-bench.db"
        return
    assert server is not None
    name = f"ll_bench_metrics_{uuid.uuid4().hex[:8]}"
    admin = make_url(normalise_url(server)).set(drivername="postgresql")
    conninfo = admin.render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(normalise_url(server)).set(database=name)
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def serialise(source: str, events: list[dict], size: int) -> list[tuple[str, bytes]]:
    """The feed's answers, as bytes, with cursors that only need to differ page to page."""
    out = []
    chunks = list(pages(events, size))
    for i, chunk in enumerate(chunks):
        body = {"items": chunk, "next_cursor": f"{source}-{i}", "has_more": i < len(chunks) - 1}
        out.append((source, json.dumps(body).encode()))
    return out


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> None:
    with suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def apply_pages(engine, feed: list[tuple[str, bytes]], cursors: dict[str, str | None]) -> int:
    applied = 0
    for source, raw in feed:
        page = parse_page(raw)
        commit_page(
            engine,
            source=source,
            holder=HOLDER,
            after=cursors[source],
            page=page,
            now=utcnow(),
            lease_seconds=LEASE_SECONDS,
        )
        cursors[source] = page.next_cursor
        applied += len(page.items)
    return applied


def _rollup_migration() -> Any:
    path = next((MIGRATIONS / "versions").glob("*_encounter_rollup.py"))
    spec = importlib.util.spec_from_file_location("encounter_rollup_migration", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def drop_rollup_triggers(engine: Engine) -> None:
    """Leave the facts without their rollup (for the A/B figure of the apply without it)."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text(f"DROP TRIGGER {ROLLUP}_apply ON fact_encounters"))
        else:
            for suffix in ("insert", "update_in_place", "update_old", "update_new", "delete"):
                connection.execute(text(f"DROP TRIGGER {ROLLUP}_{suffix}"))


def rollup_differences(engine: Engine) -> int:
    """Rows in which the rollup the triggers kept and one recomputed from the facts differ."""
    migration = _rollup_migration()
    differences = 0
    columns = ", ".join(["org", "grain", "period", "patient_id", *migration.COUNTERS])
    with engine.connect() as connection:
        for grain in migration.GRAINS:
            stored = f"SELECT {columns} FROM {ROLLUP} WHERE grain = '{grain}'"
            again = migration.recomputed(grain)
            for one, other in ((stored, again), (again, stored)):
                differences += connection.execute(
                    text(f"SELECT count(*) FROM ({one} EXCEPT {other}) AS d")
                ).scalar_one()
    return differences


def run(kind: str, url: str, events: int, size: int, *, rollup: bool) -> None:
    feeds = synthetic_feeds(events, org="org-bench-a", seed=11)
    later = synthetic_feeds(events // 5, org="org-bench-b", seed=12)
    rebuild_feed = serialise("intake", feeds.intake, size) + serialise(
        "measures", feeds.measures, size
    )
    intake_pages = serialise("intake", later.intake, size)
    measures_pages = [
        (s, b.replace(b'"intake-', b'"measures-'))
        for s, b in serialise("measures", later.measures, size)
    ]
    steady = [p for pair in zip_longest(intake_pages, measures_pages) for p in pair if p]
    n_rebuild, n_steady = len(feeds), len(later)
    del feeds, later

    upgrade(MIGRATIONS, url)
    engine = make_engine(url)
    consumer = consumer_engine(url)
    if not rollup:
        drop_rollup_triggers(engine)
    try:
        now = utcnow()
        for source in ("intake", "measures"):
            take_lease(engine, source=source, holder=HOLDER, now=now, seconds=LEASE_SECONDS)
        cursors: dict[str, str | None] = {"intake": None, "measures": None}
        gc.collect()
        gc.freeze()
        reset_peak_rss()
        started, cpu = time.perf_counter(), time.process_time()
        apply_pages(engine, rebuild_feed, cursors)
        rebuild_seconds = time.perf_counter() - started
        rebuild_cpu = time.process_time() - cpu
        rebuild_rss = peak_rss_mb()
        reset_peak_rss()
        started, cpu = time.perf_counter(), time.process_time()
        apply_pages(consumer, steady, cursors)
        steady_seconds = time.perf_counter() - started
        steady_cpu = time.process_time() - cpu
        steady_rss = peak_rss_mb()
        facts = fact_counts(engine)
        if rollup:
            started = time.perf_counter()
            differences = rollup_differences(engine)
            print(f"{kind:10s} rollup rows differing from the facts: {differences} "
                  f"(checked in {time.perf_counter() - started:.1f} s)")  # fmt: skip
            assert differences == 0
    finally:
        consumer.dispose()
        engine.dispose()
    print(
        f"{kind:10s} rebuild    {n_rebuild:8d} events {rebuild_seconds:7.2f} s "
        f"{n_rebuild / rebuild_seconds:9.0f} events/s  {n_rebuild / rebuild_cpu:9.0f} "
        f"events/CPU-s  peak RSS {rebuild_rss:6.0f} MB"
    )
    print(
        f"{kind:10s} incremental {n_steady:7d} events {steady_seconds:7.2f} s "
        f"{n_steady / steady_seconds:9.0f} events/s  {n_steady / steady_cpu:9.0f} "
        f"events/CPU-s  peak RSS {steady_rss:6.0f} MB"
    )
    print(f"{kind:10s} facts {json.dumps(facts)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--page", type=int, default=1000)
    parser.add_argument("--postgres", default=None, help="a server URL to also run on")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument(
        "--without-rollup",
        action="store_true",
        help="drop the encounter rollup's triggers first (the apply as it was before them: A/B)",
    )
    args = parser.parse_args()
    kinds = ([] if args.skip_sqlite else ["sqlite"]) + (["postgresql"] if args.postgres else [])
    for kind in kinds:
        with database(kind, args.postgres) as url:
            run(kind, url, args.events, args.page, rollup=not args.without_rollup)
    overall = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS (generation included): {overall:.0f} MB")


if __name__ == "__main__":
    main()

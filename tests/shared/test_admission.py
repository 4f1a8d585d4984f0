"""Admission, on an app assembled by the shared factory: a few requests run, the rest wait.

With one request admitted at a time, a second waits its turn and runs once the first is done;
one that waits longer than the bound is answered 503 with ``Retry-After`` and never runs;
probes answer while the gate is full.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from fastapi import APIRouter
from starlette.testclient import TestClient

from harness.databases import throwaway_database
from harness.log_audit import allow_routes_of
from services.intake import models
from services.intake.app import MIGRATIONS
from services.intake.settings import IntakeSettings
from shared.admission import EXEMPT_PATHS
from shared.app_factory import create_service_app
from shared.migrations import upgrade


class Holder:
    """A route that stays inside the app until released, counting the calls that got in."""

    def __init__(self) -> None:
        self.entered = threading.Semaphore(0)
        self.release = threading.Event()
        self.calls = 0

    def router(self) -> APIRouter:
        router = APIRouter(prefix="/v1", tags=["probe"])

        @router.get("/hold", summary="Stay until released")
        def hold() -> dict[str, int]:
            self.calls += 1
            self.entered.release()
            self.release.wait(timeout=10)
            return {"call": self.calls}

        return router


@contextmanager
def _one_at_a_time(tmp_path: Path, wait_seconds: float) -> Iterator[tuple[TestClient, Holder]]:
    holder = Holder()
    with throwaway_database("admission", tmp_path) as url:
        upgrade(MIGRATIONS, url)
        settings = IntakeSettings(
            database_url=url,
            environment="test",
            max_active_requests=1,
            admission_wait_seconds=wait_seconds,
        )
        app = create_service_app(
            settings=settings,
            title="admission",
            description="admission",
            version="0",
            tags=[],
            routers=[holder.router()],
            migrations_dir=MIGRATIONS,
            idempotency_table=models.idempotency_keys,
        )
        allow_routes_of(app)
        with TestClient(app, raise_server_exceptions=False) as client:
            yield client, holder
            holder.release.set()


def _first_inside(client: TestClient, holder: Holder, pool: ThreadPoolExecutor) -> Future:
    first = pool.submit(client.get, "/v1/hold")
    assert holder.entered.acquire(timeout=5), "the first request never reached its route"
    return first


def test_a_request_waits_for_its_turn_and_then_runs(tmp_path: Path) -> None:
    with (
        _one_at_a_time(tmp_path, wait_seconds=5) as (client, holder),
        ThreadPoolExecutor(2) as pool,
    ):
        first = _first_inside(client, holder, pool)
        second = pool.submit(client.get, "/v1/hold")
        # The second is queued, not running: the route saw one call only.
        assert not holder.entered.acquire(timeout=0.3)
        assert holder.calls == 1
        holder.release.set()
        assert first.result(timeout=5).status_code == 200
        answer = second.result(timeout=5)
    assert answer.status_code == 200
    assert answer.json() == {"call": 2}


def test_a_request_that_waits_too_long_is_503_with_retry_after_and_never_runs(
    tmp_path: Path,
) -> None:
    with (
        _one_at_a_time(tmp_path, wait_seconds=0.2) as (client, holder),
        ThreadPoolExecutor(1) as pool,
    ):
        first = _first_inside(client, holder, pool)
        started = time.perf_counter()
        refused = client.get("/v1/hold")
        waited = time.perf_counter() - started
        holder.release.set()
        assert first.result(timeout=5).status_code == 200
    assert refused.status_code == 503
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.headers["retry-after"] == "1"
    problem = refused.json()
    assert problem["type"].endswith("/service-unavailable")
    assert problem["instance"] == "/v1/hold"
    assert 0.2 <= waited < 2
    assert holder.calls == 1


def test_probes_answer_at_once_while_every_place_is_taken(tmp_path: Path) -> None:
    with (
        _one_at_a_time(tmp_path, wait_seconds=5) as (client, holder),
        ThreadPoolExecutor(1) as pool,
    ):
        first = _first_inside(client, holder, pool)
        timed = {}
        for path in sorted(EXEMPT_PATHS):
            started = time.perf_counter()
            timed[path] = (client.get(path).status_code, time.perf_counter() - started)
        holder.release.set()
        first.result(timeout=5)
    assert timed["/healthz"][0] == 200 and timed["/readyz"][0] == 200
    assert timed["/metrics-prom"][0] != 503
    assert all(seconds < 2 for _, seconds in timed.values()), timed

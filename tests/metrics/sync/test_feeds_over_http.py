"""Scenario: metrics consumes the real intake and measures services over HTTP.

A vendor plays a synthetic organization into intake and measures (real processes on their own
databases). metrics, in process, reads both feeds with its service token: every record the
generator sent becomes exactly one fact. Then intake goes down: metrics records the failure,
keeps backing off, and once intake is back (same port, same database) catches up with what was
sent meanwhile. Finally an admin rebuild replays both feeds and yields identical fact tables.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from starlette.testclient import TestClient

from harness.databases import throwaway_database
from harness.processes import RunningService, migrate, service_env, start, stop
from services.intake.feedback.rupture import ruptures as rupture_rules
from services.intake.forms import get_form
from services.metrics.app import MIGRATIONS, create_app
from services.metrics.clients import FeedServerError, FeedTimeoutError
from services.metrics.clients.feeds import FeedClient
from services.metrics.settings import MetricsSettings
from services.metrics.sync.consumer import sync_once
from services.metrics.sync.rebuild import FACT_TABLES
from shared.auth import issue_local_token
from shared.migrations import upgrade
from synthetic.driver import Driver, Endpoints
from synthetic.generator import Dataset, OrgPlan, generate
from tests.metrics.sync.events import fact_snapshot
from tests.support.faulty_proxy import faulty_proxy
from tests.support.tokens import EVERY_SCOPE, bearer

ORG = "org-feeds-e2e"
PLAN = OrgPlan(org=ORG, seed=3, patients=24, weeks=14, sessions_per_patient=6)
LATER = OrgPlan(org=ORG + "-later", seed=4, patients=6, weeks=6, sessions_per_patient=3)


@dataclass
class Peers:
    services: dict[str, RunningService]
    folder: Path

    def url(self, name: str) -> str:
        return self.services[name].url


@pytest.fixture(scope="module")
def peers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peers]:
    folder = tmp_path_factory.mktemp("feeds")
    with ExitStack() as stack:
        running = Peers({}, folder)
        for name in ("intake", "measures"):
            url = stack.enter_context(throwaway_database(f"feeds_{name}", folder))
            # DEBUG: a successful feed read is logged only at that level, and a test here looks
            # for the request id metrics sent along with one.
            env = service_env(name, url, **{f"{name.upper()}_LOG_LEVEL": "DEBUG"})
            migrate(name, env)
            running.services[name] = start(name, env, folder)
        try:
            yield running
        finally:
            for service in running.services.values():
                stop(service)


def play(peers: Peers, plan: OrgPlan) -> Dataset:
    data = generate(plan)
    token = issue_local_token(org=plan.org, scope=EVERY_SCOPE)
    enabled = httpx.put(
        f"{peers.url('measures')}/v1/instrument-settings/burnout1",
        json={"enabled": True},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert enabled.status_code == 200, enabled.text
    driver = Driver(Endpoints(peers.url("intake"), peers.url("measures")), token)
    try:
        report = driver.play(data)
    finally:
        driver.close()
    assert report.refused == []
    return data


@pytest.fixture(scope="module")
def dataset(peers: Peers) -> Dataset:
    return play(peers, PLAN)


@contextmanager
def metrics_app(peers: Peers, folder: Path, **overrides: Any) -> Iterator[TestClient]:
    with throwaway_database("feeds_metrics", folder) as url:
        upgrade(MIGRATIONS, url)
        settings = MetricsSettings(
            database_url=url,
            environment="test",
            intake_url=peers.url("intake"),
            measures_url=peers.url("measures"),
            **overrides,
        )
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            yield client


def counts(engine: Engine, org: str) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            t.name: connection.execute(
                select(func.count()).select_from(t).where(t.c.org == org)
            ).scalar_one()
            for t in FACT_TABLES
        }


def expected_counts(data: Dataset, alerts: int) -> dict[str, int]:
    baselines = {a["patient_id"] for a in data.assessments if a["patient_id"]}
    return {
        "fact_patients": len(data.patients),
        "fact_referrals": len(data.referrals),
        "fact_encounters": len(data.encounters),
        "fact_feedback": len(data.feedback),
        # Every answer the synthetic forms send is scored (likert, 0-10, yes/no as 0/1).
        "fact_feedback_items": sum(len(f["answers"]) for f in data.feedback),
        # Nobody tags the synthetic organization's feedback with themes.
        "fact_feedback_themes": 0,
        "fact_feedback_ruptures": ruptures(data.feedback),
        "fact_assessments": len(data.assessments),
        "fact_episodes": len(baselines),
        "fact_alerts": alerts,
        # The synthetic organization reports no safety events (yet): intake's producer and
        # the generator are built beside this consumer.
        "fact_safety_events": len(getattr(data, "safety_events", [])),
        # Episodes of care (issue #17): intake's producer is built beside this consumer.
        "fact_care_episodes": len(getattr(data, "episodes", [])),
        # The generator's organization sends no workforce records and runs no staff survey
        # (the demo adds both: synthetic.workforce, synthetic.staff_survey).
        "fact_staff": 0,
        "fact_establishments": 0,
        "fact_survey_responses": 0,
        "fact_survey_invitations": 0,
    }


def ruptures(feedback: list[dict[str, Any]]) -> int:
    """The rupture rules intake's session form fires on the dataset, each patient's submissions
    taken in the order they were made."""
    form, fired, previous = get_form("session-feedback"), 0, {}
    sessions = [f for f in feedback if f["form_id"] == form.id]
    for f in sorted(sessions, key=lambda f: datetime.fromisoformat(f["submitted_at"])):
        fired += len(rupture_rules(form, f["answers"], previous.get(f["patient_id"])))
        if f["patient_id"] is not None:
            previous[f["patient_id"]] = f["answers"]
    return fired


def measures_alerts(peers: Peers, org: str) -> int:
    answer = httpx.get(
        f"{peers.url('measures')}/v1/alerts", params={"status": "all", "limit": 1000},
        headers=bearer(org),
    )  # fmt: skip
    assert answer.status_code == 200
    return len(answer.json()["items"])


def wait_for(
    condition: Callable[[], bool],
    seconds: float,
    what: str,
    state: Callable[[], object] = lambda: None,
) -> None:
    """Poll ``condition``; a timeout names ``what`` and shows ``state()`` as it was then."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"{what}: {state()}"
        time.sleep(0.1)


def test_every_record_sent_becomes_one_fact_and_a_rebuild_gives_the_same(
    peers: Peers, dataset: Dataset, tmp_path: Path
) -> None:
    with metrics_app(peers, tmp_path, consumer_enabled=False) as client:
        app = client.app
        engine = app.state.engine  # type: ignore[attr-defined]
        expected = expected_counts(dataset, measures_alerts(peers, ORG))
        applied = {"intake": 0, "measures": 0}
        deadline = time.monotonic() + 60
        # On PostgreSQL a transaction open elsewhere on the server can hold the feeds' horizon
        # back, so one pass may stop short of the org's newest events; a consumer polls again.
        while True:
            done = sync_once(
                engine=engine,
                clients=app.state.feed_clients,
                settings=app.state.settings,  # type: ignore[attr-defined]
            )
            for source, sync in done.items():
                applied[source] += sync.events
            if counts(engine, ORG) == expected or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert applied["intake"] > 0 and applied["measures"] > 0
        assert counts(engine, ORG) == expected
        kept = sum(1 for e in dataset.encounters if e["status"] == "fulfilled")
        with engine.connect() as connection:
            table = FACT_TABLES[2]
            stored_kept = connection.execute(
                select(func.count()).select_from(table).where(
                    table.c.org == ORG, table.c.status == "fulfilled",
                    table.c.assessed_within_7_days.is_(True),
                )
            ).scalar_one()  # fmt: skip
        # The generator scores a PHQ-9 an hour before every other kept session.
        assert 0 < stored_kept <= kept

        status = client.get("/v1/sync/status", headers=bearer(ORG, "platform:operate"))
        assert status.status_code == 200
        by_source = {s["source"]: s for s in status.json()["sources"]}
        assert by_source["intake"]["caught_up"] and by_source["measures"]["caught_up"]
        assert by_source["intake"]["events_applied"] == applied["intake"]
        assert by_source["intake"]["last_error"] is None

        incremental = fact_snapshot(engine, ORG)
        for tenant in ("metrics:read", "metrics:admin"):  # a tenant's admin is no operator
            forbidden = client.post("/v1/admin/rebuild", headers=bearer(ORG, tenant))
            assert forbidden.status_code == 403
            assert client.get("/v1/sync/status", headers=bearer(ORG, tenant)).status_code == 403
        rebuilt = client.post("/v1/admin/rebuild", headers=bearer(ORG, "platform:operate"))
        assert rebuilt.status_code == 200, rebuilt.text
        body = rebuilt.json()
        assert {s["source"]: s["events"] for s in body["sources"]} == applied
        assert body["facts"]["fact_encounters"] == len(dataset.encounters)
        assert fact_snapshot(engine, ORG) == incremental


def test_a_source_down_then_back_is_caught_up(
    peers: Peers, dataset: Dataset, tmp_path: Path
) -> None:
    with metrics_app(
        peers, tmp_path, poll_seconds=0.2, backoff_max_seconds=0.5, request_timeout_seconds=2
    ) as client:
        engine = client.app.state.engine  # type: ignore[attr-defined]
        headers = bearer(ORG, "platform:operate")

        def source(name: str) -> dict[str, Any]:
            answer = client.get("/v1/sync/status", headers=headers).json()
            return next(s for s in answer["sources"] if s["source"] == name)

        wait_for(
            lambda: counts(engine, ORG)["fact_encounters"] == len(dataset.encounters)
            and source("intake")["caught_up"] and source("measures")["caught_up"],
            30, "the background consumers did not catch up",
        )  # fmt: skip
        assert source("intake")["lease_holder"] == client.app.state.consumer_holder  # type: ignore[attr-defined]

        intake = peers.services["intake"]
        stop(intake)
        wait_for(
            lambda: source("intake")["failures"] >= 2,
            15,
            "the outage was not recorded",
            lambda: source("intake"),
        )
        down = source("intake")
        assert down["caught_up"] is False
        assert down["last_error"].startswith("unavailable"), down

        peers.services["intake"] = start("intake", intake.env, peers.folder, port=intake.port)
        later = play(peers, LATER)
        expected = expected_counts(later, measures_alerts(peers, LATER.org))
        # Every fact, not a few kinds and "caught up": on PostgreSQL a transaction open elsewhere
        # on the server holds the feed's horizon back, so a source can be caught up with what it
        # may serve while the org's last events still wait behind that horizon.
        wait_for(
            lambda: counts(engine, LATER.org) == expected and source("intake")["caught_up"],
            # A restarted intake and a busy machine (two test workers): wait_for returns early.
            60, "metrics did not catch up after the outage",
            lambda: (counts(engine, LATER.org), source("intake"), source("measures")),
        )  # fmt: skip
        back = source("intake")
        assert back["last_error"] is None and back["failures"] == 0, back


def test_feed_reads_carry_the_request_id_and_fail_typed(peers: Peers, dataset: Dataset) -> None:
    # ``dataset`` plays the org into intake first: run alone (or on its own test worker), the
    # feed would otherwise be empty and the first read below would have nothing to show.
    token = issue_local_token(org="platform", scope="feed:read feed:all")
    with httpx.Client(timeout=httpx.Timeout(0.5)) as http:
        feed = FeedClient(
            source="intake", base_url=peers.url("intake"), http=http, token=lambda: token
        )
        assert feed.read(after=None, limit=5, request_id="metrics-trace-42").items
        wait_for(lambda: "metrics-trace-42" in peers.services["intake"].log(), 5, "no request id")
        with faulty_proxy(peers.url("intake")) as proxy:
            through = FeedClient(
                source="intake", base_url=proxy.url, http=http, token=lambda: token
            )
            assert through.read(after=None, limit=5).items
            proxy.set("error")
            with pytest.raises(FeedServerError) as failed:
                through.read(after=None, limit=5)
            assert failed.value.status == 500
            proxy.set("hang")
            with pytest.raises(FeedTimeoutError):
                through.read(after=None, limit=5)

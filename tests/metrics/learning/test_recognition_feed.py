"""The recognition worker publishes each new sustained improvement once on metrics' own feed.

The data are those of ``test_recognitions_api``: four teams (each one clinician) of 24 months,
``team-better`` moving from 60 % to 80 % kept from 2025-03 on, the others binomial noise. With
the clock in January 2026 the last closed month is 2025-12, and the planted run still holds
there: the kept rate and the no-show rate of that team and of its clinician are recognized,
nothing else, once however many passes (or replicas) run.
"""

from __future__ import annotations

import random
import threading
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from starlette.testclient import TestClient

from harness.databases import wait_for_server_horizon
from services.metrics.learning.recognition_feed import last_closed_month
from services.metrics.learning.recognition_worker import RecognitionWorker
from services.metrics.models import PublishedRecognition
from shared.db import make_engine
from shared.events import RecognitionFound
from shared.feed_schema import typed_feed_page
from tests.metrics.learning.factory import insert, month, month_of_encounters
from tests.support.tokens import bearer

START = date(2024, 1, 1)
MONTHS, CHANGE = 24, 14
TEAMS = ("team-better", "team-noise-1", "team-noise-2", "team-noise-3")
JANUARY = datetime(2026, 1, 10, 9, tzinfo=UTC)
EXPECTED = {
    (level, unit, metric)
    for level, unit in (("team", "team-better"), ("clinician", "c-team-better"))
    for metric in ("kept-rate", "no-show-rate")
}


def seed(client: TestClient, org: str, *, planted: bool = True) -> None:
    rng = random.Random(20261206)
    rows = []
    for team in TEAMS:
        for i in range(MONTHS):
            p = 0.8 if planted and team == "team-better" and i >= CHANGE else 0.6
            kept = sum(rng.random() < p for _ in range(100))
            rows += month_of_encounters(
                org, month(START, i), total=100, kept=kept, patients=40,
                prefix=f"{team}-{i}", team_id=team, clinician_id=f"c-{team}",
            )  # fmt: skip
    insert(client, rows)


def worker(client: TestClient, *, engine: Any = None) -> RecognitionWorker:
    app: Any = client.app
    return RecognitionWorker(engine or app.state.engine, app.state.settings, clock=lambda: JANUARY)


def feed(client: TestClient, org: str, **params: Any) -> dict[str, Any]:
    # On PostgreSQL the feed serves nothing newer than the oldest transaction open on the
    # server (another test's, with two workers): wait for it to pass what was just written.
    wait_for_server_horizon()
    answer = client.get("/v1/feed", params=params, headers=bearer(org, scope="feed:read"))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def found(client: TestClient, org: str) -> list[RecognitionFound]:
    page = typed_feed_page(("recognition.found",)).model_validate(feed(client, org))
    return [item.data for item in page.items]  # type: ignore[attr-defined]


def rows(client: TestClient, org: str) -> int:
    with client.app.state.engine.connect() as connection:  # type: ignore[attr-defined]
        table = PublishedRecognition.__table__  # type: ignore[attr-defined]
        query = select(func.count()).select_from(table).where(table.c.org == org)
        return int(connection.execute(query).scalar_one())


def test_the_last_closed_month_leaves_out_the_month_under_way() -> None:
    assert last_closed_month(date(2026, 1, 10)) == date(2025, 12, 1)
    assert last_closed_month(date(2026, 3, 1)) == date(2026, 2, 1)


def test_a_planted_improvement_is_published_once_as_the_route_shows_it(
    metrics_client: TestClient, org: str
) -> None:
    seed(metrics_client, org)
    worker(metrics_client).run_once([org])
    events = found(metrics_client, org)
    assert {(e.level, e.unit_id, e.metric_id) for e in events} == EXPECTED
    route = metrics_client.get(
        "/v1/recognitions", params={"level": "team", "since": "2025-12-01"}, headers=bearer(org)
    ).json()["items"]
    by_metric = {r["metric_id"]: r for r in route}
    for event in (e for e in events if e.level == "team"):
        shown = by_metric[event.metric_id]
        assert (event.rule, event.rule_set, event.chart) == (
            shown["rule"],
            "anhoej",
            shown["chart"],
        )
        assert event.first_period.isoformat() == shown["first_period"] >= "2025-03-01"
        assert event.last_period == date(2025, 12, 1)
        # only the published (rounded, never suppressed) points the route shows
        assert [p.value for p in event.points] == [p["value"] for p in shown["points"]]
    assert len({e.recognition_id for e in events}) == 4

    worker(metrics_client).run_once([org])  # again: nothing new
    assert found(metrics_client, org) == events
    assert rows(metrics_client, org) == 4


def test_noise_publishes_nothing(metrics_client: TestClient, org: str) -> None:
    seed(metrics_client, org, planted=False)
    worker(metrics_client).run_once([org])
    assert found(metrics_client, org) == []
    assert rows(metrics_client, org) == 0


def test_the_feed_pages_with_cursors_and_shows_an_org_its_own_events(
    metrics_client: TestClient, org: str
) -> None:
    seed(metrics_client, org)
    worker(metrics_client).run_once([org])
    seen, after = [], None
    for _ in range(4):
        page = feed(metrics_client, org, limit=1, **({"after": after} if after else {}))
        assert [e["type"] for e in page["items"]] == ["recognition.found"]
        assert page["items"][0]["source"] == "/learning-loop/metrics"
        assert page["items"][0]["org"] == org
        seen.append(page["items"][0]["data"]["recognition_id"])
        after = page["next_cursor"]
    assert page["has_more"] is False and len(set(seen)) == 4
    caught_up = feed(metrics_client, org, after=after)
    assert caught_up == {"items": [], "next_cursor": after, "has_more": False}
    assert feed(metrics_client, f"{org}-other")["items"] == []
    # The feed is read with `feed:read`; metrics' own read scope does not reach it.
    refused = metrics_client.get("/v1/feed", headers=bearer(org, scope="metrics:read"))
    assert refused.status_code == 403
    # A cursor given to one organization is refused for another (a 400 problem).
    foreign = metrics_client.get(
        "/v1/feed", params={"after": after}, headers=bearer(f"{org}-other", scope="feed:read")
    )
    assert foreign.status_code == 400
    assert foreign.headers["content-type"].startswith("application/problem+json")


def test_two_replicas_at_once_publish_each_recognition_once(
    metrics_client: TestClient, org: str
) -> None:
    seed(metrics_client, org)
    url = metrics_client.app.state.settings.database_url  # type: ignore[attr-defined]
    engines = [make_engine(url), make_engine(url)]
    start, errors = threading.Barrier(2), []

    def run(one: RecognitionWorker) -> None:
        start.wait()
        try:
            one.run_once([org])
        except Exception as error:  # the assertion below names it
            errors.append(error)

    threads = [threading.Thread(target=run, args=(worker(metrics_client, engine=e),))
               for e in engines]  # fmt: skip
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for e in engines:
            e.dispose()
    assert errors == []
    events = found(metrics_client, org)
    assert {(e.level, e.unit_id, e.metric_id) for e in events} == EXPECTED
    assert len(events) == 4 and rows(metrics_client, org) == 4

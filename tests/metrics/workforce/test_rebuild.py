"""``POST /v1/admin/rebuild`` gives back the workforce facts the consumer built: staff records
(re-upserted, left, entered in error), establishments with their history, and closed staff
surveys, one of them sent twice (a producer's retry), with every other event type beside them.

The feeds are served from memory through the real feed client (an httpx mock transport), so the
consumer and the rebuild read them page by page exactly as they read intake and measures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from harness.databases import throwaway_database
from services.metrics.app import MIGRATIONS, create_app
from services.metrics.clients.feeds import FeedClient
from services.metrics.settings import MetricsSettings
from services.metrics.sync.consumer import sync_once
from shared.migrations import upgrade
from synthetic.feed_events import synthetic_feeds
from tests.metrics.safety.feed import with_safety_loop
from tests.metrics.sync.events import fact_snapshot
from tests.support.tokens import bearer

ORG = "org-wf-rebuild"
WORKFORCE = ("fact_staff", "fact_establishments", "fact_survey_responses",
             "fact_survey_invitations")  # fmt: skip
PAGE = 50


def _feeds() -> dict[str, list[dict[str, Any]]]:
    base = synthetic_feeds(400, org=ORG, seed=19)
    intake, measures = with_safety_loop(base.intake, base.measures, seed=19)
    # A closed campaign sent again, later (a retry): it must not add a second set of responses.
    survey = next(e for e in measures if e["type"] == "staff-survey.closed")
    again = {**survey, "id": survey["id"][:-4] + "beef", "time": measures[-1]["time"]}
    return {"intake": intake, "measures": [*measures, again]}


def _served(events: list[dict[str, Any]]) -> httpx.MockTransport:
    """A feed answering pages of ``events``; the cursor is the position after a page."""

    def answer(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("after") or 0)
        end = min(start + int(request.url.params["limit"]), len(events))
        page = {"items": events[start:end], "next_cursor": str(end), "has_more": end < len(events)}
        return httpx.Response(200, content=json.dumps(page))

    return httpx.MockTransport(answer)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    # A database of its own: a rebuild empties every org's facts.
    with throwaway_database("workforce_rebuild", tmp_path) as url:
        upgrade(MIGRATIONS, url)
        settings = MetricsSettings(
            database_url=url, environment="test", consumer_enabled=False,
            intake_url="http://intake.test", measures_url="http://measures.test",
            page_size=PAGE,
        )  # fmt: skip
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            client.app.state.feed_clients = {  # type: ignore[attr-defined]
                source: FeedClient(
                    source=source,
                    base_url=f"http://{source}.test",
                    http=httpx.Client(transport=_served(events)),
                    token=lambda: "token",
                )
                for source, events in _feeds().items()
            }
            yield client


def _values(client: TestClient, metric: str) -> Any:
    answer = client.get(
        f"/v1/metrics/{metric}/values",
        params={"level": "team", "period": "quarter"},
        headers=bearer(ORG, "metrics:read"),
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_rebuild_gives_back_the_workforce_facts_the_consumer_built(client: TestClient) -> None:
    app = client.app
    for _ in range(100):  # the consumer, page by page, until both feeds are read
        done = sync_once(
            engine=app.state.engine,  # type: ignore[attr-defined]
            clients=app.state.feed_clients,  # type: ignore[attr-defined]
            settings=app.state.settings,  # type: ignore[attr-defined]
        )
        if not any(s.events for s in done.values()):
            break
    engine = app.state.engine  # type: ignore[attr-defined]
    incremental = fact_snapshot(engine, ORG)
    assert all(incremental[table] for table in WORKFORCE)
    invitations = incremental["fact_survey_invitations"]
    assert len(incremental["fact_survey_responses"]) == sum(r["responses"] for r in invitations)
    published = {m: _values(client, m) for m in ("miniz-burnout-prevalence", "vacancy-rate")}

    rebuilt = client.post("/v1/admin/rebuild", headers=bearer(ORG, "platform:operate"))

    assert rebuilt.status_code == 200, rebuilt.text
    assert rebuilt.json()["facts"]["fact_staff"] == len(incremental["fact_staff"])
    assert fact_snapshot(engine, ORG) == incremental
    assert {m: _values(client, m) for m in published} == published

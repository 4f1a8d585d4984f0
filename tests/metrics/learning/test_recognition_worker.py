"""The recognition worker runs inside the app when enabled: started with it, publishing on a
timer what has closed by today's date, stopped with it.

The planted improvement of ``test_recognition_feed`` is moved so that its 24 months end with
the last closed month of the real calendar; the app's own worker (every 0.2 s here) must put
its four recognitions on the feed without anyone calling it, and an app with the worker
disabled must publish nothing.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from harness.databases import wait_for_server_horizon
from services.metrics.app import MIGRATIONS, create_app
from services.metrics.learning.recognition_feed import last_closed_month
from services.metrics.settings import MetricsSettings
from tests.metrics.learning.factory import insert, month, month_of_encounters
from tests.metrics.learning.test_recognition_feed import CHANGE, EXPECTED, MONTHS, TEAMS
from tests.support.services import migrated_client
from tests.support.tokens import bearer

ORG = "org-recognition-worker"


def app(folder: Path, *, enabled: bool) -> Iterator[TestClient]:
    return migrated_client(
        label="recognition_worker", folder=folder, settings_cls=MetricsSettings,
        create_app=create_app, migrations_dir=MIGRATIONS, consumer_enabled=False,
        recognition_enabled=enabled, recognition_poll_seconds=0.2,
    )  # fmt: skip


def seed(client: TestClient) -> None:
    """24 months ending with the last closed month; team-better improves from month 14."""
    first = month(last_closed_month(datetime.now(UTC).date()), -(MONTHS - 1))
    rng, rows = random.Random(20261206), []
    for team in TEAMS:
        for i in range(MONTHS):
            p = 0.8 if team == "team-better" and i >= CHANGE else 0.6
            kept = sum(rng.random() < p for _ in range(100))
            rows += month_of_encounters(
                ORG, month(first, i), total=100, kept=kept, patients=40,
                prefix=f"{team}-{i}", team_id=team, clinician_id=f"c-{team}",
            )  # fmt: skip
    insert(client, rows)


def events(client: TestClient) -> list[dict[str, Any]]:
    wait_for_server_horizon()  # what the worker just published is past the feed's horizon
    page = client.get("/v1/feed", headers=bearer(ORG, scope="feed:read")).json()
    items: list[dict[str, Any]] = page["items"]
    return items


def test_the_apps_own_worker_publishes_what_has_closed(tmp_path: Path) -> None:
    with app(tmp_path, enabled=True) as client:
        seed(client)
        deadline = time.monotonic() + 90
        while len(events(client)) < len(EXPECTED) and time.monotonic() < deadline:
            time.sleep(0.5)
        found = events(client)
        time.sleep(1)  # more passes publish nothing more
        assert events(client) == found
    assert {(e["data"]["level"], e["data"]["unit_id"], e["data"]["metric_id"])
            for e in found} == EXPECTED  # fmt: skip


def test_a_disabled_worker_publishes_nothing(tmp_path: Path) -> None:
    with app(tmp_path, enabled=False) as client:
        assert not hasattr(client.app.state, "recognition_worker")
        seed(client)
        time.sleep(1)
        assert events(client) == []

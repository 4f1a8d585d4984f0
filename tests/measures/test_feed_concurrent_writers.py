"""The measures feed under concurrent writers: every event is read exactly once.

Writers store assessments through the service's own code path (scoring, baseline, not-on-track,
alerts and their events in one transaction) and hold their transactions open for random times,
so that on PostgreSQL a younger event id commits before an older one. A reader follows
``GET /v1/feed`` over HTTP meanwhile. It must see every committed event, once, with nothing
skipped behind its cursor. Runs on SQLite and, with ``TEST_DATABASE_URL``, on PostgreSQL.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session
from starlette.testclient import TestClient

from services.measures.app import MIGRATIONS, create_app
from services.measures.assessments.batch import record_assessment
from services.measures.schemas import AssessmentIn
from services.measures.settings import MeasuresSettings
from tests.support.services import migrated_client
from tests.support.tokens import bearer

ORG = "org-feed-race"
WRITERS, PER_WRITER = 8, 25
QUIET_SECONDS = 3.0  # how long an empty feed after the last commit counts as caught up


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with migrated_client(
        label="measures_feedrace",
        folder=tmp_path_factory.mktemp("feedrace"),
        settings_cls=MeasuresSettings,
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        webhooks_enabled=False,
    ) as client:
        yield client


def test_concurrent_assessment_writers_never_make_a_feed_reader_skip(client: TestClient) -> None:
    engine = client.app.state.engine
    expected: set[str] = set()
    lock = threading.Lock()
    done = threading.Event()
    failures: list[BaseException] = []
    start = datetime(2026, 1, 5, 10, tzinfo=UTC)

    def write(worker: int) -> None:
        rng = random.Random(worker)
        try:
            for n in range(PER_WRITER):
                answers = {f"phq9_{i}": rng.randint(0, 3) for i in range(1, 10)}
                body = AssessmentIn(
                    patient_id=f"p-{worker}-{n % 3}",
                    instrument_id="phq9",
                    completed_at=start + timedelta(weeks=n // 3),
                    answers=answers,
                )
                with Session(engine, expire_on_commit=False) as session, session.begin():
                    recorded = record_assessment(session, org=ORG, data=body.model_dump())
                    subjects = {f"assessments/{recorded.row.assessment_id}"} | {
                        f"alerts/{alert.alert_id}" for alert in recorded.alerts
                    }
                    time.sleep(rng.random() * 0.01)  # commit after a younger id, sometimes
                with lock:
                    expected.update(subjects)
        except BaseException as error:  # surfaced below, not lost in the thread
            failures.append(error)

    seen: Counter[str] = Counter()

    def follow() -> None:
        cursor: str | None = None
        quiet_since: float | None = None
        headers = bearer(ORG, scope="feed:read")
        # Stop once every written event has come and the feed has then been quiet for a while
        # (for any duplicate): on a PostgreSQL server shared with other work, another
        # session's open transaction holds the feed's horizon back, so the last events can
        # appear well after their commit. A skipped event never comes: the deadline then ends
        # the wait and the assertions below fail.
        deadline = time.monotonic() + 50
        while (
            quiet_since is None or time.monotonic() - quiet_since < QUIET_SECONDS
        ) and time.monotonic() < deadline:
            params = {"limit": 40} | ({"after": cursor} if cursor else {})
            page = client.get("/v1/feed", params=params, headers=headers).json()
            seen.update(event["subject"] for event in page["items"])
            cursor = page["next_cursor"]
            with lock:
                complete = done.is_set() and set(seen) >= expected
            if page["items"] or not complete:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.monotonic()
            time.sleep(0.002)

    reader = threading.Thread(target=follow)
    reader.start()
    writers = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    done.set()
    reader.join(timeout=60)

    assert not failures, failures
    assert len([s for s in expected if s.startswith("assessments/")]) == WRITERS * PER_WRITER
    assert any(s.startswith("alerts/") for s in expected), "the run raised no alerts"
    assert set(seen) == expected, f"missed {len(expected - set(seen))} events"
    assert max(seen.values()) == 1, "an event was read twice"

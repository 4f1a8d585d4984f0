"""Many writers upsert encounters at once while a reader follows intake's feed.

On PostgreSQL (TEST_DATABASE_URL) transactions commit out of id order; the reader must still see
every event exactly once. On SQLite the same test checks the simpler single-writer case.
"""

import threading
import time
from datetime import UTC, datetime, timedelta

from sqlmodel import Session
from starlette.testclient import TestClient

from services.intake import models
from services.intake.encounters import upsert_encounter
from services.intake.schemas import EncounterIn
from shared.feed import parse_position, read_feed

WRITERS, PER_WRITER = 8, 25


def test_concurrent_encounter_writers_never_make_the_reader_skip(
    intake_client: TestClient, org: str
) -> None:
    engine = intake_client.app.state.engine
    start = datetime.now(UTC) - timedelta(days=1)
    body = EncounterIn(
        patient_id="p",
        clinician_id="c",
        site_id="s",
        service_line="x",
        modality="video",
        scheduled_start=start,
    )
    done = threading.Event()
    failures: list[BaseException] = []

    def write(writer: int) -> None:
        try:
            for n in range(PER_WRITER):
                with Session(engine) as session, session.begin():
                    upsert_encounter(
                        session=session,
                        org=org,
                        encounter_id=f"w{writer}-{n}",
                        encounter=body,
                        part2_on_feed=False,
                        late_notice=timedelta(hours=24),
                    )
                    time.sleep(0.001 * (n % 3))  # hold the transaction open a little
        except BaseException as exc:  # reported below; a thread cannot fail the test itself
            failures.append(exc)

    seen: list[str] = []
    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    position = parse_position(None)
    while True:
        with engine.connect() as connection:
            page = read_feed(
                connection, models.feed_events, source="/t", org=org, after=position, limit=50
            )
        seen += [e.subject for e in page.items]
        position = parse_position(page.next_cursor)
        if done.is_set() and not page.items:
            break
        if all(not t.is_alive() for t in threads):
            done.set()
    for thread in threads:
        thread.join()
    assert failures == []
    expected = {f"encounters/w{w}-{n}" for w in range(WRITERS) for n in range(PER_WRITER)}
    assert sorted(seen) == sorted(expected)

"""Many writers PUT encounters at once while a reader follows ``GET /v1/feed`` over HTTP.

On PostgreSQL (TEST_DATABASE_URL) transactions commit out of id order; the reader must still see
every event exactly once. On SQLite the same test checks the simpler single-writer case. A page
may come back empty while some transaction on the server is still running (the feed holds
events back rather than skip one), so the reader keeps following until it has every event or a
deadline passes.
"""

import threading
import time
from collections import Counter

from starlette.testclient import TestClient

from tests.intake.api.test_encounters_api import body
from tests.support.tokens import bearer

WRITERS, PER_WRITER = 8, 25
DEADLINE_SECONDS = 60.0


def test_concurrent_encounter_writers_never_make_the_reader_skip(
    intake_client: TestClient, org: str
) -> None:
    failures: list[str] = []

    def write(writer: int) -> None:
        for n in range(PER_WRITER):
            response = intake_client.put(
                f"/v1/encounters/w{writer}-{n}", json=body(), headers=bearer(org)
            )
            if response.status_code != 201:
                failures.append(f"w{writer}-{n}: {response.status_code}")

    expected = {f"encounters/w{w}-{n}" for w in range(WRITERS) for n in range(PER_WRITER)}
    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    seen: list[str] = []
    cursor: str | None = None
    deadline = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < deadline:
        params: dict[str, str | int] = {"limit": 50} | ({"after": cursor} if cursor else {})
        page = intake_client.get("/v1/feed", params=params, headers=bearer(org, "feed:read"))
        assert page.status_code == 200
        seen += [e["subject"] for e in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if all(not t.is_alive() for t in threads) and len(seen) >= len(expected):
            break
        if not page.json()["items"]:
            time.sleep(0.005)
    for thread in threads:
        thread.join()
    assert failures == []
    assert [subject for subject, count in Counter(seen).items() if count > 1] == []
    assert set(seen) == expected

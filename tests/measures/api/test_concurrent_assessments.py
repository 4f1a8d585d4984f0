"""Several clients post the same new assessment at the same moment (a mobile app retrying over
a flaky connection while its first attempt is still running).

On PostgreSQL (TEST_DATABASE_URL) the requests really overlap and both INSERT the new id; the
loser's transaction is re-run and finds the winner's row. No answer may be a 500, exactly one
is a 201, the others replay it as 200, and one assessment is stored. On SQLite writers are
serialized and the same assertions hold trivially.
"""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.intake.api.test_concurrent_upserts import all_at_once
from tests.support.tokens import bearer

CLIENTS, ROUNDS = 6, 5
PHQ9 = {f"phq9_{i}": 1 for i in range(1, 10)}


def test_concurrent_posts_of_one_new_assessment_store_it_once(
    measures_client: TestClient, org: str
) -> None:
    for round_ in range(ROUNDS):
        body = {
            "assessment_id": f"asm-race-{round_}",
            "patient_id": f"pt-race-{round_}",
            "instrument_id": "phq9",
            "completed_at": "2026-11-20T10:00:00Z",
            "answers": PHQ9,
        }
        responses = all_at_once(
            [
                lambda b=body: measures_client.post("/v1/assessments", json=b, headers=bearer(org))
                for _ in range(CLIENTS)
            ]
        )
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200] * (CLIENTS - 1) + [201], [r.text for r in responses]
        ids = {r.json()["assessment_id"] for r in responses}
        assert ids == {body["assessment_id"]}
        trajectory = measures_client.get(
            f"/v1/patients/{body['patient_id']}/trajectory",
            params={"instrument": "phq9"},
            headers=bearer(org),
        ).json()
        assert len(trajectory["points"]) == 1

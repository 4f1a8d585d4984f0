"""The due list over HTTP on a synthetic clinic equals the oracle's computation from the raw
records, for plans per service line, with grace windows, on the day and the next."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.metrics.measurement.clinic import DAY, clinic
from tests.metrics.measurement.oracle import expected
from tests.metrics.sync.events import apply
from tests.support.tokens import bearer

PLANS: dict[str, dict[str, Any]] = {
    # Every service line: PHQ-9 by the 2nd kept session, every 4th after, one session's grace.
    "phq9-all": {"instrument_id": "phq9", "baseline_within_sessions": 2, "every_sessions": 4,
                 "grace_sessions": 1},
    # Youth replaces it: by the 3rd, then every 3 sessions or 21 days, no grace.
    "phq9-youth": {"instrument_id": "phq9", "service_line": "youth",
                   "baseline_within_sessions": 3, "every_sessions": 3, "every_days": 21},
    # Adults only: GAD-7 at the first session, then every 28 days with a week's grace.
    "gad7-adult": {"instrument_id": "gad7", "service_line": "adult-outpatient",
                   "baseline_within_sessions": 1, "every_days": 28, "grace_days": 7},
    # Paused: never makes anyone due.
    "core10-all": {"instrument_id": "core10", "baseline_within_sessions": 1,
                   "every_sessions": 1, "active": False},
}  # fmt: skip


@pytest.fixture(scope="module")
def seeded(metrics_client: TestClient) -> tuple[str, Any]:
    org = "org-due-clinic"
    records = clinic(seed=17)
    apply(metrics_client.app.state.engine, *records.events(org))  # type: ignore[attr-defined]
    for plan_id, plan in PLANS.items():
        put = metrics_client.put(f"/v1/measurement-plans/{plan_id}", json=plan,
                                 headers=bearer(org))  # fmt: skip
        assert put.status_code in (200, 201), put.text
    return org, records


def _rows(body: dict[str, Any]) -> list[tuple]:
    def when(value: str | None) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)

    return [
        (i["encounter_id"], i["instrument_id"], i["plan_id"], i["reason"],
         when(i["last_assessed_at"]), i["kept_sessions"], i["sessions_since"], i["days_since"])
        for i in body["items"]
    ]  # fmt: skip


@pytest.mark.parametrize("offset", [0, 1])
def test_the_due_list_equals_the_independent_computation(
    metrics_client: TestClient, seeded: tuple[str, Any], offset: int
) -> None:
    org, records = seeded
    on = DAY + timedelta(days=offset)
    answer = metrics_client.get("/v1/due-measurements", params={"date": on.isoformat()},
                                headers=bearer(org))  # fmt: skip
    assert answer.status_code == 200, answer.text
    items, unplaced = expected(records, PLANS, on)
    body = answer.json()
    assert _rows(body) == items
    assert body["sessions_without_episode"] == unplaced
    reasons = {row[3] for row in items}
    # The clinic exercises every verdict, both plans of PHQ-9 and the adults' GAD-7.
    assert reasons == {"baseline-due", "baseline-overdue", "follow-up-due", "follow-up-overdue"}
    assert {row[2] for row in items} == {"phq9-all", "phq9-youth", "gad7-adult"}
    assert unplaced > 0


def test_filters_narrow_to_a_clinician_or_a_team(
    metrics_client: TestClient, seeded: tuple[str, Any]
) -> None:
    org, records = seeded
    for params, clinicians, teams in (
        ({"clinician_id": "c1"}, {"c1"}, set()),
        ({"team_id": "t1"}, set(), {"t1"}),
    ):
        answer = metrics_client.get("/v1/due-measurements",
                                    params={"date": DAY.isoformat(), **params},
                                    headers=bearer(org))  # fmt: skip
        items, unplaced = expected(records, PLANS, DAY, clinicians=clinicians, teams=teams)
        assert _rows(answer.json()) == items and items
        assert answer.json()["sessions_without_episode"] == unplaced


def test_a_changed_plan_changes_the_list(
    metrics_client: TestClient, seeded: tuple[str, Any]
) -> None:
    org, records = seeded
    changed = {**PLANS, "phq9-all": {**PLANS["phq9-all"], "grace_sessions": 0,
                                     "every_sessions": 2}}  # fmt: skip
    put = metrics_client.put("/v1/measurement-plans/phq9-all", json=changed["phq9-all"],
                             headers=bearer(org))  # fmt: skip
    try:
        assert put.status_code == 200, put.text
        answer = metrics_client.get("/v1/due-measurements", params={"date": DAY.isoformat()},
                                    headers=bearer(org))  # fmt: skip
        assert _rows(answer.json()) == expected(records, changed, DAY)[0]
        assert _rows(answer.json()) != expected(records, PLANS, DAY)[0]
    finally:
        metrics_client.put("/v1/measurement-plans/phq9-all", json=PLANS["phq9-all"],
                           headers=bearer(org))  # fmt: skip

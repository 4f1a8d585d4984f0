"""Who sees whose patients on the due list, and that every patient shown is audited."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from services.metrics import models
from tests.metrics.measurement.clinic import DAY, TEAM_OF, clinic
from tests.metrics.measurement.oracle import expected
from tests.metrics.sync.events import apply
from tests.support.tokens import bearer

PLAN = {"instrument_id": "phq9", "baseline_within_sessions": 2, "every_sessions": 3}
ON = {"date": DAY.isoformat()}


@pytest.fixture(scope="module")
def seeded(metrics_client: TestClient) -> tuple[str, Any]:
    org = "org-due-access"
    records = clinic(seed=5, patients=24)
    apply(metrics_client.app.state.engine, *records.events(org))  # type: ignore[attr-defined]
    put = metrics_client.put("/v1/measurement-plans/phq9", json=PLAN, headers=bearer(org))
    assert put.status_code == 201, put.text
    return org, records


def _encounters(answer: Any) -> list[str]:
    assert answer.status_code == 200, answer.text
    return [i["encounter_id"] for i in answer.json()["items"]]


def _expected(records: Any, **view: set[str]) -> list[str]:
    return [row[0] for row in expected(records, {"phq9": PLAN}, DAY, **view)[0]]


def test_each_role_sees_its_own_sessions(
    metrics_client: TestClient, seeded: tuple[str, Any]
) -> None:
    org, records = seeded
    get = metrics_client.get
    leader = _encounters(get("/v1/due-measurements", params=ON, headers=bearer(org)))
    assert leader == _expected(records) and leader
    mine = bearer(org, role="clinician", clinician_id="c2")
    clinician = _encounters(get("/v1/due-measurements", params=ON, headers=mine))
    assert clinician == _expected(records, clinicians={"c2"}) and clinician
    assert set(clinician) < set(leader)
    own_filter = get("/v1/due-measurements", params={**ON, "clinician_id": "c2"}, headers=mine)
    assert _encounters(own_filter) == clinician
    teams = bearer(org, role="supervisor", teams=["t0"], clinician_id="s-9")
    supervisor = _encounters(get("/v1/due-measurements", params=ON, headers=teams))
    in_t0 = {c for c, t in TEAM_OF.items() if t == "t0"}
    assert supervisor == _expected(records, clinicians=in_t0) and supervisor
    # A supervisor may narrow to a clinician who works in their team.
    one = get("/v1/due-measurements", params={**ON, "clinician_id": "c0"}, headers=teams)
    assert _encounters(one) == _expected(records, clinicians={"c0"})


def test_views_outside_the_role_are_refused(
    metrics_client: TestClient, seeded: tuple[str, Any]
) -> None:
    org, _ = seeded
    get = metrics_client.get
    mine = bearer(org, role="clinician", clinician_id="c2")
    other = get("/v1/due-measurements", params={**ON, "clinician_id": "c0"}, headers=mine)
    assert other.status_code == 404
    teams = bearer(org, role="supervisor", teams=["t0"], clinician_id="s-9")
    assert (
        get("/v1/due-measurements", params={**ON, "team_id": "t1"}, headers=teams).status_code
        == 404
    )
    assert get("/v1/due-measurements", params={**ON, "clinician_id": "c3"},
               headers=teams).status_code == 404  # fmt: skip
    roleless = get("/v1/due-measurements", params=ON, headers=bearer(org, role=None))
    assert roleless.status_code == 403 and roleless.json()["type"].endswith("role-required")
    wrong_scope = get("/v1/due-measurements", params=ON, headers=bearer(org, "intake:read"))
    assert wrong_scope.status_code == 403
    assert get("/v1/due-measurements", params={"date": "16/03/2026"},
               headers=bearer(org)).status_code == 422  # fmt: skip
    # Another organization's leader sees nothing of this one.
    stranger = get("/v1/due-measurements", params=ON, headers=bearer(org + "-x")).json()
    assert stranger["items"] == [] and stranger["sessions_without_episode"] == 0


def test_every_patient_listed_is_audited(
    metrics_client: TestClient, seeded: tuple[str, Any]
) -> None:
    org, _ = seeded
    reader = "auditor-due-list"
    answer = metrics_client.get("/v1/due-measurements", params=ON,
                                headers=bearer(org, sub=reader))  # fmt: skip
    listed = {i["patient_id"] for i in answer.json()["items"]}
    table = models.audit_log
    with metrics_client.app.state.engine.connect() as connection:  # type: ignore[attr-defined]
        rows = connection.execute(
            select(table.c.patient_id, table.c.route, table.c.action).where(
                table.c.org == org, table.c.actor == reader
            )
        ).all()
    assert listed and sorted(r.patient_id for r in rows) == sorted(listed)
    assert {(r.route, r.action) for r in rows} == {("/v1/due-measurements", "read")}

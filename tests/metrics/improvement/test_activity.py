"""activity_by_org: shared projects active in the period and cycles acted on in it, per org."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session
from starlette.testclient import TestClient

from services.metrics.improvement.activity import ImprovementActivity, activity_by_org
from tests.metrics.improvement.helpers import collaborative, project
from tests.support.tokens import bearer


def cycle(started: str | None, ended: str | None = None, act: str | None = None) -> dict:  # type: ignore[type-arg]
    return {"title": "PDSA", "started_on": started, "ended_on": ended, "act": act}


def test_activity_counts_shared_projects_and_acted_cycles_in_the_period(
    metrics_client: TestClient,
) -> None:
    a, b, c = (f"org-{uuid.uuid4().hex[:10]}" for _ in range(3))
    cid = collaborative(metrics_client, a, b, c)

    def put(org: str, pid: str, cycles: dict[str, dict], **fields: object) -> None:  # type: ignore[type-arg]
        body = project(shared_with=cid, **fields)
        assert metrics_client.put(f"/v1/projects/{pid}", json=body,
                                  headers=bearer(org)).status_code == 201  # fmt: skip
        for cyc, cbody in cycles.items():
            answer = metrics_client.put(f"/v1/projects/{pid}/cycles/{pid}-{cyc}", json=cbody,
                                        headers=bearer(org))  # fmt: skip
            assert answer.status_code == 201, answer.text

    # Period: Q1 2026. a: one project with a cycle acted on in it and one ended before it.
    put(a, "a1", {"1": cycle("2025-11-03", "2025-12-19", "adapt"),
                  "2": cycle("2026-01-05", "2026-02-27", "adopt")})  # fmt: skip
    put(a, "a2", {"1": cycle("2025-06-02", "2025-07-31", "adopt")})  # before: not active
    # b: an active project with an unended cycle started before the period (still running),
    # a private project (not counted) and a completed project with an unended cycle.
    put(b, "b1", {"1": cycle("2025-12-01")})
    put(b, "b2", {"1": cycle("2025-12-01")}, status="completed")
    assert metrics_client.put("/v1/projects/b3", json=project(),
                              headers=bearer(b)).status_code == 201  # fmt: skip
    metrics_client.put("/v1/projects/b3/cycles/b3-1", json=cycle("2026-01-05", "2026-01-30",
                       "adopt"), headers=bearer(b))  # fmt: skip
    # c: a cycle ended in the period but not acted on; one starting after it.
    put(c, "c1", {"1": cycle("2026-02-02", "2026-03-27"), "2": cycle("2026-04-06")})
    with Session(metrics_client.app.state.engine) as session:  # type: ignore[attr-defined]
        got = activity_by_org(session, cid, date(2026, 1, 1), date(2026, 4, 1))
        assert got == {
            a: ImprovementActivity(active_projects=1, cycles_completed=1),
            b: ImprovementActivity(active_projects=1, cycles_completed=0),
            c: ImprovementActivity(active_projects=1, cycles_completed=0),
        }
        # In March alone a's cycles neither ran nor ended: a is absent.
        march = activity_by_org(session, cid, date(2026, 3, 1), date(2026, 4, 1))
        assert a not in march
        assert activity_by_org(session, "collab-none", date(2026, 1, 1), date(2026, 4, 1)) == {}

"""Participation reads the improvement work of real projects and cycles (no stub): a member's
shared project with a cycle acted on in the month is one active project and one completed
cycle; a private project and the month before's cycle count for nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.testclient import TestClient

from tests.metrics.improvement.helpers import collaborative, project
from tests.support.tokens import bearer


def put(client: TestClient, org: str, path: str, body: dict[str, Any]) -> None:
    answer = client.put(path, json=body, headers=bearer(org))
    assert answer.status_code == 201, answer.text


def test_participation_counts_the_members_shared_projects_and_acted_cycles(
    metrics_client: TestClient,
) -> None:
    owner, member = (f"org-{uuid.uuid4().hex[:10]}" for _ in range(2))
    cid = collaborative(metrics_client, owner, member)  # members from today on
    first = datetime.now(UTC).date().replace(day=1)
    before = (first - timedelta(days=1)).replace(day=1)
    put(metrics_client, member, "/v1/projects/shared", project(shared_with=cid))
    acted = {"title": "Reminder calls", "started_on": str(first), "ended_on": str(first),
             "act": "adopt"}  # fmt: skip
    put(metrics_client, member, "/v1/projects/shared/cycles/shared-1", acted)
    earlier = {"title": "Evening slots", "started_on": str(before), "ended_on": str(before),
               "act": "abandon"}  # fmt: skip
    put(metrics_client, member, "/v1/projects/shared/cycles/shared-2", earlier)
    put(metrics_client, member, "/v1/projects/private", project())
    put(metrics_client, member, "/v1/projects/private/cycles/private-1", acted)

    month = {"month": first.strftime("%Y-%m")}
    answer = metrics_client.get(
        f"/v1/collaboratives/{cid}/participation", params=month, headers=bearer(owner)
    )
    assert answer.status_code == 200, answer.text
    rows = {row["peer"]["org"]: row for row in answer.json()["members"]}
    assert (rows[member]["active_projects"], rows[member]["cycles_completed"]) == (1, 1)
    assert (rows[owner]["active_projects"], rows[owner]["cycles_completed"]) == (0, 0)

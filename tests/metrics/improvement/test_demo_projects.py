"""The demo's projects are accepted as the demo sends them, twice, and the peer's shared one
is in the library the demo organization reads."""

from __future__ import annotations

from datetime import date

from starlette.testclient import TestClient

from synthetic.projects import demo_projects
from tests.metrics.improvement.helpers import collaborative
from tests.support.tokens import bearer


def test_the_demo_projects_are_valid_and_idempotent(metrics_client: TestClient, org: str) -> None:
    peer = f"{org}-peer"
    cid = collaborative(metrics_client, org, peer)
    puts = demo_projects(org, peer, cid, date(2026, 1, 5))
    for expected in (201, 200):
        for owner, path, body in puts:
            answer = metrics_client.put(path, json=body, headers=bearer(owner))
            assert answer.status_code == expected, (path, answer.text)
    items = metrics_client.get(f"/v1/collaboratives/{cid}/library", params={"outcome": "adopt"},
                               headers=bearer(org)).json()["items"]  # fmt: skip
    assert [(i["org"], i["project_id"]) for i in items] == [(peer, "reminders")]

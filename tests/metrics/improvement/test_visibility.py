"""Projects across organizations: private ones are not found, shared ones are read by the
collaborative's approved members only, without what discloses the owner's unit; the library."""

from __future__ import annotations

import uuid

from starlette.testclient import TestClient

from tests.metrics.improvement.helpers import collaborative, new_id, project
from tests.support.tokens import bearer

ACTED = {"title": "PDSA 1", "started_on": "2026-01-05", "ended_on": "2026-02-27",
         "act": "adopt", "lessons": "Calls work; texts did not."}  # fmt: skip


def orgs(n: int) -> list[str]:
    return [f"org-{uuid.uuid4().hex[:10]}" for _ in range(n)]


def test_a_private_project_is_404_to_every_other_org(metrics_client: TestClient) -> None:
    owner, peer = orgs(2)
    collaborative(metrics_client, owner, peer)
    pid = new_id("p")
    metrics_client.put(f"/v1/projects/{pid}", json=project(), headers=bearer(owner))
    metrics_client.put(f"/v1/projects/{pid}/cycles/c1", json=ACTED, headers=bearer(owner))
    for path in (f"/v1/projects/{pid}", f"/v1/projects/{pid}/cycles/c1"):
        answer = metrics_client.get(path, params={"org": owner}, headers=bearer(peer))
        assert answer.status_code == 404, answer.text
        assert metrics_client.get(path, headers=bearer(peer)).status_code == 404
    # The peer's PUT under the same id makes the peer's own project; the owner's is untouched.
    mine = metrics_client.put(f"/v1/projects/{pid}", json=project(title="Peer's"),
                              headers=bearer(peer))  # fmt: skip
    assert mine.status_code == 201 and mine.json()["org"] == peer
    kept = metrics_client.get(f"/v1/projects/{pid}", headers=bearer(owner)).json()
    assert kept["title"] == "More kept appointments"


def test_a_shared_project_is_read_by_approved_members_without_its_numbers(
    metrics_client: TestClient,
) -> None:
    owner, peer, applicant, outsider = orgs(4)
    cid = collaborative(metrics_client, owner, peer, applicant=applicant)
    pid = new_id("p")
    put = metrics_client.put(f"/v1/projects/{pid}", json=project(shared_with=cid),
                             headers=bearer(owner))  # fmt: skip
    assert put.status_code == 201, put.text
    metrics_client.put(f"/v1/projects/{pid}/cycles/c1", json=ACTED, headers=bearer(owner))
    seen = metrics_client.get(f"/v1/projects/{pid}", params={"org": owner}, headers=bearer(peer))
    assert seen.status_code == 200, seen.text
    body = seen.json()
    assert body["aim"]["baseline"] is None and body["aim"]["unit_id"] is None
    assert body["chart"] is None and body["aim"]["target"] == 0.75
    assert body["change_ideas"] == ["Reminder calls", "Evening slots"]
    assert body["cycles"][0]["lessons"] == "Calls work; texts did not."
    cycle = metrics_client.get(f"/v1/projects/{pid}/cycles/c1", params={"org": owner},
                               headers=bearer(peer)).json()  # fmt: skip
    assert cycle["study"] is None, "no chart or effect of another org's unit"
    for stranger in (applicant, outsider):
        answer = metrics_client.get(f"/v1/projects/{pid}", params={"org": owner},
                                    headers=bearer(stranger))  # fmt: skip
        assert answer.status_code == 404
    # Made private again, it disappears for the peer.
    metrics_client.put(f"/v1/projects/{pid}", json=project(), headers=bearer(owner))
    gone = metrics_client.get(f"/v1/projects/{pid}", params={"org": owner}, headers=bearer(peer))
    assert gone.status_code == 404


def test_the_library_lists_shared_projects_by_metric_and_outcome(
    metrics_client: TestClient,
) -> None:
    owner, peer, outsider = orgs(3)
    cid = collaborative(metrics_client, owner, peer)
    adopted, abandoned, private = new_id("a"), new_id("b"), new_id("c")
    for pid in (adopted, abandoned):
        metrics_client.put(f"/v1/projects/{pid}", json=project(shared_with=cid),
                           headers=bearer(peer))  # fmt: skip
    metrics_client.put(f"/v1/projects/{private}", json=project(), headers=bearer(peer))
    metrics_client.put(f"/v1/projects/{adopted}/cycles/a1", json=ACTED, headers=bearer(peer))
    metrics_client.put(f"/v1/projects/{abandoned}/cycles/b1", json={**ACTED, "act": "abandon"},
                       headers=bearer(peer))  # fmt: skip
    path = f"/v1/collaboratives/{cid}/library"
    items = metrics_client.get(path, headers=bearer(owner)).json()["items"]
    assert sorted(i["project_id"] for i in items) == sorted([adopted, abandoned])
    worked = metrics_client.get(path, params={"outcome": "adopt", "metric_id": "kept-rate"},
                                headers=bearer(owner)).json()["items"]  # fmt: skip
    assert [(i["project_id"], i["outcome"], i["cycles"]) for i in worked] == [(adopted, "adopt", 1)]
    assert worked[0]["href"] == f"/v1/projects/{adopted}?org={peer}"
    other_metric = metrics_client.get(path, params={"metric_id": "no-show-rate"},
                                      headers=bearer(owner)).json()["items"]  # fmt: skip
    assert other_metric == []
    assert metrics_client.get(path, headers=bearer(outsider)).status_code == 404
    bad = metrics_client.get(path, params={"outcome": "great"}, headers=bearer(owner))
    assert bad.status_code == 422
    # A member that leaves takes its shared projects out of the library.
    assert metrics_client.delete(f"/v1/collaboratives/{cid}/membership",
                                 headers=bearer(peer)).status_code == 204  # fmt: skip
    assert metrics_client.get(path, headers=bearer(owner)).json()["items"] == []

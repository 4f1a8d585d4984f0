"""The dashboard's improvement pages over HTTP: a project with its chart (each cycle a band)
and cycles with their effect, the list of projects, a collaborative's library."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.metrics.dashboard.html import body_rows
from tests.metrics.dashboard.pages import kept_shift, signed_in
from tests.metrics.improvement.helpers import collaborative, project
from tests.support.tokens import bearer

CYCLES = {
    "c1": {"title": "PDSA 1: reminder calls", "started_on": "2025-01-01",
           "ended_on": "2025-03-31", "act": "adapt", "lessons": "Calls work for adults."},
    "c2": {"title": "PDSA 2: calls and texts", "started_on": "2025-04-01"},
}  # fmt: skip


def seed(client: TestClient, org: str, **fields: object) -> None:
    kept_shift(org, client)
    assert client.put("/v1/projects/kept", json=project(**fields),
                      headers=bearer(org)).status_code == 201  # fmt: skip
    for cid, body in CYCLES.items():
        assert client.put(f"/v1/projects/kept/cycles/{cid}", json=body,
                          headers=bearer(org)).status_code == 201  # fmt: skip


def test_the_project_page_shows_the_aim_the_chart_with_bands_and_each_effect(
    client: TestClient, org: str
) -> None:
    seed(client, org)
    page = client.get("/dashboard/projects/kept", headers=signed_in(org))
    assert page.status_code == 200, page.text
    html = page.text
    assert "kept-rate for team team-a, from 0.6 to 0.75 by 2026-12-31" in html
    assert "<svg" in html and 'aria-details="cycles"' in html
    rows = body_rows(html, "cycles")
    assert [r.cells[0] for r in rows] == ["PDSA 1: reminder calls", "PDSA 2: calls and texts"]
    api = client.get("/v1/projects/kept/cycles/c1", headers=bearer(org)).json()
    level = api["study"]["effect"]["level_change"]
    assert f"Level change {level['estimate']:+.3g}" in rows[0].cells[3]
    assert rows[1].cells[2] == "2025-04-01 to running" and rows[1].cells[4] == "not yet"
    listed = client.get("/dashboard/projects", headers=signed_in(org)).text
    assert 'href="/dashboard/projects/kept"' in listed
    assert client.get("/dashboard/projects/kept", headers=signed_in("org-other")).status_code == 404


def test_the_library_page_lists_what_peers_shared(client: TestClient, org: str) -> None:
    peer = f"{org}-peer"
    cid = collaborative(client, org, peer)
    seed(client, peer, shared_with=cid)
    path = f"/dashboard/collaboratives/{cid}/library"
    rows = body_rows(client.get(path, headers=signed_in(org)).text, "library")
    assert [(r.cells[0], r.cells[5], r.cells[6]) for r in rows] == [
        (peer, "adapt", "Calls work for adults.")
    ]
    none = client.get(path, params={"outcome": "adopt"}, headers=signed_in(org)).text
    assert "No shared project matches." in none
    assert client.get(path, headers=signed_in("org-outsider")).status_code == 404

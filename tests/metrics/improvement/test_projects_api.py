"""Projects and cycles over HTTP: idempotent PUTs, checks in plan-do-act order, the study
(the segmented regression the interventions route computes, and a comparison unit)."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.metrics.improvement.helpers import new_id, project
from tests.metrics.learning.factory import insert, month, month_of_encounters
from tests.metrics.learning.test_interventions_api import KEPT, START, TOTALS
from tests.support.tokens import bearer

CYCLE = {
    "title": "PDSA 1: reminder calls",
    "change": "Reception calls every patient the day before.",
    "prediction": "Kept rate up by 0.1 within three months.",
    "started_on": "2025-01-01",
}


def series(client: TestClient, org: str, team: str, kept: list[int]) -> None:
    rows = []
    for i in range(24):
        rows += month_of_encounters(org, month(START, i), total=TOTALS[i], kept=kept[i],
                                    patients=60, prefix=f"{team}-m{i}", team_id=team)  # fmt: skip
    insert(client, rows)


def test_a_put_project_is_idempotent_and_replaces(metrics_client: TestClient, org: str) -> None:
    pid = new_id("p")
    first = metrics_client.put(f"/v1/projects/{pid}", json=project(), headers=bearer(org))
    assert first.status_code == 201, first.text
    again = metrics_client.put(f"/v1/projects/{pid}", json=project(), headers=bearer(org))
    assert again.status_code == 200 and again.json() == first.json()
    done = metrics_client.put(f"/v1/projects/{pid}", json=project(status="completed"),
                              headers=bearer(org))  # fmt: skip
    body = done.json()
    assert body["status"] == "completed" and body["aim"]["baseline"] == 0.6
    assert body["chart"] == "/v1/metrics/kept-rate/chart?level=team&unit=team-a&period=month"
    listed = metrics_client.get("/v1/projects", headers=bearer(org)).json()
    assert [p["project_id"] for p in listed["items"]] == [pid]


def test_bad_projects_are_422_naming_the_field(metrics_client: TestClient, org: str) -> None:
    cases = {
        "aim.metric_id": project(aim={"metric_id": "nope", "level": "team", "unit_id": "t"}),
        "aim.unit_id": project(aim={"metric_id": "kept-rate", "level": "team"}),
        "shared_with": project(shared_with="collab-unknown"),
    }
    for field, body in cases.items():
        answer = metrics_client.put("/v1/projects/p1", json=body, headers=bearer(org))
        assert answer.status_code == 422, (field, answer.text)
        assert field in answer.text
    blank = metrics_client.put("/v1/projects/p1", json=project(change_ideas=["  "]),
                               headers=bearer(org))  # fmt: skip
    assert blank.status_code == 422
    assert metrics_client.get("/v1/projects/p1", headers=bearer(org)).status_code == 404


def test_cycles_follow_plan_do_study_act(metrics_client: TestClient, org: str) -> None:
    pid, other = new_id("p"), new_id("p")
    for p in (pid, other):
        metrics_client.put(f"/v1/projects/{p}", json=project(), headers=bearer(org))
    path = f"/v1/projects/{pid}/cycles/c1"
    made = metrics_client.put(path, json=CYCLE, headers=bearer(org))
    assert made.status_code == 201, made.text
    assert metrics_client.put(path, json=CYCLE, headers=bearer(org)).status_code == 200
    early = metrics_client.put(path, json={**CYCLE, "act": "adopt"}, headers=bearer(org))
    assert early.status_code == 422 and "ended_on" in early.text
    backwards = {**CYCLE, "ended_on": "2024-12-31"}
    assert metrics_client.put(path, json=backwards, headers=bearer(org)).status_code == 422
    acted = {**CYCLE, "ended_on": "2025-03-31", "act": "adopt", "lessons": "Keep calling."}
    assert metrics_client.put(path, json=acted, headers=bearer(org)).json()["act"] == "adopt"
    clash = metrics_client.put(f"/v1/projects/{other}/cycles/c1", json=CYCLE, headers=bearer(org))
    assert clash.status_code == 409, clash.text
    missing = metrics_client.put("/v1/projects/none/cycles/c2", json=CYCLE, headers=bearer(org))
    assert missing.status_code == 404
    cycles = metrics_client.get(f"/v1/projects/{pid}", headers=bearer(org)).json()["cycles"]
    assert [(c["cycle_id"], c["act"], c["study"]) for c in cycles] == [("c1", "adopt", None)]


def test_the_study_recovers_the_effect_and_the_comparison_removes_a_shared_shock(
    metrics_client: TestClient, org: str
) -> None:
    # team-a is the interventions test's series (a jump of 0.15 from 2025-01); team-b has the
    # same series without the jump, so against it the jump is the whole effect too.
    series(metrics_client, org, "team-a", KEPT)
    flat = [round((0.60 + 0.002 * i + 0.01 * ((i * 7) % 3 - 1)) * t)
            for i, t in enumerate(TOTALS)]  # fmt: skip
    series(metrics_client, org, "team-b", flat)
    pid = new_id("p")
    metrics_client.put(f"/v1/projects/{pid}", json=project(), headers=bearer(org))
    metrics_client.put(f"/v1/projects/{pid}/cycles/c1", json=CYCLE, headers=bearer(org))
    read = metrics_client.get(f"/v1/projects/{pid}/cycles/c1",
                              params={"compare_unit": "team-b"}, headers=bearer(org))  # fmt: skip
    assert read.status_code == 200, read.text
    study = read.json()["study"]
    effect = study["effect"]
    assert (effect["points_before"], effect["points_after"]) == (12, 12)
    assert effect["level_change"]["lower"] < 0.15 < effect["level_change"]["upper"]
    alias = metrics_client.get("/v1/interventions/c1/effect", headers=bearer(org)).json()
    assert alias["level_change"] == effect["level_change"]
    comparison = study["comparison"]
    assert comparison["unit_id"] == "team-b" and comparison["points"] == 48
    difference = comparison["level_change_difference"]
    assert difference["lower"] < 0.15 < difference["upper"] and difference["lower"] > 0.05
    same = metrics_client.get(f"/v1/projects/{pid}/cycles/c1",
                              params={"compare_unit": "team-a"}, headers=bearer(org))  # fmt: skip
    assert same.status_code == 422 and "compare_unit" in same.text

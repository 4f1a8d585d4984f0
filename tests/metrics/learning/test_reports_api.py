"""The clinician feedback report over HTTP: caseload beside team and org, suppressed."""

from __future__ import annotations

from datetime import date

from starlette.testclient import TestClient

from tests.metrics.learning.factory import episode, insert, month_of_encounters
from tests.metrics.rounding import rounded, share
from tests.support.tokens import bearer

DAY = date(2026, 2, 10)


def caseload(org: str, clinician: str, team: str, *, patients: int, improved: int) -> list[object]:
    rows: list[object] = [
        episode(org, DAY, patient=f"{clinician}-{i}", improved=i < improved,
                clinician_id=clinician, team_id=team)
        for i in range(patients)
    ]  # fmt: skip
    rows += month_of_encounters(
        org, DAY.replace(day=1), total=2 * patients, kept=patients + improved,
        patients=patients, prefix=clinician, clinician_id=clinician, team_id=team,
    )  # fmt: skip
    return rows


def report(client: TestClient, org: str, clinician: str):
    return client.get(
        f"/v1/reports/clinicians/{clinician}",
        params={"from": "2026-01-01", "to": "2026-03-31"},
        headers=bearer(org),
    )


def test_a_caseload_is_shown_beside_its_team_and_org(metrics_client: TestClient, org: str) -> None:
    insert(
        metrics_client,
        caseload(org, "c-1", "team-a", patients=30, improved=15)
        + caseload(org, "c-2", "team-a", patients=25, improved=12)
        + caseload(org, "c-3", "team-b", patients=40, improved=14),
    )
    response = report(metrics_client, org, "c-1")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["team_id"] == "team-a"
    lines = {line["metric_id"]: line for line in body["lines"]}
    improvement = lines["mbc-reliable-improvement"]
    # Published values are computed from counts rounded to 5 (27/55 is published as 25/55).
    assert improvement["clinician"]["value"] == share(15, 30)
    assert improvement["team"]["value"] == share(27, 55)
    assert improvement["team"]["numerator"] == rounded(27)
    assert improvement["org"]["value"] == share(41, 95)
    assert improvement["org"]["rounded_to"] == 5
    kept = lines["kept-rate"]
    assert kept["clinician"]["value"] == share(45, 60)
    assert kept["org"]["value"] == share(45 + 37 + 54, 190)
    assert "feedback-mean" not in lines


def test_a_small_caseload_is_suppressed_but_its_team_is_not(
    metrics_client: TestClient, org: str
) -> None:
    insert(
        metrics_client,
        caseload(org, "c-1", "team-a", patients=30, improved=15)
        + caseload(org, "c-small", "team-a", patients=4, improved=2)
        + caseload(org, "c-3", "team-b", patients=40, improved=14),
    )
    body = report(metrics_client, org, "c-small").json()
    line = next(x for x in body["lines"] if x["metric_id"] == "mbc-reliable-improvement")
    assert line["clinician"]["suppressed"] and line["clinician"]["value"] is None
    assert line["team"]["value"] == share(17, 34) and not line["team"]["suppressed"]
    # c-1 beside the same team: publishing c-1 would let team minus c-1 reveal c-small.
    other = report(metrics_client, org, "c-1").json()
    line = next(x for x in other["lines"] if x["metric_id"] == "mbc-reliable-improvement")
    assert line["clinician"]["suppressed"]


def test_a_reversed_range_is_a_422_problem(metrics_client: TestClient, org: str) -> None:
    response = metrics_client.get(
        "/v1/reports/clinicians/c-1", params={"from": "2026-03-01", "to": "2026-01-01"},
        headers=bearer(org),
    )  # fmt: skip
    assert response.status_code == 422 and response.json()["errors"][0]["pointer"] == "/query/from"

"""The demo's workforce, played into intake over HTTP: every clinician the sessions name is a
staff record, the roster and establishments are accepted whole, and there are leavers and
vacancies for turnover and vacancy metrics to count."""

from __future__ import annotations

from datetime import date, timedelta

from starlette.testclient import TestClient

from synthetic.generator import OrgPlan, generate
from synthetic.workforce import workforce
from tests.support.tokens import bearer


def test_the_roster_covers_the_clinicians_and_is_accepted(
    intake_client: TestClient, org: str
) -> None:
    start = date.today() - timedelta(weeks=52)
    plan = OrgPlan(org=org, patients=40, start=start, weeks=52, sites=2, teams_per_site=2)
    data = generate(plan)
    staff = workforce(plan.seed, data.encounters, start=start, end=start + timedelta(weeks=52))
    ids = {s["staff_id"] for s in staff.staff}
    assert {e["clinician_id"] for e in data.encounters} <= ids
    leavers = [s for s in staff.staff if "ended_on" in s]
    assert leavers and all(s["leaving_reason"] for s in leavers)
    headers = bearer(org, "intake:workforce")
    answer = intake_client.post("/v1/staff:batch", json=staff.staff, headers=headers)
    assert (answer.status_code, answer.json()["refused"]) == (200, 0), answer.text
    in_post = {s["team_id"]: 0.0 for s in staff.staff}
    for s in staff.staff:
        if "ended_on" not in s:
            in_post[s["team_id"]] += s["fte"]
    vacancies = 0
    for row in staff.establishments:
        body = {k: v for k, v in row.items() if k != "team_id"}
        put = intake_client.put(f"/v1/establishments/{row['team_id']}", json=body, headers=headers)
        assert put.status_code == 201, put.text
        assert row["funded_fte"] >= round(in_post[row["team_id"]], 1)
        vacancies += row["funded_fte"] > round(in_post[row["team_id"]], 1)
    assert vacancies >= 1
    # Replaying the demo stores nothing twice.
    again = intake_client.post("/v1/staff:batch", json=staff.staff, headers=headers).json()
    assert {r["status"] for r in again["results"]} == {200}

"""The demo's staff survey round (synthetic/staff_survey.py) against measures over HTTP: one
closed campaign over the generator's teams, 60-80 % of each team answering, answers that
differ by team, and no second round when the demo runs again."""

from __future__ import annotations

from datetime import date
from statistics import mean

from starlette.testclient import TestClient

from synthetic.generator import OrgPlan
from synthetic.staff_survey import survey_round, teams
from tests.intake.feed import read_feed
from tests.measures.staff_surveys._support import ADMIN, TODAY
from tests.support.tokens import bearer


def test_a_demo_round_is_answered_by_most_of_each_team_and_closed(
    measures_client: TestClient, org: str
) -> None:
    plan = OrgPlan(org=org, seed=2026, sites=2, teams_per_site=3, start=date(2026, 1, 5))
    admin = TestClient(measures_client.app, headers=bearer(org, scope=f"{ADMIN} measures:write"))
    respondent = TestClient(measures_client.app)
    done = survey_round(plan, "", admin, respondent, TODAY)
    assert done is not None
    feed = read_feed(measures_client, org)
    events = [e["data"] for e in feed if e["type"] == "staff-survey.closed"]
    assert sorted(e["team_id"] for e in events) == [team for team, _ in teams(plan)]
    assert sum(len(e["responses"]) for e in events) == done.answered
    for event in events:
        rate = len(event["responses"]) / event["invited"]
        assert 0.55 <= rate <= 0.85, (event["team_id"], rate)
    joy = [mean(r["scores"]["miniz2"]["total"] for r in e["responses"]) for e in events]
    assert max(joy) - min(joy) >= 4, joy  # teams' climates differ
    assert all(10 <= j <= 50 for j in joy)
    assert survey_round(plan, "", admin, respondent, TODAY) is None

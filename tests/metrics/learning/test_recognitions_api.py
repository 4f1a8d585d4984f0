"""Recognitions over HTTP: a planted sustained improvement is found, pure noise is not.

Four teams of one organization, 24 months each of about 100 appointments over 40 patients.
Every team keeps a seeded random 60 % of them (binomial noise), except `team-better`, whose
process moves to 80 % from month 15 on. The kept rate's chart (p, higher is better) and its
mirror, the no-show rate (lower is better), should recognize that team alone.
"""

from __future__ import annotations

import random
from datetime import date

from starlette.testclient import TestClient

from tests.metrics.learning.factory import insert, month, month_of_encounters
from tests.support.tokens import bearer

START = date(2024, 1, 1)
MONTHS = 24
CHANGE = 14  # the first month of the better process (2025-03)
TEAMS = ("team-better", "team-noise-1", "team-noise-2", "team-noise-3")


def seed(client: TestClient, org: str, seed: int = 20261206) -> None:
    rng = random.Random(seed)
    rows = []
    for team in TEAMS:
        for i in range(MONTHS):
            p = 0.8 if team == "team-better" and i >= CHANGE else 0.6
            total = 100
            kept = sum(rng.random() < p for _ in range(total))
            rows += month_of_encounters(
                org, month(START, i), total=total, kept=kept, patients=40,
                prefix=f"{team}-{i}", team_id=team,
            )  # fmt: skip
    insert(client, rows)


def test_a_planted_improvement_is_recognized_and_noise_is_not(
    metrics_client: TestClient, org: str
) -> None:
    seed(metrics_client, org)
    response = metrics_client.get("/v1/recognitions", params={"level": "team"}, headers=bearer(org))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["rule_set"] == "anhoej" and body["level"] == "team"
    found = {(r["metric_id"], r["unit_id"]) for r in body["items"]}
    assert found == {("kept-rate", "team-better"), ("no-show-rate", "team-better")}
    for r in body["items"]:
        # 24 points: a run longer than round(log2 24) + 3 = 8 on the better side.
        assert r["rule"] == "long_run", r["rule"]
        # The evidence: the published points, all on the better side of the centre line.
        assert len(r["points"]) >= 9
        side = 1 if r["better"] == "higher" else -1
        assert all(side * (p["value"] - r["centre"]) > 0 for p in r["points"])
        assert r["first_period"] >= "2025-03-01"  # within the better process
        assert r["points"][0]["period"] == r["first_period"]
        assert r["chart_url"].startswith(f"/v1/metrics/{r['metric_id']}/chart?level=team")


def test_since_leaves_out_older_signals_and_a_metric_can_be_named(
    metrics_client: TestClient, org: str
) -> None:
    seed(metrics_client, org)
    later = metrics_client.get(
        "/v1/recognitions", params={"level": "team", "since": "2026-01-01"}, headers=bearer(org)
    ).json()
    assert later["items"] == []  # the last month charted is 2025-12
    kept = metrics_client.get(
        "/v1/recognitions", params={"level": "team", "metric_id": "kept-rate"},
        headers=bearer(org),
    ).json()  # fmt: skip
    assert {r["metric_id"] for r in kept["items"]} == {"kept-rate"}
    unknown = metrics_client.get(
        "/v1/recognitions", params={"metric_id": "no-such-metric"}, headers=bearer(org)
    )
    assert unknown.status_code == 404


def test_a_single_point_beyond_the_limits_is_not_a_recognition(
    metrics_client: TestClient, org: str
) -> None:
    rng = random.Random(7)
    rows = []
    for i in range(MONTHS):
        kept = 88 if i == MONTHS - 1 else sum(rng.random() < 0.6 for _ in range(100))
        rows += month_of_encounters(org, month(START, i), total=100, kept=kept, patients=40,
                                    prefix=f"spike-{i}", team_id="team-spike")  # fmt: skip
    insert(metrics_client, rows)
    chart = metrics_client.get(
        "/v1/metrics/kept-rate/chart",
        params={"level": "team", "unit": "team-spike", "rules": "nhs"}, headers=bearer(org),
    ).json()  # fmt: skip
    # 88 of 100 kept, published as 90 %: far above the limits.
    assert "beyond_limits" in chart["points"][-1]["signals"]
    for rules in ("anhoej", "nhs"):
        body = metrics_client.get(
            "/v1/recognitions", params={"level": "team", "rules": rules}, headers=bearer(org)
        ).json()
        assert body["items"] == [], rules


def test_every_clinicians_recognitions_are_for_leaders(
    metrics_client: TestClient, org: str
) -> None:
    clinicians = {"level": "clinician"}
    as_clinician = bearer(org, role="clinician", clinician_id="c-1")
    refused = metrics_client.get("/v1/recognitions", params=clinicians, headers=as_clinician)
    assert refused.status_code == 403
    leader = metrics_client.get("/v1/recognitions", params=clinicians, headers=bearer(org))
    assert leader.status_code == 200 and leader.json()["items"] == []

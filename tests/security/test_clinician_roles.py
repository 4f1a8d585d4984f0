"""Whose clinician-level figures a token sees, over HTTP on every route that names a clinician
or answers clinician-level cells: a clinician their own, a supervisor their teams', a leader
everyone's, and a token without a role none (unless the deployment treats it as a leader).

One org, three clinicians: c-1 and c-2 in team-a, c-3 in team-b, each with a month of
sessions of 40 patients (no cell is small, so a refusal is the role's, not suppression's).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from services.metrics.app import MIGRATIONS, create_app
from services.metrics.settings import MetricsSettings
from tests.metrics.dashboard.pages import signed_in
from tests.metrics.learning.factory import insert, month_of_encounters
from tests.support.services import migrated_client
from tests.support.tokens import bearer

MONTH = date(2026, 2, 1)
RANGE = {"period": "month", "from": "2026-02-01", "to": "2026-02-28"}
TEAMS = {"c-1": "team-a", "c-2": "team-a", "c-3": "team-b"}


def seed(client: TestClient, org: str) -> None:
    for clinician, team in TEAMS.items():
        insert(
            client,
            month_of_encounters(
                org, MONTH, total=100, kept=70, patients=40, prefix=clinician,
                clinician_id=clinician, team_id=team,
            ),
        )  # fmt: skip


def clinician_routes(
    client: TestClient, org: str, clinician: str | None
) -> dict[str, tuple[str, dict[str, str]]]:
    """Each clinician-level route, about ``clinician`` (None: every clinician at once)."""
    at = {"level": "clinician", **RANGE} | ({"unit": clinician} if clinician else {})
    routes = {
        "values": ("/v1/metrics/kept-rate/values", at),
        "csv": ("/v1/metrics/kept-rate/values", {**at, "format": "csv"}),
        "chart": ("/v1/metrics/kept-rate/chart", at),
        "chart.svg": ("/v1/metrics/kept-rate/chart.svg", at),
        "equity": ("/v1/metrics/kept-rate/equity", {**at, "by": "race"}),
    }
    if clinician is None:  # the routes that answer every unit at once
        return {k: v for k, v in routes.items() if k in ("values", "csv")}
    if clinician:
        routes["measure report"] = ("/v1/metrics/kept-rate/measure-report", at)
        routes["report"] = (f"/v1/reports/clinicians/{clinician}", {})
    return routes


def statuses(client: TestClient, headers: dict[str, str], routes: dict) -> dict[str, int]:
    return {
        name: client.get(path, params=params, headers=headers).status_code
        for name, (path, params) in routes.items()
    }


def expect(routes: dict, code: int) -> dict[str, int]:
    return dict.fromkeys(routes, code)


@pytest.fixture
def seeded(metrics_client: TestClient, org: str) -> str:
    seed(metrics_client, org)
    return org


def test_a_clinician_sees_their_own_figures_only(metrics_client: TestClient, seeded: str) -> None:
    me = bearer(seeded, role="clinician", sub="c-1")
    mine = clinician_routes(metrics_client, seeded, "c-1")
    assert statuses(metrics_client, me, mine) == expect(mine, 200)
    theirs = clinician_routes(metrics_client, seeded, "c-2")
    assert statuses(metrics_client, me, theirs) == expect(theirs, 404)
    everyone = clinician_routes(metrics_client, seeded, None)
    assert statuses(metrics_client, me, everyone) == expect(everyone, 403)
    # The clinician id may differ from the subject: the `clinician_id` claim names it.
    by_claim = bearer(seeded, role="clinician", sub="user-77", clinician_id="c-2")
    assert statuses(metrics_client, by_claim, theirs) == expect(theirs, 200)
    assert statuses(metrics_client, by_claim, mine) == expect(mine, 404)


def test_a_supervisor_sees_their_teams_clinicians(metrics_client: TestClient, seeded: str) -> None:
    supervisor = bearer(seeded, role="supervisor", sub="s-1", teams=["team-a"])
    for clinician in ("c-1", "c-2"):
        routes = clinician_routes(metrics_client, seeded, clinician)
        assert statuses(metrics_client, supervisor, routes) == expect(routes, 200), clinician
    other_team = clinician_routes(metrics_client, seeded, "c-3")
    assert statuses(metrics_client, supervisor, other_team) == expect(other_team, 404)
    everyone = clinician_routes(metrics_client, seeded, None)
    assert statuses(metrics_client, supervisor, everyone) == expect(everyone, 403)


def test_a_leader_sees_every_clinician(metrics_client: TestClient, seeded: str) -> None:
    leader = bearer(seeded, role="leader", sub="lead")
    for clinician in (*TEAMS, None):
        routes = clinician_routes(metrics_client, seeded, clinician)
        assert statuses(metrics_client, leader, routes) == expect(routes, 200), clinician


def test_a_token_without_a_role_sees_no_clinician_but_teams_still(
    metrics_client: TestClient, seeded: str
) -> None:
    roleless = bearer(seeded, role=None)
    for clinician in ("c-1", None):
        routes = clinician_routes(metrics_client, seeded, clinician)
        assert statuses(metrics_client, roleless, routes) == expect(routes, 403)
    refused = metrics_client.get("/v1/reports/clinicians/c-1", headers=roleless).json()
    assert refused["type"].endswith("/role-required")
    team = metrics_client.get(
        "/v1/metrics/kept-rate/values", params={"level": "team", "unit": "team-a", **RANGE},
        headers=roleless,
    )  # fmt: skip
    assert team.status_code == 200


def test_a_clinician_level_interventions_effect_follows_the_role(
    metrics_client: TestClient, seeded: str
) -> None:
    leader = bearer(seeded)
    posted = metrics_client.post(
        "/v1/interventions",
        json={"metric_id": "kept-rate", "level": "clinician", "unit_id": "c-2",
              "started_on": "2026-02-10", "title": "Reminder calls"},
        headers=leader,
    )  # fmt: skip
    assert posted.status_code == 201, posted.text
    effect = f"/v1/interventions/{posted.json()['intervention_id']}/effect"
    assert metrics_client.get(effect, headers=leader).status_code in (200, 422)
    me = bearer(seeded, role="clinician", sub="c-1")
    assert metrics_client.get(effect, headers=me).status_code == 404


def test_the_dashboard_follows_the_role(metrics_client: TestClient, seeded: str) -> None:
    metrics_client.cookies.clear()
    try:
        me = signed_in(seeded, role="clinician", sub="c-1")
        own = metrics_client.get("/dashboard/clinicians/c-1", headers=me)
        assert own.status_code == 200
        assert metrics_client.get("/dashboard/clinicians/c-2", headers=me).status_code == 404
        level = {"level": "clinician", "unit": "c-2"}
        assert metrics_client.get("/dashboard", params=level, headers=me).status_code == 404
        page = metrics_client.get("/dashboard", params={**level, "unit": "c-1"}, headers=me)
        assert page.status_code == 200
        assert "c-1" in page.text and "c-2" not in page.text and "c-3" not in page.text
        lead = metrics_client.get("/dashboard", params=level, headers=signed_in(seeded))
        assert "c-3" in lead.text
        roleless = signed_in(seeded, role=None)
        assert metrics_client.get("/dashboard/clinicians/c-1", headers=roleless).status_code == 403
    finally:
        metrics_client.cookies.clear()


def test_a_malformed_role_claim_is_refused(metrics_client: TestClient, org: str) -> None:
    for claims in ({"role": "superuser"}, {"role": "supervisor", "teams": "team-a"}):
        headers = bearer(
            org, role=None, **({"teams": claims["teams"]} if "teams" in claims else {})
        )
        if "teams" not in claims:
            from shared.auth import issue_local_token

            token = issue_local_token(org=org, scope="metrics:read", extra=claims)
            headers = {"Authorization": f"Bearer {token}"}
        answer = metrics_client.get("/v1/metrics", headers=headers)
        assert answer.status_code == 401, claims


@pytest.fixture(scope="module")
def roleless_as_leader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with migrated_client(
        label="metrics_roleless",
        folder=tmp_path_factory.mktemp("roleless"),
        settings_cls=MetricsSettings,
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        consumer_enabled=False,
        roleless_tokens="leader",
    ) as client:
        yield client


def test_a_deployment_may_treat_roleless_tokens_as_leaders(
    roleless_as_leader: TestClient, org: str, tmp_path: Path
) -> None:
    seed(roleless_as_leader, org)
    roleless = bearer(org, role=None)
    for clinician in ("c-3", None):
        routes = clinician_routes(roleless_as_leader, org, clinician)
        assert statuses(roleless_as_leader, roleless, routes) == expect(routes, 200)
    me = bearer(org, role="clinician", sub="c-1")  # a stated role still counts
    routes = clinician_routes(roleless_as_leader, org, "c-3")
    assert statuses(roleless_as_leader, me, routes) == expect(routes, 404)

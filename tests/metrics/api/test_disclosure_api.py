"""The disclosure policy over HTTP: the differencing attacks of issue 14 no longer give an exact
small count, and every route publishes snapped ranges and rounded counts.

Each attack subtracts published numbers, exactly as an attacker would, and asks which true
hidden counts are consistent with what was published (:func:`hidden_candidates`). Before the
policy the answer was one exact count of 1 to 10; now several remain possible.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.metrics.app import MIGRATIONS, create_app
from services.metrics.dashboard.signin import COOKIE
from services.metrics.settings import MetricsSettings
from shared.auth import issue_local_token
from tests.metrics.dashboard.html import Row, body_rows
from tests.metrics.learning.factory import encounter, episode, insert, patient
from tests.metrics.rounding import hidden_candidates, rounded, rounded_n, share
from tests.support.collaboratives import admit, create
from tests.support.services import migrated_client
from tests.support.tokens import bearer

Q1 = {"from": "2026-01-01", "to": "2026-03-31"}
SMALL = range(1, 11)


def appointments(
    org: str, *, patients: int, visits: int, kept: int, prefix: str, **fields: Any
) -> list[object]:
    """``visits`` appointments in the first quarter of 2026 over ``patients`` patients."""
    return [
        encounter(
            org, date(2026, 1 + i % 3, 2 + i % 25), kept=i < kept,
            patient=f"{prefix}-{i % patients}", **fields,
        )
        for i in range(visits)
    ]  # fmt: skip


def values(client: TestClient, org: str, metric: str = "kept-rate", **params: str) -> list[dict]:
    response = client.get(
        f"/v1/metrics/{metric}/values", params={"period": "quarter", **Q1, **params},
        headers=bearer(org),
    )  # fmt: skip
    assert response.status_code == 200, response.text
    return response.json()["values"]


def only(cells: list[dict], unit: str) -> dict:
    (cell,) = [c for c in cells if c["unit_id"] == unit]
    return cell


def assert_not_exact(hidden: dict[str, int], total: dict, parts: list[dict]) -> None:
    """For each count, the attacker's subtraction leaves several small values possible (and
    the true one among them: the model of what was published is right)."""
    base = total["rounded_to"]
    for name, true in hidden.items():
        candidates = hidden_candidates(
            total[name], [p[name] for p in parts], total_base=base, part_base=base
        )
        assert true in candidates, (name, true, candidates)
        assert len([h for h in candidates if h in SMALL]) >= 2, (name, candidates)


def two_sites(org: str) -> list[object]:
    """site-1: team-a (5 patients, primary-suppressed) and team-b (40); site-2: team-c (30,
    the smallest other team, hidden as its complement) and team-d (35)."""
    rows: list[object] = []
    for team, site, patients, visits, kept in (
        ("team-a", "site-1", 5, 7, 5),
        ("team-b", "site-1", 40, 80, 60),
        ("team-c", "site-2", 30, 60, 40),
        ("team-d", "site-2", 35, 70, 50),
    ):
        rows += appointments(org, patients=patients, visits=visits, kept=kept, prefix=team,
                             team_id=team, site_id=site, clinician_id=f"c-{team}")  # fmt: skip
    return rows


def test_site_minus_team_by_quarter_is_not_exact(metrics_client: TestClient, org: str) -> None:
    insert(metrics_client, two_sites(org))
    teams = values(metrics_client, org, level="team")
    assert only(teams, "team-a")["reason"] == "primary"
    assert only(teams, "team-c")["reason"] == "complementary"
    site = only(values(metrics_client, org, level="site"), "site-1")
    team_b = only(teams, "team-b")
    assert not site["suppressed"] and not team_b["suppressed"]
    # site-1 minus team-b was team-a's exact 5 patients, 5 kept of 7 appointments.
    assert_not_exact({"n": 5, "numerator": 5, "denominator": 7}, site, [team_b])


def test_a_team_hidden_on_values_is_not_recovered_through_the_equity_route(
    metrics_client: TestClient, org: str
) -> None:
    insert(metrics_client, two_sites(org))
    teams = values(metrics_client, org, level="team")
    assert only(teams, "team-c")["suppressed"]
    response = metrics_client.get(
        "/v1/metrics/kept-rate/equity",
        params={"by": "race", "level": "team", "unit": "team-c", **Q1},
        headers=bearer(org),
    )
    assert response.status_code == 200, response.text
    team_c = response.json()["total"]
    assert not team_c["suppressed"] and team_c["rounded_to"] == 5
    assert (team_c["n"], team_c["numerator"], team_c["denominator"]) == (
        rounded_n(30), rounded(40), rounded(60),
    )  # fmt: skip
    whole = values(metrics_client, org)[0]
    # The org minus teams b, d (values) and c (equity) was team-a's exact counts.
    parts = [only(teams, "team-b"), only(teams, "team-d"), team_c]
    assert_not_exact({"n": 5, "numerator": 5, "denominator": 7}, whole, parts)


def test_a_clinician_hidden_on_values_is_not_recovered_through_the_report(
    metrics_client: TestClient, org: str
) -> None:
    day = date(2026, 2, 10)
    rows: list[object] = []
    for clinician, patients, improved in (("c-1", 30, 15), ("c-2", 25, 12), ("c-small", 4, 2)):
        rows += [
            episode(org, day, patient=f"{clinician}-{i}", improved=i < improved,
                    clinician_id=clinician, team_id="team-a")
            for i in range(patients)
        ]  # fmt: skip
    insert(metrics_client, rows)
    metric = "mbc-reliable-improvement"
    clinicians = values(metrics_client, org, metric, level="clinician")
    assert only(clinicians, "c-small")["reason"] == "primary"
    assert only(clinicians, "c-2")["reason"] == "complementary"
    report = metrics_client.get("/v1/reports/clinicians/c-2", params=Q1, headers=bearer(org))
    assert report.status_code == 200, report.text
    line = next(x for x in report.json()["lines"] if x["metric_id"] == metric)
    c2 = line["clinician"]
    assert not c2["suppressed"] and c2["value"] == share(12, 25) and c2["rounded_to"] == 5
    team = only(values(metrics_client, org, metric, level="team"), "team-a")
    # team-a minus c-1 (values) minus c-2 (report) was c-small's exact 4 patients, 2 improved.
    assert_not_exact(
        {"n": 4, "numerator": 2, "denominator": 4}, team, [only(clinicians, "c-1"), c2]
    )


def test_org_minus_a_modality_filter_is_not_exact(metrics_client: TestClient, org: str) -> None:
    rows = appointments(org, patients=40, visits=80, kept=60, prefix="ip", modality="in-person")
    rows += appointments(org, patients=6, visits=8, kept=3, prefix="v", modality="video")
    insert(metrics_client, rows)
    (video,) = values(metrics_client, org, modality="video")
    assert video["suppressed"]
    (whole,) = values(metrics_client, org)
    (in_person,) = values(metrics_client, org, modality="in-person")
    assert_not_exact({"n": 6, "numerator": 3, "denominator": 8}, whole, [in_person])


def test_a_quarter_minus_its_published_months_is_not_exact(
    metrics_client: TestClient, org: str
) -> None:
    rows: list[object] = []
    for month, (patients, visits, kept) in enumerate(((30, 60, 30), (30, 60, 30), (6, 8, 4))):
        rows += [
            encounter(org, date(2026, 1 + month, 2 + i % 25), kept=i < kept,
                      patient=f"m{month}-{i % patients}")
            for i in range(visits)
        ]  # fmt: skip
    insert(metrics_client, rows)
    months = values(metrics_client, org, period="month")
    assert [m["suppressed"] for m in months] == [False, False, True]
    (quarter,) = values(metrics_client, org)
    # The quarter minus January and February was March's exact 6 patients, 4 kept of 8.
    assert_not_exact({"n": 6, "numerator": 4, "denominator": 8}, quarter, months[:2])


def test_two_ranges_a_day_apart_publish_the_same_whole_periods(
    metrics_client: TestClient, org: str
) -> None:
    rows = appointments(org, patients=40, visits=80, kept=60, prefix="p")
    rows += [encounter(org, date(2026, 3, 16), kept=False, patient="late")]
    rows += [patient(org, f"p-{i}", race="2106-3") for i in range(40)]
    insert(metrics_client, rows)
    # The late no-show falls on Monday 16 March: a range to the 15th and one to the 16th
    # differed by that one patient. Weeks are asked for up to the 16th and the 17th (the same
    # Monday week).
    month_pair, week_pair = ("2026-03-15", "2026-03-16"), ("2026-03-16", "2026-03-17")
    for path, params, days, start, end in (
        ("/v1/metrics/kept-rate/values", {"period": "month"}, month_pair, "2026-01-01",
         "2026-03-31"),
        ("/v1/metrics/kept-rate/values", {"period": "week"}, week_pair, "2025-12-29",
         "2026-03-22"),
        ("/v1/metrics/kept-rate/chart", {"level": "org"}, month_pair, "2026-01-01",
         "2026-03-31"),
        ("/v1/metrics/kept-rate/equity", {"by": "race"}, month_pair, "2026-01-01", "2026-03-31"),
        ("/v1/reports/clinicians/c-1", {}, month_pair, "2026-01-01", "2026-03-31"),
    ):  # fmt: skip
        before, after = (
            metrics_client.get(
                path, params={**params, "from": "2026-01-01", "to": last}, headers=bearer(org)
            ).json()
            for last in days
        )
        for body in (before, after):
            body.pop("to", None), body.pop("end", None)
        assert before == after, path
        assert (before["effective_from"], before["effective_to"]) == (start, end), path


def counts(body: object) -> list[tuple[int, float]]:
    """Every (rounded_to, count) pair in a response: n, numerator and denominator of each
    object that says what it was rounded to."""
    out: list[tuple[int, float]] = []
    if isinstance(body, dict):
        if body.get("rounded_to"):
            out += [
                (body["rounded_to"], body[k])
                for k in ("n", "numerator", "denominator")
                if body.get(k) is not None
            ]
        for v in body.values():
            out += counts(v)
    elif isinstance(body, list):
        for v in body:
            out += counts(v)
    return out


def test_every_route_publishes_rounded_counts_over_snapped_ranges(
    metrics_client: TestClient, org: str
) -> None:
    insert(metrics_client, two_sites(org))
    insert(metrics_client, [patient(org, f"team-b-{i}", race="2106-3") for i in range(40)])
    odd = {"from": "2026-01-07", "to": "2026-03-20"}
    h = bearer(org)
    routes = {
        "values": ("/v1/metrics/kept-rate/values", {"level": "team", "period": "quarter"}),
        "chart": (
            "/v1/metrics/kept-rate/chart",
            {"level": "team", "unit": "team-b", "period": "quarter"},
        ),
        "equity": ("/v1/metrics/kept-rate/equity", {"by": "race"}),
        "report": ("/v1/reports/clinicians/c-team-b", {}),
    }
    for name, (path, params) in routes.items():
        response = metrics_client.get(path, params={**params, **odd}, headers=h)
        assert response.status_code == 200, (name, response.text)
        body = response.json()
        assert (body["effective_from"], body["effective_to"]) == ("2026-01-01", "2026-03-31")
        found = counts(body)
        assert found, name
        assert all(base == 5 and c % 5 == 0 for base, c in found), (name, found)
    # The values route's numbers are those of the true counts, rounded.
    team_b = [
        v for v in metrics_client.get(
            routes["values"][0], params={**routes["values"][1], **odd}, headers=h
        ).json()["values"] if v["unit_id"] == "team-b"
    ]  # fmt: skip
    assert [(v["denominator"], v["numerator"], v["n"]) for v in team_b] == [
        (rounded(80), rounded(60), rounded_n(40))
    ]
    csv_text = metrics_client.get(
        routes["values"][0], params={**routes["values"][1], **odd, "format": "csv"}, headers=h
    ).text
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert {r["rounded_to"] for r in rows if r["suppressed"] == "false"} == {"5"}
    assert all(float(r["denominator"]) % 5 == 0 for r in rows if r["denominator"])
    report = metrics_client.get(
        "/v1/metrics/kept-rate/measure-report",
        params={"level": "team", "unit": "team-b", "period": "quarter", "from": "2026-02-17"},
        headers=h,
    ).json()
    (group,) = report["group"]
    population = {p["code"]["coding"][0]["code"]: p["count"] for p in group["population"]}
    assert population == {"numerator": rounded(60), "denominator": rounded(80)}
    assert group["measureScore"]["value"] == share(60, 80)
    assert report["period"] == {"start": "2026-01-01", "end": "2026-03-31"}


def test_what_leaves_the_org_is_rounded_to_ten(metrics_client: TestClient, org: str) -> None:
    # Pooled values need five approved members: the org and four peers with the same data.
    peers = [f"{org}-peer{i}" for i in range(4)]
    for member in (org, *peers):
        insert(metrics_client, two_sites(member))
    cid = create(metrics_client, org)
    admit(metrics_client, cid, org, *peers)
    (pooled,) = values(metrics_client, org, level="collaborative", unit=cid)
    assert pooled["rounded_to"] == 10
    one = (7 + 80 + 60 + 70, 5 + 60 + 40 + 50, 5 + 40 + 30 + 35)
    total = tuple(5 * count for count in one)
    assert (pooled["denominator"], pooled["numerator"], pooled["n"]) == (
        rounded(total[0], 10), rounded(total[1], 10), rounded_n(total[2], 10),
    )  # fmt: skip
    assert pooled["value"] == share(total[1], total[0], 10)
    benchmark = metrics_client.get(
        "/v1/metrics/kept-rate/benchmark",
        params={"collaborative": cid, "period": "quarter", **Q1},
        headers=bearer(org),
    ).json()
    (period,) = benchmark["periods"]
    assert period["own"]["numerator"] == rounded(one[1], 10)
    assert period["own"]["value"] == share(one[1], one[0], 10)


# The org over Q1 in `two_sites`: patients, kept appointments, appointments. Its share is
# 72.1% at base 5, 72.7% at base 10 and 71.4% at base 30, so each base shows on every page.
ORG_TOTAL = (5 + 40 + 30 + 35, 5 + 60 + 40 + 50, 7 + 80 + 60 + 70)


def percent(numerator: float, denominator: float, base: int) -> str:
    """A published share as the dashboard writes it."""
    return f"{share(numerator, denominator, base) * 100:.1f}%"


def dashboard_rows(client: TestClient, org: str, table: str, **params: str) -> list[Row]:
    token = issue_local_token(org=org, scope="metrics:read", extra={"role": "leader"})
    page = client.get(
        "/dashboard", params={"metric": "kept-rate", "period": "quarter", **Q1, **params},
        headers={"Cookie": f"{COOKIE}={token}"},
    )  # fmt: skip
    assert page.status_code == 200, page.text
    return body_rows(page.text, table)


def assert_dashboard_rounds_to(
    client: TestClient, org: str, cid: str, *, own: int, shared: int
) -> None:
    """The dashboard's chart and equity tables show the org's share at the org base, its
    benchmark panel at the shared base: the numbers the API publishes, never finer ones."""
    n, kept, visits = ORG_TOTAL
    (point,) = dashboard_rows(client, org, "points", level="org")
    assert point.cells[1:3] == [percent(kept, visits, own), str(rounded_n(n, own))]
    (total,) = [r for r in dashboard_rows(client, org, "equity", level="org")
                if r.attrs["data-group"] == ""]  # fmt: skip
    assert total.cells[1:3] == [percent(kept, visits, own), str(rounded_n(n, own))]
    (bench,) = dashboard_rows(client, org, "benchmark", level="org", collaborative=cid)
    assert bench.cells[1] == percent(kept, visits, shared)


def assert_effect_rounds_to(client: TestClient, org: str, base: int) -> None:
    """An intervention's effect is fitted on the series the chart route publishes."""
    created = client.post(
        "/v1/interventions", headers=bearer(org),
        json={"metric_id": "kept-rate", "level": "org", "period": "quarter",
              "started_on": "2026-01-01", "title": "Reminder calls"},
    )  # fmt: skip
    assert created.status_code == 201, created.text
    effect = client.get(
        f"/v1/interventions/{created.json()['intervention_id']}/effect", headers=bearer(org)
    ).json()
    _, kept, visits = ORG_TOTAL
    assert [p["value"] for p in effect["points"]] == [share(kept, visits, base)]


def test_a_deployment_may_round_more_coarsely(
    tmp_path_factory: pytest.TempPathFactory, org: str
) -> None:
    """`METRICS_ROUNDING_BASE=10`, `METRICS_SHARED_ROUNDING_BASE=30`: the org's own values,
    charts, reports, dashboard and intervention effects round to 10, its benchmark to 30."""
    with migrated_client(
        label="metrics", folder=tmp_path_factory.mktemp("metrics-base-10"),
        settings_cls=MetricsSettings, create_app=create_app, migrations_dir=MIGRATIONS,
        consumer_enabled=False, rounding_base=10, shared_rounding_base=30,
    ) as client:  # fmt: skip
        insert(client, two_sites(org))
        team_b = only(values(client, org, level="team"), "team-b")
        assert team_b["rounded_to"] == 10
        assert (team_b["n"], team_b["numerator"], team_b["denominator"]) == (
            rounded_n(40, 10), rounded(60, 10), rounded(80, 10),
        )  # fmt: skip
        chart = client.get(
            "/v1/metrics/kept-rate/chart",
            params={"level": "team", "unit": "team-b", "period": "quarter", **Q1},
            headers=bearer(org),
        ).json()
        assert {p["rounded_to"] for p in chart["points"]} == {10}
        assert chart["points"][0]["numerator"] == rounded(60, 10)
        n, kept, visits = ORG_TOTAL
        cid = create(client, org)
        benchmark = client.get(
            "/v1/metrics/kept-rate/benchmark",
            params={"collaborative": cid, "period": "quarter", **Q1},
            headers=bearer(org),
        ).json()
        (period,) = benchmark["periods"]
        assert period["own"]["rounded_to"] == 30
        assert (period["own"]["n"], period["own"]["numerator"], period["own"]["denominator"]) == (
            rounded_n(n, 30), rounded(kept, 30), rounded(visits, 30),
        )  # fmt: skip
        assert period["own"]["value"] == share(kept, visits, 30)
        assert_dashboard_rounds_to(client, org, cid, own=10, shared=30)
        assert_effect_rounds_to(client, org, base=10)

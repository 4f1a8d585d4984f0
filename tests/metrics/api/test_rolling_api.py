"""Rolling quarters over HTTP: a small team whose every month is suppressed still gets a
published, rounded series, each month's point covering the three months ending with it."""

from __future__ import annotations

from datetime import date

from starlette.testclient import TestClient

from tests.metrics.learning.factory import encounter, insert, month_of_encounters
from tests.metrics.rounding import rounded, rounded_n, share
from tests.support.tokens import bearer

MONTHS = [date(2026, m, 1) for m in range(1, 7)]
RANGE = {"from": "2026-01-01", "to": "2026-06-30"}


def small_team(org: str) -> list[object]:
    """team-a: 5 new patients a month, 4 appointments each, 10 + m of the 20 kept in month m;
    team-b beside it, large enough to publish every month."""
    rows: list[object] = []
    for m, first in enumerate(MONTHS):
        rows += [
            encounter(org, first.replace(day=3 + i), kept=i < 10 + m, patient=f"a{m}-{i % 5}",
                      team_id="team-a")
            for i in range(20)
        ]  # fmt: skip
        rows += month_of_encounters(
            org, first, total=80, kept=50, patients=40, prefix=f"b{m}", team_id="team-b"
        )
    return rows


def kept_in_window(m: int) -> int:
    """Kept appointments of team-a in the three months ending with month ``m``."""
    return sum(10 + k for k in range(max(0, m - 2), m + 1))


def test_a_small_team_gets_a_rolling_quarter_series(metrics_client: TestClient, org: str) -> None:
    insert(metrics_client, small_team(org))
    h = bearer(org)
    path = "/v1/metrics/kept-rate/values"
    monthly = metrics_client.get(
        path, params={"level": "team", "unit": "team-a", "period": "month", **RANGE}, headers=h
    ).json()["values"]
    assert len(monthly) == 6 and all(v["suppressed"] for v in monthly)
    for params in (RANGE, {}):
        body = metrics_client.get(
            path, params={"level": "team", "unit": "team-a", "period": "rolling-quarter",
                          **params}, headers=h,
        ).json()  # fmt: skip
        assert body["period"] == "rolling-quarter"
        points = body["values"]
        assert [p["period"] for p in points] == [m.isoformat() for m in MONTHS]
        # January and February windows hold 5 and 10 patients: suppressed.
        assert [p["suppressed"] for p in points] == [True, True, False, False, False, False]
        for m, p in enumerate(points[2:], start=2):
            assert (p["n"], p["denominator"], p["numerator"], p["rounded_to"]) == (
                rounded_n(15), rounded(60), rounded(kept_in_window(m)), 5,
            )  # fmt: skip
            assert p["value"] == share(kept_in_window(m), 60)
    chart = metrics_client.get(
        "/v1/metrics/kept-rate/chart",
        params={"level": "team", "unit": "team-a", "period": "rolling-quarter", **RANGE},
        headers=h,
    )
    assert chart.status_code == 200, chart.text
    shown = chart.json()
    assert [p["label"] for p in shown["points"]] == [f"2026-{m:02d}" for m in range(1, 7)]
    assert [p["value"] for p in shown["points"][2:]] == [
        share(kept_in_window(m), 60) for m in range(2, 6)
    ]
    svg = metrics_client.get(
        "/v1/metrics/kept-rate/chart.svg",
        params={"level": "team", "unit": "team-a", "period": "rolling-quarter", **RANGE},
        headers=h,
    )
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")


def test_rolling_quarters_are_only_offered_where_they_fit(
    metrics_client: TestClient, org: str
) -> None:
    for path in ("/v1/metrics/kept-rate/measure-report", "/v1/metrics/kept-rate/benchmark"):
        response = metrics_client.get(
            path, params={"period": "rolling-quarter", "from": "2026-01-01",
                          "collaborative": "x"}, headers=bearer(org),
        )  # fmt: skip
        assert response.status_code == 422, path
        assert response.headers["content-type"] == "application/problem+json"

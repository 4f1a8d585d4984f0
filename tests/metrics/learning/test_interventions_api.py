"""QI interventions over HTTP: recorded once per key, scoped to the org, effect recovered."""

from __future__ import annotations

from datetime import date

from starlette.testclient import TestClient

from tests.metrics.learning.factory import insert, month, month_of_encounters
from tests.support.tokens import bearer

START = date(2024, 1, 1)
TOTALS = [200 + 10 * (i % 5) for i in range(24)]
# Kept rate 0.60 rising 0.002 a month; from month 12 (2025-01) a jump of 0.15 in level.
RATES = [
    0.60 + 0.002 * i + (0.15 if i >= 12 else 0.0) + 0.01 * ((i * 7) % 3 - 1) for i in range(24)
]
KEPT = [round(r * t) for r, t in zip(RATES, TOTALS, strict=True)]
BODY = {
    "metric_id": "kept-rate",
    "level": "team",
    "unit_id": "team-a",
    "period": "month",
    "started_on": "2025-01-01",
    "title": "PDSA 1: reminder calls",
    "description": "Reception calls every patient the day before.",
}


def series(client: TestClient, org: str) -> None:
    rows = []
    for i in range(24):
        rows += month_of_encounters(
            org, month(START, i), total=TOTALS[i], kept=KEPT[i], patients=60, prefix=f"m{i}"
        )
    insert(client, rows)


def test_a_known_level_change_is_recovered_within_its_interval(
    metrics_client: TestClient, org: str
) -> None:
    series(metrics_client, org)
    created = metrics_client.post("/v1/interventions", json=BODY, headers=bearer(org))
    assert created.status_code == 201, created.text
    intervention = created.json()
    assert created.headers["location"] == f"/v1/interventions/{intervention['intervention_id']}"
    effect = metrics_client.get(
        f"/v1/interventions/{intervention['intervention_id']}/effect", headers=bearer(org)
    )
    assert effect.status_code == 200, effect.text
    body = effect.json()
    assert body["points_before"] == 12 and body["points_after"] == 12
    level = body["level_change"]
    assert level["lower"] < 0.15 < level["upper"]
    assert level["lower"] > 0.05, "a jump of 0.15 against noise of 0.01 is clearly detected"
    slope = body["slope_change"]
    assert slope["lower"] < 0.0 < slope["upper"]
    # The baseline level is the fitted level at the series' first month (0.60), not at some
    # calendar origin.
    baseline = body["baseline_level"]
    assert baseline["lower"] < 0.60 < baseline["upper"]
    assert body["descriptive_only"] is False
    chart = metrics_client.get(
        "/v1/metrics/kept-rate/chart",
        params={"level": "team", "unit": "team-a", "from": "2024-01-01", "to": "2025-12-31"},
        headers=bearer(org),
    ).json()
    assert [(m["title"], m["period"]) for m in chart["interventions"]] == [
        ("PDSA 1: reminder calls", "2025-01")
    ]


def test_too_few_points_gives_a_warning_not_an_estimate(
    metrics_client: TestClient, org: str
) -> None:
    series(metrics_client, org)
    late = metrics_client.post(
        "/v1/interventions", json={**BODY, "started_on": "2025-11-15"}, headers=bearer(org)
    ).json()
    body = metrics_client.get(
        f"/v1/interventions/{late['intervention_id']}/effect", headers=bearer(org)
    ).json()
    # November 2025 holds the start date (the transition period, left out): December remains.
    assert body["level_change"] is None and body["points_after"] == 1
    assert body["transition_period"] == "2025-11-01"
    assert any("Too few points" in w for w in body["warnings"])


def test_a_retry_with_the_same_key_records_the_change_once(
    metrics_client: TestClient, org: str
) -> None:
    headers = {**bearer(org), "Idempotency-Key": "pdsa-1"}
    first = metrics_client.post("/v1/interventions", json=BODY, headers=headers)
    again = metrics_client.post("/v1/interventions", json=BODY, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"
    other = metrics_client.post(
        "/v1/interventions", json={**BODY, "title": "another"}, headers=headers
    )
    assert other.status_code == 422
    listed = metrics_client.get("/v1/interventions", headers=bearer(org)).json()
    assert [i["intervention_id"] for i in listed["items"]] == [first.json()["intervention_id"]]


def test_interventions_page_by_cursor(metrics_client: TestClient, org: str) -> None:
    ids = [
        metrics_client.post(
            "/v1/interventions", json={**BODY, "started_on": f"2025-0{m}-01"}, headers=bearer(org)
        ).json()["intervention_id"]
        for m in range(1, 6)
    ]
    seen, cursor = [], None
    while True:
        params = {"limit": "2", **({"cursor": cursor} if cursor else {})}
        page = metrics_client.get("/v1/interventions", params=params, headers=bearer(org)).json()
        seen += [i["intervention_id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ids
    bad = metrics_client.get("/v1/interventions", params={"cursor": "!!"}, headers=bearer(org))
    assert bad.status_code == 400


def test_another_org_cannot_see_an_intervention(metrics_client: TestClient, org: str) -> None:
    created = metrics_client.post("/v1/interventions", json=BODY, headers=bearer(org)).json()
    other = f"{org}-b"
    for path in ("", "/effect"):
        response = metrics_client.get(
            f"/v1/interventions/{created['intervention_id']}{path}", headers=bearer(other)
        )
        assert response.status_code == 404
    assert metrics_client.get("/v1/interventions", headers=bearer(other)).json()["items"] == []


def test_bad_interventions_are_422_problems(metrics_client: TestClient, org: str) -> None:
    for change, pointer in (
        ({"metric_id": "no-such-metric"}, "/body/metric_id"),
        ({"level": "collaborative", "unit_id": "c"}, "/body/level"),
        ({"metric_id": "access-days-median", "level": "clinician"}, "/body/level"),
        ({"started_on": "not-a-date"}, "/body/started_on"),
        ({"started_on": "0001-01-01"}, "/body/started_on"),
        ({"started_on": "1899-12-31"}, "/body/started_on"),
        ({"started_on": "9999-12-31"}, "/body/started_on"),
        ({"started_on": f"{date.today().year + 6}-01-01"}, "/body/started_on"),
        ({"title": ""}, "/body/title"),
        ({"unit_id": None}, "/body/unit_id"),
    ):
        response = metrics_client.post(
            "/v1/interventions", json={**BODY, **change}, headers=bearer(org)
        )
        assert response.status_code == 422, (change, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"][0]["pointer"] == pointer, change
    forbidden = metrics_client.post(
        "/v1/interventions", json=BODY, headers=bearer(org, scope="metrics:read")
    )
    assert forbidden.status_code == 403


def test_start_dates_at_the_edges_of_the_window_are_recorded(
    metrics_client: TestClient, org: str
) -> None:
    latest = f"{date.today().year + 5}-12-31"
    for started_on in ("1900-01-01", latest):
        response = metrics_client.post(
            "/v1/interventions", json={**BODY, "started_on": started_on}, headers=bearer(org)
        )
        assert response.status_code == 201, (started_on, response.text)
        assert response.json()["started_on"] == started_on


# A jump of 0.15 and a slope change of +0.02 a month at 2025-01 (month 12), little noise. With
# the slope changing, estimating the level change one period late would read about 0.17.
SLOPED = [0.50 + 0.002 * i + ((0.15 + 0.02 * (i - 12)) if i >= 12 else 0.0) for i in range(24)]


def sloped_series(client: TestClient, org: str, *, small_month: int) -> None:
    rows = []
    for i, rate in enumerate(SLOPED):
        small = i == small_month
        total = 8 if small else 250
        rows += month_of_encounters(
            org, month(START, i), total=total, kept=round(rate * total),
            patients=5 if small else 60, prefix=f"s{i}",
        )  # fmt: skip
    insert(client, rows)


def effect_of(client: TestClient, org: str, started_on: str) -> dict:
    created = client.post(
        "/v1/interventions", json={**BODY, "started_on": started_on}, headers=bearer(org)
    )
    assert created.status_code == 201, created.text
    response = client.get(
        f"/v1/interventions/{created.json()['intervention_id']}/effect", headers=bearer(org)
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_a_change_on_a_period_boundary_starts_there_when_that_period_is_suppressed(
    metrics_client: TestClient, org: str
) -> None:
    sloped_series(metrics_client, org, small_month=12)
    body = effect_of(metrics_client, org, "2025-01-01")
    assert body["first_period_after"] == "2025-01-01" and body["transition_period"] is None
    january = next(p for p in body["points"] if p["period"] == "2025-01-01")
    assert january["value"] is None and january["used"] is False and january["after"] is True
    assert january["transition"] is False
    assert body["points_before"] == 12 and body["points_after"] == 11
    level, slope = body["level_change"], body["slope_change"]
    assert abs(level["estimate"] - 0.15) < 0.01, level
    assert level["lower"] < 0.15 < level["upper"] < 0.17, level
    assert abs(slope["estimate"] - 0.02) < 0.002, slope
    assert any("2025-01-01" in w and "no publishable value" in w for w in body["warnings"])


def test_a_mid_period_change_makes_its_suppressed_period_the_transition(
    metrics_client: TestClient, org: str
) -> None:
    sloped_series(metrics_client, org, small_month=12)
    body = effect_of(metrics_client, org, "2025-01-15")
    assert body["first_period_after"] == "2025-01-01"
    assert body["transition_period"] == "2025-01-01"
    flagged = [p["period"] for p in body["points"] if p["transition"]]
    assert flagged == ["2025-01-01"]
    assert body["points_before"] == 12 and body["points_after"] == 11
    level = body["level_change"]
    assert abs(level["estimate"] - 0.15) < 0.01 and level["upper"] < 0.17, level
    assert any("transition period" in w for w in body["warnings"])


def test_a_published_transition_period_is_left_out_of_the_fit(
    metrics_client: TestClient, org: str
) -> None:
    sloped_series(metrics_client, org, small_month=-1)
    mid = effect_of(metrics_client, org, "2025-01-20")
    january = next(p for p in mid["points"] if p["period"] == "2025-01-01")
    assert january["value"] is not None and january["transition"] is True
    assert january["used"] is False and mid["points_after"] == 11
    assert abs(mid["level_change"]["estimate"] - 0.15) < 0.01
    boundary = effect_of(metrics_client, org, "2025-01-01")
    assert boundary["transition_period"] is None and boundary["points_after"] == 12
    assert next(p for p in boundary["points"] if p["period"] == "2025-01-01")["used"] is True

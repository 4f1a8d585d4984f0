"""Control charts over HTTP, from fact rows with a known shift."""

from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET
from datetime import date

from starlette.testclient import TestClient

from tests.metrics.learning.factory import feedback, insert, month, month_of_encounters
from tests.metrics.rounding import rounded, share
from tests.support.collaboratives import admit, create
from tests.support.tokens import bearer

START = date(2024, 1, 1)
TOTALS = [100 + 7 * (i % 4) for i in range(24)]
# Kept rate about 60% for a year, then about 80%: a shift at month 12 (2025-01).
KEPT = [round(t * (0.60 if i < 12 else 0.80)) + (i % 3 - 1) for i, t in enumerate(TOTALS)]


def shifted_team(org: str, client: TestClient, *, small_month: int | None = None) -> None:
    rows = []
    for i in range(24):
        patients = 5 if i == small_month else 40
        total = 8 if i == small_month else TOTALS[i]
        kept = 5 if i == small_month else KEPT[i]
        rows += month_of_encounters(
            org, month(START, i), total=total, kept=kept, patients=patients, prefix=f"m{i}"
        )
    insert(client, rows)


def chart(client: TestClient, org: str, **params: object):
    query = {"level": "team", "unit": "team-a", "from": "2024-01-01", "to": "2025-12-31"}
    query.update({k: str(v) for k, v in params.items()})
    return client.get("/v1/metrics/kept-rate/chart", params=query, headers=bearer(org))


PERIODS = [f"{2024 + i // 12}-{i % 12 + 1:02d}" for i in range(24)]


def test_a_known_shift_is_signalled_by_the_anhoej_rules_by_default(
    metrics_client: TestClient, org: str
) -> None:
    shifted_team(org, metrics_client)
    response = chart(metrics_client, org)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["chart"] == "p" and body["chart_reason"] == "data"
    assert [p["label"] for p in body["points"]][:2] == ["2024-01", "2024-02"]
    # Each point is the published share: rounded kept over rounded total (base 5).
    assert [p["value"] for p in body["points"]] == [
        share(k, t) for k, t in zip(KEPT, TOTALS, strict=True)
    ]
    rules = body["rules"]
    assert rules["id"] == "anhoej" and "Anhøj" in rules["title"] and "PLoS ONE" in rules["source"]
    assert [r["rule"] for r in rules["run_chart_rules"]] == ["long_run", "few_crossings"]
    assert [r["rule"] for r in rules["control_chart_rules"]] == [
        "beyond_limits", "long_run", "few_crossings"
    ]  # fmt: skip
    assert all(r["meaning"] for r in rules["run_chart_rules"] + rules["control_chart_rules"])
    run = body["run_chart"]
    # 24 useful points: longest run 12 > round(log2 24) + 3 = 8; 1 crossing < 8.
    assert (run["useful_points"], run["longest_run"], run["crossings"]) == (24, 12, 1)
    assert (run["longest_run_max"], run["crossings_min"]) == (8, 8)
    assert run["runs_low"] is None and run["runs_high"] is None
    by_rule = {(s["rule"], tuple(s["periods"])) for s in run["signals"]}
    assert by_rule == {
        ("long_run", tuple(PERIODS[:12])),
        ("long_run", tuple(PERIODS[12:])),
        ("few_crossings", tuple(PERIODS)),
    }
    few = next(s for s in run["signals"] if s["rule"] == "few_crossings")
    assert few["whole_series"] is True and "Binomial" in few["meaning"]
    control = {s["rule"] for s in body["control_chart"]["signals"]}
    assert (
        {"long_run", "few_crossings"} <= control <= {"beyond_limits", "long_run", "few_crossings"}
    )
    for i, point in enumerate(body["points"]):
        assert point["run_signals"] == ["long_run"], i  # few_crossings is not per point
        assert "long_run" in point["signals"], i
    assert {p["rounded_to"] for p in body["points"]} == {5}


def test_the_ihi_and_nhs_rule_sets_are_selectable(metrics_client: TestClient, org: str) -> None:
    shifted_team(org, metrics_client)
    body = chart(metrics_client, org, rules="ihi").json()
    assert body["rules"]["id"] == "ihi" and "Perla" in body["rules"]["source"]
    shifts = [s for s in body["control_chart"]["signals"] if s["rule"] == "shift_8"]
    assert sorted(p for s in shifts for p in s["periods"]) == sorted(PERIODS)
    assert {s["periods"][0] for s in shifts} == {"2024-01", "2025-01"}
    run_shifts = [s["periods"] for s in body["run_chart"]["signals"] if s["rule"] == "run_shift"]
    assert run_shifts == [PERIODS[:12], PERIODS[12:]]
    assert (body["run_chart"]["runs_low"], body["run_chart"]["runs_high"]) == (8, 18)
    assert body["run_chart"]["longest_run_max"] is None
    for i, point in enumerate(body["points"]):
        assert "shift_8" in point["signals"], i
        assert "run_shift" in point["run_signals"], i
    nhs = chart(metrics_client, org, rules="nhs").json()
    assert nhs["rules"]["id"] == "nhs" and "Making Data Count" in nhs["rules"]["title"]
    assert {s["rule"] for s in nhs["run_chart"]["signals"]} == {"shift_7"}
    assert "shift_7" in {s["rule"] for s in nhs["control_chart"]["signals"]}
    bad = chart(metrics_client, org, rules="western-electric")
    assert bad.status_code == 422 and bad.json()["errors"][0]["pointer"] == "/query/rules"


def test_frozen_limits_equal_those_of_the_baseline_rows(
    metrics_client: TestClient, org: str
) -> None:
    shifted_team(org, metrics_client)
    body = chart(metrics_client, org, baseline_from="2024-01-01", baseline_to="2024-12-31").json()
    # The chart is drawn from the published (rounded) counts.
    pbar = sum(rounded(k) for k in KEPT[:12]) / sum(rounded(t) for t in TOTALS[:12])
    control = body["control_chart"]
    assert control["frozen"] is True
    assert control["baseline_periods"] == [f"2024-{m:02d}" for m in range(1, 13)]
    assert math.isclose(control["centre"], pbar, rel_tol=1e-12)
    for total, point in zip(TOTALS, body["points"], strict=True):
        sigma = math.sqrt(pbar * (1 - pbar) / rounded(total))
        assert math.isclose(point["centre"], pbar, rel_tol=1e-12)
        assert math.isclose(point["upper"], min(1.0, pbar + 3 * sigma), rel_tol=1e-12)
        assert math.isclose(point["lower"], max(0.0, pbar - 3 * sigma), rel_tol=1e-12)
    beyond = {p for s in control["signals"] if s["rule"] == "beyond_limits" for p in s["periods"]}
    assert beyond == {f"2025-{m:02d}" for m in range(1, 13)}
    by_count = chart(metrics_client, org, baseline_points=12).json()["control_chart"]
    assert by_count["centre"] == control["centre"]


def test_a_small_month_is_kept_on_the_axis_but_not_plotted(
    metrics_client: TestClient, org: str
) -> None:
    shifted_team(org, metrics_client, small_month=5)
    body = chart(metrics_client, org).json()
    hidden = body["points"][5]
    assert hidden["suppressed"] is True and hidden["skipped"] == "suppressed"
    assert hidden["value"] is hidden["numerator"] is hidden["denominator"] is hidden["n"] is None
    assert hidden["upper"] is None and hidden["signals"] == []
    kept = [rounded(k) for i, k in enumerate(KEPT) if i != 5]
    totals = [rounded(t) for i, t in enumerate(TOTALS) if i != 5]
    assert math.isclose(body["control_chart"]["centre"], sum(kept) / sum(totals), rel_tol=1e-12)


def test_svg_is_well_formed_and_draws_the_limits(metrics_client: TestClient, org: str) -> None:
    shifted_team(org, metrics_client)
    response = chart(metrics_client, org, baseline_points=12)
    json_limits = [p["upper"] for p in response.json()["points"]]
    svg = metrics_client.get(
        "/v1/metrics/kept-rate/chart.svg",
        params={"level": "team", "unit": "team-a", "from": "2024-01-01", "to": "2025-12-31",
                "baseline_points": "12"},
        headers=bearer(org),
    )  # fmt: skip
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    root = ET.fromstring(svg.content)
    assert root.tag.endswith("svg")
    text = svg.text
    assert "Control limits (3 sigma)" in text and "Baseline (limits frozen)" in text
    assert "Point beyond a control limit" in text
    assert all(v is not None for v in json_limits)
    ns = "{http://www.w3.org/2000/svg}"
    title, desc = root.find(f"{ns}title"), root.find(f"{ns}desc")
    assert title is not None and title.text and "Anhøj rules (as in qicharts2)" in title.text
    assert desc is not None and desc.text and "Unusually long run: More points" in desc.text
    assert "Signals found: Point beyond a control limit" in desc.text
    ihi = metrics_client.get(
        "/v1/metrics/kept-rate/chart.svg",
        params={"level": "team", "unit": "team-a", "from": "2024-01-01", "rules": "ihi"},
        headers=bearer(org),
    )
    assert "IHI rules" in (ET.fromstring(ihi.content).find(f"{ns}title").text or "")  # type: ignore[union-attr]
    negotiated = chart(metrics_client, org)
    assert negotiated.headers["content-type"].startswith("application/json")
    by_accept = metrics_client.get(
        "/v1/metrics/kept-rate/chart",
        params={"level": "team", "unit": "team-a", "from": "2024-01-01", "to": "2025-12-31"},
        headers={**bearer(org), "Accept": "image/svg+xml"},
    )
    assert by_accept.status_code == 200 and ET.fromstring(by_accept.content).tag.endswith("svg")


def test_bad_chart_requests_are_422_problems(metrics_client: TestClient, org: str) -> None:
    shifted_team(org, metrics_client)
    for params, pointer in (
        ({"chart": "xmr"}, "/query/chart"),
        ({"chart": "nonsense"}, "/query/chart"),
        ({"baseline_points": "3", "baseline_from": "2024-01-01"}, "/query/baseline_points"),
        ({"from": "2025-01-01", "to": "2024-01-01"}, "/query/from"),
        ({"modality": "carrier-pigeon"}, "/query/modality"),
        ({"level": "galaxy"}, "/query/level"),
    ):
        response = chart(metrics_client, org, **params)
        assert response.status_code == 422, (params, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert [e["pointer"] for e in response.json()["errors"]] == [pointer], params
    no_unit = metrics_client.get(
        "/v1/metrics/kept-rate/chart", params={"level": "team"}, headers=bearer(org)
    )
    assert no_unit.status_code == 422 and no_unit.json()["errors"][0]["pointer"] == "/query/unit"
    missing = metrics_client.get("/v1/metrics/no-such/chart", headers=bearer(org))
    assert missing.status_code == 404 and missing.json()["type"].endswith("unknown-metric")


def test_continuous_metrics_get_an_xmr_chart_and_members_a_collaborative_one(
    metrics_client: TestClient, org: str
) -> None:
    rows = [
        feedback(org, month(START, i), patient=f"f{i}-{j}", mean=3.0 + (i % 4) / 10)
        for i in range(12)
        for j in range(12)
    ]
    insert(metrics_client, rows)
    params = {"form": "csq8", "from": "2024-01-01", "to": "2024-12-31"}
    body = metrics_client.get(
        "/v1/metrics/feedback-mean/chart", params=params, headers=bearer(org)
    ).json()
    assert body["chart"] == "xmr" and body["chart_reason"] == "definition"
    values = [3.0 + (i % 4) / 10 for i in range(12)]
    mean = sum(values) / 12
    mr_bar = sum(abs(b - a) for a, b in itertools.pairwise(values)) / 11
    assert math.isclose(body["control_chart"]["centre"], mean)
    assert math.isclose(body["points"][0]["upper"], mean + 2.66 * mr_bar)
    no_form = metrics_client.get("/v1/metrics/feedback-mean/chart", headers=bearer(org))
    assert no_form.status_code == 422 and no_form.json()["errors"][0]["pointer"] == "/query/form"

    shifted_team(org, metrics_client)
    cid = create(metrics_client, org)
    params = {"level": "collaborative", "unit": cid, "from": "2024-01-01", "to": "2025-12-31"}
    alone = metrics_client.get("/v1/metrics/kept-rate/chart", params=params, headers=bearer(org))
    assert alone.status_code == 409 and alone.json()["type"].endswith("/too-few-members")
    peers = [f"{org}-peer{i}" for i in range(4)]
    for peer in peers:
        shifted_team(peer, metrics_client)
    admit(metrics_client, cid, org, *peers)
    collab = metrics_client.get("/v1/metrics/kept-rate/chart", params=params, headers=bearer(org))
    assert collab.status_code == 200, collab.text
    # Five members with the same months: the pooled counts are five times each member's; a
    # collaborative value leaves the org, so they are rounded to 10 and the rate comes from them.
    assert [p["value"] for p in collab.json()["points"]] == [
        share(5 * k, 5 * t, 10) for k, t in zip(KEPT, TOTALS, strict=True)
    ]

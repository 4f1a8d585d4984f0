"""FHIR MeasureReport export: a valid R4 summary report whose counts and score are those of the
JSON values for the same unit and period, and which carries no counts when the value is
suppressed."""

from __future__ import annotations

import uuid

import pytest
from fhir.resources.R4B.measurereport import MeasureReport
from starlette.testclient import TestClient

from services.metrics.api.exports import period_bounds
from tests.metrics.compute.factory import synthetic_org
from tests.support.tokens import bearer

FHIR_JSON = "application/fhir+json"


@pytest.fixture(scope="module")
def org(metrics_client: TestClient) -> str:
    org = f"org-{uuid.uuid4().hex[:12]}"
    with metrics_client.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        synthetic_org(org, seed=5, scale=3).insert(connection)
    return org


def _populations(report: dict) -> dict[str, int]:
    [group] = report["group"]
    return {p["code"]["coding"][0]["code"]: p["count"] for p in group.get("population", [])}


@pytest.mark.parametrize(
    ("metric_id", "level", "period", "extra"),
    [
        ("kept-rate", "team", "month", ""),
        ("kept-rate", "clinician", "week", "&modality=video"),
        ("no-show-rate", "org", "quarter", ""),
        ("telehealth-minutes-lost", "site", "month", ""),
        ("access-days-median", "site", "quarter", ""),
        ("feedback-top-box", "team", "month", "&form=ces"),
        ("mbc-reliable-improvement", "team", "quarter", ""),
        ("burnout-prevalence", "team", "quarter", ""),
    ],
)
def test_measure_report_agrees_with_json_values(
    metrics_client: TestClient, org: str, metric_id: str, level: str, period: str, extra: str
) -> None:
    headers = bearer(org, "metrics:read")
    values = metrics_client.get(
        f"/v1/metrics/{metric_id}/values?level={level}&period={period}{extra}", headers=headers
    ).json()["values"]
    assert values
    seen = {"suppressed": 0, "published": 0}
    for v in values[:12]:
        unit = "" if level == "org" else f"&unit={v['unit_id']}"
        response = metrics_client.get(
            f"/v1/metrics/{metric_id}/measure-report?level={level}{unit}&period={period}"
            f"&from={v['period']}{extra}",
            headers=headers,
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == FHIR_JSON
        report = response.json()
        MeasureReport.model_validate(report)
        assert report["type"] == "summary" and report["status"] == "complete"
        assert report["period"]["start"] == v["period"]
        [group] = report["group"]
        if v["suppressed"]:
            seen["suppressed"] += 1
            assert "population" not in group
            assert "value" not in group["measureScore"]
            assert group["measureScore"]["extension"][0]["valueCode"] == "masked"
            continue
        seen["published"] += 1
        counts = _populations(report)
        if "numerator" in counts:
            assert counts == {"numerator": v["numerator"], "denominator": v["denominator"]}
        else:
            assert list(counts.values()) == [v["denominator"]]
        assert group["measureScore"]["value"] == pytest.approx(v["value"])
    assert seen["published"] + seen["suppressed"] == min(len(values), 12)


def test_measure_report_of_a_suppressed_cell_has_no_counts(metrics_client: TestClient) -> None:
    tiny = f"org-{uuid.uuid4().hex[:12]}"
    with metrics_client.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        synthetic_org(tiny, seed=9).insert(connection)
    response = metrics_client.get(
        "/v1/metrics/switched-to-phone-rate/measure-report?level=clinician&unit=c1"
        "&period=week&from=2026-03-04",
        headers=bearer(tiny, "metrics:read"),
    )
    report = response.json()
    MeasureReport.model_validate(report)
    assert report["period"] == {"start": "2026-03-02", "end": "2026-03-08"}
    assert "population" not in report["group"][0]
    assert report["subject"]["type"] == "Practitioner"


def test_measure_report_needs_a_unit_below_org_and_a_known_metric(
    metrics_client: TestClient, org: str
) -> None:
    headers = bearer(org, "metrics:read")
    no_unit = metrics_client.get(
        "/v1/metrics/kept-rate/measure-report?level=team&from=2026-03-01", headers=headers
    )
    assert no_unit.status_code == 422
    assert no_unit.json()["errors"][0]["pointer"] == "/query/unit"
    unknown = metrics_client.get("/v1/metrics/nope/measure-report?from=2026-03-01", headers=headers)
    assert unknown.status_code == 404
    no_from = metrics_client.get("/v1/metrics/kept-rate/measure-report", headers=headers)
    assert no_from.status_code == 422


def test_period_bounds() -> None:
    from datetime import date

    assert period_bounds(date(2026, 3, 4), "week") == (date(2026, 3, 2), date(2026, 3, 8))
    assert period_bounds(date(2026, 2, 14), "month") == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_bounds(date(2026, 11, 30), "quarter") == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_bounds(date(2026, 12, 31), "month") == (date(2026, 12, 1), date(2026, 12, 31))

"""The catalog and metric values over HTTP: JSON and CSV publish the same suppressed cells,
queries are scoped to the caller's org (and to collaboratives it belongs to), and every query
the definition does not allow is a problem, never a 500."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, datetime

import pytest
from sqlmodel import Session
from starlette.testclient import TestClient

from services.metrics.catalog import CATALOG
from services.metrics.compute import MetricQuery, compute
from services.metrics.models import Collaborative, CollaborativeMember, OrgSettings
from tests.metrics.compute.factory import synthetic_org
from tests.metrics.rounding import rounded, rounded_n, share
from tests.support.tokens import bearer

PROBLEM = "application/problem+json"


def new_org(client: TestClient, seed: int, scale: int = 1) -> str:
    org = f"org-{uuid.uuid4().hex[:12]}"
    with client.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        synthetic_org(org, seed=seed, scale=scale).insert(connection)
    return org


@pytest.fixture(scope="module")
def big_org(metrics_client: TestClient) -> str:
    """An org large enough that many team-month cells pass the threshold of 11."""
    return new_org(metrics_client, seed=3, scale=4)


def test_catalog_lists_every_definition(metrics_client: TestClient, org: str) -> None:
    response = metrics_client.get("/v1/metrics", headers=bearer(org, "metrics:read"))
    assert response.status_code == 200
    items = {m["metric_id"]: m for m in response.json()["items"]}
    assert set(items) == set(CATALOG)
    kept = items["kept-rate"]
    assert kept["kind"] == "proportion" and kept["better"] == "higher"
    assert kept["chart_types"] == ["p", "pp"]
    assert kept["levels"] == ["clinician", "team", "site", "org", "collaborative"]
    assert items["burnout-prevalence"]["anonymous"] is True
    assert items["burnout-prevalence"]["equity_dimensions"] == []
    assert items["mbc-remission"]["default_filters"] == {"instrument": "phq9"}
    assert items["feedback-mean"]["required_filters"] == ["form"]
    one = metrics_client.get("/v1/metrics/kept-rate", headers=bearer(org, "metrics:read"))
    assert one.json() == kept


def test_unknown_metric_is_404_and_scope_is_required(metrics_client: TestClient, org: str) -> None:
    missing = metrics_client.get("/v1/metrics/nope/values", headers=bearer(org, "metrics:read"))
    assert missing.status_code == 404
    assert missing.headers["content-type"] == PROBLEM
    assert missing.json()["type"].endswith("/unknown-metric")
    assert metrics_client.get("/v1/metrics/nope", headers=bearer(org)).status_code == 404
    forbidden = metrics_client.get("/v1/metrics", headers=bearer(org, "metrics:write"))
    assert forbidden.status_code == 403
    assert metrics_client.get("/v1/metrics/kept-rate/values").status_code == 401


@pytest.mark.parametrize(
    ("path", "pointer"),
    [
        ("/v1/metrics/access-days-median/values?level=clinician", "/query/level"),
        ("/v1/metrics/feedback-mean/values", "/query/form"),
        ("/v1/metrics/kept-rate/values?form=ces", "/query/form"),
        ("/v1/metrics/kept-rate/values?modality=carrier-pigeon", "/query/modality"),
        ("/v1/metrics/mbc-remission/values?form=ces", "/query/form"),
        ("/v1/metrics/kept-rate/values?from=2026-03-01&to=2026-02-01", "/query/from"),
        ("/v1/metrics/kept-rate/values?level=collaborative", "/query/unit"),
        ("/v1/metrics/kept-rate/values?period=year", "/query/period"),
    ],
)
def test_queries_the_definition_does_not_allow_are_422(
    metrics_client: TestClient, org: str, path: str, pointer: str
) -> None:
    response = metrics_client.get(path, headers=bearer(org, "metrics:read"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    assert [e["pointer"] for e in response.json()["errors"]] == [pointer]


def test_values_are_the_published_cells_with_numbers_only_when_safe(
    metrics_client: TestClient, big_org: str
) -> None:
    response = metrics_client.get(
        "/v1/metrics/kept-rate/values?level=team&period=month&modality=video",
        headers=bearer(big_org, "metrics:read"),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["filters"] == {"modality": "video"}
    assert body["suppression_threshold"] == 11
    values = body["values"]
    assert any(v["suppressed"] for v in values) and any(not v["suppressed"] for v in values)
    with Session(metrics_client.app.state.engine) as session:  # type: ignore[attr-defined]
        raw = compute(
            session,
            orgs=[big_org],
            query=MetricQuery(
                "kept-rate", level="team", period="month", filters=(("modality", "video"),)
            ),
        )
    assert [(v["period"], v["unit_id"]) for v in values] == [
        (c.period.isoformat(), c.unit_id) for c in raw
    ]
    for v, c in zip(values, raw, strict=True):
        if v["suppressed"]:
            assert v["reason"] in ("primary", "complementary")
            assert [v["value"], v["numerator"], v["denominator"], v["n"]] == [None] * 4
        else:
            assert c.n >= 11 and v["n"] == rounded_n(c.n) and v["rounded_to"] == 5
            assert v["numerator"] == rounded(c.numerator)
            assert v["denominator"] == rounded(c.denominator)
            assert v["value"] == share(c.numerator, c.denominator)
            assert not 0 < c.denominator - c.numerator < 11
    one_team = metrics_client.get(
        "/v1/metrics/kept-rate/values?level=team&unit=t1&modality=video",
        headers=bearer(big_org, "metrics:read"),
    ).json()["values"]
    assert one_team == [v for v in values if v["unit_id"] == "t1"]


def test_csv_publishes_exactly_what_json_does(metrics_client: TestClient, big_org: str) -> None:
    path = "/v1/metrics/telehealth-minutes-lost/values?level=clinician&period=quarter"
    headers = bearer(big_org, "metrics:read")
    values = metrics_client.get(path, headers=headers).json()["values"]
    by_accept = metrics_client.get(path, headers={**headers, "Accept": "text/csv"})
    by_format = metrics_client.get(path + "&format=csv", headers=headers)
    assert by_accept.headers["content-type"].startswith("text/csv")
    assert by_accept.text == by_format.text
    rows = list(csv.DictReader(io.StringIO(by_accept.text)))
    assert len(rows) == len(values)
    for row, v in zip(rows, values, strict=True):
        assert row["period_start"] == v["period"] and row["unit_id"] == v["unit_id"]
        assert row["suppressed"] == ("true" if v["suppressed"] else "false")
        for name in ("value", "numerator", "denominator", "n"):
            assert (float(row[name]) if row[name] else None) == v[name]


def test_an_org_can_raise_its_threshold(metrics_client: TestClient) -> None:
    org = new_org(metrics_client, seed=11, scale=4)
    path = "/v1/metrics/kept-rate/values?level=team&period=quarter"
    before = metrics_client.get(path, headers=bearer(org, "metrics:read")).json()
    assert not any(v["suppressed"] for v in before["values"])
    ns = sorted(v["n"] for v in before["values"])
    threshold = ns[len(ns) // 2] + 1
    with Session(metrics_client.app.state.engine) as session:  # type: ignore[attr-defined]
        session.add(OrgSettings(org=org, suppression_threshold=threshold))
        session.commit()
    after = metrics_client.get(path, headers=bearer(org, "metrics:read")).json()
    assert after["suppression_threshold"] == threshold
    assert sum(v["suppressed"] for v in after["values"]) > sum(
        v["suppressed"] for v in before["values"]
    )
    # Each published n rests on at least `threshold` patients; rounding is monotone.
    assert all(v["n"] >= rounded(threshold) for v in after["values"] if not v["suppressed"])


def test_org_and_collaborative_scoping(metrics_client: TestClient) -> None:
    mine, *peers, outsider = (
        new_org(metrics_client, seed=s, scale=2) for s in (21, 22, 23, 24, 25, 26)
    )
    collab = f"collab-{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    with Session(metrics_client.app.state.engine) as session:  # type: ignore[attr-defined]
        session.add(Collaborative(collaborative_id=collab, name="Test", created_at=now))
        for org in (mine, *peers):
            session.add(
                CollaborativeMember(
                    collaborative_id=collab, org=org, joined_at=now, status="approved"
                )
            )
        session.commit()
    path = f"/v1/metrics/kept-rate/values?level=collaborative&unit={collab}&period=quarter"
    pooled = metrics_client.get(path, headers=bearer(mine, "metrics:read"))
    assert pooled.status_code == 200
    own = metrics_client.get(
        "/v1/metrics/kept-rate/values?period=quarter", headers=bearer(mine, "metrics:read")
    ).json()["values"]
    with Session(metrics_client.app.state.engine) as session:  # type: ignore[attr-defined]
        raw = compute(
            session,
            orgs=[mine, *peers],
            query=MetricQuery("kept-rate", "collaborative", collab, "quarter"),
        )
    for v, c, o in zip(pooled.json()["values"], raw, own, strict=True):
        assert v["unit_id"] == collab
        if not v["suppressed"]:
            # What leaves the org (the collaborative level) is rounded to 10.
            assert v["rounded_to"] == 10
            assert v["denominator"] == rounded(c.denominator, 10) and v["n"] == rounded_n(c.n, 10)
            assert v["denominator"] > o["denominator"]
    assert metrics_client.get(path, headers=bearer(outsider, "metrics:read")).status_code == 404
    other_org = metrics_client.get(
        f"/v1/metrics/kept-rate/values?level=org&unit={peers[0]}",
        headers=bearer(mine, "metrics:read"),
    )
    assert other_org.status_code == 404

"""Every workforce metric, computed from the facts the feeds left, equals a plain-Python
recomputation from the raw events (:mod:`.oracle`) at every level and period it is published
by; over HTTP the values route publishes them suppressed and rounded like every metric, with
the role filter, and the staff floor holding across roles, levels and periods."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import Session
from starlette.testclient import TestClient

from services.metrics.catalog import CATALOG
from services.metrics.catalog.workforce import STAFFING_DEFINITIONS, SURVEY_DEFINITIONS
from services.metrics.compute import MetricQuery, compute
from services.metrics.sync.apply import apply_events
from shared.feed import FeedEvent
from tests.metrics.workforce.feed import workforce_events
from tests.metrics.workforce.oracle import stock, survey
from tests.support.tokens import bearer

TEAMS = {f"t{i}": f"s{i % 2}" for i in range(6)}
SURVEY = sorted(d.metric_id for d in SURVEY_DEFINITIONS)
STOCK = sorted(d.metric_id for d in STAFFING_DEFINITIONS)


@pytest.fixture(scope="module")
def world(metrics_client: TestClient) -> tuple[str, list[dict[str, Any]]]:
    org = f"org-wf-{uuid.uuid4().hex[:8]}"
    intake, measures = workforce_events(org, seed=7, teams=TEAMS)
    engine = metrics_client.app.state.engine  # type: ignore[attr-defined]
    for events in (intake, measures):
        with engine.begin() as connection:
            applied = apply_events(connection, [FeedEvent.model_validate(e) for e in events])
            assert applied.ignored == 0
    return org, intake + measures


def _cells(client: TestClient, org: str, metric: str, level: str, period: str, **f: str) -> dict:
    query = MetricQuery(metric_id=metric, level=level, period=period,  # type: ignore[arg-type]
                        filters=tuple(f.items()))  # type: ignore[arg-type]  # fmt: skip
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        return {(c.period, c.unit_id): c for c in compute(session, orgs=[org], query=query)}


@pytest.mark.parametrize("metric", SURVEY + STOCK)
def test_every_level_and_period_matches_the_raw_events(
    metrics_client: TestClient, world: tuple[str, list[dict[str, Any]]], metric: str
) -> None:
    org, events = world
    today = datetime.now(UTC).date()
    for level in ("team", "site", "org"):
        for period in CATALOG[metric].periods:
            got = _cells(metrics_client, org, metric, level, period)
            if metric in SURVEY:
                want = survey(events, metric, level=level, period=period)
            else:
                want = stock(events, metric, level=level, period=period, today=today)
            assert set(got) == set(want), (level, period)
            for key, w in want.items():
                cell = got[key]
                assert cell.denominator == pytest.approx(w.denominator), key
                assert cell.n == len(w.people), key  # type: ignore[arg-type]
                if CATALOG[metric].kind == "continuous":
                    assert cell.value == pytest.approx(w.numerator / w.denominator), key
                else:
                    assert cell.numerator == pytest.approx(w.numerator), key


@pytest.mark.parametrize("metric", ["miniz-burnout-prevalence", "psychological-safety-mean"])
def test_the_role_filter_matches_the_raw_events(
    metrics_client: TestClient, world: tuple[str, list[dict[str, Any]]], metric: str
) -> None:
    org, events = world
    got = _cells(metrics_client, org, metric, "org", "quarter", role="nurse")
    want = survey(events, metric, level="org", period="quarter", role="nurse")
    assert {k: c.denominator for k, c in got.items()} == {k: w.denominator for k, w in want.items()}


def _values(client: TestClient, org: str, metric: str, **params: str) -> list[dict[str, Any]]:
    answer = client.get(f"/v1/metrics/{metric}/values", params=params, headers=bearer(org))
    assert answer.status_code == 200, answer.text
    return answer.json()["values"]  # type: ignore[no-any-return]


def test_no_published_count_of_respondents_is_below_the_staff_floor(
    metrics_client: TestClient, world: tuple[str, list[dict[str, Any]]]
) -> None:
    org, _ = world
    seen = suppressed = 0
    for metric in SURVEY:
        for level in ("team", "site", "org"):
            for period in ("month", "quarter"):
                roles = (None,) if not CATALOG[metric].filters else (None, "nurse", "manager")
                for role in roles:
                    params = {"level": level, "period": period, "from": "2026-01-01",
                              "to": "2026-12-31", **({"role": role} if role else {})}  # fmt: skip
                    for cell in _values(metrics_client, org, metric, **params):
                        seen += 1
                        if cell["suppressed"]:
                            suppressed += 1
                            assert cell["n"] is None and cell["value"] is None
                            continue
                        assert cell["n"] == 0 or cell["n"] >= 10, (metric, params, cell)
                        assert cell["n"] % 5 == 0 and cell["rounded_to"] == 5
    assert seen and suppressed, "small role cells exist and are suppressed"


def test_survey_metrics_have_no_clinician_level_nor_equity_and_stock_ones_no_weeks(
    metrics_client: TestClient, world: tuple[str, list[dict[str, Any]]]
) -> None:
    org, _ = world
    answer = metrics_client.get(
        "/v1/metrics/miniz-burnout-prevalence/values", params={"level": "clinician"},
        headers=bearer(org),
    )  # fmt: skip
    assert answer.status_code in (400, 422) and answer.headers["content-type"].startswith(
        "application/problem+json"
    )
    answer = metrics_client.get(
        "/v1/metrics/staff-turnover-rate/values", params={"period": "week"}, headers=bearer(org)
    )
    assert answer.status_code in (400, 422), answer.text
    [cell] = _values(metrics_client, org, "staff-turnover-rate", period="quarter",
                     **{"from": "2026-04-01", "to": "2026-06-30"})  # fmt: skip
    assert not cell["suppressed"]
    assert cell["value"] == pytest.approx(cell["numerator"] / cell["denominator"] * 12)

"""The safety loop's metrics over HTTP: published under the same small-cell suppression and
rounding as every metric (counts of events and alerts count like patients), in the catalog
with their sources, and on the dashboard as the values route publishes them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from starlette.testclient import TestClient

from services.metrics.catalog import CATALOG
from services.metrics.sync.apply import apply_events
from shared.events import (
    AlertActioned,
    AlertRaised,
    EncounterUpserted,
    EventData,
    SafetyEventUpserted,
)
from tests.metrics.dashboard.html import body_rows
from tests.metrics.dashboard.pages import signed_in
from tests.metrics.safety.oracle import ORACLE
from tests.metrics.sync.events import event
from tests.support.tokens import bearer

Q1 = {"period": "quarter", "from": "2026-01-01", "to": "2026-03-31"}
#: team -> (site, safety events in Q1, kept sessions in Q1)
TEAMS = {"team-a": ("site-1", 4, 100), "team-b": ("site-1", 45, 300), "team-c": ("site-2", 36, 200)}
#: clinician -> (critical-item alerts, of which with a safety plan)
CLINICIANS = {"c-small": (3, 2), "c-big": (30, 15), "c-mid": (24, 12)}


def _at(i: int) -> datetime:
    return datetime(2026, 1, 2, 10, tzinfo=UTC) + timedelta(hours=19 * i)


def world(client: TestClient, org: str) -> None:
    data: list[EventData] = []
    for team, (site, events, kept) in TEAMS.items():
        for i in range(kept):
            data.append(EncounterUpserted(
                encounter_id=f"{team}-e{i}", patient_id=f"{team}-p{i % 40}", team_id=team,
                site_id=site, modality="in-person", scheduled_start=_at(i), status="fulfilled",
            ))  # fmt: skip
        for i in range(events):
            data.append(SafetyEventUpserted(
                safety_event_id=f"{team}-s{i}", kind="near-miss" if i % 3 else "fall",
                harm_level="none" if i % 3 else "mild", occurred_at=_at(2 * i),
                reported_at=_at(2 * i) + timedelta(hours=3), team_id=team, site_id=site,
                anonymous_report=False, review_status="received",
            ))  # fmt: skip
    for clinician, (alerts, plans) in CLINICIANS.items():
        for i in range(alerts):
            alert = {
                "alert_id": f"{clinician}-{i}",
                "raised_at": _at(3 * i),
                "rule": "critical_item",
            }
            data.append(AlertRaised(
                **alert, patient_id=f"{clinician}-p{i}", instrument_id="phq9",
                clinician_id=clinician, team_id="team-b", site_id="site-1",
            ))  # fmt: skip
            if i < plans:
                done = _at(3 * i) + timedelta(hours=5)
                data.append(AlertActioned(
                    **alert, action_id=f"{clinician}-{i}-a", action="safety-plan-made",
                    performed_at=done, recorded_at=done, closes=True,
                ))  # fmt: skip
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.begin() as connection:
        apply_events(connection, [event(org, d) for d in data])


def values(client: TestClient, org: str, metric: str, **params: str) -> list[dict[str, Any]]:
    answer = client.get(
        f"/v1/metrics/{metric}/values", params={**Q1, **params}, headers=bearer(org)
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["values"]  # type: ignore[no-any-return]


def by_unit(cells: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {c["unit_id"]: c for c in cells}


def test_small_counts_of_events_and_alerts_are_suppressed(
    metrics_client: TestClient, org: str
) -> None:
    world(metrics_client, org)
    for metric in ("safety-event-reporting-rate", "safety-event-near-miss-share"):
        teams = by_unit(values(metrics_client, org, metric, level="team"))
        # 4 events is a small cell; the next smallest team hides with it (else org - the rest).
        assert teams["team-a"]["suppressed"] and teams["team-a"]["reason"] == "primary", metric
        assert teams["team-a"]["value"] is None and teams["team-a"]["n"] is None
        assert teams["team-c"]["reason"] == "complementary", metric
        assert not teams["team-b"]["suppressed"] and teams["team-b"]["n"] == 45
    [org_cell] = values(metrics_client, org, "safety-event-reporting-rate")
    assert org_cell["rounded_to"] == 5 and org_cell["n"] == 85
    end = date(2026, 3, 31)
    kept = sum(1 for *_, k in TEAMS.values() for i in range(k) if _at(i).date() <= end)
    assert org_cell["denominator"] == 5 * round(kept / 5)
    assert org_cell["value"] == org_cell["numerator"] / org_cell["denominator"] * 1000
    clinicians = by_unit(
        values(metrics_client, org, "critical-alert-safety-plan", level="clinician")
    )
    assert clinicians["c-small"]["suppressed"] and clinicians["c-small"]["reason"] == "primary"
    assert clinicians["c-mid"]["reason"] == "complementary"
    assert clinicians["c-big"]["value"] == 15 / 30 and clinicians["c-big"]["n"] == 30


def test_the_catalog_names_numerator_denominator_exclusions_and_source(
    metrics_client: TestClient, org: str
) -> None:
    answer = metrics_client.get("/v1/metrics", headers=bearer(org))
    items = {d["metric_id"]: d for d in answer.json()["items"]}
    for metric_id in ORACLE:
        d = items[metric_id]
        assert d["numerator"] and d["denominator"], metric_id
        assert d["domain"] == "safety" and d["exclusions"] and d["source"], metric_id
    rate = items["safety-event-reporting-rate"]
    assert (rate["kind"], rate["per"], rate["chart"]) == ("rate", 1000, "u")
    assert rate["levels"] == ["team", "site", "org", "collaborative"]
    assert items["critical-alert-follow-up-7d"]["levels"][0] == "clinician"


def test_the_dashboard_shows_them_as_the_values_route_publishes_them(
    metrics_client: TestClient, org: str
) -> None:
    world(metrics_client, org)
    metrics_client.cookies.clear()
    months = {"period": "month", "from": "2026-01-01", "to": "2026-03-31"}
    for metric in ("safety-event-reporting-rate", "safety-event-near-miss-share"):
        definition = CATALOG[metric]
        page = metrics_client.get(
            "/dashboard", params={"metric": metric, "level": "org", **months},
            headers=signed_in(org),
        )  # fmt: skip
        assert page.status_code == 200, page.text
        assert definition.title in page.text and 'id="metric-source"' in page.text
        counted = "events" if definition.fact == "safety_event" else "patients"
        assert f"{counted} needed to show a value" in page.text
        published = {c["period"][:7]: c for c in values(metrics_client, org, metric, **months)}
        rows = {r.attrs["data-period"]: r.cells for r in body_rows(page.text, "points")}
        assert set(rows) == set(published), metric
        for period, cells in rows.items():
            cell = published[period]
            if cell["suppressed"]:
                assert cells[1] == "suppressed"
                continue
            value = cell["value"]
            shown = f"{value * 100:.1f}%" if definition.unit == "share" else f"{value:,.2f} "
            assert cells[1].startswith(shown), (metric, period, cells)
    # A month's alerts are too few to publish: the page draws nothing, as the API shows nothing.
    metric = "critical-alert-safety-plan"
    assert all(c["suppressed"] for c in values(metrics_client, org, metric, **months))
    page = metrics_client.get(
        "/dashboard", params={"metric": metric, "level": "org", **months}, headers=signed_in(org)
    )
    assert (
        CATALOG[metric].title in page.text
        and "no period in the range has a publishable" in page.text
    )
    metrics_client.cookies.clear()

"""Every fidelity and waiting-list metric on the dashboard: the generic page draws each one's
chart, the same drawing as its chart route, with a row per published point.

One organisation's episodes, sessions, assessments, referrals and measurement plans (the
fidelity feeds), written through the consumer's own apply code.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import Session
from starlette.testclient import TestClient

from services.metrics.catalog import CATALOG
from services.metrics.models import MeasurementPlan
from tests.metrics.dashboard.html import body_rows, normalized_svg, svg
from tests.metrics.dashboard.pages import signed_in
from tests.metrics.fidelity.feed import fidelity_feeds
from tests.metrics.fidelity.oracle import ORACLE
from tests.metrics.fidelity.schedule_oracle import PLANS
from tests.metrics.fidelity.waiting import referral_feed
from tests.metrics.safety.conftest import apply_dicts
from tests.support.tokens import bearer

ORG = "org-fidelity-dashboard"
QUERY = {"level": "org", "period": "month", "from": "2026-01-01", "to": "2026-09-30"}


@pytest.fixture(scope="module")
def clinic(metrics_client: TestClient) -> str:
    engine = metrics_client.app.state.engine  # type: ignore[attr-defined]
    feeds = fidelity_feeds(ORG, seed=5, patients=140)
    for events in (feeds.intake, feeds.measures, referral_feed(ORG, seed=6, referrals=300)):
        apply_dicts(engine, events)
    with Session(engine) as session:
        for plan_id, instrument, line, n, k, d, grace_s, grace_d, active in PLANS:
            session.add(MeasurementPlan(
                org=ORG, plan_id=plan_id, instrument_id=instrument, service_line=line,
                baseline_within_sessions=n, every_sessions=k, every_days=d,
                grace_sessions=grace_s, grace_days=grace_d, active=active,
                set_at=datetime(2026, 1, 1, tzinfo=UTC), set_by="tests",
            ))  # fmt: skip
        session.commit()
    return ORG


@pytest.mark.parametrize("metric_id", sorted(ORACLE))
def test_each_metric_page_draws_its_chart(
    metrics_client: TestClient, clinic: str, metric_id: str
) -> None:
    page = metrics_client.get(
        "/dashboard", params={"metric": metric_id, **QUERY}, headers=signed_in(clinic)
    )
    assert page.status_code == 200, page.text
    assert CATALOG[metric_id].title in page.text
    route = f"/v1/metrics/{metric_id}/chart"
    chart: dict[str, Any] = metrics_client.get(route, params=QUERY, headers=bearer(clinic)).json()
    drawn = metrics_client.get(f"{route}.svg", params=QUERY, headers=bearer(clinic))
    assert drawn.status_code == 200, drawn.text
    inline = drawn.text.replace("<svg", '<svg aria-details="points"', 1)
    assert normalized_svg(svg(page.text)) == normalized_svg(inline)
    rows = body_rows(page.text, "points")[::-1]
    assert [r.attrs["data-period"] for r in rows] == [p["label"] for p in chart["points"]]
    published = [p for p in chart["points"] if p["value"] is not None]
    assert published, metric_id  # a chart with numbers, not only suppressed months

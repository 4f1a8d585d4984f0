"""Every fidelity and waiting-list metric on the dashboard: the generic page draws each one's
chart, the same drawing as its chart route, with a row per published point; and the
on-schedule rate's equity view (differential missingness) published under the policy.

One organisation's episodes, sessions, assessments, referrals and measurement plans (the
fidelity feeds), written through the consumer's own apply code.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlmodel import Session
from starlette.testclient import TestClient

from services.metrics.catalog import CATALOG
from services.metrics.models import MeasurementPlan
from tests.metrics.dashboard.html import body_rows, normalized_svg, svg
from tests.metrics.dashboard.pages import signed_in
from tests.metrics.fidelity.feed import fidelity_feeds
from tests.metrics.fidelity.oracle import ORACLE, oracle
from tests.metrics.fidelity.schedule_oracle import PLANS
from tests.metrics.fidelity.waiting import referral_feed
from tests.metrics.rounding import share
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


def test_on_schedule_by_race_is_published_under_the_policy(
    metrics_client: TestClient, clinic: str
) -> None:
    """Differential missingness over HTTP: each race's on-schedule rate equals the replay's,
    rounded as published, and a group resting on 1 to 10 of anything is never shown."""
    events = [*fidelity_feeds(ORG, seed=5, patients=140).everything()]
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    expected = oracle(events, "on-schedule-rate", orgs=(ORG,), level="org", period="range",
                      start=start, end=end, by_race=True)  # fmt: skip
    answer = metrics_client.get(
        "/v1/metrics/on-schedule-rate/equity",
        params={"by": "race", "from": start.isoformat(), "to": end.isoformat()},
        headers=bearer(clinic),
    )
    assert answer.status_code == 200, answer.text
    groups = {g["code"]: g for g in answer.json()["groups"]}
    compared = small = 0
    for (_, _, race), want in expected.items():
        group = groups[str(race)]
        counts = (want.n, want.numerator, want.denominator, want.denominator - want.numerator)
        if any(0 < c < 11 for c in counts):  # type: ignore[operator]
            assert group["suppressed"] and group["value"] is None, race
            small += 1
        elif not group["suppressed"]:
            base = group["rounded_to"]
            assert group["value"] == pytest.approx(share(want.numerator, want.denominator, base))
            compared += 1
    assert compared >= 2 and small >= 1

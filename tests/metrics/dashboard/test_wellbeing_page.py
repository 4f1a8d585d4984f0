"""The team well-being page over HTTP: the survey and workforce facts fed as the workforce tests
feed them (:mod:`tests.metrics.workforce.feed`), each metric's latest two periods equal to the
values route's published cells, a team whose rounds are answered by fewer staff than the floor
shown as suppressed, another organization's team never shown, and no axe-core violation in
Chromium (skipped when Chromium, playwright or axe-playwright-python is absent)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.metrics.catalog import CATALOG
from services.metrics.catalog.workforce import STAFFING_DEFINITIONS, SURVEY_DEFINITIONS
from services.metrics.dashboard import formatting
from services.metrics.learning import periods
from services.metrics.sync.apply import apply_events
from shared.feed import FeedEvent
from tests.metrics.dashboard.html import body_rows, parse
from tests.metrics.dashboard.pages import signed_in
from tests.metrics.workforce.feed import workforce_events
from tests.support.tokens import bearer

TEAMS = {"t-a": "s-1", "t-b": "s-1", "t-c": "s-2", "t-small": "s-2"}
SMALL = "t-small"
ANSWERED = 4
"""Responses a round of the small team gets: below the floor of 11."""
PAGE = "/dashboard/wellbeing"


def _feed(client: TestClient, events: list[dict[str, Any]]) -> None:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.begin() as connection:
        applied = apply_events(connection, [FeedEvent.model_validate(e) for e in events])
        assert applied.ignored == 0


@pytest.fixture(scope="module")
def world(metrics_client: TestClient) -> tuple[str, str]:
    """(org, other org): the org's four teams, the small one's rounds cut to a few answers;
    the other org's one team, ``t-other``."""
    org, other = (f"org-wb-{uuid.uuid4().hex[:8]}" for _ in range(2))
    intake, measures = workforce_events(org, seed=23, teams=TEAMS)
    for event in measures:
        if event["data"]["team_id"] == SMALL:
            event["data"]["responses"] = event["data"]["responses"][:ANSWERED]
    _feed(metrics_client, intake)
    _feed(metrics_client, measures)
    for events in workforce_events(other, seed=24, teams={"t-other": "s-9"}):
        _feed(metrics_client, events)
    return org, other


@pytest.fixture
def client(metrics_client: TestClient) -> Iterator[TestClient]:
    metrics_client.cookies.clear()
    yield metrics_client
    metrics_client.cookies.clear()


def _published(client: TestClient, org: str, metric: str, params: dict[str, str]) -> list[dict]:
    answer = client.get(f"/v1/metrics/{metric}/values", params=params, headers=bearer(org))
    assert answer.status_code == 200, answer.text
    return sorted(answer.json()["values"], key=lambda c: c["period"])


def _expected(cell: dict[str, Any] | None, metric: str, period: str) -> list[str]:
    """Period, value and n of a values-route cell as the page must print them."""
    if cell is None:
        return ["none", "\u2014", "\u2014"]
    label = periods.label(date.fromisoformat(cell["period"]), period)  # type: ignore[arg-type]
    if cell["suppressed"]:
        return [label, "suppressed", "\u2014"]
    return [label, formatting.value(cell["value"], CATALOG[metric].unit),
            formatting.count(cell["n"])]  # fmt: skip


@pytest.mark.parametrize(
    ("level", "unit", "period"),
    [("team", "t-a", "quarter"), ("team", SMALL, "month"), ("site", "s-2", "quarter"),
     ("org", None, "month")],
)  # fmt: skip
def test_each_metric_shows_the_values_routes_latest_two_published_cells(
    client: TestClient, world: tuple[str, str], level: str, unit: str | None, period: str
) -> None:
    org, _ = world
    query = {"level": level, "period": period, **({"unit": unit} if unit else {})}
    page = client.get(PAGE, params=query, headers=signed_in(org))
    assert page.status_code == 200, page.text
    for table, definitions in (("survey", SURVEY_DEFINITIONS), ("workforce", STAFFING_DEFINITIONS)):
        rows = body_rows(page.text, table)
        assert [r.attrs["data-metric"] for r in rows] == [d.metric_id for d in definitions]
        for row, definition in zip(rows, definitions, strict=True):
            metric = definition.metric_id
            cells = _published(client, org, metric, query)
            assert cells, (metric, query)  # every metric has data here: nothing compared empty
            latest = cells[-1]
            before = cells[-2] if len(cells) > 1 else None
            assert row.cells[0] == definition.title
            assert row.cells[2:] == _expected(latest, metric, period) + _expected(
                before, metric, period
            ), (metric, query)
    # Each measure opens its chart page for the same unit and period.
    link = re.search(r'<a href="(/dashboard\?metric=miniz-joy-mean[^"]*)"', page.text)
    assert link is not None
    chart = client.get(link.group(1).replace("&amp;", "&"), headers=signed_in(org))
    assert chart.status_code == 200
    assert [v for v, chosen in parse(chart.text).options["level"] if chosen] == [level]


def test_a_team_answered_by_fewer_than_the_floor_shows_suppressed_not_a_number(
    client: TestClient, world: tuple[str, str]
) -> None:
    org, _ = world
    page = client.get(PAGE, params={"unit": SMALL, "period": "quarter"}, headers=signed_in(org))
    assert page.status_code == 200
    for row in body_rows(page.text, "survey"):
        assert row.cells[3] == "suppressed", row.attrs["data-metric"]
        assert not re.search(r"\d", row.cells[4] + row.cells[6] + row.cells[7])
    assert re.search(r'<td class="suppressed" data-cell="latest-value">suppressed</td>', page.text)
    joy = _published(client, org, "miniz-joy-mean",
                     {"level": "team", "unit": SMALL, "period": "quarter"})  # fmt: skip
    assert joy and all(c["suppressed"] and c["value"] is None for c in joy)
    assert "shown only when" in page.text and "staff floor (11)" in page.text


def test_another_orgs_team_is_never_shown(client: TestClient, world: tuple[str, str]) -> None:
    org, other = world
    page = client.get(PAGE, params={"unit": "t-other"}, headers=signed_in(org))
    assert page.status_code == 200
    assert [v for v, _ in parse(page.text).options["unit"]] == sorted(TEAMS)
    assert "No team &#39;t-other&#39; with survey or workforce data here: showing t-a." in page.text
    assert "team t-a</small>" in page.text
    mine = client.get(PAGE, params={"unit": "t-a"}, headers=signed_in(org)).text
    assert body_rows(page.text, "survey") == body_rows(mine, "survey")
    theirs = client.get(PAGE, headers=signed_in(other)).text
    assert [v for v, _ in parse(theirs).options["unit"]] == ["t-other"]
    assert re.search(r"\bt-(?:a|b|c|small)\b", theirs) is None


def test_a_new_level_starts_at_its_first_unit_and_signed_out_readers_sign_in(
    client: TestClient, world: tuple[str, str]
) -> None:
    org, _ = world
    moved = {"level": "site", "unit": "t-b", "unit_level": "team"}
    page = client.get(PAGE, params=moved, headers=signed_in(org)).text
    assert [v for v, chosen in parse(page).options["unit"] if chosen] == ["s-1"]
    assert "with survey or workforce data" not in page
    out = client.get(PAGE, follow_redirects=False)
    assert out.status_code == 303
    assert out.headers["location"] == "/dashboard/sign-in?next=%2Fdashboard%2Fwellbeing"
    bad = client.get(PAGE, params={"level": "clinician"}, headers=signed_in(org))
    assert bad.status_code == 422  # no clinician level: the survey is anonymous
    overview = client.get("/dashboard/overview", headers=signed_in(org)).text
    assert '<a href="/dashboard/wellbeing"' in overview


def test_the_page_has_no_axe_violation_in_chromium(
    client: TestClient, world: tuple[str, str], tmp_path: Path
) -> None:
    """The page served by the app, headers and all, to headless Chromium (the browser's
    requests to a made-up origin are answered by the test client)."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip(f"{chromium} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    axe_api = pytest.importorskip("axe_playwright_python.sync_playwright")
    org, _ = world
    origin = "http://dashboard.test"
    cookie = signed_in(org)

    def answer(route: Any) -> None:
        got = client.get(route.request.url.removeprefix(origin), headers=cookie)
        route.fulfill(status=got.status_code, headers=dict(got.headers), body=got.content)

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 1000})
            tab.route(f"{origin}/**", answer)
            for query in ("?unit=t-a", f"?unit={SMALL}&period=month", "?level=org"):
                tab.goto(f"{origin}{PAGE}{query}")
                assert tab.locator("#survey tbody tr").count() == len(SURVEY_DEFINITIONS)
                results = axe_api.Axe().run(tab)
                assert results.violations_count == 0, results.generate_report()
            tab.screenshot(path=str(tmp_path / "wellbeing.png"), full_page=True)
        finally:
            browser.close()

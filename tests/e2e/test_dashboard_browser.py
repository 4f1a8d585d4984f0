"""Scenario: a QI lead opens the metrics dashboard in a real browser.

An EHR and a mobile app (the synthetic driver) post four months of a small organization's care
to intake and measures, three real processes with metrics pulling both feeds by itself. The
lead opens the dashboard in headless Chromium, is sent to the sign-in page, pastes the token
`make run` would print, and lands on the organization's kept-rate control chart: an inline SVG
with its control-limit lines. Picking another metric, then the team level, redraws the chart
(the form submits on change, so the page's one script runs under its Content-Security-Policy).
The lead then opens a clinician's feedback report and finally signs out.

Skipped when Debian's chromium (/usr/bin/chromium) or the Python playwright package is absent;
playwright drives that browser and never downloads one.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.cluster import three_services, wait_caught_up
from harness.processes import RunningService
from shared.auth import issue_local_token
from synthetic.driver import Driver, Endpoints
from synthetic.generator import OrgPlan, generate

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is absent")

ORG = "org-e2e-dashboard"
PLAN = OrgPlan(
    org=ORG,
    seed=5,
    sites=1,
    teams_per_site=2,
    clinicians_per_team=3,
    patients=90,
    weeks=16,
    sessions_per_patient=6,
)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LIMIT_LINES = '#chart-panel svg path[style*="stroke-dasharray"][style*="#777777"]'
#: Where to keep a screenshot of the dashboard with data (also kept in the test's tmp folder).
SCREENSHOT = os.environ.get("DASHBOARD_SCREENSHOT")


@pytest.fixture(scope="module")
def metrics(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningService]:
    began = time.monotonic()
    with three_services(tmp_path_factory.mktemp("dashboard"), "dash") as services:
        intake, measures = services["intake"], services["measures"]
        driver = Driver(
            Endpoints(intake.url, measures.url),
            issue_local_token(org=ORG, scope="intake:write measures:write"),
        )
        try:
            driver.enable_instrument("burnout1")
            assert driver.play(generate(PLAN)).refused == []
        finally:
            driver.close()
        wait_caught_up(services["metrics"], ORG)
        print(f"metrics caught up {time.monotonic() - began:.1f} s after the start")
        yield services["metrics"]


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 1000})
            tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            tab.on("pageerror", lambda e: errors.append(str(e)))
            yield tab
        finally:
            browser.close()
    assert errors == []  # no script error, no Content-Security-Policy violation


def _chart(tab: Any) -> str:
    svg = tab.locator("#chart-panel .chart svg")
    assert svg.count() == 1
    assert tab.locator(LIMIT_LINES).count() >= 2  # upper and lower limit (and the legend's)
    return str(svg.inner_html())


def _choose(tab: Any, name: str, value: str) -> None:
    with tab.expect_navigation():
        tab.select_option(f"select[name={name}]", value)


def test_a_leader_signs_in_reads_a_chart_changes_it_and_opens_a_report(
    metrics: RunningService, page: Any, tmp_path: Path
) -> None:
    page.goto(f"{metrics.url}/dashboard")
    assert "/dashboard/sign-in" in page.url
    # A leader's token: clinician-level figures (the report below) follow the token's role.
    token = issue_local_token(
        org=ORG, scope="metrics:read", sub="qi-lead", extra={"role": "leader"}
    )
    page.fill("#token", token)
    with page.expect_navigation():
        page.click("#sign-in button[type=submit]")
    assert page.url == f"{metrics.url}/dashboard"
    assert "qi-lead" in page.locator("header.top").inner_text()
    kept = _chart(page)
    assert page.locator("#chart-panel h2").inner_text().startswith("Kept appointments")
    assert page.locator("#points tbody tr").count() >= 4  # four months, one row each

    _choose(page, "period", "week")
    weekly = _chart(page)
    assert weekly != kept
    assert page.locator("#points tbody tr").count() >= 16
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    if SCREENSHOT:
        shutil.copy(tmp_path / "dashboard.png", SCREENSHOT)

    _choose(page, "metric", "no-show-rate")
    assert "metric=no-show-rate" in page.url
    assert page.locator("#chart-panel h2").inner_text().startswith("No-shows")
    no_shows = _chart(page)
    assert no_shows != weekly

    _choose(page, "period", "month")
    monthly = _chart(page)
    _choose(page, "level", "team")
    assert "level=team" in page.url
    unit = page.locator("select[name=unit]").input_value()
    assert unit  # the first team of the org with data
    assert unit in page.locator("#chart-panel h2").inner_text()
    assert _chart(page) != monthly
    assert page.locator("#equity tbody tr").count() >= 2

    first = page.locator("#clinicians a").first
    clinician = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert page.url.startswith(f"{metrics.url}/dashboard/clinicians/{clinician}")
    assert page.locator("#report-lines tbody tr").count() >= 6
    assert clinician in page.locator("h2").first.inner_text()

    with page.expect_navigation():
        page.click("#sign-out button")
    assert "/dashboard/sign-in" in page.url
    page.goto(f"{metrics.url}/dashboard")
    assert "/dashboard/sign-in" in page.url  # the cookie is gone

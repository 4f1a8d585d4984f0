"""Scenario: a QI lead opens the metrics dashboard in a real browser.

An EHR and a mobile app (the synthetic driver) post four months of a small organization's care
to intake and measures, three real processes with metrics pulling both feeds by itself. The
lead opens the dashboard in headless Chromium, is sent to the sign-in page, pastes the token
`make run` would print, and lands on the organization's kept-rate control chart: an inline SVG
with its control-limit lines. Picking another metric, then the team level, and pressing Show
redraws the chart; picking alone changes nothing (WCAG 2.1 SC 3.2.2, On Input). The lead then
opens a clinician's feedback report and finally signs out. A second reader has scripts turned
off and changes the chart all the same.

Each page the lead meets (sign-in, the dashboard by month and by week with its chart and
tables, the team level with its equity table, the clinician report) is checked with axe-core,
the accessibility engine, through the axe-playwright-python package that ships it: no
violation of any rule it runs (WCAG 2.0, 2.1 and 2.2 A and AA, and its best practices).

Skipped when Debian's chromium (/usr/bin/chromium), the Python playwright package or
axe-playwright-python is absent; playwright drives that browser and never downloads one.
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
from services.metrics.dashboard.signin import COOKIE, COOKIE_PATH
from shared.auth import issue_local_token
from synthetic.driver import Driver, Endpoints
from synthetic.generator import OrgPlan, generate

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is absent")
axe_api = pytest.importorskip(
    "axe_playwright_python.sync_playwright", reason="the axe-playwright-python package is absent"
)

ORG = "org-e2e-dashboard"
PLAN = OrgPlan(
    org=ORG,
    seed=5,
    sites=1,
    teams_per_site=2,
    clinicians_per_team=3,
    patients=140,
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
    """Pick an option (nothing happens: no change of context on input), then press Show."""
    before = tab.url
    tab.select_option(f"select[name={name}]", value)
    tab.wait_for_timeout(150)  # time for a navigation, were a script to start one
    assert tab.url == before
    with tab.expect_navigation():
        tab.click("#choices button[type=submit]")


def _accessible(tab: Any, axe: Any) -> None:
    """No axe-core violation at all on the page as it stands."""
    results = axe.run(tab)
    assert results.violations_count == 0, results.generate_report()


def _leader_token() -> str:
    return issue_local_token(org=ORG, scope="metrics:read", sub="qi-lead", extra={"role": "leader"})


def test_a_leader_signs_in_reads_a_chart_changes_it_and_opens_a_report(
    metrics: RunningService, page: Any, tmp_path: Path
) -> None:
    axe = axe_api.Axe()
    page.goto(f"{metrics.url}/dashboard")
    assert "/dashboard/sign-in" in page.url
    _accessible(page, axe)
    # A leader's token: clinician-level figures (the report below) follow the token's role.
    page.fill("#token", _leader_token())
    with page.expect_navigation():
        page.click("#sign-in button[type=submit]")
    assert page.url == f"{metrics.url}/dashboard"
    assert "qi-lead" in page.locator("header.top").inner_text()
    kept = _chart(page)
    assert page.locator("#chart-panel h2").inner_text().startswith("Kept appointments")
    assert page.locator("#points tbody tr").count() >= 4  # four months, one row each
    image = page.locator("#chart-panel svg[role=img]")
    assert image.get_attribute("aria-details") == "points"
    assert "Kept appointments" in str(page.locator("#chart-desc").text_content())
    _accessible(page, axe)

    page.focus("select[name=metric]")  # a keyboard reader sees where they are
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    ring = page.eval_on_selector(":focus", "e => getComputedStyle(e).outlineStyle")
    assert ring == "solid"

    _choose(page, "period", "week")
    weekly = _chart(page)
    assert weekly != kept
    assert page.locator("#points tbody tr").count() >= 16
    _accessible(page, axe)  # the points table now scrolls inside its region
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
    assert page.locator(".notice", has_text="with data for this metric").count() == 0
    _accessible(page, axe)

    first = page.locator("#clinicians a").first
    clinician = first.inner_text()
    with page.expect_navigation():
        first.click()
    assert page.url.startswith(f"{metrics.url}/dashboard/clinicians/{clinician}")
    assert page.locator("#report-lines tbody tr").count() >= 6
    assert clinician in page.locator("h2").first.inner_text()
    _accessible(page, axe)

    with page.expect_navigation():
        page.click("#sign-out button")
    assert "/dashboard/sign-in" in page.url
    page.goto(f"{metrics.url}/dashboard")
    assert "/dashboard/sign-in" in page.url  # the cookie is gone


def test_without_scripts_the_choices_still_change_the_chart(metrics: RunningService) -> None:
    """Scripts off (the sign-in posts JSON by script, so the cookie is set as it would be)."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(java_script_enabled=False)
            context.add_cookies([{"name": COOKIE, "value": _leader_token(),
                                  "url": f"{metrics.url}{COOKIE_PATH}"}])  # fmt: skip
            tab = context.new_page()
            tab.goto(f"{metrics.url}/dashboard")
            monthly = _chart(tab)
            _choose(tab, "period", "week")
            assert "period=week" in tab.url
            assert _chart(tab) != monthly
            _choose(tab, "level", "team")  # the team list starts at its first team
            assert tab.locator(".notice", has_text="with data for this metric").count() == 0
            assert (
                tab.locator("select[name=unit]").input_value()
                in tab.locator("#chart-panel h2").inner_text()
            )
        finally:
            browser.close()

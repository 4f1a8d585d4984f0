"""Scenario: a leader signs in to the dashboard in a real browser and lands on the overview.

The synthetic driver posts four months of a small organization's care to intake and measures
(three real processes, metrics pulling both feeds by itself). In headless Chromium the leader
signs in without asking for a page and lands on the overview: a tile per metric with its
variation icon, an image with a text alternative and a word beside it. Choosing a domain does
not leave the page until Show is pressed (no auto-submit); the tiles then keep to that domain.
A tile opens that metric's chart page; the overview's CSV downloads with the tiles' rows.

Skipped when Debian's chromium (/usr/bin/chromium) or the Python playwright package is absent.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.cluster import three_services, wait_caught_up
from harness.processes import RunningService
from services.metrics.catalog import CATALOG
from shared.auth import issue_local_token
from synthetic.driver import Driver, Endpoints
from synthetic.generator import OrgPlan, generate

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is absent")

ORG = "org-e2e-overview"
PLAN = OrgPlan(org=ORG, seed=11, sites=1, teams_per_site=2, clinicians_per_team=3,
               patients=90, weeks=16, sessions_per_patient=6)  # fmt: skip
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
#: Where to keep a screenshot of the overview (also kept in the test's tmp folder).
SCREENSHOT = os.environ.get("OVERVIEW_SCREENSHOT")


@pytest.fixture(scope="module")
def metrics(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningService]:
    with three_services(tmp_path_factory.mktemp("overview"), "over") as services:
        intake, measures = services["intake"], services["measures"]
        driver = Driver(
            Endpoints(intake.url, measures.url),
            issue_local_token(org=ORG, scope="intake:write measures:write"),
        )
        try:
            driver.enable_instrument("burnout1")  # the plan's staff well-being answers
            assert driver.play(generate(PLAN)).refused == []
        finally:
            driver.close()
        wait_caught_up(services["metrics"], ORG)
        yield services["metrics"]


@pytest.fixture
def page() -> Iterator[Any]:
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            tab.on("pageerror", lambda e: errors.append(str(e)))
            yield tab
        finally:
            browser.close()
    assert errors == []  # no script error, no Content-Security-Policy violation


def test_a_leader_lands_on_the_overview_filters_it_and_drills_to_a_chart(
    metrics: RunningService, page: Any, tmp_path: Path
) -> None:
    page.goto(f"{metrics.url}/dashboard/sign-in")
    token = issue_local_token(org=ORG, scope="metrics:read", sub="qi-lead",
                              extra={"role": "leader"})  # fmt: skip
    page.fill("#token", token)
    with page.expect_navigation():
        page.click("#sign-in button[type=submit]")
    assert page.url == f"{metrics.url}/dashboard/overview"
    tiles = page.locator("li.tile")
    assert tiles.count() >= 10  # every metric computed at the org level
    kept = page.locator('li.tile[data-metric="kept-rate"]')
    assert kept.locator(".value").inner_text().endswith("%")
    # The variation icon is an image named in words, and the word is shown too.
    icon = kept.get_by_role("img")
    assert icon.count() >= 1
    name = icon.first.get_attribute("aria-label") or ""
    assert name.startswith(("Common cause", "Special cause"))
    # (the icon's letter is drawn text inside the image; the word follows it)
    assert kept.locator(".badge").first.inner_text().split()[-1] in {
        "cause", "Improving", "Concerning"
    }  # fmt: skip
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)
    if SCREENSHOT:
        shutil.copy(tmp_path / "overview.png", SCREENSHOT)

    # Choosing a domain does not leave the page; Show does.
    page.select_option("select[name=domain]", "engagement")
    page.wait_for_timeout(300)
    assert page.url == f"{metrics.url}/dashboard/overview"
    with page.expect_navigation():
        page.click("#overview-choices button[type=submit]")
    assert "domain=engagement" in page.url
    domains = {t.get_attribute("data-domain") for t in page.locator("li.tile").all()}
    assert domains == {"engagement"}

    with page.expect_download() as download_info:
        page.click("a[download]")
    rows = list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text())))
    # Every metric of the domain, as the catalog lists it (a new one joins the tile grid).
    engagement = {m.metric_id for m in CATALOG.values() if m.domain == "engagement"}
    assert {r["metric_id"] for r in rows} == engagement

    with page.expect_navigation():
        page.locator('li.tile[data-metric="no-show-rate"] h3 a').click()
    assert page.url.startswith(f"{metrics.url}/dashboard?metric=no-show-rate")
    assert page.locator("#chart-panel .chart svg").count() == 1
    assert page.locator("#chart-panel h2").inner_text().startswith("No-shows")

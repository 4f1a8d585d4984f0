"""The improvement pages in headless Chromium, checked with axe-core (WCAG 2.0, 2.1 and 2.2 A
and AA and its best practices): the project page with its chart and cycles, the list of
projects and the library with its form.

Lighter than tests/e2e/test_dashboard_browser.py: the pages are rendered by the metrics test
client (with the project's series inserted as facts) and loaded into the browser with their
HTML, so no cluster of services is started. Skipped like that test when Debian's chromium,
playwright or axe-playwright-python is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.metrics.dashboard.pages import signed_in
from tests.metrics.dashboard.test_project_pages import seed
from tests.metrics.improvement.helpers import collaborative

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is absent")
axe_api = pytest.importorskip(
    "axe_playwright_python.sync_playwright", reason="the axe-playwright-python package is absent"
)
pytestmark = pytest.mark.no_database  # pages only: the SQLite run is enough
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


@pytest.fixture
def tab() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser.new_page(viewport={"width": 1400, "height": 1000})
        finally:
            browser.close()


def _accessible(tab: Any, html: str) -> None:
    tab.set_content(html)
    results = axe_api.Axe().run(tab)
    assert results.violations_count == 0, results.generate_report()


def test_the_improvement_pages_pass_axe_in_chromium(
    metrics_client: TestClient, org: str, tab: Any
) -> None:
    metrics_client.cookies.clear()
    peer = f"{org}-peer"
    cid = collaborative(metrics_client, org, peer)
    seed(metrics_client, org, shared_with=cid)
    cookie = signed_in(org)
    page = metrics_client.get("/dashboard/projects/kept", headers=cookie)
    assert page.status_code == 200, page.text
    _accessible(tab, page.text)
    # The chart is drawn, with the cycles' bands in it, and the cycles' table is shown.
    assert tab.locator("#chart-panel svg[role=img]").count() == 1
    assert tab.locator("#cycles tbody tr").count() == 2
    assert tab.locator("#cycles").is_visible()
    for path in ("/dashboard/projects", f"/dashboard/collaboratives/{cid}/library"):
        answer = metrics_client.get(path, headers=cookie)
        assert answer.status_code == 200, answer.text
        _accessible(tab, answer.text)
    assert tab.locator("#library tbody tr[data-project=kept]").count() == 1

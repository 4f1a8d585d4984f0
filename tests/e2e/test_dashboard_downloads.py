"""Scenario: a leader downloads the chart page's chart as PNG and its points as CSV.

metrics runs as a real process on a throwaway database holding 18 months of one
organization's appointments (inserted as facts: the feeds are not what this is about). In
headless Chromium, under the page's Content-Security-Policy, the leader presses "Download chart
as PNG": a real button, shown by the page's script, which draws the inline SVG on a canvas.
The file must be a PNG (its signature, an IHDR chunk) of the chart's size doubled, and not a
blank image. "Download points as CSV" saves the "Points by period" table, oldest first.

Skipped when Debian's chromium (/usr/bin/chromium) or the Python playwright package is absent.
"""

from __future__ import annotations

import csv
import io
import os
import random
import shutil
import struct
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from harness.databases import throwaway_database
from harness.processes import RunningService, running
from shared.auth import issue_local_token
from shared.db import make_engine
from tests.metrics.learning.factory import month, month_of_encounters

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is absent")

ORG = "org-e2e-downloads"
MONTHS = 18
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Where to keep the downloaded PNG, to look at it.
CHART_PNG = os.environ.get("CHART_PNG")


@pytest.fixture(scope="module")
def metrics(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningService]:
    folder = tmp_path_factory.mktemp("downloads")
    with throwaway_database("downloads_metrics", folder) as url:
        quiet = {"METRICS_CONSUMER_ENABLED": "false", "METRICS_RECOGNITION_ENABLED": "false"}
        with running("metrics", url, folder, **quiet) as service:
            rng, rows = random.Random(3), []
            for i in range(MONTHS):
                kept = sum(rng.random() < 0.7 for _ in range(60))
                rows += month_of_encounters(ORG, month(date(2025, 1, 1), i), total=60,
                                            kept=kept, patients=30, prefix=f"m{i}")  # fmt: skip
            engine = make_engine(url)
            try:
                with Session(engine) as session:
                    session.add_all(rows)
                    session.commit()
            finally:
                engine.dispose()
            yield service


@pytest.fixture
def page(metrics: RunningService) -> Iterator[Any]:
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.goto(f"{metrics.url}/dashboard/sign-in?next=/dashboard")
            token = issue_local_token(org=ORG, scope="metrics:read", sub="qi-lead",
                                      extra={"role": "leader"})  # fmt: skip
            tab.fill("#token", token)
            with tab.expect_navigation():
                tab.click("#sign-in button[type=submit]")
            tab.goto(f"{metrics.url}/dashboard?metric=kept-rate&period=month")
            yield tab
        finally:
            browser.close()
    assert errors == []  # no script error, no Content-Security-Policy violation


def _png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first (PNG spec, 11.2.2)."""
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (length, kind) == (13, b"IHDR")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_chart_downloads_as_a_png_of_the_chart(page: Any, tmp_path: Path) -> None:
    button = page.get_by_role("button", name="Download chart as PNG")
    assert button.is_visible()  # shown by the script; a real button, reachable by keyboard
    box = page.evaluate(
        "(() => { const b = document.querySelector('#chart-panel svg').viewBox.baseVal;"
        " return [b.width, b.height]; })()"
    )
    button.focus()
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename == "kept-rate-org-month.png"
    data = Path(download.path()).read_bytes()
    if CHART_PNG:
        shutil.copy(download.path(), CHART_PNG)
    width, height = _png_size(data)
    assert (width, height) == (round(box[0] * 2), round(box[1] * 2))
    assert width >= 800 and height >= 300
    # A blank canvas of that size compresses to a few kB; the drawn chart does not.
    assert len(data) > 20_000, len(data)
    assert page.locator("#download-status").inner_text() == "Saved kept-rate-org-month.png"
    assert page.url.endswith("/dashboard?metric=kept-rate&period=month")  # never left the page


def test_the_points_download_as_csv_oldest_first(page: Any) -> None:
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download points as CSV").click()
    download = download_info.value
    assert download.suggested_filename == "kept-rate-org-month.csv"
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text())))
    header, body = rows[0], rows[1:]
    assert header[:2] == ["Period", "Value"] and header[-1] == "Signals"
    shown = page.locator("#points tbody tr").count()
    assert len(body) == shown == MONTHS
    assert [r[0] for r in body] == sorted(r[0] for r in body)  # 2025-01 first
    assert body[0][0] == "2025-01" and all(len(r) == len(header) for r in body)
    assert body[-1][0] == page.locator("#points tbody tr").first.get_attribute("data-period")

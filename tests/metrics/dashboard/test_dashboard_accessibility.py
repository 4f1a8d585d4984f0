"""The dashboard's markup for readers of assistive technology and readers without scripts.

The chart is one image named and described by its SVG ``<title>`` and ``<desc>`` and pointing
at the table of its points; the forms change nothing until Show is pressed (WCAG 2.1 SC 3.2.2,
On Input) and work without a script. Contrast is checked in test_contrast.py; the whole pages
run through axe-core in tests/e2e/test_dashboard_browser.py.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from services.metrics.dashboard.templates import FOLDER
from tests.metrics.dashboard.html import body_rows, parse, svg
from tests.metrics.dashboard.pages import RANGE, kept_shift, signed_in
from tests.support.tokens import bearer

QUERY = {"metric": "kept-rate", "level": "team", "unit": "team-a", "period": "month", **RANGE}
NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def client(metrics_client: TestClient) -> Iterator[TestClient]:
    metrics_client.cookies.clear()
    yield metrics_client
    metrics_client.cookies.clear()


def ids(html: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', html))


def test_the_chart_is_an_image_named_described_and_tied_to_its_points_table(
    client: TestClient, org: str
) -> None:
    kept_shift(org, client)
    page = client.get("/dashboard", params=QUERY, headers=signed_in(org))
    assert page.status_code == 200, page.text
    image = ET.fromstring(svg(page.text))
    assert image.get("role") == "img"
    title = image.find(f"{NS}title")
    desc = image.find(f"{NS}desc")
    assert title is not None and desc is not None and desc.text
    assert image.get("aria-labelledby") == title.get("id")
    assert image.get("aria-describedby") == desc.get("id")
    assert image.get("aria-details") == "points"
    on_page = ids(page.text)
    for reference in ("aria-labelledby", "aria-describedby", "aria-details"):
        assert image.get(reference) in on_page, reference
    assert sorted(on_page).count("points") == 1

    api = {k: v for k, v in QUERY.items() if k != "metric"}
    chart = client.get("/v1/metrics/kept-rate/chart", params=api, headers=bearer(org)).json()
    summary = desc.text.splitlines()
    assert summary[0].startswith("P chart of Kept appointments for team team-a, by month, ")
    assert f"2024-01 to 2025-12: {len(chart['points'])} periods" in summary[0]
    centre = chart["control_chart"]["centre"]
    assert f"Centre line {centre * 100:.1f}%." in summary
    assert any(line.startswith("Control limits (3 sigma)") for line in summary)
    assert any(line.startswith("Signal, ") for line in summary)

    # The table the image points at: one row per point, each with its value and limits.
    rows = body_rows(page.text, "points")
    assert len(rows) == len(chart["points"])
    assert all(len(r.cells) == 7 for r in rows)
    assert '<caption id="points-caption">Points by period</caption>' in page.text
    assert 'href="#points-caption"' in page.text  # the link under the chart


def test_scrolling_tables_can_be_reached_from_the_keyboard(client: TestClient, org: str) -> None:
    kept_shift(org, client)
    page = client.get("/dashboard", params=QUERY, headers=signed_in(org)).text
    shown = re.findall(r'<div class="(?:scroll|wide)"([^>]*)>', page)
    assert len(shown) == 2  # equity and points (no collaborative joined: no benchmark)
    template = (FOLDER / "dashboard.html").read_text(encoding="utf-8")
    every = re.findall(r'<div class="(?:scroll|wide)"([^>]*)>', template)
    assert len(every) == 3  # equity, benchmark, points
    for attributes in shown + every:
        assert 'tabindex="0"' in attributes and 'role="region"' in attributes
        assert "aria-label" in attributes


@pytest.mark.parametrize(
    "path", ["/dashboard", "/dashboard/clinicians/c-1", "/dashboard/wellbeing"]
)
def test_forms_apply_on_show_and_no_script_submits_them(
    client: TestClient, org: str, path: str
) -> None:
    kept_shift(org, client)
    page = client.get(path, headers=signed_in(org)).text
    form = re.search(r'<form class="choices".*?</form>', page, flags=re.S)
    assert form is not None
    assert re.search(r'<button class="primary" type="submit">Show</button>', form.group(0))
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S)
    # The header's sign-out, and on the chart page its downloads (button clicks): none acts
    # on input.
    assert "sign-out" in scripts[0] and len(scripts) == (2 if path == "/dashboard" else 1)
    assert all("download-png" in s for s in scripts[1:])
    assert "submit()" not in page and not any("change" in s for s in scripts)


def test_a_new_level_from_the_form_starts_at_its_first_unit_without_a_notice(
    client: TestClient, org: str
) -> None:
    """What the script did before: the unit list was for teams, the reader picked Clinician."""
    kept_shift(org, client)
    headers = signed_in(org)
    moved = {**QUERY, "level": "clinician", "unit_level": "team"}
    page = client.get("/dashboard", params=moved, headers=headers).text
    assert [v for v, chosen in parse(page).options["unit"] if chosen] == ["c-1"]
    assert "with data for this metric" not in page
    assert 'name="unit_level" value="clinician"' in page
    kept = client.get("/dashboard", params={**QUERY, "unit_level": "team"}, headers=headers)
    assert [v for v, chosen in parse(kept.text).options["unit"] if chosen] == ["team-a"]
    typed = client.get("/dashboard", params={**QUERY, "unit": "team-zz"}, headers=headers)
    assert "No team &#39;team-zz&#39; with data" in typed.text  # typed, not moved: said

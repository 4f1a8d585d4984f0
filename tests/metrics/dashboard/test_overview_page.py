"""The dashboard's overview page: tiles that say what `GET /v1/overview` says, icons with text
alternatives, a form that waits for its button, the recognitions panel and the CSV."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from services.metrics.dashboard.signin import COOKIE
from shared.auth import issue_local_token
from tests.metrics.learning.test_overview_api import COMMON, IMPROVING, seed
from tests.support.tokens import bearer


@pytest.fixture
def client(metrics_client: TestClient) -> Iterator[TestClient]:
    metrics_client.cookies.clear()
    yield metrics_client
    metrics_client.cookies.clear()


def cookie(org: str) -> dict[str, str]:
    token = issue_local_token(org=org, scope="metrics:read", extra={"role": "leader"})
    return {"Cookie": f"{COOKIE}={token}"}


def test_tiles_match_the_api_and_icons_have_text(client: TestClient, org: str) -> None:
    seed(client, org, IMPROVING, team="team-a")
    query = {"level": "team", "unit": "team-a", "domain": "experience"}
    page = client.get("/dashboard/overview", params=query, headers=cookie(org))
    assert page.status_code == 200, page.text
    html = page.text
    api = client.get("/v1/overview", params=query, headers=bearer(org)).json()["items"]
    mean = next(i for i in api if i["metric_id"] == "feedback-mean")
    assert mean["variation"] == "special_cause_improving"
    tile = re.search(r'<li class="tile" data-metric="feedback-mean".*?</li>', html, re.S)
    assert tile is not None
    assert 'data-variation="special_cause_improving"' in tile.group(0)
    assert "4.50 score" in tile.group(0)  # the latest published value, as the API gives it
    assert mean["latest"]["value"] == 4.5
    # Every icon is an image with words, and a word is shown beside it.
    icons = re.findall(r"<svg[^>]*>", html)
    assert icons and all('role="img"' in i and "aria-label=" in i for i in icons)
    assert "Improving</span>" in tile.group(0)
    assert html.count("<title>") >= len(icons) + 1  # each icon's title, plus the page's
    # The tile opens the metric's chart page for the same unit and form.
    assert (
        'href="/dashboard?metric=feedback-mean&amp;level=team&amp;period=month&amp;form=csq8&amp;unit=team-a"'
        in tile.group(0)
    )
    # The form waits for its button: nothing submits it on change.
    assert "onchange" not in html and ".submit()" not in html
    assert '<button type="submit" class="primary">Show</button>' in html


def test_a_suppressed_value_stays_hidden_on_the_page_and_in_the_csv(
    client: TestClient, org: str
) -> None:
    seed(client, org, COMMON, team="team-big")
    seed(client, org, [2.37] * 20, team="team-small", patients=5)
    query = {"level": "team", "unit": "team-small", "domain": "experience"}
    page = client.get("/dashboard/overview", params=query, headers=cookie(org)).text
    tile = re.search(r'<li class="tile" data-metric="feedback-mean".*?</li>', page, re.S)
    assert tile is not None and "suppressed" in tile.group(0)
    assert "2.37" not in page
    download = client.get("/dashboard/overview.csv", params=query, headers=cookie(org))
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(download.text)))
    mean = next(r for r in rows if r["metric_id"] == "feedback-mean")
    assert (mean["value"], mean["suppressed"], mean["variation"]) == ("", "true", "")
    assert "2.37" not in download.text


def test_signing_in_opens_on_the_overview_and_recognitions_show(
    client: TestClient, org: str
) -> None:
    token = issue_local_token(org=org, scope="metrics:read", extra={"role": "leader"})
    assert client.post("/dashboard/sign-in", json={"token": token}).json() == {
        "next": "/dashboard/overview"
    }
    client.cookies.clear()
    anonymous = client.get("/dashboard/overview", follow_redirects=False)
    assert anonymous.status_code == 303
    seed(client, org, IMPROVING, team="team-a")
    page = client.get(
        "/dashboard/overview", params={"level": "team", "unit": "team-a"}, headers=cookie(org)
    ).text
    panel = page.split('id="recognition-heading"', 1)[1]
    # The improvement ends in 2026-08; the panel shows the last six months before today, so
    # whether it is listed depends on the date: the API says which (same rules, same data).
    found = client.get(
        "/v1/recognitions", params={"level": "team", "metric_id": "feedback-mean"},
        headers=bearer(org),
    ).json()["items"]  # fmt: skip
    assert found and found[0]["unit_id"] == "team-a"
    assert ("team-a</b>" in panel) == (found[0]["last_period"] >= _since(page))


def _since(page: str) -> str:
    match = re.search(r"since (\d{4}-\d{2}-\d{2})</small>", page)
    assert match is not None
    return match.group(1)

"""The dashboard pages over HTTP: signing in, and panels that say what the JSON API says.

Facts are written straight into metrics' tables (as the consumers leave them); every number a
page shows is compared with the `/v1` route that answers the same question.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from markupsafe import escape
from starlette.testclient import TestClient

from tests.metrics.dashboard.html import body_rows, normalized_svg, options, svg
from tests.metrics.dashboard.pages import RANGE, START, kept_shift, share, signed_in
from tests.metrics.learning.factory import (
    encounter,
    episode,
    feedback,
    insert,
    month,
    month_of_encounters,
    patient,
)
from tests.support.tokens import bearer


def test_the_chart_panel_is_the_chart_route_drawn_and_tabled(client: TestClient, org: str) -> None:
    kept_shift(org, client)
    query = {"metric": "kept-rate", "level": "team", "unit": "team-a", "period": "month", **RANGE}
    page = client.get("/dashboard", params=query, headers=signed_in(org))
    assert page.status_code == 200, page.text
    api = {"level": "team", "unit": "team-a", "period": "month", **RANGE}
    chart = client.get("/v1/metrics/kept-rate/chart", params=api, headers=bearer(org)).json()
    drawn = client.get("/v1/metrics/kept-rate/chart.svg", params=api, headers=bearer(org))
    # The page's copy also points at the page's table of the points (aria-details).
    inline = drawn.text.replace("<svg", '<svg aria-details="points"', 1)
    assert normalized_svg(svg(page.text)) == normalized_svg(inline)
    rows = body_rows(page.text, "points")[::-1]  # the table lists the latest period first
    assert [r.attrs["data-period"] for r in rows] == [p["label"] for p in chart["points"]]
    for row, point in zip(rows, chart["points"], strict=True):
        assert row.attrs["data-rules"].split() == point["signals"] + point["run_signals"]
        assert row.cells[1:3] == [share(point["value"]), str(point["n"])]
        assert row.cells[4:6] == [f"{point['lower'] * 100:.1f}", f"{point['upper'] * 100:.1f}"]
    assert {"long_run"} <= {r for row in rows for r in row.attrs["data-rules"].split()}
    assert 'data-rule-set="anhoej"' in page.text and "Anhøj rules (as in qicharts2)" in page.text
    for rule in chart["rules"]["control_chart_rules"] + chart["rules"]["run_chart_rules"]:
        assert f'<dt data-rule="{rule["rule"]}">' in page.text
        assert escape(rule["meaning"]) in page.text


def test_periods_on_too_few_patients_show_suppressed(client: TestClient, org: str) -> None:
    rows = month_of_encounters(org, START, total=60, kept=40, patients=30, prefix="big")
    rows += month_of_encounters(org, month(START, 1), total=8, kept=5, patients=5, prefix="few")
    rows += month_of_encounters(org, month(START, 2), total=60, kept=45, patients=30, prefix="b2")
    insert(client, rows)
    page = client.get(
        "/dashboard", params={"level": "team", "unit": "team-a"}, headers=signed_in(org)
    )
    by_period = {r.attrs["data-period"]: r.cells for r in body_rows(page.text, "points")}
    assert by_period["2024-02"][1:3] == ["suppressed", "suppressed"]
    assert by_period["2024-01"][1] == share(40 / 60)


def test_equity_shows_suppressed_groups_without_a_number(client: TestClient, org: str) -> None:
    day = date(2026, 3, 2)
    races = ["2106-3"] * 60 + ["2054-5"] * 30 + ["2028-9"] * 4
    rows: list[object] = []
    for i, race in enumerate(races):
        rows.append(patient(org, f"q-{i}", race=race))
        rows += [
            encounter(org, day + timedelta(days=k), kept=(i + k) % 4 != 0, patient=f"q-{i}")
            for k in range(3)
        ]
    insert(client, rows)
    window = {"from": "2026-03-01", "to": "2026-03-31"}
    page = client.get(
        "/dashboard",
        params={"level": "team", "unit": "team-a", "by": "race", **window},
        headers=signed_in(org),
    )
    api = client.get(
        "/v1/metrics/kept-rate/equity",
        headers=bearer(org),
        params={"level": "team", "unit": "team-a", "by": "race", **window},
    ).json()
    shown = {r.attrs["data-group"]: r.cells for r in body_rows(page.text, "equity")}
    assert set(shown) == {g["code"] for g in api["groups"]} | {""}
    assert any(g["suppressed"] for g in api["groups"])
    for group in api["groups"]:
        cells = shown[group["code"]]
        if group["suppressed"]:
            assert cells[1:3] == ["suppressed", "suppressed"]
            assert not re.search(r"\d", " ".join(cells[1:]))
        else:
            assert cells[1:3] == [share(group["value"]), str(group["n"])]
    assert shown[""][1] == share(api["total"]["value"])


def test_units_are_only_the_callers_own(client: TestClient, org: str) -> None:
    other = f"{org}-other"
    insert(
        client,
        month_of_encounters(
            org,
            START,
            total=30,
            kept=20,
            patients=15,
            prefix="a",
            team_id="team-mine",
            clinician_id="c-mine",
        ),
    )
    insert(
        client,
        month_of_encounters(
            other,
            START,
            total=30,
            kept=20,
            patients=15,
            prefix="b",
            team_id="team-theirs",
            clinician_id="c-theirs",
        ),
    )
    page = client.get("/dashboard", params={"level": "team"}, headers=signed_in(org))
    assert options(page.text, "unit") == ["team-mine"]
    assert "team-theirs" not in page.text and "c-theirs" not in page.text
    typed = client.get(
        "/dashboard", params={"level": "team", "unit": "team-theirs"}, headers=signed_in(org)
    )
    assert typed.status_code == 200
    assert [v for v, chosen in _selected(typed.text, "unit")] == ["team-mine"]
    assert "No team &#39;team-theirs&#39; with data" in typed.text


def _selected(html: str, name: str) -> list[tuple[str, bool]]:
    from tests.metrics.dashboard.html import parse

    return [(v, s) for v, s in parse(html).options[name] if s]


def test_a_level_the_metric_lacks_falls_back_with_a_notice(client: TestClient, org: str) -> None:
    page = client.get(
        "/dashboard",
        params={"metric": "access-days-median", "level": "clinician"},
        headers=signed_in(org),
    )
    assert page.status_code == 200
    assert "not shown at the clinician level" in page.text
    assert options(page.text, "level") == ["site", "org"]


def test_bad_parameters_are_problems(client: TestClient, org: str) -> None:
    headers = signed_in(org)
    unknown = client.get("/dashboard", params={"metric": "no-such-metric"}, headers=headers)
    assert unknown.status_code == 404
    assert unknown.headers["content-type"] == "application/problem+json"
    for params in ({"level": "galaxy"}, {"from": "yesterday"}, {"period": "decade"}):
        answer = client.get("/dashboard", params=params, headers=headers)
        assert answer.status_code == 422, params
        assert answer.headers["content-type"] == "application/problem+json"


def test_every_page_carries_a_nonce_policy_for_its_one_script(client: TestClient, org: str) -> None:
    page = client.get("/dashboard", headers=signed_in(org))
    policy = page.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy)
    assert nonce is not None
    assert set(re.findall(r'<script nonce="([^"]+)"', page.text)) == {nonce.group(1)}
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert page.headers["cache-control"] == "no-store"


def test_the_clinician_page_is_the_report_route_laid_out(client: TestClient, org: str) -> None:
    day = date(2026, 1, 5)
    rows: list[object] = []
    for i in range(40):
        who = "c-7" if i < 20 else "c-8"
        rows += [
            encounter(
                org,
                day + timedelta(days=i % 20),
                kept=i % 5 != 0,
                patient=f"r-{i}",
                clinician_id=who,
            )
        ]
        rows.append(episode(org, day, patient=f"r-{i}", improved=i % 3 == 0, clinician_id=who))
        rows.append(feedback(org, day, patient=f"r-{i}", mean=3.0 + i % 2, clinician_id=who))
    rows += [
        episode(org, day, patient=f"s-{i}", improved=True, clinician_id="c-9") for i in range(3)
    ]
    insert(client, rows)
    for clinician in ("c-7", "c-9"):
        page = client.get(f"/dashboard/clinicians/{clinician}", headers=signed_in(org))
        assert page.status_code == 200, page.text
        api = client.get(
            f"/v1/reports/clinicians/{clinician}", params={"form": "csq8"}, headers=bearer(org)
        ).json()
        lines = {r.attrs["data-metric"]: r.cells for r in body_rows(page.text, "report-lines")}
        assert list(lines) == [line["metric_id"] for line in api["lines"]]
        for line in api["lines"]:
            cells = lines[line["metric_id"]]
            columns = [line["clinician"], *([line["team"]] if api["team_id"] else []), line["org"]]
            for cell, value in zip(cells[2:], columns, strict=True):
                if value["suppressed"]:
                    assert cell == "suppressed"
                elif value["value"] is None:
                    assert cell == "no data"
                elif line["measure_unit"] == "share":
                    assert cell == f"{share(value['value'])} (n={value['n']})"
    assert "suppressed" in page.text  # c-9 rests on 3 patients

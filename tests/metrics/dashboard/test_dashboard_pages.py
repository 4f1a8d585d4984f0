"""The dashboard pages over HTTP: signing in, and panels that say what the JSON API says.

Facts are written straight into metrics' tables (as the consumers leave them); every number a
page shows is compared with the `/v1` route that answers the same question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from services.metrics.dashboard.signin import COOKIE, cookie_options
from services.metrics.settings import MetricsSettings
from shared.auth import issue_local_token
from tests.metrics.dashboard.html import body_rows, normalized_svg, options, svg
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

START = date(2024, 1, 1)
RANGE = {"from": "2024-01-01", "to": "2025-12-31"}
UNTRUSTED = {
    "bad-signature": {"secret": "an-attacker-secret-that-is-long-enough-to-sign"},
    "expired": {"ttl_seconds": -600},
    "wrong-audience": {"audience": "some-other-api"},
}


@pytest.fixture
def client(metrics_client: TestClient) -> Iterator[TestClient]:
    """The shared client with an empty cookie jar: each test signs in for itself."""
    metrics_client.cookies.clear()
    yield metrics_client
    metrics_client.cookies.clear()


def signed_in(
    org: str, scope: str = "metrics:read", role: str | None = "leader", **token: object
) -> dict[str, str]:
    """The dashboard's cookie for a caller of ``org``; a leader by default."""
    extra = {} if role is None else {"role": role}
    token_text = issue_local_token(org=org, scope=scope, extra=extra, **token)  # type: ignore[arg-type]
    return {"Cookie": f"{COOKIE}={token_text}"}


def kept_shift(org: str, client: TestClient, team: str = "team-a") -> None:
    """Two years of a team: kept rate about 60%, then about 80% from 2025-01."""
    rows = []
    for i in range(24):
        total = 100 + 7 * (i % 4)
        kept = round(total * (0.60 if i < 12 else 0.80)) + (i % 3 - 1)
        rows += month_of_encounters(
            org,
            month(START, i),
            total=total,
            kept=kept,
            patients=40,
            prefix=f"{team}-m{i}",
            team_id=team,
        )
    insert(client, rows)


def share(value: float) -> str:
    return f"{value * 100:.1f}%"


def test_pages_send_a_caller_without_a_cookie_to_sign_in(client: TestClient) -> None:
    for path in ("/dashboard?metric=no-show-rate&level=org", "/dashboard/clinicians/c-1"):
        answer = client.get(path, follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/dashboard/sign-in?next=")
        form = client.get(answer.headers["location"])
        assert form.status_code == 200
        assert 'name="token"' in form.text


@pytest.mark.parametrize("case", sorted(UNTRUSTED))
def test_a_cookie_the_api_would_refuse_sends_back_to_sign_in(
    client: TestClient, org: str, case: str
) -> None:
    answer = client.get(
        "/dashboard", headers=signed_in(org, **UNTRUSTED[case]), follow_redirects=False
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/dashboard/sign-in?next=%2Fdashboard"
    assert f'{COOKIE}=""' in answer.headers["set-cookie"]  # the bad cookie is cleared


def test_a_cookie_without_metrics_read_sends_back_to_sign_in(client: TestClient, org: str) -> None:
    headers = signed_in(org, scope="intake:read intake:write measures:read")
    for path in ("/dashboard", "/dashboard/clinicians/c-1"):
        assert client.get(path, headers=headers, follow_redirects=False).status_code == 303


@pytest.mark.parametrize("case", sorted(UNTRUSTED))
def test_sign_in_refuses_an_untrusted_token_with_401(
    client: TestClient, org: str, case: str
) -> None:
    token = issue_local_token(org=org, scope="metrics:read", **UNTRUSTED[case])  # type: ignore[arg-type]
    answer = client.post("/dashboard/sign-in", json={"token": token})
    assert answer.status_code == 401
    assert answer.headers["content-type"] == "application/problem+json"
    assert "set-cookie" not in answer.headers
    assert token not in answer.text


@pytest.mark.parametrize("token", ["", "   ", "not-a-jwt", "x" * 9000])
def test_sign_in_refuses_what_is_not_a_token(client: TestClient, token: str) -> None:
    answer = client.post("/dashboard/sign-in", json={"token": token})
    assert answer.status_code == 401
    assert "set-cookie" not in answer.headers


def test_sign_in_refuses_a_token_without_metrics_read_with_403(
    client: TestClient, org: str
) -> None:
    token = issue_local_token(org=org, scope="intake:read metrics:write")
    answer = client.post("/dashboard/sign-in", json={"token": token})
    assert answer.status_code == 403
    assert "metrics:read" in answer.json()["detail"]
    assert "set-cookie" not in answer.headers


def test_sign_in_keeps_the_token_in_a_strict_http_only_cookie(client: TestClient, org: str) -> None:
    token = issue_local_token(org=org, scope="metrics:read")
    answer = client.post(
        "/dashboard/sign-in", json={"token": f"Bearer {token} ", "next": "/dashboard?level=org"}
    )
    assert answer.status_code == 200
    assert answer.json() == {"next": "/dashboard?level=org"}
    cookie = answer.headers["set-cookie"]
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")[1:]}
    assert cookie.startswith(f"{COOKIE}={token};")
    assert {"httponly", "samesite", "path"} <= attributes
    assert "samesite=strict" in cookie.lower() and "path=/dashboard" in cookie.lower()
    assert "secure" not in attributes  # a test deployment serves plain HTTP
    page = client.get("/dashboard?level=org")  # the jar now holds the cookie
    assert page.status_code == 200
    assert org in page.text


def test_the_cookie_is_secure_outside_local_and_test() -> None:
    production = MetricsSettings(
        database_url="sqlite://", environment="production", jwt_secret="s" * 40
    )
    assert cookie_options(production)["secure"] is True
    assert cookie_options(MetricsSettings(database_url="sqlite://"))["secure"] is False


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/dashboard",
        "//evil.example/dashboard",
        "/v1/metrics",
        "/dashboard/sign-in",
        "/dashboardx",
        "/\\evil.example",
    ],
)
def test_sign_in_only_goes_on_to_a_dashboard_page(
    client: TestClient, org: str, target: str
) -> None:
    token = issue_local_token(org=org, scope="metrics:read")
    answer = client.post("/dashboard/sign-in", json={"token": token, "next": target})
    assert answer.json() == {"next": "/dashboard"}


def test_a_post_from_another_site_is_refused(client: TestClient, org: str) -> None:
    token = issue_local_token(org=org, scope="metrics:read")
    answer = client.post(
        "/dashboard/sign-in", json={"token": token}, headers={"Origin": "https://evil.example"}
    )
    assert answer.status_code == 403
    assert "set-cookie" not in answer.headers


def test_sign_out_clears_the_cookie(client: TestClient, org: str) -> None:
    answer = client.post("/dashboard/sign-out", headers=signed_in(org))
    assert answer.status_code == 204
    assert f'{COOKIE}=""' in answer.headers["set-cookie"]
    assert "max-age=0" in answer.headers["set-cookie"].lower()


def test_the_pages_are_not_in_the_openapi_document(client: TestClient) -> None:
    assert not [p for p in client.get("/openapi.json").json()["paths"] if "dashboard" in p]


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

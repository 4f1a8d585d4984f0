"""Equity over HTTP: gaps against an independent computation, suppression that holds."""

from __future__ import annotations

import math
from datetime import date

from starlette.testclient import TestClient

from tests.metrics.tools.factory import encounter, insert, patient
from tests.support.tokens import bearer

DAY = date(2026, 1, 14)  # one day: every period length holds the whole range in one cell
WHITE, BLACK, ASIAN, AIAN = "2106-3", "2054-5", "2028-9", "1002-5"


def group(org: str, race: str, *, patients: int, visits: int, kept: int) -> list[object]:
    rows: list[object] = [patient(org, f"{race}-{i}", race=race) for i in range(patients)]
    rows += [
        encounter(org, DAY, kept=i < kept, patient=f"{race}-{i % patients}") for i in range(visits)
    ]
    return rows


def wilson(x: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Wilson score interval, written out from Newcombe (1998a) independently of stats."""
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half


def newcombe(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float, float]:
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1)
    l2, u2 = wilson(x2, n2)
    d = p1 - p2
    return (
        d,
        d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2),
        d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2),
    )


def katz(x1: int, n1: int, x2: int, n2: int) -> tuple[float, float, float]:
    rr = (x1 / n1) / (x2 / n2)
    se = math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2)
    z = 1.959963984540054
    return rr, rr * math.exp(-z * se), rr * math.exp(z * se)


def equity(client: TestClient, org: str, **params: str):
    query = {"by": "race", "from": "2026-01-01", "to": "2026-03-31", **params}
    return client.get("/v1/metrics/kept-rate/equity", params=query, headers=bearer(org))


def test_gaps_equal_an_independent_computation(metrics_client: TestClient, org: str) -> None:
    insert(
        metrics_client,
        group(org, WHITE, patients=40, visits=80, kept=60)
        + group(org, BLACK, patients=30, visits=60, kept=36)
        + group(org, ASIAN, patients=20, visits=40, kept=26),
    )
    response = equity(metrics_client, org)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["reference"] == WHITE and body["intervals"] is True
    assert body["total"]["numerator"] == 122 and body["total"]["denominator"] == 180
    groups = {g["code"]: g for g in body["groups"]}
    assert groups[BLACK]["label"] == "Black or African American"
    assert groups[WHITE]["is_reference"] and groups[WHITE]["difference"] is None
    for code, (x, n) in {BLACK: (36, 60), ASIAN: (26, 40)}.items():
        got = groups[code]
        assert got["value"] == x / n and got["n"] == n // 2
        for key, expected in (
            ("difference", newcombe(x, n, 60, 80)),
            ("ratio", katz(x, n, 60, 80)),
        ):
            interval = got[key]
            got_interval = (interval["estimate"], interval["lower"], interval["upper"])
            assert all(
                math.isclose(a, b, rel_tol=1e-9)
                for a, b in zip(got_interval, expected, strict=True)
            ), (code, key, got_interval, expected)
    chosen = equity(metrics_client, org, reference=BLACK).json()
    assert chosen["reference"] == BLACK
    white = next(g for g in chosen["groups"] if g["code"] == WHITE)
    assert math.isclose(white["difference"]["estimate"], 60 / 80 - 36 / 60)


def test_a_small_group_is_suppressed_and_cannot_be_recovered_from_the_total(
    metrics_client: TestClient, org: str
) -> None:
    insert(
        metrics_client,
        group(org, WHITE, patients=40, visits=80, kept=60)
        + group(org, BLACK, patients=30, visits=60, kept=36)
        + group(org, ASIAN, patients=20, visits=40, kept=26)
        + group(org, AIAN, patients=5, visits=9, kept=7),
    )
    body = equity(metrics_client, org).json()
    groups = {g["code"]: g for g in body["groups"]}
    small = groups[AIAN]
    assert small["suppressed"] and small["value"] is small["numerator"] is small["n"] is None
    assert small["difference"] is None and small["ratio"] is None
    hidden = [g for g in body["groups"] if g["suppressed"]]
    assert len(hidden) >= 2, "one hidden group beside its total is recovered by subtraction"
    total = body["total"]
    assert not total["suppressed"]
    shown = [g for g in body["groups"] if not g["suppressed"]]
    rest_num = total["numerator"] - sum(g["numerator"] for g in shown)
    rest_den = total["denominator"] - sum(g["denominator"] for g in shown)
    assert (rest_num, rest_den) != (7, 9) and rest_den >= 11 and rest_num >= 11
    text = str(body)
    assert "'numerator': 7" not in text and "'denominator': 9," not in text


def test_bad_equity_requests_are_problems(metrics_client: TestClient, org: str) -> None:
    insert(metrics_client, group(org, WHITE, patients=40, visits=80, kept=60))
    for params, status, pointer in (
        ({"by": "shoe_size"}, 422, "/query/by"),
        ({"reference": "no-such-group"}, 422, "/query/reference"),
    ):
        response = equity(metrics_client, org, **params)
        assert response.status_code == status, response.text
        assert response.json()["errors"][0]["pointer"] == pointer
    anonymous = metrics_client.get(
        "/v1/metrics/burnout-prevalence/equity", params={"by": "race", "level": "org"},
        headers=bearer(org),
    )  # fmt: skip
    assert anonymous.status_code == 422

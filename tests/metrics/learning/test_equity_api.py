"""Equity over HTTP: gaps against an independent computation, suppression that holds, and one
exact value over the whole range (distinct patients, medians of all its facts)."""

from __future__ import annotations

import math
import statistics
from datetime import date

from starlette.testclient import TestClient

from services.metrics.models import ReferralFact
from tests.metrics.learning.factory import encounter, insert, patient, period_keys
from tests.metrics.rounding import rounded, rounded_n, share
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
    assert body["total"]["numerator"] == rounded(122) and body["total"]["denominator"] == 180
    assert body["total"]["rounded_to"] == 5
    assert (body["effective_from"], body["effective_to"]) == ("2026-01-01", "2026-03-31")
    groups = {g["code"]: g for g in body["groups"]}
    assert groups[BLACK]["label"] == "Black or African American"
    assert groups[WHITE]["is_reference"] and groups[WHITE]["difference"] is None
    for code, (x, n) in {BLACK: (36, 60), ASIAN: (26, 40)}.items():
        got = groups[code]
        assert got["value"] == share(x, n) and got["n"] == rounded_n(n // 2)
        # Gaps are computed from the published (rounded) counts, never the exact ones.
        rx, rn = int(rounded(x)), int(rounded(n))
        for key, expected in (
            ("difference", newcombe(rx, rn, 60, 80)),
            ("ratio", katz(rx, rn, 60, 80)),
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
    assert math.isclose(white["difference"]["estimate"], 60 / 80 - share(36, 60))


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


def test_a_patient_seen_in_two_months_counts_once_over_the_range(
    metrics_client: TestClient, org: str
) -> None:
    """n is the distinct patients of the range: neither the sum of the months' counts nor the
    largest month's. A group with 7 patients a month but 13 over the range is published."""
    jan, feb = date(2026, 1, 14), date(2026, 2, 11)
    rows: list[object] = [patient(org, f"w-{i}", race=WHITE) for i in range(40)]
    rows += [patient(org, f"b-{i}", race=BLACK) for i in range(13)]
    rows += [encounter(org, jan, kept=True, patient=f"w-{i}") for i in range(40)]
    rows += [encounter(org, feb, kept=i % 2 == 0, patient=f"w-{i}") for i in range(40)]
    # Two visits each: b-0..b-6 in January, b-6..b-12 in February (b-6 in both).
    rows += [encounter(org, jan, kept=True, patient=f"b-{i // 2}") for i in range(14)]
    rows += [encounter(org, feb, kept=False, patient=f"b-{6 + i // 2}") for i in range(14)]
    insert(metrics_client, rows)
    response = equity(metrics_client, org)
    assert response.status_code == 200, response.text
    body = response.json()
    groups = {g["code"]: g for g in body["groups"]}
    assert (groups[WHITE]["n"], groups[WHITE]["numerator"], groups[WHITE]["denominator"]) == (
        40, 60, 80,
    )  # fmt: skip
    black = groups[BLACK]
    assert not black["suppressed"]
    # 13 distinct patients, 14 kept of 28 visits, published rounded to 5.
    assert (black["n"], black["numerator"], black["denominator"]) == (
        rounded_n(13), rounded(14), rounded(28),
    )  # fmt: skip
    assert not body["total"]["suppressed"] and body["total"]["n"] == rounded_n(53)


def referral(org: str, day: date, *, patient: str, days: float) -> ReferralFact:
    return ReferralFact(
        org=org, referral_id=f"r-{patient}-{day}", patient_id=patient, site_id="site-1",
        received_on=day, access_days=days, **period_keys(day),
    )  # fmt: skip


def test_a_median_over_several_months_is_the_median_of_the_pooled_facts(
    metrics_client: TestClient, org: str
) -> None:
    """A median over a range of three months is answered (it used to be a 422: per-month
    medians cannot be pooled) and equals the median of all the range's waits."""
    waits = {WHITE: [], BLACK: []}  # type: dict[str, list[float]]
    rows: list[object] = []
    for race, shift in ((WHITE, 0), (BLACK, 5)):
        for i in range(24):
            day = date(2026, 1 + i % 3, 3 + i)
            wait = float(shift + (0, 3, 6)[i % 3] + (i * 7) % 11)  # months overlap
            waits[race].append(wait)
            rows += [patient(org, f"{race}-{i}", race=race)]
            rows += [referral(org, day, patient=f"{race}-{i}", days=wait)]
    insert(metrics_client, rows)
    response = metrics_client.get(
        "/v1/metrics/access-days-median/equity",
        params={"by": "race", "from": "2026-01-01", "to": "2026-03-31"},
        headers=bearer(org),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    groups = {g["code"]: g for g in body["groups"]}
    for race, values in waits.items():
        assert groups[race]["value"] == statistics.median(values), race
        assert groups[race]["n"] == rounded_n(24) and groups[race]["denominator"] == rounded(24)
    pooled = waits[WHITE] + waits[BLACK]
    assert body["total"]["value"] == statistics.median(pooled)
    assert body["total"]["n"] == rounded_n(48)
    monthly = [statistics.median(waits[WHITE][m::3]) for m in range(3)]
    assert groups[WHITE]["value"] not in monthly, "a single month's median is not the answer"

"""Collaboratives and benchmarks over HTTP: opt-in, anonymized peers, too few peers said so."""

from __future__ import annotations

from datetime import date

from starlette.testclient import TestClient

from services.metrics.stats.benchmarks import MIN_PEERS, peer_quantile
from tests.metrics.learning.factory import insert, month_of_encounters
from tests.metrics.rounding import share
from tests.support.collaboratives import admit, create
from tests.support.tokens import bearer

MONTH = date(2026, 2, 1)


def org_with_rate(client: TestClient, org: str, kept: int, *, patients: int = 30) -> None:
    insert(client, month_of_encounters(org, MONTH, total=100, kept=kept, patients=patients))


def benchmark(client: TestClient, org: str, cid: str):
    return client.get(
        "/v1/metrics/kept-rate/benchmark",
        params={"collaborative": cid, "period": "month", "from": "2026-02-01", "to": "2026-02-28"},
        headers=bearer(org),
    )


def test_with_too_few_peers_there_is_no_comparison_and_it_says_so(
    metrics_client: TestClient, org: str
) -> None:
    cid = create(metrics_client, org)
    peers = [f"{org}-p{i}" for i in range(MIN_PEERS - 1)]
    for i, member in enumerate([org, *peers]):
        org_with_rate(metrics_client, member, 60 + i)
    admit(metrics_client, cid, org, *peers)
    body = benchmark(metrics_client, org, cid).json()
    (period,) = body["periods"]
    assert period["comparison"] is None and period["reason"] == "too_few_peers"
    assert period["peers_with_value"] == MIN_PEERS - 1
    assert body["note"] and str(MIN_PEERS) in body["note"]


def test_peers_are_ranked_anonymously_and_a_small_peer_does_not_count(
    metrics_client: TestClient, org: str
) -> None:
    cid = create(metrics_client, org)
    rates = {f"{org}-p{i}": 50 + 5 * i for i in range(6)}
    for member, kept in rates.items():
        org_with_rate(metrics_client, member, kept)
    small = f"{org}-tiny"
    insert(metrics_client, month_of_encounters(small, MONTH, total=9, kept=9, patients=4))
    org_with_rate(metrics_client, org, 62)
    admit(metrics_client, cid, org, *rates, small)
    response = benchmark(metrics_client, org, cid)
    assert response.status_code == 200, response.text
    (period,) = response.json()["periods"]
    # Everything in a benchmark is published under the strict policy: counts rounded to 10,
    # values from the rounded counts. The tiny peer's 100% is suppressed.
    peers = sorted(share(k, 100, 10) for k in rates.values())
    own = share(62, 100, 10)
    below = sum(1 for p in peers if p < own)
    ties = sum(1 for p in peers if p == own)
    assert period["own"]["value"] == own and period["own"]["numerator"] == 60
    comparison = period["comparison"]
    assert comparison["peer_count"] == 6 and period["peers_with_value"] == 6
    assert comparison["percentile_rank"] == 100 * (below + ties / 2) / 6
    # Peer quartiles: rounded Harrell-Davis estimates over the peers' published values,
    # withheld (None) where one would equal a peer's value.
    quartiles = [comparison[k] for k in ("peer_q1", "peer_median", "peer_q3")]
    assert quartiles == [peer_quantile(peers, p) for p in (0.25, 0.5, 0.75)]
    assert quartiles[1] is not None
    assert not set(quartiles) & set(peers)
    assert not any(member in response.text for member in [*rates, small])

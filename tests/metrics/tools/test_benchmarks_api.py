"""Collaboratives and benchmarks over HTTP: opt-in, anonymized peers, too few peers said so."""

from __future__ import annotations

import uuid
from datetime import date

from starlette.testclient import TestClient

from services.metrics.stats.benchmarks import MIN_PEERS
from tests.metrics.rounding import share
from tests.metrics.tools.factory import insert, month_of_encounters
from tests.support.tokens import bearer

MONTH = date(2026, 2, 1)


def org_with_rate(client: TestClient, org: str, kept: int, *, patients: int = 30) -> None:
    insert(client, month_of_encounters(org, MONTH, total=100, kept=kept, patients=patients))


def collaborative(client: TestClient, admin_org: str) -> str:
    cid = f"collab-{uuid.uuid4().hex[:8]}"
    created = client.put(
        f"/v1/collaboratives/{cid}", json={"name": "North"}, headers=bearer(admin_org)
    )
    assert created.status_code == 201, created.text
    return cid


def join(client: TestClient, cid: str, org: str) -> None:
    response = client.put(f"/v1/collaboratives/{cid}/membership", headers=bearer(org))
    assert response.status_code in (200, 201), response.text


def benchmark(client: TestClient, org: str, cid: str):
    return client.get(
        "/v1/metrics/kept-rate/benchmark",
        params={"collaborative": cid, "period": "month", "from": "2026-02-01", "to": "2026-02-28"},
        headers=bearer(org),
    )


def test_with_too_few_peers_there_is_no_comparison_and_it_says_so(
    metrics_client: TestClient, org: str
) -> None:
    cid = collaborative(metrics_client, org)
    peers = [f"{org}-p{i}" for i in range(MIN_PEERS - 1)]
    for i, member in enumerate([org, *peers]):
        org_with_rate(metrics_client, member, 60 + i)
        join(metrics_client, cid, member)
    body = benchmark(metrics_client, org, cid).json()
    (period,) = body["periods"]
    assert period["comparison"] is None and period["reason"] == "too_few_peers"
    assert period["peers_with_value"] == MIN_PEERS - 1
    assert body["note"] and str(MIN_PEERS) in body["note"]


def test_peers_are_ranked_anonymously_and_a_small_peer_does_not_count(
    metrics_client: TestClient, org: str
) -> None:
    cid = collaborative(metrics_client, org)
    rates = {f"{org}-p{i}": 50 + 5 * i for i in range(6)}
    for member, kept in rates.items():
        org_with_rate(metrics_client, member, kept)
        join(metrics_client, cid, member)
    small = f"{org}-tiny"
    insert(metrics_client, month_of_encounters(small, MONTH, total=9, kept=9, patients=4))
    join(metrics_client, cid, small)
    org_with_rate(metrics_client, org, 62)
    join(metrics_client, cid, org)
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
    assert comparison["peer_median"] == (peers[2] + peers[3]) / 2
    assert comparison["peer_q1"] == peers[1] + 0.25 * (peers[2] - peers[1])
    assert not any(member in response.text for member in [*rates, small])


def test_membership_is_each_orgs_own_and_outsiders_see_nothing(
    metrics_client: TestClient, org: str
) -> None:
    cid = collaborative(metrics_client, org)
    assert benchmark(metrics_client, org, cid).status_code == 404  # creator has not joined
    join(metrics_client, cid, org)
    mine = metrics_client.get("/v1/collaboratives", headers=bearer(org)).json()["items"]
    assert [(c["collaborative_id"], c["member_count"]) for c in mine] == [(cid, 1)]
    outsider = f"{org}-x"
    assert metrics_client.get("/v1/collaboratives", headers=bearer(outsider)).json()["items"] == []
    assert benchmark(metrics_client, outsider, cid).status_code == 404
    collab_chart = metrics_client.get(
        "/v1/metrics/kept-rate/chart", params={"level": "collaborative", "unit": cid},
        headers=bearer(outsider),
    )  # fmt: skip
    assert collab_chart.status_code == 404
    rename = metrics_client.put(
        f"/v1/collaboratives/{cid}", json={"name": "Taken over"}, headers=bearer(outsider)
    )
    assert rename.status_code == 404
    renamed = metrics_client.put(
        f"/v1/collaboratives/{cid}", json={"name": "N2"}, headers=bearer(org)
    )
    assert renamed.status_code == 200 and renamed.json()["name"] == "N2"
    write_only = bearer(org, scope="metrics:write")
    assert (
        metrics_client.put(
            f"/v1/collaboratives/{cid}", json={"name": "x"}, headers=write_only
        ).status_code
        == 403
    )
    left = metrics_client.delete(f"/v1/collaboratives/{cid}/membership", headers=bearer(org))
    assert left.status_code == 204
    assert metrics_client.get("/v1/collaboratives", headers=bearer(org)).json()["items"] == []
    assert (
        metrics_client.put(
            "/v1/collaboratives/nope-404/membership", headers=bearer(org)
        ).status_code
        == 404
    )
    bad = metrics_client.put("/v1/collaboratives/bad id!", json={"name": "x"}, headers=bearer(org))
    assert bad.status_code == 422

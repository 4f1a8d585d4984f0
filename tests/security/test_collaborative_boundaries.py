"""A malicious tenant against collaboratives, over HTTP: it cannot join without approval,
probe or claim ids, or read another member's exact figures through any pooled route.

Orgs hold a month of appointments each (different kept rates), so that a leak of one org's
numerator, denominator or value would show as an exact match.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from starlette.testclient import TestClient

from tests.metrics.learning.factory import insert, month_of_encounters
from tests.support.collaboratives import admit, apply, create, decide
from tests.support.tokens import bearer

MONTH = date(2026, 2, 1)
RANGE = {"period": "month", "from": "2026-02-01", "to": "2026-02-28"}


def with_data(client: TestClient, org: str, kept: int) -> None:
    insert(client, month_of_encounters(org, MONTH, total=100, kept=kept, patients=40))


def pooled_routes(cid: str) -> dict[str, tuple[str, dict[str, str]]]:
    """Every route that takes level=collaborative, and the benchmark and the collaborative."""
    at = {"level": "collaborative", "unit": cid, **RANGE}
    return {
        "values": ("/v1/metrics/kept-rate/values", at),
        "filtered values": ("/v1/metrics/kept-rate/values", {**at, "modality": "video"}),
        "csv": ("/v1/metrics/kept-rate/values", {**at, "format": "csv"}),
        "chart": ("/v1/metrics/kept-rate/chart", at),
        "chart.svg": ("/v1/metrics/kept-rate/chart.svg", at),
        "measure report": ("/v1/metrics/kept-rate/measure-report", at),
        "equity": ("/v1/metrics/kept-rate/equity", {**at, "by": "race"}),
        "benchmark": ("/v1/metrics/kept-rate/benchmark", {"collaborative": cid, **RANGE}),
        "collaborative": (f"/v1/collaboratives/{cid}", {}),
    }


def statuses(client: TestClient, org: str, cid: str) -> dict[str, int]:
    return {
        name: client.get(path, params=params, headers=bearer(org)).status_code
        for name, (path, params) in pooled_routes(cid).items()
    }


def test_an_applicant_sees_nothing_until_approved_and_again_once_declined_or_gone(
    metrics_client: TestClient, org: str
) -> None:
    cid = create(metrics_client, org)
    members = [f"{org}-m{i}" for i in range(4)]
    for i, member in enumerate([org, *members]):
        with_data(metrics_client, member, 50 + 5 * i)
    admit(metrics_client, cid, org, *members)
    applicant = f"{org}-applicant"
    with_data(metrics_client, applicant, 90)
    assert apply(metrics_client, cid, applicant) == 202
    nothing = dict.fromkeys(pooled_routes(cid), 404)
    assert statuses(metrics_client, applicant, cid) == nothing
    listed = metrics_client.get("/v1/collaboratives", headers=bearer(applicant)).json()
    assert listed["items"] == []

    decide(metrics_client, cid, org, applicant)
    seen = statuses(metrics_client, applicant, cid)
    assert all(code == 200 for code in seen.values()), seen

    decide(metrics_client, cid, org, applicant, "declined")
    assert statuses(metrics_client, applicant, cid) == nothing
    assert apply(metrics_client, cid, applicant) == 200  # declined stays declined
    left = metrics_client.delete(f"/v1/collaboratives/{cid}/membership", headers=bearer(members[0]))
    assert left.status_code == 204
    assert statuses(metrics_client, members[0], cid) == nothing


def test_two_members_never_see_each_others_figures(metrics_client: TestClient, org: str) -> None:
    cid = create(metrics_client, org)
    other = f"{org}-other"
    with_data(metrics_client, org, 60)
    with_data(metrics_client, other, 73)
    admit(metrics_client, cid, org, other)
    seen = statuses(metrics_client, org, cid)
    refused = {k: v for k, v in seen.items() if k not in ("benchmark", "collaborative")}
    assert set(refused.values()) == {409}, seen
    problem = metrics_client.get(
        "/v1/metrics/kept-rate/values",
        params={"level": "collaborative", "unit": cid, **RANGE},
        headers=bearer(org),
    )
    assert problem.headers["content-type"].startswith("application/problem+json")
    assert problem.json()["type"].endswith("/too-few-members")
    # No figure of the other member anywhere in the problem (its random request id aside).
    body = {k: v for k, v in problem.json().items() if k != "request_id"}
    assert "73" not in json.dumps(body)


def test_a_pooled_cell_needs_five_members_with_data(metrics_client: TestClient, org: str) -> None:
    cid = create(metrics_client, org)
    members = [f"{org}-m{i}" for i in range(5)]
    with_data(metrics_client, org, 60)
    with_data(metrics_client, members[0], 73)  # the other three members have no data
    admit(metrics_client, cid, org, *members)
    values = metrics_client.get(
        "/v1/metrics/kept-rate/values",
        params={"level": "collaborative", "unit": cid, **RANGE},
        headers=bearer(org),
    )
    assert values.status_code == 200, values.text
    (cell,) = values.json()["values"]
    assert cell["suppressed"] and cell["reason"] == "too_few_members"
    assert cell["value"] is None and cell["numerator"] is None and cell["n"] is None
    for more in members[1:4]:
        with_data(metrics_client, more, 55)
    (cell,) = metrics_client.get(
        "/v1/metrics/kept-rate/values",
        params={"level": "collaborative", "unit": cid, **RANGE},
        headers=bearer(org),
    ).json()["values"]
    assert not cell["suppressed"] and cell["denominator"] == 500


def test_ids_cannot_be_probed_or_claimed(metrics_client: TestClient, org: str) -> None:
    cid = create(metrics_client, org)
    assert cid.startswith("collab-") and len(cid) == len("collab-") + 32
    attacker = f"{org}-attacker"
    for target in (cid, "collab-" + "0" * 32, "north-collab"):
        claim = metrics_client.put(
            f"/v1/collaboratives/{target}", json={"name": "Mine now"}, headers=bearer(attacker)
        )
        assert claim.status_code == 404, target
    real = metrics_client.put(f"/v1/collaboratives/{cid}/membership", headers=bearer(attacker))
    fake = metrics_client.put(
        "/v1/collaboratives/collab-does-not-exist/membership", headers=bearer(attacker)
    )
    assert real.status_code == fake.status_code == 202
    again = metrics_client.put(f"{real.request.url.path}", headers=bearer(attacker))
    fake_again = metrics_client.put(fake.request.url.path, headers=bearer(attacker))
    for answer in (real, fake, again, fake_again):  # alike, once and twice
        assert answer.status_code == 202
        assert {k: v for k, v in answer.json().items() if k != "collaborative_id"} == {
            "org": attacker,
            "status": "applied",
            "role": "member",
        }
    owners_view = metrics_client.get(f"/v1/collaboratives/{cid}", headers=bearer(org)).json()
    assert owners_view["name"] == "North" and owners_view["member_count"] == 1


def test_only_the_owner_and_facilitators_decide(metrics_client: TestClient, org: str) -> None:
    cid = create(metrics_client, org)
    member, facilitator, applicant = (f"{org}-{k}" for k in ("member", "fac", "applicant"))
    admit(metrics_client, cid, org, member, facilitator)
    apply(metrics_client, cid, applicant)
    path = f"/v1/collaboratives/{cid}/members/{applicant}"
    approve = {"status": "approved"}
    assert metrics_client.put(path, json=approve, headers=bearer(member)).status_code == 403
    assert metrics_client.put(path, json=approve, headers=bearer(applicant)).status_code == 404
    assert (
        metrics_client.get(f"/v1/collaboratives/{cid}/members", headers=bearer(member))
    ).status_code == 403
    promote = metrics_client.put(
        f"/v1/collaboratives/{cid}/members/{facilitator}",
        json={"status": "approved", "role": "facilitator"},
        headers=bearer(member),
    )
    assert promote.status_code == 403
    decide_role = metrics_client.put(
        f"/v1/collaboratives/{cid}/members/{facilitator}",
        json={"status": "approved", "role": "facilitator"},
        headers=bearer(org),
    )
    assert decide_role.status_code == 200 and decide_role.json()["role"] == "facilitator"
    approved = metrics_client.put(path, json=approve, headers=bearer(facilitator))
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    other = f"{org}-fac2"
    admit(metrics_client, cid, org, other)
    metrics_client.put(
        f"/v1/collaboratives/{cid}/members/{other}",
        json={"status": "approved", "role": "facilitator"}, headers=bearer(org),
    )  # fmt: skip
    removal = metrics_client.put(
        f"/v1/collaboratives/{cid}/members/{other}", json={"status": "declined"},
        headers=bearer(facilitator),
    )  # fmt: skip
    assert removal.status_code == 403  # facilitators do not remove each other
    roster = metrics_client.get(f"/v1/collaboratives/{cid}/members", headers=bearer(facilitator))
    assert [(m["org"], m["status"]) for m in roster.json()["items"]] == sorted(
        (o, "approved") for o in (org, member, facilitator, applicant, other)
    )
    rename = {"name": "Renamed"}
    assert (
        metrics_client.put(f"/v1/collaboratives/{cid}", json=rename, headers=bearer(facilitator))
    ).status_code == 403
    owner_leaves = metrics_client.delete(
        f"/v1/collaboratives/{cid}/membership", headers=bearer(org)
    )
    assert owner_leaves.status_code == 409
    tenant_writer = bearer(member, scope="metrics:read metrics:write")
    assert (
        metrics_client.put(f"/v1/collaboratives/{cid}/membership", headers=tenant_writer)
    ).status_code == 403


@pytest.mark.parametrize("rates", [(41, 50, 57, 66, 85), (40, 50, 55, 60, 70)])
def test_five_peers_quartiles_are_never_a_peers_exact_value(
    metrics_client: TestClient, org: str, rates: tuple[int, ...]
) -> None:
    cid = create(metrics_client, org)
    peers = [f"{org}-p{i}" for i in range(len(rates))]
    with_data(metrics_client, org, 62)
    for peer, kept in zip(peers, rates, strict=True):
        with_data(metrics_client, peer, kept)
    admit(metrics_client, cid, org, *peers)
    body = metrics_client.get(
        "/v1/metrics/kept-rate/benchmark",
        params={"collaborative": cid, **RANGE},
        headers=bearer(org),
    ).json()
    (period,) = body["periods"]
    comparison = period["comparison"]
    assert comparison["peer_count"] == 5
    published = [comparison[k] for k in ("peer_q1", "peer_median", "peer_q3")]
    assert not {q for q in published if q is not None} & {k / 100 for k in rates}
    assert any(q is not None for q in published)


def test_a_pooled_equity_group_few_members_have_hides_the_breakdown(
    metrics_client: TestClient, org: str
) -> None:
    from tests.metrics.learning.test_equity_api import BLACK, DAY, WHITE, group

    cid = create(metrics_client, org)
    members = [f"{org}-m{i}" for i in range(4)]
    for member in (org, *members):
        insert(metrics_client, group(member, WHITE, patients=30, visits=60, kept=40))
    # Only the viewer and one other member have Black patients: pooled minus own is theirs.
    for member in (org, members[0]):
        insert(metrics_client, group(member, BLACK, patients=15, visits=30, kept=20))
    admit(metrics_client, cid, org, *members)
    params = {"level": "collaborative", "unit": cid, "by": "race", "period": "month",
              "from": DAY.isoformat(), "to": DAY.isoformat()}  # fmt: skip
    body = metrics_client.get(
        "/v1/metrics/kept-rate/equity", params=params, headers=bearer(org)
    ).json()
    assert body["groups"] and all(g["suppressed"] for g in body["groups"]), body["groups"]
    assert {g["reason"] for g in body["groups"]} == {"too_few_members"}
    for member in members[1:]:
        insert(metrics_client, group(member, BLACK, patients=15, visits=30, kept=20))
    body = metrics_client.get(
        "/v1/metrics/kept-rate/equity", params=params, headers=bearer(org)
    ).json()
    shown = {g["code"]: g for g in body["groups"] if not g["suppressed"]}
    assert shown[BLACK]["denominator"] == 150 and shown[WHITE]["denominator"] == 300

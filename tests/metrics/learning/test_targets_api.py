"""Targets over HTTP: set per scope, the most specific applies, the direction from the catalog."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from starlette.testclient import TestClient

from tests.support.tokens import bearer


def put(client: TestClient, org: str, metric: str, body: dict, **scope: str):
    return client.put(f"/v1/targets/{metric}", params=scope, json=body, headers=bearer(org))


def test_set_replace_list_and_remove(metrics_client: TestClient, org: str) -> None:
    created = put(metrics_client, org, "no-show-rate", {"value": 0.1, "note": "Board goal"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["level"], body["unit_id"], body["value"]) == (None, None, 0.1)
    assert body["direction"] == "at_most"  # lower is better for no-shows
    again = put(metrics_client, org, "no-show-rate", {"value": 0.1, "note": "Board goal"})
    assert again.status_code == 200 and again.json()["value"] == 0.1
    team = put(metrics_client, org, "no-show-rate", {"value": 0.15}, level="team", unit="t-1")
    assert team.status_code == 201 and team.json()["unit_id"] == "t-1"
    kept = put(metrics_client, org, "kept-rate", {"value": 0.8}, level="org", unit=org)
    assert kept.status_code == 201 and kept.json()["direction"] == "at_least"
    assert kept.json()["level"] == "org" and kept.json()["unit_id"] is None
    listed = metrics_client.get("/v1/targets", headers=bearer(org)).json()["items"]
    assert [(t["metric_id"], t["level"], t["unit_id"]) for t in listed] == [
        ("kept-rate", "org", None), ("no-show-rate", None, None), ("no-show-rate", "team", "t-1"),
    ]  # fmt: skip
    # Another organization sees none of them.
    assert metrics_client.get("/v1/targets", headers=bearer(org + "-x")).json()["items"] == []
    gone = metrics_client.delete(
        "/v1/targets/no-show-rate", params={"level": "team", "unit": "t-1"}, headers=bearer(org)
    )
    assert gone.status_code == 204
    again_gone = metrics_client.delete(
        "/v1/targets/no-show-rate", params={"level": "team", "unit": "t-1"}, headers=bearer(org)
    )
    assert again_gone.status_code == 404


def test_the_most_specific_target_applies_in_the_overview(
    metrics_client: TestClient, org: str
) -> None:
    put(metrics_client, org, "kept-rate", {"value": 0.7})
    put(metrics_client, org, "kept-rate", {"value": 0.75}, level="team")
    put(metrics_client, org, "kept-rate", {"value": 0.9}, level="team", unit="team-b")

    def applied(unit: str) -> float:
        items = metrics_client.get(
            "/v1/overview", params={"level": "team", "unit": unit, "domain": "engagement"},
            headers=bearer(org),
        ).json()["items"]  # fmt: skip
        return next(i for i in items if i["metric_id"] == "kept-rate")["target"]["value"]

    assert applied("team-b") == 0.9
    assert applied("team-a") == 0.75
    site = metrics_client.get(
        "/v1/overview", params={"level": "site", "unit": "s-1", "domain": "engagement"},
        headers=bearer(org),
    ).json()["items"]  # fmt: skip
    assert next(i for i in site if i["metric_id"] == "kept-rate")["target"]["value"] == 0.7


def test_bad_targets_are_problems(metrics_client: TestClient, org: str) -> None:
    share = put(metrics_client, org, "kept-rate", {"value": 1.5})
    assert share.status_code == 422 and share.json()["errors"][0]["pointer"] == "/body/value"
    negative = put(metrics_client, org, "access-days-median", {"value": -1})
    assert negative.status_code == 422
    level = put(metrics_client, org, "access-days-median", {"value": 10}, level="team")
    assert level.status_code == 422 and level.json()["errors"][0]["pointer"] == "/query/level"
    unit_only = put(metrics_client, org, "kept-rate", {"value": 0.8}, unit="team-a")
    assert unit_only.status_code == 422
    unknown = put(metrics_client, org, "no-such-metric", {"value": 1})
    assert unknown.status_code == 404
    extra = put(metrics_client, org, "kept-rate", {"value": 0.8, "direction": "at_most"})
    assert extra.status_code == 422
    read_only = metrics_client.put(
        "/v1/targets/kept-rate", json={"value": 0.8}, headers=bearer(org, "metrics:read")
    )
    assert read_only.status_code == 403


def test_concurrent_puts_and_deletes_of_one_target_never_fail(
    metrics_client: TestClient, org: str
) -> None:
    """A burst once found a PUT whose insert lost to another PUT and whose row a DELETE then
    removed: a 500. Each answer is now a success, a 404 (nothing to delete) or a 409."""

    def hammer(worker: int) -> list[int]:
        codes = []
        for round_ in range(15):
            if (worker + round_) % 3 == 0:
                answer = metrics_client.delete("/v1/targets/no-show-rate", headers=bearer(org))
            else:
                answer = put(metrics_client, org, "no-show-rate", {"value": 0.1 + worker / 100})
            codes.append(answer.status_code)
        return codes

    with ThreadPoolExecutor(max_workers=6) as pool:
        seen = {code for codes in pool.map(hammer, range(6)) for code in codes}
    assert seen <= {200, 201, 204, 404, 409}, seen
    assert {200, 201} & seen and 204 in seen

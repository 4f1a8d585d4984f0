"""Measurement plans over HTTP: set, replace, read, list, pause, remove; 422s naming the field."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.support.tokens import bearer

PLAN = {"instrument_id": "phq9", "service_line": "adult-outpatient",
        "baseline_within_sessions": 2, "every_sessions": 4, "every_days": 30,
        "grace_sessions": 1, "grace_days": 7}  # fmt: skip


def put(client: TestClient, org: str, plan_id: str, body: dict, scope: str | None = None):
    headers = bearer(org) if scope is None else bearer(org, scope)
    return client.put(f"/v1/measurement-plans/{plan_id}", json=body, headers=headers)


def test_set_replace_read_list_pause_and_remove(metrics_client: TestClient, org: str) -> None:
    created = put(metrics_client, org, "phq9-adult", PLAN)
    assert created.status_code == 201, created.text
    assert {k: created.json()[k] for k in PLAN} == PLAN and created.json()["active"] is True
    again = put(metrics_client, org, "phq9-adult", PLAN)
    assert again.status_code == 200
    everywhere = put(metrics_client, org, "gad7-all", {"instrument_id": "gad7",
                     "baseline_within_sessions": 1, "every_days": 28})  # fmt: skip
    assert everywhere.status_code == 201 and everywhere.json()["service_line"] is None
    read = metrics_client.get("/v1/measurement-plans/phq9-adult", headers=bearer(org))
    assert read.status_code == 200 and read.json()["every_days"] == 30
    listed = metrics_client.get("/v1/measurement-plans", headers=bearer(org)).json()["items"]
    assert [p["plan_id"] for p in listed] == ["gad7-all", "phq9-adult"]
    paused = put(metrics_client, org, "gad7-all", {"instrument_id": "gad7",
                 "baseline_within_sessions": 1, "every_days": 28, "active": False})  # fmt: skip
    assert paused.status_code == 200 and paused.json()["active"] is False
    active = metrics_client.get("/v1/measurement-plans", params={"active": "true"},
                                headers=bearer(org)).json()["items"]  # fmt: skip
    assert [p["plan_id"] for p in active] == ["phq9-adult"]
    # Another organization sees none of them, and cannot read or remove them.
    other = bearer(org + "-x")
    assert metrics_client.get("/v1/measurement-plans", headers=other).json()["items"] == []
    path = "/v1/measurement-plans/phq9-adult"
    assert metrics_client.get(path, headers=other).status_code == 404
    assert metrics_client.delete(path, headers=other).status_code == 404
    assert metrics_client.delete(path, headers=bearer(org)).status_code == 204
    assert metrics_client.get(path, headers=bearer(org)).status_code == 404


def _pointer(answer) -> str:  # type: ignore[no-untyped-def]
    assert answer.status_code == 422, answer.text
    return answer.json()["errors"][0]["pointer"]


def test_bad_plans_are_422s_naming_the_field(metrics_client: TestClient, org: str) -> None:
    no_schedule = {k: v for k, v in PLAN.items() if not k.startswith(("every", "grace"))}
    assert _pointer(put(metrics_client, org, "p", no_schedule)) == "/body/every_sessions"
    grace_only = {**no_schedule, "every_sessions": 3, "grace_days": 5}
    assert _pointer(put(metrics_client, org, "p", grace_only)) == "/body/grace_days"
    assert _pointer(put(metrics_client, org, "p", {**PLAN, "baseline_within_sessions": 0})) == (
        "/body/baseline_within_sessions"
    )
    for field, bad in (("every_days", -1), ("cadence", "weekly"), ("grace_sessions", 1.5)):
        assert _pointer(put(metrics_client, org, "p", {**PLAN, field: bad})) == f"/body/{field}"
    assert _pointer(put(metrics_client, org, "p", {**PLAN, "instrument_id": "phq 9"})) == (
        "/body/instrument_id"
    )
    # One active plan per instrument and service line; a paused second one is fine.
    assert put(metrics_client, org, "first", PLAN).status_code == 201
    assert _pointer(put(metrics_client, org, "second", PLAN)) == "/body/service_line"
    assert put(metrics_client, org, "second", {**PLAN, "active": False}).status_code == 201
    read_only = put(metrics_client, org, "third", PLAN, scope="metrics:read")
    assert read_only.status_code == 403

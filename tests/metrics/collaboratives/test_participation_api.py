"""Naming to peers in benchmarks, and participation equal to a recomputation from the
scenario, over HTTP. The clock is moved (monkeypatched ``utcnow``) so that memberships begin
and end in known months. Improvement activity comes from the improvement projects' contract
(``activity_by_org``), stubbed here: its real numbers are tested with the projects."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.metrics.improvement.activity import ImprovementActivity
from services.metrics.learning import collaboratives, history, membership
from tests.metrics.learning.factory import insert, month_of_encounters
from tests.support.collaboratives import admit, create
from tests.support.tokens import bearer

MARCH = date(2026, 3, 1)


def at(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    for module in (collaboratives, history, membership):
        monkeypatch.setattr(module, "utcnow", lambda: moment)


def name(client: TestClient, cid: str, org: str, label: str | None) -> Any:
    return client.put(f"/v1/collaboratives/{cid}/naming", json={"label": label},
                      headers=bearer(org))  # fmt: skip


def test_benchmark_peers_are_named_only_when_they_chose_it(
    metrics_client: TestClient, org: str
) -> None:
    cid = create(metrics_client, org)
    a, b = f"{org}-a", f"{org}-b"
    admit(metrics_client, cid, org, a, b)
    assert name(metrics_client, cid, a, "Alpha Clinic").json() == {
        "named": True, "label": "Alpha Clinic",
    }  # fmt: skip
    assert name(metrics_client, cid, a, "Alpha Clinic").status_code == 200

    def peers(viewer: str) -> list[dict[str, Any]]:
        response = metrics_client.get(
            "/v1/metrics/kept-rate/benchmark", params={"collaborative": cid}, headers=bearer(viewer)
        )
        assert response.status_code == 200, response.text
        for other in {org, a, b} - {viewer}:
            assert f'"{other}"' not in response.text
        return list(response.json()["peers"])

    seen_by_owner = peers(org)
    assert seen_by_owner[0] == {"label": "Alpha Clinic", "named": True, "org": None}
    anonymous = seen_by_owner[1]
    assert not anonymous["named"] and anonymous["label"].startswith("Peer ")
    b_label = metrics_client.get(f"/v1/collaboratives/{cid}/naming", headers=bearer(b)).json()
    assert anonymous["label"] == b_label["label"] and not b_label["named"]
    assert next(p["label"] for p in peers(b)) == "Alpha Clinic"

    name(metrics_client, cid, a, None)
    assert all(not p["named"] for p in peers(org))
    name(metrics_client, cid, a, "Alpha Clinic")
    metrics_client.delete(f"/v1/collaboratives/{cid}/membership", headers=bearer(a))
    assert [p["label"] for p in peers(org)] == [anonymous["label"]]  # gone, name and all


def test_participation_equals_a_recomputation(
    metrics_client: TestClient, org: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c, d = (f"{org}-{x}" for x in "abcd")
    at(monkeypatch, date(2026, 2, 15))
    cid = create(metrics_client, org)
    admit(metrics_client, cid, org, a, b, c)
    name(metrics_client, cid, a, "Alpha Clinic")
    at(monkeypatch, date(2026, 3, 10))
    metrics_client.post(f"/v1/collaboratives/{cid}/members/{b}/leave",
                        json={"reason": "capacity"}, headers=bearer(b))  # fmt: skip
    admit(metrics_client, cid, org, d)
    at(monkeypatch, date(2026, 4, 2))
    metrics_client.post(f"/v1/collaboratives/{cid}/members/{c}/leave",
                        json={"reason": "other"}, headers=bearer(c))  # fmt: skip

    facts = {org: MARCH, a: MARCH, c: date(2026, 2, 1)}  # d sent nothing, b nothing
    for member, month in facts.items():
        insert(metrics_client, month_of_encounters(member, month, total=3, kept=2, patients=2))
    held = {"s1": ("2026-03-05", {org: 2, a: 1}), "s2": ("2026-03-20", {a: 3, b: 1}),
            "s3": ("2026-04-01", {org: 1, d: 2})}  # fmt: skip
    for sid, (day, attendance) in held.items():
        response = metrics_client.put(
            f"/v1/collaboratives/{cid}/sessions/{sid}",
            json={"held_on": day, "topic": "Reminder calls", "attendance": attendance},
            headers=bearer(org),
        )
        assert response.status_code == 201, response.text
    work = {a: ImprovementActivity(1, 2), d: ImprovementActivity(3, 0)}
    asked: list[tuple[str, date, date]] = []

    def activity(_session: Any, cid_: str, start: date, end: date) -> dict[str, Any]:
        asked.append((cid_, start, end))
        return work

    monkeypatch.setattr("services.metrics.learning.participation.activity_by_org", activity)

    # Recomputed from the scenario: members at March 1st, and who was in at any time in March.
    at_start = {org, a, b, c}
    during = at_start | {d}
    in_march = [att for day, att in held.values() if day.startswith("2026-03")]

    def expected(member: str) -> dict[str, Any]:
        done = work.get(member, ImprovementActivity(0, 0))
        return {
            "data_submitted": facts.get(member) == MARCH,
            "sessions_attended": sum(member in att for att in in_march),
            "active_projects": done.active_projects,
            "cycles_completed": done.cycles_completed,
        }

    def participation(viewer: str) -> dict[str, Any]:
        response = metrics_client.get(
            f"/v1/collaboratives/{cid}/participation", params={"month": "2026-03"},
            headers=bearer(viewer),
        )  # fmt: skip
        assert response.status_code == 200, response.text
        return dict(response.json())

    owners = participation(org)
    assert asked[-1] == (cid, MARCH, date(2026, 4, 1))
    assert (owners["sessions_held"], owners["members_at_start"], owners["members_left"]) == (
        len(in_march), len(at_start), 1,
    )  # fmt: skip
    assert owners["dropout_rate"] == round(1 / len(at_start), 4)
    rows = {r["peer"]["org"]: r for r in owners["members"]}
    assert set(rows) == during  # the owner keeps the roster: org ids
    for member in during:
        got = {k: rows[member][k] for k in expected(member)}
        assert got == expected(member), member

    members_view = participation(a)
    assert len(members_view["members"]) == len(during)
    for other in during - {a}:
        assert f'"{other}"' not in json.dumps(members_view)  # anonymous, unless named
    mine = members_view["members"][0]
    assert mine["you"] and mine["peer"] == {"label": "Alpha Clinic", "named": True, "org": a}
    assert all(r["peer"]["org"] is None for r in members_view["members"][1:])
    assert sorted(
        (r["data_submitted"], r["sessions_attended"], r["active_projects"])
        for r in members_view["members"]
    ) == sorted(
        (e["data_submitted"], e["sessions_attended"], e["active_projects"])
        for e in map(expected, during)
    )
    gone = metrics_client.get(f"/v1/collaboratives/{cid}/participation",
                              params={"month": "2026-03"}, headers=bearer(b))  # fmt: skip
    assert gone.status_code == 404  # b left: it sees nothing
    bad = metrics_client.get(f"/v1/collaboratives/{cid}/participation",
                             params={"month": "2026-13"}, headers=bearer(org))  # fmt: skip
    assert bad.status_code == 422

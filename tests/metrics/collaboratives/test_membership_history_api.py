"""Membership history and who may do what, over HTTP: apply, approve, refuse, leave with a
reason, re-join, removal by the owner or a facilitator; reasons in words stay with their
writer, and members read only their own steps."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from tests.support.collaboratives import admit, apply, create, decide
from tests.support.tokens import bearer


def history(client: TestClient, cid: str, org: str) -> list[dict[str, Any]]:
    response = client.get(f"/v1/collaboratives/{cid}/membership-history", headers=bearer(org))
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


def steps(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["org"], r["event"]) for r in rows]


def leave(client: TestClient, cid: str, by: str, member: str, **body: Any) -> Any:
    return client.post(
        f"/v1/collaboratives/{cid}/members/{member}/leave",
        json={"reason": "capacity", **body},
        headers=bearer(by),
    )


def test_apply_approve_refuse_leave_and_rejoin_are_history(
    metrics_client: TestClient, org: str
) -> None:
    cid = create(metrics_client, org)
    a, b = f"{org}-a", f"{org}-b"
    assert apply(metrics_client, cid, a) == 202
    got = metrics_client.get(f"/v1/collaboratives/{cid}/membership-history", headers=bearer(a))
    assert got.status_code == 404  # an applicant sees nothing yet
    decide(metrics_client, cid, org, a)
    apply(metrics_client, cid, b)
    decide(metrics_client, cid, org, b, "declined")
    assert apply(metrics_client, cid, b) == 200  # refused stays refused

    left = leave(metrics_client, cid, a, a, reason_text="Our QI lead retired.")
    assert left.status_code == 200, left.text
    assert left.json()["status"] == "left"
    assert metrics_client.get(f"/v1/collaboratives/{cid}", headers=bearer(a)).status_code == 404
    assert apply(metrics_client, cid, a) == 202  # one that left may come back
    decide(metrics_client, cid, org, a)

    everything = history(metrics_client, cid, org)
    assert steps(everything) == [
        (org, "approved"), (a, "applied"), (a, "approved"), (b, "applied"), (b, "declined"),
        (a, "left"), (a, "applied"), (a, "approved"),
    ]  # fmt: skip
    by_owner = {(r["org"], r["event"]): r for r in everything}
    assert by_owner[(a, "left")]["reason"] == "capacity"
    assert by_owner[(a, "left")]["reason_text"] is None  # a's words are a's
    assert by_owner[(b, "declined")]["by_org"] == org

    own = history(metrics_client, cid, a)
    assert {r["org"] for r in own} == {a}  # members never learn who the others are
    words = [r["reason_text"] for r in own if r["event"] == "left"]
    assert words == ["Our QI lead retired."]
    approvals = [r for r in own if r["event"] == "approved"]
    assert approvals and all(r["by_org"] is None for r in approvals)  # who decided: hidden


def test_who_may_leave_remove_and_be_removed(metrics_client: TestClient, org: str) -> None:
    cid = create(metrics_client, org)
    facilitator, m1, m2, outsider = (f"{org}-{x}" for x in ("f", "m1", "m2", "out"))
    admit(metrics_client, cid, org, facilitator, m1, m2)
    named = metrics_client.put(
        f"/v1/collaboratives/{cid}/members/{facilitator}",
        json={"status": "approved", "role": "facilitator"},
        headers=bearer(org),
    )
    assert named.status_code == 200, named.text

    assert leave(metrics_client, cid, m1, m2).status_code == 403  # a member removes nobody
    assert leave(metrics_client, cid, outsider, m1).status_code == 404
    assert leave(metrics_client, cid, org, org).status_code == 409  # the owner stays
    assert leave(metrics_client, cid, facilitator, org).status_code == 409
    fac2 = f"{org}-f2"
    admit(metrics_client, cid, org, fac2)
    metrics_client.put(
        f"/v1/collaboratives/{cid}/members/{fac2}",
        json={"status": "approved", "role": "facilitator"},
        headers=bearer(org),
    )
    assert leave(metrics_client, cid, facilitator, fac2).status_code == 403  # owner only

    removed = leave(metrics_client, cid, facilitator, m1, reason="inactive")
    assert removed.status_code == 200 and removed.json()["status"] == "declined"
    again = leave(metrics_client, cid, facilitator, m1, reason="inactive")
    assert again.status_code == 200 and again.json()["status"] == "declined"
    assert apply(metrics_client, cid, m1) == 200  # removed: only a decider re-admits it
    gone = metrics_client.delete(f"/v1/collaboratives/{cid}/membership", headers=bearer(m2))
    assert gone.status_code == 204

    rows = history(metrics_client, cid, facilitator)
    last = {r["org"]: r for r in rows}
    assert (last[m1]["event"], last[m1]["reason"], last[m1]["by_org"]) == (
        "removed", "inactive", facilitator,
    )  # fmt: skip
    assert steps(rows).count((m1, "removed")) == 1  # removing again adds nothing
    assert (last[m2]["event"], last[m2]["reason"]) == ("left", "other")
    assert (last[fac2]["event"], last[fac2]["role"]) == ("role_changed", "facilitator")
    members = metrics_client.get(f"/v1/collaboratives/{cid}", headers=bearer(org)).json()
    assert members["member_count"] == 3  # owner and two facilitators


def test_a_bad_reason_is_a_problem(metrics_client: TestClient, org: str) -> None:
    cid = create(metrics_client, org)
    admit(metrics_client, cid, org, f"{org}-a")
    bad = leave(metrics_client, cid, f"{org}-a", f"{org}-a", reason="because")
    assert bad.status_code == 422
    assert bad.headers["content-type"].startswith("application/problem+json")

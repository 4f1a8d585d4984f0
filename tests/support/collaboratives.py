"""Collaboratives for tests, built over HTTP the way tenants do: create, apply, approve."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.support.tokens import bearer


def create(client: TestClient, owner: str, name: str = "North") -> str:
    """A new collaborative owned by ``owner``; its server-made id."""
    created = client.post("/v1/collaboratives", json={"name": name}, headers=bearer(owner))
    assert created.status_code == 201, created.text
    return str(created.json()["collaborative_id"])


def apply(client: TestClient, cid: str, org: str) -> int:
    """``org`` applies; the status code of the answer."""
    response = client.put(f"/v1/collaboratives/{cid}/membership", headers=bearer(org))
    assert response.status_code in (200, 202), response.text
    return response.status_code


def decide(client: TestClient, cid: str, by: str, org: str, status: str = "approved") -> None:
    response = client.put(
        f"/v1/collaboratives/{cid}/members/{org}", json={"status": status}, headers=bearer(by)
    )
    assert response.status_code == 200, response.text


def admit(client: TestClient, cid: str, owner: str, *orgs: str) -> None:
    """Each of ``orgs`` applies and ``owner`` approves it (the owner itself is in already)."""
    for org in orgs:
        if org != owner:
            apply(client, cid, org)
            decide(client, cid, owner, org)

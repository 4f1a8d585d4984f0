"""Builders of the improvement tests: a collaborative over HTTP, a project, a cycle."""

from __future__ import annotations

import uuid
from typing import Any

from starlette.testclient import TestClient

from tests.support.tokens import bearer

AIM = {"metric_id": "kept-rate", "level": "team", "unit_id": "team-a", "period": "month"}


def collaborative(client: TestClient, owner: str, *members: str, applicant: str = "") -> str:
    """A collaborative ``owner`` created, with ``members`` approved and ``applicant`` waiting."""
    made = client.post("/v1/collaboratives", json={"name": "QI"}, headers=bearer(owner))
    assert made.status_code == 201, made.text
    cid: str = made.json()["collaborative_id"]
    for org in (*members, applicant):
        if org:
            applied = client.put(f"/v1/collaboratives/{cid}/membership", headers=bearer(org))
            assert applied.status_code in (200, 202), applied.text
    for org in members:
        decided = client.put(f"/v1/collaboratives/{cid}/members/{org}",
                             json={"status": "approved"}, headers=bearer(owner))  # fmt: skip
        assert decided.status_code == 200, decided.text
    return cid


def project(**overrides: Any) -> dict[str, Any]:
    """A project body."""
    body: dict[str, Any] = {
        "title": "More kept appointments",
        "aim": {**AIM, "baseline": 0.6, "target": 0.75, "by_when": "2026-12-31"},
        "team": "Team A: reception and two clinicians.",
        "change_ideas": ["Reminder calls", "Evening slots"],
        "status": "active",
    }
    return {**body, **overrides}


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"

"""Calls the staff survey tests share: a campaign of the three staff instruments over two
teams, minting, answering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.testclient import TestClient

from tests.support.tokens import bearer

TODAY = datetime.now(UTC).date()
ADMIN = "measures:staff-surveys"


def enable(client: TestClient, org: str, *instrument_ids: str) -> None:
    for instrument_id in instrument_ids:
        enabled = client.put(
            f"/v1/instrument-settings/{instrument_id}", json={"enabled": True}, headers=bearer(org)
        )
        assert enabled.status_code == 200, enabled.text


def campaign(client: TestClient, org: str, opens_in: int = 0, **fields: Any) -> dict[str, Any]:
    enable(client, org, "miniz2", "psysafety7")
    body = {
        "instrument_ids": ["miniz2", "psysafety7", "intent_leave1"],
        "teams": [
            {"team_id": "t-north", "site_id": "s-1", "invited": 3},
            {"team_id": "t-south", "invited": 2},
        ],
        "opens_on": str(TODAY + timedelta(days=opens_in)),
        "closes_on": str(TODAY + timedelta(days=opens_in + 14)),
        **fields,
    }
    created = client.post("/v1/staff-surveys", json=body, headers=bearer(org, scope=ADMIN))
    assert created.status_code == 201, created.text
    return created.json()


def mint(client: TestClient, org: str, campaign_id: str, team: str, **body: Any) -> Any:
    return client.post(
        f"/v1/staff-surveys/{campaign_id}/teams/{team}/tokens",
        json=body or None,
        headers=bearer(org, scope=ADMIN),
    )


def answer(client: TestClient, token: str, headers: Any = None, **fields: Any) -> Any:
    body = {"token": token, "answers": {"intent_leave1": {"intent_leave1_1": 4}}, **fields}
    return client.post("/v1/staff-survey-responses", json=body, headers=headers)


def close(client: TestClient, org: str, campaign_id: str) -> Any:
    return client.post(f"/v1/staff-surveys/{campaign_id}/close", headers=bearer(org, scope=ADMIN))

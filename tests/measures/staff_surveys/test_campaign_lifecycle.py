"""A staff survey from creation to its feed events, over HTTP: tokens minted once, one answer
per token (a retry is a replay, a second answer a 409), refusals before opening and after
closing, and per-team events whose scores equal a recomputation from the published rules."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.intake.feed import read_feed
from tests.measures.staff_surveys._support import ADMIN, TODAY
from tests.measures.staff_surveys._support import answer as _answer
from tests.measures.staff_surveys._support import campaign as _campaign
from tests.measures.staff_surveys._support import mint as _mint
from tests.support.tokens import bearer


def _miniz(values: list[int]) -> dict[str, int]:
    return {f"miniz2_{n}": v for n, v in enumerate(values, 1)}


def _safety(values: list[int]) -> dict[str, int]:
    return {f"psysafety7_{n}": v for n, v in enumerate(values, 1)}


def _expected(miniz: list[int], safety: list[int], leave: int) -> dict[str, Any]:
    """Recomputed from the published rules (Linzer 2022; Edmondson 1999), not the catalog."""
    supportive = sum(miniz[i - 1] for i in (1, 3, 4, 7, 8))
    pace = sum(miniz[i - 1] for i in (2, 5, 6, 9, 10))
    reversed_safety = [8 - v if n in (1, 3, 5) else v for n, v in enumerate(safety, 1)]
    miniz_flags = [
        *(["burnout"] if miniz[2] <= 3 else []),
        *(["high_home_ehr"] if miniz[8] <= 2 else []),
        *(["ehr_frustration"] if miniz[9] <= 2 else []),
        *(["joyful_workplace"] if sum(miniz) >= 40 else []),
        *(["supportive_environment"] if supportive >= 20 else []),
        *(["reasonable_pace"] if pace >= 20 else []),
    ]
    return {
        "scores": {
            "miniz2": {
                "total": sum(miniz),
                "supportive_work_environment": supportive,
                "work_pace_ehr_stress": pace,
            },
            "psysafety7": {"total": round(sum(reversed_safety) / 7, 2)},
            "intent_leave1": {"total": leave},
        },
        "flags": {
            "miniz2": sorted(miniz_flags),
            "psysafety7": [],
            "intent_leave1": ["intends_to_leave"] if leave >= 3 else [],
        },
    }


def test_a_campaign_from_creation_to_one_event_per_team(
    measures_client: TestClient, org: str
) -> None:
    campaign = _campaign(measures_client, org)
    campaign_id = campaign["campaign_id"]
    assert campaign["status"] == "open"
    assert campaign["instruments"] == ["miniz2.v1", "psysafety7.v1", "intent_leave1.v1"]

    north = _mint(measures_client, org, campaign_id, "t-north")
    assert north.status_code == 201, north.text
    tokens = north.json()["tokens"]
    assert len(set(tokens)) == 3 and north.json()["tokens_issued"] == 3
    assert _mint(measures_client, org, campaign_id, "t-north", count=1).status_code == 409
    [south_token] = _mint(measures_client, org, campaign_id, "t-south", count=1).json()["tokens"]

    given = [
        ([5, 4, 5, 4, 4, 5, 4, 4, 5, 4], [1, 7, 1, 7, 1, 7, 7], 1, "nurse"),
        ([2, 1, 2, 2, 1, 2, 3, 3, 1, 1], [6, 3, 5, 2, 6, 4, 3], 5, None),
    ]
    for token, (miniz, safety, leave, role) in zip(tokens, given, strict=False):
        answers = {
            "miniz2": _miniz(miniz),
            "psysafety7": _safety(safety),
            "intent_leave1": {"intent_leave1_1": leave},
        }
        first = _answer(measures_client, token, answers=answers, role=role)
        assert first.status_code == 201, first.text
        assert first.json() == {
            "accepted": True, "replayed": False, "closes_on": campaign["closes_on"]
        }  # fmt: skip
        again = _answer(measures_client, token, answers=answers, role=role)
        assert again.status_code == 200 and again.json()["replayed"] is True
        other = _answer(measures_client, token, role=role)
        assert other.status_code == 409 and other.json()["type"].endswith("survey-token-spent")
    assert _answer(measures_client, "not-a-token-of-anyone-at-all").status_code == 403
    assert _answer(measures_client, south_token).status_code == 201

    closed = measures_client.post(
        f"/v1/staff-surveys/{campaign_id}/close", headers=bearer(org, scope=ADMIN)
    )
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed" and closed.json()["closed_on"] == str(TODAY)
    assert all(team["published"] for team in closed.json()["teams"])
    refused = _answer(measures_client, tokens[2])
    assert refused.status_code == 410 and refused.json()["type"].endswith("survey-closed")
    retried = measures_client.post(
        f"/v1/staff-surveys/{campaign_id}/close", headers=bearer(org, scope=ADMIN)
    )
    assert retried.status_code == 200

    events = [e for e in read_feed(measures_client, org) if e["type"] == "staff-survey.closed"]
    assert sorted(e["data"]["team_id"] for e in events) == ["t-north", "t-south"]
    by_team = {e["data"]["team_id"]: e["data"] for e in events}
    north_data = by_team["t-north"]
    assert north_data["invited"] == 3 and north_data["site_id"] == "s-1"
    assert north_data["opened_on"] == north_data["closed_on"] == str(TODAY)
    expected = [_expected(m, s, leave) for m, s, leave, _ in given]
    published = [
        {"scores": r["scores"], "flags": {k: sorted(v) for k, v in r["flags"].items()}}
        for r in north_data["responses"]
    ]

    def by_joy(r: dict[str, Any]) -> float:
        return float(r["scores"]["miniz2"]["total"])

    assert sorted(published, key=by_joy) == sorted(expected, key=by_joy)
    assert sorted(r["role"] or "" for r in north_data["responses"]) == ["", "nurse"]
    [south] = by_team["t-south"]["responses"]
    assert south["scores"]["miniz2"]["total"] is None
    assert south["answers"]["miniz2"]["miniz2_1"] is None
    assert south["flags"]["intent_leave1"] == ["intends_to_leave"]


def test_a_token_before_the_first_day_is_refused_with_403_and_works_later(
    measures_client: TestClient, org: str
) -> None:
    campaign = _campaign(measures_client, org, opens_in=3)
    assert campaign["status"] == "scheduled"
    [token] = _mint(measures_client, org, campaign["campaign_id"], "t-south", count=1).json()[
        "tokens"
    ]
    early = _answer(measures_client, token)
    assert early.status_code == 403 and early.json()["type"].endswith("survey-not-open")


@pytest.mark.parametrize(
    ("answers", "pointer"),
    [
        ({"phq9": {"phq9_1": 1}}, "/body/answers/phq9"),
        ({"miniz2": {"miniz2_1": 9}}, "/body/answers/miniz2/miniz2_1"),
        ({"miniz2": {"nope": 1}}, "/body/answers/miniz2/nope"),
        ({}, "/body/answers"),
    ],
)
def test_answers_outside_the_campaign_are_422_and_leave_the_token_unspent(
    measures_client: TestClient, org: str, answers: dict[str, Any], pointer: str
) -> None:
    campaign = _campaign(measures_client, org)
    [token] = _mint(measures_client, org, campaign["campaign_id"], "t-south", count=1).json()[
        "tokens"
    ]
    refused = _answer(measures_client, token, answers=answers)
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["pointer"] == pointer
    assert _answer(measures_client, token).status_code == 201


def test_minting_refuses_an_idempotency_key_and_admin_routes_need_the_scope(
    measures_client: TestClient, org: str
) -> None:
    campaign = _campaign(measures_client, org)
    path = f"/v1/staff-surveys/{campaign['campaign_id']}/teams/t-north/tokens"
    keyed = measures_client.post(
        path, headers={**bearer(org, scope=ADMIN), "Idempotency-Key": "k-1"}
    )
    assert keyed.status_code == 400 and keyed.json()["type"].endswith("tokens-not-replayable")
    writer = measures_client.post(path, headers=bearer(org, scope="measures:write"))
    assert writer.status_code == 403
    other_org = measures_client.get(
        f"/v1/staff-surveys/{campaign['campaign_id']}", headers=bearer(f"{org}-x", scope=ADMIN)
    )
    assert other_org.status_code == 404
    listed = measures_client.get("/v1/staff-surveys", headers=bearer(org, scope=ADMIN))
    assert [c["campaign_id"] for c in listed.json()["items"]] == [campaign["campaign_id"]]


def test_a_patient_instrument_or_a_restricted_one_not_enabled_cannot_be_asked(
    measures_client: TestClient, org: str
) -> None:
    body = {
        "instrument_ids": ["phq9"],
        "teams": [{"team_id": "t-1", "invited": 5}],
        "opens_on": str(TODAY),
        "closes_on": str(TODAY),
    }
    patient = measures_client.post("/v1/staff-surveys", json=body, headers=bearer(org, scope=ADMIN))
    assert patient.status_code == 422
    body["instrument_ids"] = ["miniz2"]
    restricted = measures_client.post(
        "/v1/staff-surveys", json=body, headers=bearer(org, scope=ADMIN)
    )
    assert restricted.status_code == 403

"""Episodes of care over HTTP: lifecycle moves and 409s, validation 422s naming the field, the
feed (typed, redacted for Part 2), and the episode encounters and referrals name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from shared.events import EncounterUpserted, EpisodeUpserted, ReferralUpserted
from tests.intake.api.test_encounters_api import body as encounter
from tests.intake.episodes import CLOSED, OPENED, episode, finished
from tests.intake.feed import read_feed
from tests.support.tokens import bearer


def put(client: TestClient, org: str, episode_id: str, sent: dict[str, Any]) -> Any:
    return client.put(f"/v1/episodes/{episode_id}", json=sent, headers=bearer(org))


def episode_events(client: TestClient, org: str) -> list[EpisodeUpserted]:
    return [
        EpisodeUpserted.model_validate(e["data"])
        for e in read_feed(client, org)
        if e["type"] == "episode.upserted"
    ]


def test_waitlist_to_active_to_finished_then_retracted(intake_client: TestClient, org: str) -> None:
    first = put(intake_client, org, "ep-1", episode(status="waitlist"))
    assert (first.status_code, first.json()["length_days"]) == (201, None)
    assert put(intake_client, org, "ep-1", episode()).status_code == 200
    done = put(intake_client, org, "ep-1", finished())
    assert (done.status_code, done.json()["length_days"]) == (200, 90)
    again = put(intake_client, org, "ep-1", finished())
    assert (again.status_code, again.json()) == (200, done.json())
    retracted = put(intake_client, org, "ep-1", finished(status="entered-in-error"))
    assert retracted.status_code == 200
    published = episode_events(intake_client, org)
    # The identical re-send published nothing.
    assert [e.status for e in published] == ["waitlist", "active", "finished", "entered-in-error"]
    assert (published[2].closed_on, published[2].discharge_reason) == (
        CLOSED,
        "planned-completion",
    )
    assert published[2].patient_id == "p-1" and published[2].clinician_id == "clin-1"


@pytest.mark.parametrize(
    ("stored", "requested", "allowed"),
    [
        ("finished", "active", ["entered-in-error"]),
        ("cancelled", "waitlist", ["entered-in-error"]),
        ("entered-in-error", "active", []),
        ("active", "waitlist", ["onhold", "finished", "entered-in-error"]),
        ("waitlist", "finished", ["active", "cancelled", "entered-in-error"]),
    ],
)
def test_an_impossible_move_is_a_409_naming_the_allowed_ones(
    intake_client: TestClient, org: str, stored: str, requested: str, allowed: list[str]
) -> None:
    closing = {"closed_on": CLOSED.isoformat(), "discharge_reason": "dropped-out"}
    first = episode(status=stored, **closing if stored != "active" and stored != "waitlist" else {})
    assert put(intake_client, org, "ep-2", first).status_code == 201
    wanted = episode(status=requested, **closing if requested == "finished" else {})
    response = put(intake_client, org, "ep-2", wanted)
    assert response.status_code == 409, response.text
    problem = response.json()
    assert problem["type"].endswith("/transition-not-allowed")
    assert problem["title"] == "Episode status change not allowed"
    assert (problem["current_status"], problem["allowed_statuses"]) == (stored, allowed)
    assert intake_client.get("/v1/episodes/ep-2", headers=bearer(org)).json()["status"] == stored
    assert len(episode_events(intake_client, org)) == 1


def _future(days: int) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).date().isoformat()


@pytest.mark.parametrize(
    ("sent", "pointer"),
    [
        (episode(status="finished", discharge_reason="planned-completion"), "/body/closed_on"),
        (episode(status="finished", closed_on=CLOSED.isoformat()), "/body/discharge_reason"),
        (episode(closed_on=CLOSED.isoformat()), "/body/closed_on"),
        (episode(status="onhold", discharge_reason="dropped-out"), "/body/discharge_reason"),
        (finished(closed_on=(OPENED - timedelta(days=1)).isoformat()), "/body/closed_on"),
        (finished(closed_on=_future(3)), "/body/closed_on"),
        (finished(discharge_reason="got-bored"), "/body/discharge_reason"),
        (episode(status="closed"), "/body/status"),
        (episode(opened_on="1999-12-31"), "/body/opened_on"),
        (episode(patient_name="Jane"), "/body"),
        (episode(service_line=None), "/body/service_line"),
    ],
)
def test_invalid_episodes_are_422_naming_the_field(
    intake_client: TestClient, org: str, sent: dict[str, Any], pointer: str
) -> None:
    response = put(intake_client, org, "ep-3", sent)
    assert response.status_code == 422, response.text
    assert [e["pointer"] for e in response.json()["errors"]] == [pointer]
    assert intake_client.get("/v1/episodes/ep-3", headers=bearer(org)).status_code == 404


def test_a_cancelled_episode_may_close_without_a_reason_and_on_its_first_day(
    intake_client: TestClient, org: str
) -> None:
    sent = episode(status="cancelled", closed_on=OPENED.isoformat())
    answer = put(intake_client, org, "ep-4", sent)
    assert (answer.status_code, answer.json()["length_days"]) == (201, 0)
    assert answer.json()["discharge_reason"] is None


def test_part2_episodes_are_published_without_their_patient(
    intake_client: TestClient, org: str
) -> None:
    assert intake_client.put(
        "/v1/patients/p-sud", json={"sensitivity": "part2"}, headers=bearer(org)
    ).is_success
    put(intake_client, org, "ep-label", episode(sensitivity="part2"))
    put(intake_client, org, "ep-patient", episode(patient_id="p-sud"))
    put(intake_client, org, "ep-plain", episode())
    published = {
        e.episode_id: (e.redacted, e.patient_id) for e in episode_events(intake_client, org)
    }
    assert published == {
        "ep-label": (True, None),
        "ep-patient": (True, None),
        "ep-plain": (False, "p-1"),
    }
    # The org's own reads still name the patient: redaction is about what leaves intake.
    got = intake_client.get("/v1/episodes/ep-patient", headers=bearer(org)).json()
    assert got["patient_id"] == "p-sud"


def test_encounters_and_referrals_name_their_episode_on_the_feed(
    intake_client: TestClient, org: str
) -> None:
    """An episode id is kept as sent even before the episode exists (a forward reference, as an
    encounter's referral_id is), published on both events, and redacted with a Part 2 record."""
    received = (datetime.now(UTC) - timedelta(days=30)).date().isoformat()
    referral = {"patient_id": "p-1", "received_on": received, "service_line": "adult"}
    referral |= {"site_id": "north", "episode_id": "ep-later"}
    assert (
        intake_client.put("/v1/referrals/r-1", json=referral, headers=bearer(org)).status_code
        == 201
    )
    sent = encounter(episode_id="ep-later", referral_id="r-1")
    assert (
        intake_client.put("/v1/encounters/e-1", json=sent, headers=bearer(org)).status_code == 201
    )
    hidden = encounter(episode_id="ep-later", sensitivity="part2")
    assert intake_client.put("/v1/encounters/e-2", json=hidden, headers=bearer(org)).is_success
    assert put(intake_client, org, "ep-later", episode()).status_code == 201
    stored = intake_client.get("/v1/encounters/e-1", headers=bearer(org)).json()
    assert stored["episode_id"] == "ep-later"
    assert intake_client.get("/v1/referrals/r-1", headers=bearer(org)).json()["episode_id"] == (
        "ep-later"
    )
    feed = read_feed(intake_client, org)
    encounters = {
        e["subject"]: EncounterUpserted.model_validate(e["data"]).episode_id
        for e in feed
        if e["type"] == "encounter.upserted"
    }
    assert encounters == {"encounters/e-1": "ep-later", "encounters/e-2": None}
    referrals = [
        ReferralUpserted.model_validate(e["data"]).episode_id
        for e in feed
        if e["type"] == "referral.upserted"
    ]
    assert referrals and set(referrals) == {"ep-later"}
    labelled = referral | {"sensitivity": "part2"}
    assert intake_client.put("/v1/referrals/r-2", json=labelled, headers=bearer(org)).is_success
    [hidden_referral] = [
        e["data"] for e in read_feed(intake_client, org) if e["subject"] == "referrals/r-2"
    ]
    assert (hidden_referral["episode_id"], hidden_referral["patient_id"]) == (None, None)
    # Changing only the episode an encounter names is a change: it is stored and published.
    moved = intake_client.put(
        "/v1/encounters/e-1", json=sent | {"episode_id": "ep-other"}, headers=bearer(org)
    )
    assert moved.status_code == 200
    last = [e for e in read_feed(intake_client, org) if e["subject"] == "encounters/e-1"][-1]
    assert last["data"]["episode_id"] == "ep-other"

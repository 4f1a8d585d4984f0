"""Rupture alerts over HTTP: the rule fires in the submission's transaction, ``feedback.rupture``
is on the feed once however often the app re-sends, and the clinician's EHR gets it by webhook,
signed, with retries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.intake.app import MIGRATIONS, create_app
from services.intake.settings import IntakeSettings
from tests.intake.feed import read_feed
from tests.intake.voice import SESSION, app_token, encounter
from tests.support.services import migrated_client
from tests.support.tokens import bearer
from tests.support.webhook_receiver import Receiver, free_port, receiving, verify, wait_for


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with migrated_client(
        label="intake_rupture",
        folder=tmp_path_factory.mktemp("rupture"),
        settings_cls=IntakeSettings,
        create_app=create_app,
        migrations_dir=MIGRATIONS,
        webhooks_allow_private_targets=True,
        webhooks_poll_seconds=0.05,
        webhooks_retry_schedule_seconds=(0.2,),
        webhooks_timeout_seconds=2,
    ) as client:
        yield client


def send(client: TestClient, org: str, answers: dict[str, Any], **links: Any) -> Any:
    body = {"form_id": "session-feedback", "answers": SESSION | answers} | links
    answer = client.post("/v1/feedback", json=body, headers=app_token(org))
    assert answer.status_code in (200, 201), answer.text
    return answer


def ruptures(client: TestClient, org: str) -> list[dict[str, Any]]:
    return [e["data"] for e in read_feed(client, org) if e["type"] == "feedback.rupture"]


def test_a_low_alliance_rating_is_published_once_with_its_rule(
    client: TestClient, org: str
) -> None:
    encounter(client, org, "enc-r1", patient_id="p-r1")
    sent = {"patient_id": "p-r1", "encounter_id": "enc-r1", "submission_id": "sub-r1"}
    first = send(client, org, {"felt-heard": 2}, **sent)
    again = send(client, org, {"felt-heard": 2}, **sent)  # the app re-sends
    assert (first.status_code, again.status_code) == (201, 200)
    [rupture] = ruptures(client, org)
    assert rupture["feedback_id"] == first.json()["feedback_id"]
    assert (rupture["rule"], rupture["item_id"], rupture["score"], rupture["threshold"]) == (
        "at-or-below-threshold",
        "felt-heard",
        2,
        2,
    )
    assert rupture["patient_id"] == "p-r1" and rupture["encounter_id"] == "enc-r1"
    assert rupture["clinician_id"] is not None


def test_a_drop_from_the_patients_previous_session_fires_and_a_first_one_does_not(
    client: TestClient, org: str
) -> None:
    send(client, org, {"felt-heard": 5}, patient_id="p-r2", submitted_at="2026-03-02T10:00:00Z")
    assert ruptures(client, org) == []  # a first submission has no previous
    # Another patient's drop is not this patient's.
    send(client, org, {"felt-heard": 3}, patient_id="p-r3", submitted_at="2026-03-09T10:00:00Z")
    send(client, org, {"felt-heard": 3}, patient_id="p-r2", submitted_at="2026-03-09T10:00:00Z")
    [rupture] = ruptures(client, org)
    assert (rupture["rule"], rupture["score"], rupture["previous_score"]) == (
        "drop-from-previous",
        3,
        5,
    )
    assert rupture["patient_id"] == "p-r2"


def test_a_batch_reads_its_own_earlier_submission_as_the_previous_one(
    client: TestClient, org: str
) -> None:
    batch = [
        {
            "form_id": "session-feedback",
            "answers": SESSION | {"worked-on-what-mattered": score},
            "patient_id": "p-r4",
            "submission_id": f"sub-r4-{n}",
            "submitted_at": f"2026-04-{n + 1:02d}T10:00:00Z",
        }
        for n, score in enumerate([5, 3])
    ]
    for _ in range(2):  # sent twice: stored and published once
        answer = client.post("/v1/feedback:batch", json=batch, headers=app_token(org))
        assert answer.status_code in (200, 207), answer.text
    [rupture] = ruptures(client, org)
    assert (rupture["rule"], rupture["item_id"], rupture["previous_score"]) == (
        "drop-from-previous",
        "worked-on-what-mattered",
        5,
    )


def test_the_rupture_is_delivered_signed_with_retries(client: TestClient, org: str) -> None:
    with receiving(Receiver(free_port(), script=[503])) as receiver:
        body = {"url": receiver.url, "event_types": ["feedback.rupture"]}
        created = client.post("/v1/webhooks", json=body, headers=bearer(org))
        assert created.status_code == 201, created.text
        hook = created.json()
        listed = client.get("/v1/webhooks", headers=bearer(org, scope="intake:read")).json()
        assert [h["webhook_id"] for h in listed["items"]] == [hook["webhook_id"]]
        assert "secret" not in listed["items"][0]

        send(client, org, {"overall": 10})  # no rupture: nothing sent
        feedback_id = send(client, org, {"felt-heard": 1}).json()["feedback_id"]
        wait_for(lambda: len(receiver.received) >= 2 or None)
    first, retry = receiver.received[:2]
    assert first.headers["webhook-id"] == retry.headers["webhook-id"]  # the same message
    assert verify(hook["secret"], retry.headers, retry.body)
    sent = json.loads(retry.body)
    assert sent["type"] == "feedback.rupture"
    assert sent["data"] == {
        "org": org,
        "feedback_id": feedback_id,
        "rule": "at-or-below-threshold",
        "patient_id": None,
    }
    assert len(receiver.received) == 2  # delivered on the retry, not again


def test_webhooks_are_the_orgs_own(client: TestClient, org: str) -> None:
    body = {"url": "http://127.0.0.1:9/h", "event_types": ["feedback.rupture"]}
    hook = client.post("/v1/webhooks", json=body, headers=bearer(org)).json()
    other = client.delete(f"/v1/webhooks/{hook['webhook_id']}", headers=bearer(org + "-x"))
    assert other.status_code == 404
    gone = client.delete(f"/v1/webhooks/{hook['webhook_id']}", headers=bearer(org))
    assert gone.status_code == 204
    assert client.get("/v1/webhooks", headers=bearer(org)).json()["items"] == []
    wrong = client.post(
        "/v1/webhooks", json=body | {"event_types": ["alert.raised"]}, headers=bearer(org)
    )
    assert wrong.status_code == 422


def test_a_private_target_is_refused_on_a_default_deployment(
    intake_client: TestClient, org: str
) -> None:
    body = {"url": "http://127.0.0.1:9/h", "event_types": ["feedback.rupture"]}
    answer = intake_client.post("/v1/webhooks", json=body, headers=bearer(org))
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["pointer"] == "/body/url"


def test_a_part2_patients_rupture_is_redacted_on_the_feed_and_in_the_webhook(
    client: TestClient, org: str
) -> None:
    patient = {"birth_year": 1987, "sensitivity": "part2"}
    assert client.put("/v1/patients/p-sud", json=patient, headers=bearer(org)).status_code == 201
    with receiving(Receiver(free_port())) as receiver:
        body = {"url": receiver.url, "event_types": ["feedback.rupture"]}
        hook = client.post("/v1/webhooks", json=body, headers=bearer(org)).json()
        send(
            client, org, {"felt-heard": 5}, patient_id="p-sud", submitted_at="2026-05-04T10:00:00Z"
        )
        send(
            client, org, {"felt-heard": 2}, patient_id="p-sud", submitted_at="2026-05-11T10:00:00Z"
        )
        wait_for(lambda: len(receiver.received) >= 2 or None)
    # Both rules fired (2 is at the threshold, and 3 below the previous 5); neither names them.
    assert sorted(r["rule"] for r in ruptures(client, org)) == [
        "at-or-below-threshold",
        "drop-from-previous",
    ]
    assert all(r["patient_id"] is None for r in ruptures(client, org))
    for request in receiver.received:
        assert verify(hook["secret"], request.headers, request.body)
        assert json.loads(request.body)["data"]["patient_id"] is None

"""Assessments over HTTP: stored, scored, changed since baseline, alerting, on the feed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from starlette.testclient import TestClient

from tests.measures.api._helpers import feed, feed_of, phq9, post_assessment
from tests.support.tokens import bearer


def test_a_patients_course_shows_reliable_improvement_response_and_remission(
    measures_client: TestClient, org: str
) -> None:
    first = post_assessment(measures_client, org, answers=phq9([2, 2, 2, 2, 2, 1, 2, 1, 0]))
    assert first.status_code == 201, first.text
    assert first.json()["score"]["total"] == 14 and first.json()["change"] is None
    later = post_assessment(
        measures_client,
        org,
        answers=phq9([1, 0, 0, 1, 1, 0, 1, 0, 0]),
        completed_at="2026-03-02T10:00:00Z",
    )
    assert later.status_code == 201, later.text
    change = later.json()["change"]
    assert change["baseline_total"] == 14 and change["change"] == -10
    assert change["reliable_improvement"] and change["response"] and change["remission"]
    assert change["weeks_in_care"] == 8.0
    assert change["baseline_case"] is True
    assert (change["tracking"]["verdict"], change["tracking"]["decided_by"]) == (
        "on_track", "outcome_reached",
    )  # fmt: skip

    trajectory = measures_client.get(
        "/v1/patients/p-1/trajectory", params={"instrument": "phq9"}, headers=bearer(org)
    ).json()
    assert [p["total"] for p in trajectory["points"]] == [14, 4]
    assert trajectory["change"]["recovery"] is True

    events = [e for e in feed_of(measures_client, org, 2) if e["type"] == "assessment.scored"]
    assert len(events) == 2
    assert (
        events[1]["data"]["change_from_baseline"] == -10 and events[1]["data"]["remission"] is True
    )


def test_item9_raises_a_critical_alert_at_once_and_it_can_be_acknowledged(
    measures_client: TestClient, org: str
) -> None:
    response = post_assessment(
        measures_client, org, answers=phq9([0, 0, 0, 0, 0, 0, 0, 0, 1]), clinician_id="c-9"
    )
    alerts = response.json()["alerts"]
    assert [a["rule_id"] for a in alerts] == ["phq9_item9_positive"]
    assert alerts[0]["evidence"]["items"] == {"phq9_9": 1}
    listed = measures_client.get("/v1/alerts", headers=bearer(org)).json()["items"]
    assert [a["alert_id"] for a in listed] == [alerts[0]["alert_id"]]
    ack = measures_client.post(
        f"/v1/alerts/{alerts[0]['alert_id']}/acknowledge", headers=bearer(org)
    )
    assert ack.status_code == 200 and ack.json()["acknowledged_at"]
    assert measures_client.get("/v1/alerts", headers=bearer(org)).json()["items"] == []
    types = [e["type"] for e in feed_of(measures_client, org, 3)]
    assert types == ["assessment.scored", "alert.raised", "alert.acknowledged"]


def test_reliable_deterioration_raises_not_on_track(measures_client: TestClient, org: str) -> None:
    post_assessment(measures_client, org, answers=phq9([1, 1, 1, 1, 1, 1, 0, 0, 0]))
    worse = post_assessment(
        measures_client,
        org,
        answers=phq9([3, 3, 2, 2, 2, 1, 1, 0, 0]),
        completed_at="2026-01-19T10:00:00Z",
    ).json()
    assert worse["change"]["reliable_deterioration"] is True
    assert [a["rule"] for a in worse["alerts"]] == ["not_on_track"]
    assert worse["alerts"][0]["evidence"]["decided_by"] == "rule_of_thumb"


def test_resending_an_assessment_is_harmless_but_reusing_its_id_is_a_conflict(
    measures_client: TestClient, org: str
) -> None:
    body = {"assessment_id": "a-1", "answers": phq9([1] * 8 + [0])}
    first = post_assessment(measures_client, org, **body)
    assert first.status_code == 201
    assert post_assessment(measures_client, org, **body).status_code == 200
    other = post_assessment(measures_client, org, assessment_id="a-1", answers=phq9([2] * 9))
    assert other.status_code == 409
    assert len(feed_of(measures_client, org, 1)) == 1


def test_batch_sync_answers_each_item(measures_client: TestClient, org: str) -> None:
    when = "2026-01-05T10:00:00Z"
    gad7 = {f"gad7_{n}": 1 for n in range(1, 8)}
    items = [
        {"assessment_id": "m-1", "patient_id": "p-2", "instrument_id": "gad7", "answers": gad7,
         "completed_at": when},
        {"patient_id": "p-2", "instrument_id": "gad7", "answers": {}, "completed_at": "not a date"},
        {"patient_id": "p-2", "instrument_id": "cssrs_screener", "answers": {},
         "completed_at": when},
    ]  # fmt: skip
    response = measures_client.post(
        "/v1/assessments:batch", json={"items": items}, headers=bearer(org)
    )
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == [201, 422, 403]
    assert response.json()["results"][0]["assessment"]["score"]["total"] == 7


def test_burnout_is_stored_without_a_patient(measures_client: TestClient, org: str) -> None:
    measures_client.put(
        "/v1/instrument-settings/burnout1", json={"enabled": True}, headers=bearer(org)
    )
    response = post_assessment(
        measures_client, org, patient_id=None, instrument_id="burnout1", answers={"burnout1_1": 4},
        completed_by="clinician", team_id="t-1",
    )  # fmt: skip
    assert response.status_code == 201, response.text
    assert response.json()["patient_id"] is None and response.json()["score"]["case"] is True


def test_another_orgs_assessment_is_a_404(measures_client: TestClient, org: str) -> None:
    created = post_assessment(measures_client, org, answers=phq9([1] * 9)).json()
    response = measures_client.get(
        f"/v1/assessments/{created['assessment_id']}", headers=bearer("another-org")
    )
    assert response.status_code == 404
    own = measures_client.get(f"/v1/assessments/{created['assessment_id']}", headers=bearer(org))
    assert own.status_code == 200 and own.json()["score"]["total"] == 9


def test_another_orgs_patient_and_alerts_stay_invisible(
    measures_client: TestClient, org: str
) -> None:
    created = post_assessment(measures_client, org, answers=phq9([0] * 8 + [2])).json()
    alert_id = created["alerts"][0]["alert_id"]
    stranger = bearer("another-org")
    trajectory = measures_client.get(
        "/v1/patients/p-1/trajectory", params={"instrument": "phq9"}, headers=stranger
    )
    assert trajectory.status_code == 404
    assert (
        measures_client.post(f"/v1/alerts/{alert_id}/acknowledge", headers=stranger).status_code
        == 404
    )
    assert alert_id not in {
        a["alert_id"] for a in measures_client.get("/v1/alerts", headers=stranger).json()["items"]
    }
    observations = measures_client.get(
        "/fhir/Observation", params={"patient": "p-1"}, headers=stranger
    )
    assert observations.json()["total"] == 0


def test_reading_without_the_scope_is_forbidden(measures_client: TestClient, org: str) -> None:
    response = measures_client.get("/v1/alerts", headers=bearer(org, scope="intake:read"))
    assert response.status_code == 403


def test_an_idempotency_key_replays_the_first_answer_and_stores_once(
    measures_client: TestClient, org: str
) -> None:
    body = {"patient_id": "p-7", "instrument_id": "phq9", "answers": phq9([1] * 8 + [0]),
            "completed_at": "2026-01-05T10:00:00Z"}  # fmt: skip
    headers = bearer(org) | {"Idempotency-Key": "sync-42"}
    first = measures_client.post("/v1/assessments", json=body, headers=headers)
    again = measures_client.post("/v1/assessments", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"
    changed = measures_client.post(
        "/v1/assessments", json=body | {"answers": phq9([2] * 9)}, headers=headers
    )
    assert changed.status_code == 422
    assert [e["type"] for e in feed_of(measures_client, org, 1)] == ["assessment.scored"]


def test_a_retried_offline_batch_stores_nothing_twice(
    measures_client: TestClient, org: str
) -> None:
    items = [
        {"assessment_id": f"off-{n}", "patient_id": "p-8", "instrument_id": "phq9",
         "answers": phq9([n % 4] * 8 + [0]), "completed_at": f"2026-01-{5 + 7 * n:02d}T10:00:00Z"}
        for n in range(3)
    ]  # fmt: skip
    first = measures_client.post(
        "/v1/assessments:batch", json={"items": items}, headers=bearer(org)
    )
    retry = measures_client.post(
        "/v1/assessments:batch", json={"items": items}, headers=bearer(org)
    )
    assert [r["status"] for r in first.json()["results"]] == [201, 201, 201]
    assert [r["status"] for r in retry.json()["results"]] == [200, 200, 200]
    types = [e["type"] for e in feed_of(measures_client, org, 4)]
    assert types == ["assessment.scored"] * 2 + ["alert.raised", "assessment.scored"]
    trajectory = measures_client.get(
        "/v1/patients/p-8/trajectory", params={"instrument": "phq9"}, headers=bearer(org)
    ).json()
    assert [p["total"] for p in trajectory["points"]] == [0, 8, 16]


def test_an_answer_beyond_every_instrument_is_a_422_and_one_off_the_options_is_unanswered(
    measures_client: TestClient, org: str
) -> None:
    for bad in (-1, 101, 2**63):
        answers = phq9([1] * 9) | {"phq9_3": bad}
        response = post_assessment(measures_client, org, answers=answers)
        assert response.status_code == 422, (bad, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert [e["pointer"] for e in response.json()["errors"]] == ["/body/answers/phq9_3"]
        scored = measures_client.post(
            "/v1/score", json={"instrument_id": "phq9", "answers": answers}, headers=bearer(org)
        )
        assert scored.status_code == 422, (bad, scored.text)
    assert feed(measures_client, org) == []
    # 5 is within the range but not a PHQ-9 option: stored, with the item unanswered.
    kept = post_assessment(measures_client, org, answers=phq9([1] * 9) | {"phq9_3": 5})
    assert kept.status_code == 201, kept.text
    assert kept.json()["score"]["invalid_items"] == ["phq9_3"]
    assert "out_of_range" in kept.json()["score"]["flags"]


def test_a_batch_refuses_only_its_items_with_impossible_answers_or_dates(
    measures_client: TestClient, org: str
) -> None:
    item = {"patient_id": "p-1", "instrument_id": "phq9", "completed_at": "2026-01-05T10:00:00Z"}
    items = [
        {**item, "assessment_id": "b-ok", "answers": phq9([1] * 9)},
        {**item, "assessment_id": "b-bad", "answers": phq9([1] * 8) | {"phq9_9": 2**63}},
        # Not representable in UTC: converting it for storage used to fail the whole batch (500).
        {**item, "assessment_id": "b-y1", "answers": phq9([1] * 9)}
        | {"completed_at": "0001-01-01T00:00:00+01:00"},
    ]
    response = measures_client.post(
        "/v1/assessments:batch", json={"items": items}, headers=bearer(org)
    )
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == [201, 422, 422]


def test_a_completion_time_outside_1900_to_now_is_a_422(
    measures_client: TestClient, org: str
) -> None:
    tomorrow_and_more = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    for completed_at in ("0001-01-01T00:00:00+01:00", "1899-12-31T23:59:59Z", tomorrow_and_more):
        response = post_assessment(
            measures_client, org, answers=phq9([1] * 9), completed_at=completed_at
        )
        assert response.status_code == 422, (completed_at, response.text)
        assert [e["pointer"] for e in response.json()["errors"]] == ["/body/completed_at"]
    assert feed(measures_client, org) == []
    early = post_assessment(
        measures_client, org, answers=phq9([1] * 9), completed_at="1900-01-01T00:00:00Z"
    )
    assert early.status_code == 201, early.text

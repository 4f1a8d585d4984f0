"""Over HTTP: baselines per episode of care. A returning patient starts afresh, a named episode
overrides the gap rule, the feed carries each assessment's episode, trajectories show one
episode at a time, and FHIR names the episode with HL7's workflow-episodeOfCare extension."""

from __future__ import annotations

import json
from typing import Any

from starlette.testclient import TestClient

from services.measures.scoring.episodes import gap_episode_id
from tests.measures.api._helpers import feed_of, phq9, post_assessment
from tests.support.tokens import bearer

P20, P8, P15, P14 = (
    phq9([3, 3, 3, 3, 2, 2, 2, 2, 0]),
    phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]),
    phq9([2, 2, 2, 2, 2, 2, 2, 1, 0]),
    phq9([2, 2, 2, 2, 2, 2, 1, 1, 0]),
)
# Two courses: the second begins 308 days after the first one's last assessment.
COURSES = [
    ("a-1", "2025-01-06T10:00:00Z", P20),
    ("a-2", "2025-03-03T10:00:00Z", P8),
    ("b-1", "2026-01-05T10:00:00Z", P15),
    ("b-2", "2026-03-02T10:00:00Z", P14),
]


def _post(client: TestClient, org: str, aid: str, at: str, answers: dict, **more: Any) -> dict:
    response = post_assessment(
        client, org, assessment_id=aid, completed_at=at, answers=answers, **more
    )
    assert response.status_code == 201, response.text
    return response.json()


def _scored(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == "assessment.scored"]


def _trajectory(client: TestClient, org: str, **params: str) -> Any:
    return client.get(
        "/v1/patients/p-1/trajectory",
        params={"instrument": "phq9", **params},
        headers=bearer(org),
    )


def test_a_returning_patient_starts_afresh(measures_client: TestClient, org: str) -> None:
    out = {aid: _post(measures_client, org, aid, at, ans) for aid, at, ans in COURSES}
    first, second = gap_episode_id("p-1", "a-1"), gap_episode_id("p-1", "b-1")
    assert [out[a]["episode_id"] for a in ("a-1", "a-2", "b-1", "b-2")] == [first] * 2 + [
        second
    ] * 2
    assert out["a-2"]["change"]["baseline_assessment_id"] == "a-1"
    assert out["a-2"]["change"]["reliable_improvement"] is True  # 20 -> 8
    # The second course is measured from its own first score (15), not from the 20 of a-1:
    assert out["b-1"]["change"] is None
    change = out["b-2"]["change"]
    assert (change["baseline_assessment_id"], change["change"]) == ("b-1", -1)
    assert change["reliable_improvement"] is False and change["weeks_in_care"] == 8.0
    assert change["response"] is False and change["remission"] is False
    read = measures_client.get("/v1/assessments/b-2", headers=bearer(org)).json()
    assert read["change"]["baseline_assessment_id"] == "b-1" and read["episode_id"] == second

    events = [e["data"] for e in _scored(feed_of(measures_client, org, 4))]
    assert [(e["assessment_id"], e["episode_id"], e["baseline_assessment_id"]) for e in events] == [
        ("a-1", first, None),  # a baseline names none
        ("a-2", first, "a-1"),
        ("b-1", second, None),
        ("b-2", second, "b-1"),
    ]
    assert events[3]["change_from_baseline"] == -1 and events[3]["reliable_improvement"] is False


def test_named_episodes_override_the_gap_rule(measures_client: TestClient, org: str) -> None:
    # Two named courses a month apart, and a named course with a 300-day pause in it.
    _post(measures_client, org, "x-1", "2025-01-06T10:00:00Z", P20, episode_id="ep-1")
    _post(measures_client, org, "x-2", "2025-02-03T10:00:00Z", P15, episode_id="ep-2")
    x3 = _post(measures_client, org, "x-3", "2025-03-03T10:00:00Z", P14, episode_id="ep-2")
    x4 = _post(measures_client, org, "x-4", "2025-12-29T10:00:00Z", P8, episode_id="ep-1")
    assert (x3["episode_id"], x3["change"]["baseline_assessment_id"]) == ("ep-2", "x-2")
    assert (x4["episode_id"], x4["change"]["baseline_assessment_id"]) == ("ep-1", "x-1")
    assert x4["change"]["change"] == -12
    # An unnamed assessment meanwhile is in a gap episode of its own, whatever is named.
    loose = _post(measures_client, org, "x-5", "2025-02-10T10:00:00Z", P8)
    assert loose["episode_id"] == gap_episode_id("p-1", "x-5") and loose["change"] is None
    events = {
        e["data"]["assessment_id"]: e["data"] for e in _scored(feed_of(measures_client, org, 5))
    }
    assert events["x-4"]["episode_id"] == "ep-1"
    assert events["x-4"]["baseline_assessment_id"] == "x-1"


def test_a_sender_may_not_name_a_gap_episode(measures_client: TestClient, org: str) -> None:
    response = post_assessment(measures_client, org, answers=P8, episode_id="gap-123")
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["pointer"] == "/body/episode_id"


def test_a_resend_keeps_its_episode_and_another_episode_is_a_conflict(
    measures_client: TestClient, org: str
) -> None:
    _post(measures_client, org, "r-1", "2025-01-06T10:00:00Z", P20, episode_id="ep-1")
    again = post_assessment(
        measures_client, org, assessment_id="r-1", completed_at="2025-01-06T10:00:00Z",
        answers=P20, episode_id="ep-1",
    )  # fmt: skip
    assert again.status_code == 200 and again.json()["episode_id"] == "ep-1"
    other = post_assessment(
        measures_client, org, assessment_id="r-1", completed_at="2025-01-06T10:00:00Z",
        answers=P20, episode_id="ep-2",
    )  # fmt: skip
    assert other.status_code == 409, other.text


def test_the_trajectory_shows_one_episode_and_lists_them_all(
    measures_client: TestClient, org: str
) -> None:
    for aid, at, answers in COURSES:
        _post(measures_client, org, aid, at, answers)
    first, second = gap_episode_id("p-1", "a-1"), gap_episode_id("p-1", "b-1")
    latest = _trajectory(measures_client, org)
    assert latest.status_code == 200, latest.text
    body = latest.json()
    assert body["episode_id"] == second
    assert [p["assessment_id"] for p in body["points"]] == ["b-1", "b-2"]
    assert [p["weeks_since_baseline"] for p in body["points"]] == [0.0, 8.0]
    assert body["change"]["baseline_assessment_id"] == "b-1" and body["change"]["change"] == -1
    assert [(e["episode_id"], e["assessments"], e["gap_rule"]) for e in body["episodes"]] == [
        (first, 2, True),
        (second, 2, True),
    ]
    assert body["episodes"][0]["last_completed_at"].startswith("2025-03-03")
    earlier = _trajectory(measures_client, org, episode_id=first).json()
    assert [p["assessment_id"] for p in earlier["points"]] == ["a-1", "a-2"]
    assert earlier["change"]["change"] == -12 and earlier["change"]["reliable_improvement"]
    assert _trajectory(measures_client, org, episode_id="ep-none").status_code == 404


def _qr(qr_id: str, authored: str, extension: list[dict] | None = None) -> dict[str, Any]:
    qr: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": qr_id,
        "status": "completed",
        "subject": {"reference": "Patient/p-1"},
        "authored": authored,
        "item": [{"linkId": k, "answer": [{"valueInteger": v}]} for k, v in P15.items()],
    }
    if extension is not None:
        qr["extension"] = extension
    return qr


def _post_qr(client: TestClient, org: str, qr: dict[str, Any]) -> Any:
    return client.post(
        "/fhir/QuestionnaireResponse",
        content=json.dumps(qr),
        params={"instrument": "phq9"},
        headers={**bearer(org), "Content-Type": "application/fhir+json"},
    )


EXTENSION = "http://hl7.org/fhir/StructureDefinition/workflow-episodeOfCare"


def test_fhir_names_the_episode_with_the_workflow_extension(
    measures_client: TestClient, org: str
) -> None:
    named = [{"url": EXTENSION, "valueReference": {"reference": "EpisodeOfCare/ep-7"}}]
    created = _post_qr(measures_client, org, _qr("qr-1", "2025-01-06T10:00:00Z", named))
    assert created.status_code == 201, created.text
    stored = measures_client.get(created.headers["location"], headers=bearer(org)).json()
    assert stored["episode_id"] == "ep-7"
    absolute = [
        {"url": EXTENSION, "valueReference": {"reference": "https://ehr.example/fhir/EpisodeOfCare/ep-8"}}
    ]  # fmt: skip
    created = _post_qr(measures_client, org, _qr("qr-2", "2025-01-07T10:00:00Z", absolute))
    assert (
        measures_client.get(created.headers["location"], headers=bearer(org)).json()["episode_id"]
        == "ep-8"
    )
    without = _post_qr(measures_client, org, _qr("qr-3", "2025-01-08T10:00:00Z"))
    stored = measures_client.get(without.headers["location"], headers=bearer(org)).json()
    assert stored["episode_id"] == gap_episode_id("p-1", "qr-3")


def test_an_unreadable_episode_extension_is_refused(measures_client: TestClient, org: str) -> None:
    for value in ({"reference": "Encounter/e-1"}, {"display": "course 2"}, None):
        bad = [{"url": EXTENSION, "valueReference": value}]
        response = _post_qr(measures_client, org, _qr("qr-bad", "2025-01-06T10:00:00Z", bad))
        assert response.status_code == 422, response.text
        assert "workflow-episodeOfCare" in response.text
    assert measures_client.get("/v1/assessments/qr-bad", headers=bearer(org)).status_code == 404

"""Staff answers (the burnout item) are anonymous over HTTP: no person's id is accepted, stored,
served or published, and every time of such an answer is coarsened to its period's start."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.intake.feed import read_feed
from tests.measures.api._helpers import post_assessment
from tests.support.fhir_outcome import outcome_pointers
from tests.support.tokens import bearer

FHIR = {"Content-Type": "application/fhir+json"}


@pytest.fixture
def staff_org(measures_client: TestClient, org: str) -> str:
    enabled = measures_client.put(
        "/v1/instrument-settings/burnout1", json={"enabled": True}, headers=bearer(org)
    )
    assert enabled.status_code == 200, enabled.text
    return org


def _burnout(client: TestClient, org: str, **fields: Any) -> Any:
    body: dict[str, Any] = {
        "patient_id": None,
        "instrument_id": "burnout1",
        "answers": {"burnout1_1": 4},
        "completed_by": "clinician",
        "team_id": "t-north",
        "completed_at": "2026-01-08T15:47:12Z",  # a Thursday
        **fields,
    }
    return post_assessment(client, org, **body)


@pytest.mark.parametrize("field", ["clinician_id", "patient_id", "episode_id"])
def test_a_persons_id_on_a_staff_answer_is_refused_and_nothing_is_stored(
    measures_client: TestClient, staff_org: str, field: str
) -> None:
    response = _burnout(measures_client, staff_org, assessment_id="b-1", **{field: "c-12"})
    assert response.status_code == 422, response.text
    problem = response.json()
    assert response.headers["content-type"].startswith("application/problem+json")
    assert problem["errors"][0]["pointer"] == f"/body/{field}" and field in problem["detail"]
    assert measures_client.get("/v1/assessments/b-1", headers=bearer(staff_org)).status_code == 404
    assert read_feed(measures_client, staff_org) == []


def test_a_staff_answer_keeps_its_team_and_only_the_start_of_its_week(
    measures_client: TestClient, staff_org: str
) -> None:
    created = _burnout(measures_client, staff_org, assessment_id="b-2", site_id="s-1")
    assert created.status_code == 201, created.text
    served = measures_client.get("/v1/assessments/b-2", headers=bearer(staff_org))
    assert served.status_code == 200
    for body in (created.json(), served.json()):
        assert body["completed_at"] == "2026-01-05T00:00:00Z"
        assert body["clinician_id"] is None and body["patient_id"] is None
        assert (body["team_id"], body["site_id"]) == ("t-north", "s-1")
        assert body["score"]["case"] is True
    [event] = read_feed(measures_client, staff_org)
    _assert_coarse_commit_time(event["time"])
    data = event["data"]
    assert data["completed_at"] == "2026-01-05T00:00:00Z"
    assert data["clinician_id"] is None and data["patient_id"] is None
    assert data["team_id"] == "t-north" and data["caseness"] is True
    assert "15:47" not in json.dumps(event)


def test_a_week_that_began_last_month_starts_on_the_first(
    measures_client: TestClient, staff_org: str
) -> None:
    """2026-04-02 is a Thursday whose week began on 30 March: the answer belongs to April's
    (and the second quarter's) report, so it is coarsened to 1 April, not to the Monday."""
    created = _burnout(measures_client, staff_org, completed_at="2026-04-02T08:00:00+02:00")
    assert created.status_code == 201, created.text
    assert created.json()["completed_at"] == "2026-04-01T00:00:00Z"


def test_a_resend_in_the_same_week_is_the_same_answer(
    measures_client: TestClient, staff_org: str
) -> None:
    """The exact time is never kept, not even in the resend check, so it cannot be probed."""
    first = _burnout(measures_client, staff_org, assessment_id="b-3")
    again = _burnout(
        measures_client, staff_org, assessment_id="b-3", completed_at="2026-01-09T09:00:00Z"
    )
    assert (first.status_code, again.status_code) == (201, 200)


def test_a_batch_refuses_a_staff_answer_with_a_clinician(
    measures_client: TestClient, staff_org: str
) -> None:
    item = {
        "instrument_id": "burnout1",
        "answers": {"burnout1_1": 2},
        "team_id": "t-1",
        "completed_at": "2026-01-06T10:00:00Z",
    }
    response = measures_client.post(
        "/v1/assessments:batch",
        json={"items": [item, {**item, "clinician_id": "c-1"}]},
        headers=bearer(staff_org),
    )
    assert response.status_code == 200, response.text
    first, second = response.json()["results"]
    assert first["status"] == 201 and first["assessment"]["completed_at"] == "2026-01-05T00:00:00Z"
    assert second["status"] == 422 and "clinician_id" in second["problem"]["detail"]
    [event] = read_feed(measures_client, staff_org)
    _assert_coarse_commit_time(event["time"])
    assert event["data"]["clinician_id"] is None


def _assert_coarse_commit_time(value: str) -> None:
    """The feed event's time is its commit time coarsened: midnight UTC of this week's Monday,
    or of the 1st of this month."""
    time = datetime.fromisoformat(value)
    now = datetime.now(UTC)
    assert time.tzinfo is not None and (time.hour, time.minute, time.second) == (0, 0, 0)
    assert time.weekday() == 0 or time.day == 1
    assert now - timedelta(days=7) < time <= now


def _staff_response(**extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "authored": "2026-01-08T15:47:12Z",
        "item": [{"linkId": "burnout1_1", "answer": [{"valueInteger": 3}]}],
        **extra,
    }


@pytest.mark.parametrize(
    "element, value",
    [
        ("author", {"reference": "Practitioner/c-12"}),
        ("subject", {"reference": "Practitioner/c-12"}),
        ("source", {"reference": "Practitioner/c-12"}),
    ],
)
def test_a_fhir_staff_answer_naming_a_person_is_refused(
    measures_client: TestClient, staff_org: str, element: str, value: dict[str, str]
) -> None:
    response = measures_client.post(
        "/fhir/QuestionnaireResponse",
        content=json.dumps(_staff_response(**{element: value})),
        params={"instrument": "burnout1"},
        headers={**bearer(staff_org), **FHIR},
    )
    assert response.status_code == 422, response.text
    assert outcome_pointers(response) == [f"/body/{element}"]
    assert read_feed(measures_client, staff_org) == []


def test_a_fhir_staff_answer_is_stored_anonymously(
    measures_client: TestClient, staff_org: str
) -> None:
    response = measures_client.post(
        "/fhir/QuestionnaireResponse",
        content=json.dumps(_staff_response(id="qr-b-1")),
        params={"instrument": "burnout1"},
        headers={**bearer(staff_org), **FHIR},
    )
    assert response.status_code == 201, response.text
    resources = [e["resource"] for e in response.json()["entry"]]
    assert all("subject" not in r for r in resources)
    assert {r["effectiveDateTime"] for r in resources} == {"2026-01-05T00:00:00+00:00"}
    stored = measures_client.get("/v1/assessments/qr-b-1", headers=bearer(staff_org)).json()
    assert stored["patient_id"] is None and stored["clinician_id"] is None
    assert stored["completed_at"] == "2026-01-05T00:00:00Z"

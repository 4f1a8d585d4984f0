"""The C-SSRS screener over HTTP: the Columbia triage, and what an unfinished flow means.

The screen version's flow (Columbia Lighthouse Project; Posner et al. 2011) asks items 1 and 2;
items 3, 4 and 5 only when item 2 is yes; item 6 always, and its past-3-months part when item 6
is yes. Triage points: high = yes to 4 or 5, or behaviour in the past 3 months; moderate = yes
to 3, or older behaviour; low = yes to 1 and/or 2 only. A question of the flow left blank is
unknown, never no: the risk is then indeterminate, and a high-risk criterion it leaves open
raises the urgent alert a high result raises.
"""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.measures.api._helpers import feed_of, post_assessment
from tests.support.fhir_outcome import outcome
from tests.support.tokens import bearer

NO, YES = 0, 1


def _enable(client: TestClient, org: str) -> None:
    response = client.put(
        "/v1/instrument-settings/cssrs_screener", json={"enabled": True}, headers=bearer(org)
    )
    assert response.status_code == 200, response.text


def _screen(client: TestClient, org: str, **answers: int) -> Any:
    _enable(client, org)
    answers = {f"cssrs_{key.removeprefix('i')}": value for key, value in answers.items()}
    return post_assessment(client, org, instrument_id="cssrs_screener", answers=answers)


def _alerts(body: dict[str, Any]) -> dict[str, tuple[str, list[str] | None]]:
    """rule_id -> (severity, the evidence's missing items if any)."""
    return {
        a["rule_id"]: (a["severity"], a["evidence"].get("missing_items")) for a in body["alerts"]
    }


HIGH = "cssrs_high_risk"
POSITIVE = "cssrs_screen_positive"
UNANSWERED = "critical_item_unanswered"


@pytest.mark.parametrize(
    ("answers", "risk", "alerts"),
    [
        # Complete flows, triaged as published.
        ({"i1": NO, "i2": NO, "i6": NO}, "negative", {}),
        ({"i1": YES, "i2": NO, "i6": NO}, "low", {POSITIVE: ("high", None)}),
        (
            {"i1": YES, "i2": YES, "i3": YES, "i4": NO, "i5": NO, "i6": NO},
            "moderate",
            {POSITIVE: ("high", None)},
        ),
        ({"i1": NO, "i2": NO, "i6": YES, "i6_recent": NO}, "moderate", {POSITIVE: ("high", None)}),
        (
            {"i1": NO, "i2": NO, "i6": YES, "i6_recent": YES},
            "high",
            {HIGH: ("urgent", None), POSITIVE: ("high", None)},
        ),
        (
            {"i1": YES, "i2": YES, "i3": NO, "i4": NO, "i5": YES, "i6": NO},
            "high",
            {HIGH: ("urgent", None), POSITIVE: ("high", None)},
        ),
        # Item 2 yes, items 3-5 blank: intent and plan cannot be ruled out.
        (
            {"i1": YES, "i2": YES, "i6": NO},
            "indeterminate",
            {HIGH: ("urgent", ["cssrs_4", "cssrs_5"]), POSITIVE: ("high", None)},
        ),
        # Item 6 blank: recent behaviour cannot be ruled out (its recent part is unknown too).
        (
            {"i1": NO, "i2": NO},
            "indeterminate",
            {
                HIGH: ("urgent", ["cssrs_6", "cssrs_6_recent"]),
                UNANSWERED: ("high", ["cssrs_6"]),
            },
        ),
        # Behaviour yes, when unknown.
        (
            {"i1": NO, "i2": NO, "i6": YES},
            "indeterminate",
            {HIGH: ("urgent", ["cssrs_6_recent"]), POSITIVE: ("high", None)},
        ),
        # Item 2 blank: whether 3-5 were due is unknown, so intent and plan are open.
        (
            {"i1": NO, "i6": NO},
            "indeterminate",
            {
                HIGH: ("urgent", ["cssrs_2", "cssrs_4", "cssrs_5"]),
                UNANSWERED: ("high", ["cssrs_2", "cssrs_3"]),
            },
        ),
        # Only item 1 blank: no high-risk criterion is open, but low is not ruled out.
        ({"i2": NO, "i6": NO}, "indeterminate", {UNANSWERED: ("high", ["cssrs_1"])}),
        # A high-risk answer decides the screen even with other questions blank.
        (
            {"i2": YES, "i4": YES},
            "high",
            {HIGH: ("urgent", None), POSITIVE: ("high", None)},
        ),
        # Items 3-5 are not asked when item 2 is no: their absence is not missing.
        ({"i1": YES, "i2": NO, "i6": NO}, "low", {POSITIVE: ("high", None)}),
    ],
)
def test_the_screen_is_triaged_and_blank_questions_are_never_read_as_no(
    measures_client: TestClient,
    org: str,
    answers: dict[str, int],
    risk: str,
    alerts: dict[str, tuple[str, list[str] | None]],
) -> None:
    response = _screen(measures_client, org, **answers)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["score"]["classifications"]["risk"]["code"] == risk
    assert _alerts(body) == alerts
    flags = set(body["score"]["flags"])
    assert ("incomplete" in flags) == bool(body["score"]["missing_items"])
    assert ("critical_item_unanswered" in flags) == any(missing for _, missing in alerts.values())
    assert (risk == "indeterminate") <= ("incomplete" in flags)


def test_an_open_high_risk_criterion_raises_the_urgent_alert_a_clinician_sees(
    measures_client: TestClient, org: str
) -> None:
    """Item 2 yes and items 3-5 blank used to be triaged low; now the clinician gets the urgent
    alert, says why, and sees it in the alerts list and on the feed."""
    response = _screen(measures_client, org, i1=YES, i2=YES, i6=NO)
    assert response.status_code == 201, response.text
    body = response.json()
    urgent = next(a for a in body["alerts"] if a["rule_id"] == HIGH)
    assert urgent["rule"] == "critical_item" and urgent["severity"] == "urgent"
    assert urgent["evidence"]["missing_items"] == ["cssrs_4", "cssrs_5"]
    assert urgent["evidence"]["items"] == {}  # none of its items was answered
    assert "not ruled out" in urgent["evidence"]["reason"]
    assert body["score"]["critical"][0] == {
        "rule_id": HIGH,
        "label": "Suicidal intent, a plan, or behaviour in the past 3 months",
        "severity": "urgent",
        "action": urgent["evidence"]["action"],
        "missing_items": ["cssrs_4", "cssrs_5"],
    }
    assert body["score"]["missing_items"] == ["cssrs_3", "cssrs_4", "cssrs_5"]

    listed = measures_client.get("/v1/alerts", headers=bearer(org)).json()["items"]
    assert urgent["alert_id"] in {a["alert_id"] for a in listed}
    events = feed_of(measures_client, org, 1 + len(body["alerts"]))
    raised = [e for e in events if e["type"] == "alert.raised"]
    assert {e["data"]["alert_id"] for e in raised} == {a["alert_id"] for a in body["alerts"]}

    stored = measures_client.get(
        f"/v1/assessments/{body['assessment_id']}", headers=bearer(org)
    ).json()
    assert stored["score"] == body["score"]


def test_an_empty_screen_is_a_422_and_stores_nothing(measures_client: TestClient, org: str) -> None:
    response = _screen(measures_client, org)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["title"] == "Empty Response"
    assert problem["errors"] == [
        {
            "pointer": "/body/answers",
            "detail": "no item of cssrs_screener has a valid answer",
            "code": "empty",
        }
    ]
    # Answers that are not valid answers to any question are no answers either.
    assert _screen(measures_client, org, i1=7, i9=1).status_code == 422
    batch = measures_client.post(
        "/v1/assessments:batch",
        json={"items": [{"patient_id": "p-1", "instrument_id": "cssrs_screener",
                         "answers": {}, "completed_at": "2026-01-05T10:00:00Z"}]},
        headers=bearer(org),
    )  # fmt: skip
    assert batch.status_code == 200
    assert batch.json()["results"][0]["status"] == 422
    assert measures_client.get("/v1/alerts", headers=bearer(org)).json()["items"] == []
    # A complete screen after them: its event is the feed's only one.
    stored = _screen(measures_client, org, i1=NO, i2=NO, i6=NO).json()
    assert [e["subject"] for e in feed_of(measures_client, org, 1)] == [
        f"assessments/{stored['assessment_id']}"
    ]
    scored = measures_client.post(
        "/v1/score", json={"instrument_id": "cssrs_screener", "answers": {}}, headers=bearer(org)
    )
    assert scored.status_code == 422
    items = [{"instrument_id": "cssrs_screener", "answers": {}},
             {"instrument_id": "cssrs_screener", "answers": {"cssrs_1": 0}}]  # fmt: skip
    scored_batch = measures_client.post(
        "/v1/score:batch", json={"items": items}, headers=bearer(org)
    ).json()["results"]
    assert [r["status"] for r in scored_batch] == [422, 200]
    assert scored_batch[0]["problem"]["title"] == "Empty Response"


def test_an_all_declined_fhir_screen_is_refused_as_empty(
    measures_client: TestClient, org: str
) -> None:
    _enable(measures_client, org)
    declined = {
        "valueCoding": {
            "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
            "code": "asked-declined",
        }
    }
    qr = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "subject": {"reference": "Patient/p-9"},
        "authored": "2026-01-05T10:00:00Z",
        "item": [{"linkId": f"cssrs_{n}", "answer": [declined]} for n in (1, 2, 6)],
    }
    response = measures_client.post(
        "/fhir/QuestionnaireResponse",
        json=qr,
        params={"instrument": "cssrs_screener"},
        headers=bearer(org),
    )
    assert response.status_code == 422, response.text
    assert outcome(response)["issue"][0]["details"]["text"] == "Empty Response"
    stored = _screen(measures_client, org, i1=NO, i2=NO, i6=NO).json()
    assert [e["subject"] for e in feed_of(measures_client, org, 1)] == [
        f"assessments/{stored['assessment_id']}"
    ]

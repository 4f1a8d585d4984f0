"""A safety question left blank raises an alert a clinician sees, not only a flag.

PHQ-9 item 9 (and PHQ-A item 9): any answer above 0 calls for a same-day suicide-risk
assessment (PHQ instructions), so a blank one cannot be read as 0. The PHQ-A's two suicide
questions (serious thoughts of ending one's life in the past month; a suicide attempt ever)
belong to its complete administration. The CORE-10 risk item (item 6) likewise. Each blank
raises the assessment's one `critical_item_unanswered` alert, listed, fed and acknowledged
like any critical-item alert (its webhook delivery is tested with the webhooks).
"""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from tests.measures.api._helpers import feed_of, phq9, post_assessment
from tests.support.tokens import bearer

UNANSWERED = "critical_item_unanswered"


def _phqa(values: list[int], **extra: int) -> dict[str, int]:
    return {**{f"phqa_{n}": v for n, v in enumerate(values, 1)}, **extra}


def _unanswered(body: dict[str, Any]) -> dict[str, Any]:
    [alert] = [a for a in body["alerts"] if a["rule_id"] == UNANSWERED]
    return alert


def test_phq9_item9_blank_raises_an_urgent_unanswered_alert(
    measures_client: TestClient, org: str
) -> None:
    answers = phq9([1, 1, 1, 1, 1, 1, 1, 1])  # items 1-8; item 9 left blank
    response = post_assessment(measures_client, org, answers=answers, clinician_id="c-7")
    assert response.status_code == 201, response.text
    body = response.json()
    alert = _unanswered(body)
    assert alert["rule"] == "critical_item" and alert["severity"] == "urgent"
    assert alert["clinician_id"] == "c-7"
    assert alert["evidence"]["missing_items"] == ["phq9_9"]
    assert [r["rule_id"] for r in alert["evidence"]["rules"]] == ["phq9_item9_positive"]
    assert "unanswered" in alert["evidence"]["action"]
    assert body["score"]["total"] is None  # complete_only: no total without item 9
    assert {"incomplete", "critical_item_unanswered"} <= set(body["score"]["flags"])
    assert [c["rule_id"] for c in body["score"]["critical_unanswered"]] == ["phq9_item9_positive"]
    assert body["score"]["critical"] == []

    listed = measures_client.get("/v1/alerts", headers=bearer(org)).json()["items"]
    assert [a["rule_id"] for a in listed] == [UNANSWERED]
    events = feed_of(measures_client, org, 2)
    raised = [e["data"] for e in events if e["type"] == "alert.raised"]
    assert [(e["alert_id"], e["rule"]) for e in raised] == [(alert["alert_id"], "critical_item")]

    acknowledged = measures_client.post(
        f"/v1/alerts/{alert['alert_id']}/acknowledge", headers=bearer(org)
    )
    assert acknowledged.status_code == 200 and acknowledged.json()["acknowledged_at"]


def test_phq9_item9_answered_raises_only_what_the_answer_says(
    measures_client: TestClient, org: str
) -> None:
    none = post_assessment(measures_client, org, answers=phq9([1] * 8 + [0])).json()
    assert none["alerts"] == [] and "critical_item_unanswered" not in none["score"]["flags"]
    some = post_assessment(measures_client, org, answers=phq9([0] * 8 + [1])).json()
    assert [a["rule_id"] for a in some["alerts"]] == ["phq9_item9_positive"]


def test_phqa_suicide_questions_left_out_raise_the_alert_but_keep_the_total(
    measures_client: TestClient, org: str
) -> None:
    response = post_assessment(
        measures_client, org, instrument_id="phqa", answers=_phqa([1] * 8 + [0])
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["score"]["total"] == 8  # the suicide questions are not scored
    assert body["score"]["missing_items"] == [
        "phqa_suicidal_thoughts_month",
        "phqa_attempt_lifetime",
    ]
    alert = _unanswered(body)
    assert alert["severity"] == "urgent"
    assert alert["evidence"]["missing_items"] == body["score"]["missing_items"]
    assert [r["rule_id"] for r in alert["evidence"]["rules"]] == ["phqa_suicide_items_positive"]
    assert len(body["alerts"]) == 1

    # With one of them answered no and the other blank, the blank one still cannot be ruled out.
    one = post_assessment(
        measures_client,
        org,
        instrument_id="phqa",
        answers=_phqa([1] * 9, phqa_suicidal_thoughts_month=0),
    ).json()
    assert {a["rule_id"] for a in one["alerts"]} == {"phqa_item9_positive", UNANSWERED}
    assert _unanswered(one)["evidence"]["missing_items"] == ["phqa_attempt_lifetime"]


def test_phqa_with_its_suicide_questions_answered_no_raises_nothing(
    measures_client: TestClient, org: str
) -> None:
    answers = _phqa([1] * 8 + [0], phqa_suicidal_thoughts_month=0, phqa_attempt_lifetime=0)
    body = post_assessment(measures_client, org, instrument_id="phqa", answers=answers).json()
    assert body["alerts"] == [] and body["score"]["missing_items"] == []
    assert "critical_item_unanswered" not in body["score"]["flags"]


def test_phqa_published_questionnaire_requires_its_suicide_questions(
    measures_client: TestClient, org: str
) -> None:
    response = measures_client.get("/v1/instruments/phqa/questionnaire", headers=bearer(org))
    assert response.status_code == 200
    required = {i["linkId"]: i.get("required") for i in response.json()["item"]}
    assert required["phqa_suicidal_thoughts_month"] is True
    assert required["phqa_attempt_lifetime"] is True


def test_phqa_with_everything_blank_names_every_open_rule_in_one_alert(
    measures_client: TestClient, org: str
) -> None:
    body = post_assessment(measures_client, org, instrument_id="phqa", answers={"phqa_1": 2}).json()
    alert = _unanswered(body)
    assert [r["rule_id"] for r in alert["evidence"]["rules"]] == [
        "phqa_item9_positive",
        "phqa_suicide_items_positive",
    ]
    assert alert["evidence"]["missing_items"] == [
        "phqa_9",
        "phqa_suicidal_thoughts_month",
        "phqa_attempt_lifetime",
    ]
    assert len(body["alerts"]) == 1


def test_core10_risk_item_blank_is_prorated_but_still_alerts(
    measures_client: TestClient, org: str
) -> None:
    answers = {f"core10_{n}": 1 for n in range(1, 11) if n != 6}
    body = post_assessment(measures_client, org, instrument_id="core10", answers=answers).json()
    assert "prorated" in body["score"]["flags"]  # one item may be missing (CORE-10 rule)
    alert = _unanswered(body)
    assert alert["severity"] == "urgent"
    assert alert["evidence"]["missing_items"] == ["core10_6"]


def test_an_empty_phq9_is_refused(measures_client: TestClient, org: str) -> None:
    response = post_assessment(measures_client, org, answers={})
    assert response.status_code == 422
    assert response.json()["title"] == "Empty Response"
    stored = post_assessment(measures_client, org, answers=phq9([0] * 9)).json()
    assert [e["subject"] for e in feed_of(measures_client, org, 1)] == [
        f"assessments/{stored['assessment_id']}"
    ]

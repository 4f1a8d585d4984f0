"""A FHIR answer whose weight and LOINC answer code disagree is read the more severe way.

PHQ frequency answers (LOINC LL358-3): LA6568-5 "Not at all" 0, LA6569-3 "Several days" 1,
LA6570-1 "More than half the days" 2, LA6571-9 "Nearly every day" 3. A sender that codes item 9
"Nearly every day" but weights it 0 has made an error nobody can resolve from the message: the
alert must not be silenced by the milder reading, and the score uses the same reading.
"""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from tests.measures.api._helpers import feed_of
from tests.support.tokens import bearer

LOINC = "http://loinc.org"
ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
ITEMS = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
         "44260-8"]  # fmt: skip
CODES = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]


def _answer(code_value: int, weight: int | None = None) -> dict[str, Any]:
    coding: dict[str, Any] = {"system": LOINC, "code": CODES[code_value]}
    if weight is not None:
        coding["extension"] = [{"url": ORDINAL, "valueDecimal": weight}]
    return {"valueCoding": coding}


def _qr(answers: list[dict[str, Any]], qr_id: str = "qr-1") -> dict[str, Any]:
    return {
        "resourceType": "QuestionnaireResponse",
        "id": qr_id,
        "status": "completed",
        "subject": {"reference": "Patient/p-conflict"},
        "authored": "2026-01-05T10:00:00Z",
        "item": [
            {"linkId": f"/{code}", "answer": [answer]}
            for code, answer in zip(ITEMS, answers, strict=True)
        ],
    }


def _post(client: TestClient, org: str, qr: dict[str, Any]) -> Any:
    return client.post(
        "/fhir/QuestionnaireResponse",
        json=qr,
        params={"instrument": "phq9"},
        headers={**bearer(org), "Content-Type": "application/fhir+json"},
    )


def _stored(client: TestClient, org: str, response: Any) -> dict[str, Any]:
    assert response.status_code in (200, 201), response.text
    return client.get(response.headers["location"], headers=bearer(org)).json()


def test_item9_coded_nearly_every_day_but_weighted_0_still_alerts(
    measures_client: TestClient, org: str
) -> None:
    answers = [_answer(0, 0)] * 8 + [_answer(3, weight=0)]
    assessment = _stored(measures_client, org, _post(measures_client, org, _qr(answers)))
    conflict = {"item_id": "phq9_9", "link_id": "/44260-8", "weight_value": 0, "code_value": 3,
                "used_value": 3}  # fmt: skip
    assert assessment["score"]["answer_conflicts"] == [conflict]
    assert "answer_code_conflict" in assessment["score"]["flags"]
    assert assessment["score"]["total"] == 3  # the score uses the same, more severe reading
    [alert] = assessment["alerts"]
    assert alert["rule_id"] == "phq9_item9_positive" and alert["severity"] == "urgent"
    assert alert["evidence"]["items"] == {"phq9_9": 3}
    assert alert["evidence"]["answer_conflicts"] == [conflict]
    listed = measures_client.get("/v1/alerts", headers=bearer(org)).json()["items"]
    assert [a["alert_id"] for a in listed] == [alert["alert_id"]]


def test_item9_weighted_higher_than_its_code_alerts_on_the_weight(
    measures_client: TestClient, org: str
) -> None:
    answers = [_answer(0)] * 8 + [_answer(0, weight=2)]
    assessment = _stored(measures_client, org, _post(measures_client, org, _qr(answers)))
    assert [c["used_value"] for c in assessment["score"]["answer_conflicts"]] == [2]
    assert [a["rule_id"] for a in assessment["alerts"]] == ["phq9_item9_positive"]


def test_a_conflict_on_another_item_takes_the_higher_reading_without_an_alert(
    measures_client: TestClient, org: str
) -> None:
    answers = [_answer(1, weight=3)] + [_answer(1, weight=0)] + [_answer(0)] * 7
    assessment = _stored(measures_client, org, _post(measures_client, org, _qr(answers)))
    assert assessment["score"]["total"] == 4  # item 1 read as 3, item 2 as 1
    assert [(c["item_id"], c["used_value"]) for c in assessment["score"]["answer_conflicts"]] == [
        ("phq9_1", 3),
        ("phq9_2", 1),
    ]
    assert assessment["alerts"] == []


def test_agreeing_readings_are_no_conflict(measures_client: TestClient, org: str) -> None:
    answers = [_answer(n % 4, weight=n % 4) for n in range(9)]
    assessment = _stored(measures_client, org, _post(measures_client, org, _qr(answers)))
    assert assessment["score"]["answer_conflicts"] == []
    assert "answer_code_conflict" not in assessment["score"]["flags"]


def test_resending_the_conflicting_response_changes_nothing(
    measures_client: TestClient, org: str
) -> None:
    qr = _qr([_answer(0)] * 8 + [_answer(3, weight=0)], qr_id="qr-resent")
    assert _post(measures_client, org, qr).status_code == 201
    again = _post(measures_client, org, qr)
    assert again.status_code == 200
    # A later assessment's event shows the feed has caught up past the resend.
    later = {**_qr([_answer(0)] * 9, qr_id="qr-later"), "authored": "2026-01-05T11:00:00Z"}
    assert _post(measures_client, org, later).status_code == 201
    events = feed_of(measures_client, org, 3)
    assert [e["type"] for e in events] == ["assessment.scored", "alert.raised", "assessment.scored"]

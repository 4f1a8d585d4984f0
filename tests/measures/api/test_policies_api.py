"""Over HTTP: the missing-item policy, the C-SSRS screen alert, and the not-on-track model that
the organisation's own history teaches (and its rule-of-thumb fallback), each naming itself."""

from __future__ import annotations

from starlette.testclient import TestClient

from services.measures.scoring.not_on_track import (
    MIN_EPISODES_PER_CELL,
    PERCENTILE_MODEL_VERSION,
    RULE_MODEL_VERSION,
)
from tests.measures.api._helpers import feed_of, phq9, post_assessment
from tests.support.tokens import bearer

BASELINE_16 = phq9([2, 2, 2, 2, 2, 2, 2, 2, 0])  # moderately severe (15-19), item 9 not endorsed


def test_a_phq9_missing_an_item_is_stored_incomplete_with_no_total(
    measures_client: TestClient, org: str
) -> None:
    answers = phq9([1] * 8 + [0])
    del answers["phq9_3"]
    response = post_assessment(measures_client, org, answers=answers)
    assert response.status_code == 201, response.text
    score = response.json()["score"]
    assert (score["total"], score["band"], score["case"]) == (None, None, None)
    assert score["missing_items"] == ["phq9_3"]
    assert "incomplete" in score["flags"] and "prorated" not in score["flags"]
    [event] = feed_of(measures_client, org, 1)
    assert event["data"]["total"] is None and "incomplete" in event["data"]["flags"]


def test_core10_prorates_one_missing_item_and_says_so_but_not_two(
    measures_client: TestClient, org: str
) -> None:
    nine = {f"core10_{n}": 2 for n in range(1, 10)}  # item 10 missing, 9 x 2 = 18
    one = measures_client.post(
        "/v1/score", json={"instrument_id": "core10", "answers": nine}, headers=bearer(org)
    )
    assert one.status_code == 200, one.text
    assert one.json()["total"] == 20  # 18 x 10/9
    assert "prorated" in one.json()["flags"] and one.json()["missing_items"] == ["core10_10"]
    eight = {k: v for k, v in nine.items() if k != "core10_9"}
    two = measures_client.post(
        "/v1/score", json={"instrument_id": "core10", "answers": eight}, headers=bearer(org)
    ).json()
    assert two["total"] is None and "incomplete" in two["flags"] and "prorated" not in two["flags"]


def test_a_positive_cssrs_screen_raises_an_alert_at_once(
    measures_client: TestClient, org: str
) -> None:
    enabled = measures_client.put(
        "/v1/instrument-settings/cssrs_screener", json={"enabled": True}, headers=bearer(org)
    )
    assert enabled.status_code == 200, enabled.text
    response = post_assessment(
        measures_client,
        org,
        instrument_id="cssrs_screener",
        answers={"cssrs_1": 1, "cssrs_2": 0, "cssrs_6": 0},
        clinician_id="c-4",
    )
    assert response.status_code == 201, response.text
    [alert] = response.json()["alerts"]
    assert (alert["rule"], alert["rule_id"], alert["clinician_id"]) == (
        "critical_item",
        "cssrs_screen_positive",
        "c-4",
    )
    assert alert["evidence"]["items"] == {"cssrs_1": 1, "cssrs_2": 0, "cssrs_6": 0}
    negative = post_assessment(
        measures_client,
        org,
        instrument_id="cssrs_screener",
        answers={"cssrs_1": 0, "cssrs_2": 0, "cssrs_6": 0},
        completed_at="2026-01-12T10:00:00Z",
    )
    assert negative.status_code == 201 and negative.json()["alerts"] == []


def _teach(client: TestClient, org: str, episodes: int) -> None:
    """Past patients, all moderately severe at baseline, 4 to 9 points better at week 5."""
    items = []
    for n in range(episodes):
        gain = 4 + n % 6
        later = [2] * 8 + [0]
        for i in range(gain):
            later[i % 8] -= 1
        items += [
            {"patient_id": f"past-{n}", "instrument_id": "phq9", "answers": BASELINE_16,
             "completed_at": "2025-06-02T10:00:00Z"},
            {"patient_id": f"past-{n}", "instrument_id": "phq9", "answers": phq9(later),
             "completed_at": "2025-07-07T10:00:00Z"},
        ]  # fmt: skip
    response = client.post("/v1/assessments:batch", json={"items": items}, headers=bearer(org))
    assert response.status_code == 200, response.text
    assert {r["status"] for r in response.json()["results"]} == {201}


def _week5(client: TestClient, org: str, patient: str, answers: dict[str, int]) -> dict:
    post_assessment(client, org, patient_id=patient, answers=BASELINE_16)
    response = post_assessment(
        client, org, patient_id=patient, answers=answers, completed_at="2026-02-09T10:00:00Z"
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_the_orgs_own_history_decides_not_on_track_and_names_its_model(
    measures_client: TestClient, org: str
) -> None:
    _teach(measures_client, org, MIN_EPISODES_PER_CELL)
    slow = _week5(measures_client, org, "slow", phq9([2, 2, 2, 2, 2, 2, 2, 1, 0]))  # -1
    tracking = slow["change"]["tracking"]
    assert tracking["decided_by"] == "org_percentile_model"
    assert tracking["model_version"].startswith(PERCENTILE_MODEL_VERSION)
    assert tracking["on_track"] is False  # the rule of thumb would not judge at week 5
    [alert] = slow["alerts"]
    assert alert["rule"] == "not_on_track"
    assert alert["evidence"]["decided_by"] == "org_percentile_model"
    assert alert["evidence"]["model_version"] == tracking["model_version"]
    typical = _week5(measures_client, org, "typical", phq9([2, 2, 1, 1, 1, 1, 1, 1, 0]))  # -6
    assert typical["change"]["tracking"]["decided_by"] == "org_percentile_model"
    assert typical["change"]["tracking"]["on_track"] is True and typical["alerts"] == []


def test_with_too_little_history_the_rule_of_thumb_decides_and_says_so(
    measures_client: TestClient, org: str
) -> None:
    # The judged patient's own series is history too: 28 + 1 is one short of a cell.
    _teach(measures_client, org, MIN_EPISODES_PER_CELL - 2)
    slow = _week5(measures_client, org, "slow", phq9([2, 2, 2, 2, 2, 2, 2, 1, 0]))
    tracking = slow["change"]["tracking"]
    assert (tracking["decided_by"], tracking["model_version"]) == (
        "rule_of_thumb",
        RULE_MODEL_VERSION,
    )
    assert tracking["on_track"] is True and slow["alerts"] == []

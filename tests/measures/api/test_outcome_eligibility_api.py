"""Over HTTP: who each outcome and the not-on-track verdict apply to, on the response, the
trajectory and the feed; and an org switching the GAD-7 to NHS Talking Therapies' values."""

from __future__ import annotations

import time

from starlette.testclient import TestClient

from tests.measures.api._helpers import feed, phq9, post_assessment
from tests.support.tokens import bearer


def _feed(client: TestClient, org: str, count: int) -> list[dict]:
    """The org's feed once it holds ``count`` events. On PostgreSQL the feed hands out an
    event only after every older transaction of the cluster has finished, so on a busy server
    it can lag a commit by a moment."""
    deadline = time.monotonic() + 10
    while len(events := feed(client, org)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return events


def _gad7(values: list[int]) -> dict[str, int]:
    return {f"gad7_{n}": v for n, v in enumerate(values, 1)}


def _trajectory(client: TestClient, org: str, patient: str, instrument: str) -> dict:
    response = client.get(
        f"/v1/patients/{patient}/trajectory", params={"instrument": instrument},
        headers=bearer(org),
    )  # fmt: skip
    assert response.status_code == 200, response.text
    return response.json()


def test_a_phq9_of_4_then_3_at_week_9_is_not_applicable_and_raises_nothing(
    measures_client: TestClient, org: str
) -> None:
    post_assessment(measures_client, org, answers=phq9([1, 1, 1, 1, 0, 0, 0, 0, 0]))  # 4
    later = post_assessment(
        measures_client, org, answers=phq9([1, 1, 1, 0, 0, 0, 0, 0, 0]),
        completed_at="2026-03-09T10:00:00Z",
    )  # fmt: skip
    assert later.status_code == 201, later.text
    body = later.json()
    change = body["change"]
    assert change["weeks_in_care"] == 9.0 and body["alerts"] == []
    assert change["tracking"] == {
        "verdict": "not_applicable",
        "on_track": None,
        "decided_by": "eligibility",
        "model_version": "eligibility/1 (case at baseline, room for a reliable improvement)",
        "reason": "not a case at baseline (4 is on the non-clinical side of the caseness "
        "cut-off 10)",
    }
    # Not a case at the start: nothing to recover, respond or remit from.
    assert change["baseline_case"] is False
    assert [change[k] for k in ("clinically_significant_improvement", "recovery", "response",
                                "remission")] == [None] * 4  # fmt: skip
    assert change["reliable_improvement"] is False  # reliable change applies to everyone
    assert _trajectory(measures_client, org, "p-1", "phq9")["change"] == change
    assert measures_client.get("/v1/alerts", headers=bearer(org)).json()["items"] == []
    [_, scored] = [e["data"] for e in _feed(measures_client, org, 2)]
    assert (scored["recovery"], scored["response"], scored["remission"]) == (None, None, None)
    assert scored["clinically_significant_improvement"] is None
    assert (scored["reliable_improvement"], scored["reliable_deterioration"]) == (False, False)


def test_a_case_at_baseline_is_judged_and_carries_true_or_false(
    measures_client: TestClient, org: str
) -> None:
    post_assessment(measures_client, org, answers=phq9([2, 2, 1, 1, 1, 1, 1, 1, 0]))  # 10
    later = post_assessment(
        measures_client, org, answers=phq9([2, 1, 1, 1, 1, 1, 1, 1, 0]),
        completed_at="2026-03-09T10:00:00Z",
    ).json()  # fmt: skip  # 9 at week 9: no reliable improvement
    tracking = later["change"]["tracking"]
    assert (tracking["verdict"], tracking["decided_by"]) == ("not_on_track", "rule_of_thumb")
    assert [a["rule"] for a in later["alerts"]] == ["not_on_track"]
    [_, scored, raised] = _feed(measures_client, org, 3)
    assert raised["type"] == "alert.raised"
    data = scored["data"]
    assert (data["recovery"], data["response"], data["remission"]) == (False, False, False)
    assert data["clinically_significant_improvement"] is True  # 10 -> 9 crosses the cut-off


def test_an_instrument_without_rules_carries_null_not_false_on_the_feed(
    measures_client: TestClient, org: str
) -> None:
    k10 = {f"k10_{n}": 4 for n in range(1, 11)}  # 40, severe
    post_assessment(measures_client, org, instrument_id="k10", answers=k10)
    later = post_assessment(
        measures_client, org, instrument_id="k10", answers={k: 2 for k in k10},
        completed_at="2026-03-09T10:00:00Z",
    ).json()  # fmt: skip
    assert later["change"]["tracking"]["verdict"] == "not_applicable"
    data = _feed(measures_client, org, 2)[1]["data"]
    assert [data[k] for k in ("reliable_improvement", "reliable_deterioration", "recovery",
                              "response", "remission")] == [None] * 5  # fmt: skip


def test_an_org_switches_the_gad7_to_nhs_talking_therapies_values(
    measures_client: TestClient, org: str
) -> None:
    """GAD-7 9 -> 5 in 10 weeks: under the catalog (Spitzer caseness 10, RCI 6) not a case and
    no reliable change; under NHS Talking Therapies' caseness 8 and reliable change 4, a case
    that recovered."""

    def course(patient: str) -> dict:
        post_assessment(
            measures_client, org, patient_id=patient, instrument_id="gad7",
            answers=_gad7([2, 2, 1, 1, 1, 1, 1]),
        )  # fmt: skip
        response = post_assessment(
            measures_client, org, patient_id=patient, instrument_id="gad7",
            answers=_gad7([1, 1, 1, 1, 1, 0, 0]), completed_at="2026-03-16T10:00:00Z",
        )  # fmt: skip
        assert response.status_code == 201, response.text
        return response.json()

    catalog = course("g-1")["change"]
    assert (catalog["baseline_case"], catalog["recovery"], catalog["reliable_improvement"]) == (
        False, None, False,
    )  # fmt: skip
    assert catalog["reliable_change_threshold"] == 6
    assert catalog["tracking"]["verdict"] == "not_applicable"

    nhs = {"reason": "We report to NHS Talking Therapies",
           "total": {"caseness_threshold": 8, "reliable_change": 4}}  # fmt: skip
    put = measures_client.put(
        "/v1/instrument-settings/gad7", json={"enabled": True, "overrides": nhs},
        headers=bearer(org),
    )  # fmt: skip
    assert put.status_code == 200, put.text
    switched = course("g-2")
    change = switched["change"]
    assert change["reliable_change_threshold"] == 4
    assert (change["baseline_case"], change["reliable_improvement"], change["recovery"]) == (
        True, True, True,
    )  # fmt: skip
    assert change["tracking"]["verdict"] == "on_track"
    assert switched["score"]["scoring_version"].startswith("gad7.v1+org.")
    data = _feed(measures_client, org, 4)[-1]["data"]
    assert (data["recovery"], data["instrument_version"]) == (
        True, switched["score"]["scoring_version"],
    )  # fmt: skip

"""The feedback metrics of issue #20 over HTTP, from feed events: a question's mean and
top-box share, the response rate and a theme's share equal the hand-computed values as the
disclosure policy publishes them (counts rounded to 5, means to 2 decimals); a re-tag replaces
the earlier set; small cells are suppressed; the item filter is required."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.metrics.dashboard.signin import COOKIE
from shared.auth import issue_local_token
from shared.events import EncounterUpserted, FeedbackReceived, FeedbackThemed
from shared.feed import FeedEvent
from tests.metrics.rounding import rounded, rounded_n, share
from tests.metrics.sync.events import apply, event
from tests.support.tokens import bearer

FEB = datetime(2026, 2, 2, 15, tzinfo=UTC)
Q1 = {"period": "quarter", "from": "2026-01-01", "to": "2026-03-31"}
#: team: (patients, kept sessions per patient); each patient answers once.
TEAMS = {"t-big": (40, 1), "t-mid": (20, 1), "t-small": (4, 1)}
EXTRA_SESSIONS = 20  # kept sessions of t-big without feedback


def heard(i: int) -> float:
    return float(3 + i % 3)  # the top box is 5


def world(org: str) -> tuple[list[FeedEvent], dict[str, Any]]:
    """Sessions, submissions and theme sets; and what they should give."""
    events: list[FeedEvent] = []
    scores: list[float] = []
    n = 0
    for team, (patients, _) in TEAMS.items():
        for i in range(patients):
            n += 1
            pid, at = f"{team}-p{i}", FEB + timedelta(days=i % 20, minutes=n)
            where = {"clinician_id": f"c-{team}", "team_id": team, "site_id": "s1"}
            events.append(event(org, EncounterUpserted(
                encounter_id=f"e{n}", patient_id=pid, modality="video", scheduled_start=at,
                status="fulfilled", **where), time=at + timedelta(hours=1)))  # fmt: skip
            answer = {"heard": heard(i), "goals": 4.0}
            events.append(event(org, FeedbackReceived(
                feedback_id=f"fb{n}", form_id="sf", received_at=at + timedelta(hours=2),
                patient_id=pid, encounter_id=f"e{n}", modality="video", scores=answer,
                top_box={"heard": answer["heard"] == 5, "goals": False}, mean=4.0, **where,
            ), time=at + timedelta(hours=3)))  # fmt: skip
            scores.append(heard(i))
            themes = _themes(team, i)
            for step, chosen in enumerate(themes):
                events.append(event(org, FeedbackThemed(
                    feedback_id=f"fb{n}", form_id="sf", received_at=at + timedelta(hours=2),
                    themes=chosen, **where), time=at + timedelta(days=30 + step)))  # fmt: skip
    for i in range(EXTRA_SESSIONS):
        at = FEB + timedelta(days=i, hours=5)
        events.append(event(org, EncounterUpserted(
            encounter_id=f"x{i}", patient_id=f"t-big-p{i}", team_id="t-big", modality="video",
            scheduled_start=at, status="fulfilled"), time=at))  # fmt: skip
    events.sort(key=lambda e: e.time)
    return events, {"scores": scores, "submissions": n, "sessions": n + EXTRA_SESSIONS}


def _themes(team: str, i: int) -> list[list[str]]:
    """t-big: 25 tagged waiting, 12 of them re-tagged kindness; t-small: 3 tagged rare."""
    if team == "t-big" and i < 25:
        return [["waiting"], ["kindness"]] if i < 12 else [["waiting"]]
    if team == "t-small" and i < 3:
        return [["waiting", "rare"]]
    return []


@pytest.fixture(scope="module")
def fed(metrics_client: TestClient) -> tuple[str, dict[str, Any]]:
    org = "org-feedback-api"
    events, expected = world(org)
    apply(metrics_client.app.state.engine, *events)  # type: ignore[attr-defined]
    return org, expected


def values(client: TestClient, org: str, metric: str, **params: str) -> list[dict[str, Any]]:
    response = client.get(
        f"/v1/metrics/{metric}/values", params={**Q1, **params}, headers=bearer(org)
    )
    assert response.status_code == 200, response.text
    return response.json()["values"]


def test_a_question_mean_and_top_box_share(metrics_client: TestClient, fed: Any) -> None:
    org, expected = fed
    scores = expected["scores"]
    [mean] = values(metrics_client, org, "feedback-item-mean", form="sf", item="heard")
    assert mean["value"] == round(sum(scores) / len(scores), 2)
    assert (mean["denominator"], mean["n"]) == (rounded(len(scores)), rounded_n(len(scores)))
    [top] = values(metrics_client, org, "feedback-item-top-box", form="sf", item="heard")
    hits = sum(1 for s in scores if s == 5)
    assert (top["numerator"], top["denominator"]) == (rounded(hits), rounded(len(scores)))
    assert top["value"] == pytest.approx(share(hits, len(scores)))
    # Another item of the same form has its own answers.
    [goals] = values(metrics_client, org, "feedback-item-mean", form="sf", item="goals")
    assert goals["value"] == 4.0


def test_small_units_are_suppressed(metrics_client: TestClient, fed: Any) -> None:
    org, _ = fed
    cells = values(metrics_client, org, "feedback-item-mean", form="sf", item="heard", level="team")
    by_team = {c["unit_id"]: c for c in cells}
    assert by_team["t-small"]["suppressed"] and by_team["t-small"]["reason"] == "primary"
    assert by_team["t-small"]["value"] is None and by_team["t-small"]["n"] is None
    assert not by_team["t-big"]["suppressed"]  # the largest sibling stays published


def test_response_rate_is_submissions_per_kept_session(
    metrics_client: TestClient, fed: Any
) -> None:
    org, expected = fed
    [cell] = values(metrics_client, org, "feedback-response-rate")
    subs, sessions = expected["submissions"], expected["sessions"]
    assert (cell["numerator"], cell["denominator"]) == (rounded(subs), rounded(sessions))
    assert cell["value"] == pytest.approx(rounded(subs) / rounded(sessions))
    assert not values(metrics_client, org, "feedback-response-rate", form="ces")[0]["numerator"]


def test_theme_counts_follow_the_latest_set(metrics_client: TestClient, fed: Any) -> None:
    org, expected = fed
    total = expected["submissions"]
    [waiting] = values(metrics_client, org, "feedback-theme-share", theme="waiting")
    # 25 + 3 were tagged waiting once; 12 of those were re-tagged kindness only.
    assert (waiting["numerator"], waiting["denominator"]) == (rounded(13 + 3), rounded(total))
    assert waiting["value"] == pytest.approx(share(16, total))
    [kindness] = values(metrics_client, org, "feedback-theme-share", theme="kindness")
    assert kindness["numerator"] == rounded(12)
    [rare] = values(metrics_client, org, "feedback-theme-share", theme="rare")
    assert rare["suppressed"] and rare["reason"] == "primary"  # 3 submissions


def test_the_per_question_filters_are_checked(metrics_client: TestClient, fed: Any) -> None:
    org, _ = fed
    missing = metrics_client.get(
        "/v1/metrics/feedback-item-mean/values", params={"form": "sf"}, headers=bearer(org)
    )
    assert missing.status_code == 422 and "item" in missing.text
    misplaced = metrics_client.get(
        "/v1/metrics/kept-rate/values", params={"item": "heard"}, headers=bearer(org)
    )
    assert misplaced.status_code == 422 and "item" in misplaced.text
    catalog = metrics_client.get("/v1/metrics/feedback-theme-share", headers=bearer(org)).json()
    assert catalog["required_filters"] == ["theme"]


def listing(client: TestClient, org: str, path: str, **params: str) -> dict[str, Any]:
    response = client.get(path, params={**Q1, **params}, headers=bearer(org))
    assert response.status_code == 200, response.text
    return response.json()


def test_the_item_listing_publishes_what_the_values_route_does(
    metrics_client: TestClient, fed: Any
) -> None:
    org, _ = fed
    answer = listing(metrics_client, org, "/v1/feedback-items", form="sf", level="team")
    assert [i["item_id"] for i in answer["items"]] == ["goals", "heard"]
    assert answer["filters"] == {"form": "sf"} and answer["suppression_threshold"] == 11
    for item in answer["items"]:
        for key, metric in (("mean", "feedback-item-mean"), ("top_box", "feedback-item-top-box")):
            alone = values(metrics_client, org, metric, form="sf", item=item["item_id"],
                           level="team")  # fmt: skip
            assert item[key] == alone, (item["item_id"], key)
    assert not listing(metrics_client, org, "/v1/feedback-items", form="no-such-form")["items"]
    bad = metrics_client.get(
        "/v1/feedback-items", params={"form": "sf", "modality": "fax"}, headers=bearer(org)
    )
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"


def test_the_theme_listing_counts_the_latest_sets(metrics_client: TestClient, fed: Any) -> None:
    org, expected = fed
    answer = listing(metrics_client, org, "/v1/feedback-themes")
    themes = {t["theme"]: t["values"] for t in answer["themes"]}
    assert sorted(themes) == ["kindness", "rare", "waiting"]  # no set-time row, no empty code
    [waiting] = themes["waiting"]
    assert waiting["numerator"] == rounded(16)
    assert waiting["denominator"] == rounded(expected["submissions"])
    assert themes["rare"][0]["suppressed"]
    assert themes == {
        t: values(metrics_client, org, "feedback-theme-share", theme=t) for t in themes
    }


@pytest.mark.parametrize(
    ("metric", "filters"),
    [
        ("feedback-item-mean", {"form": "sf", "item": "heard"}),
        ("feedback-response-rate", {"form": "sf"}),
        ("feedback-theme-share", {"theme": "waiting"}),
    ],
)
def test_the_learning_views_take_the_new_metrics(
    metrics_client: TestClient, fed: Any, metric: str, filters: dict[str, str]
) -> None:
    """Charts, equity and the dashboard read the stacked relations like any fact table."""
    org, _ = fed
    params = {"level": "org", "period": "month", **filters}
    for view in ("chart", "equity"):
        extra = {"by": "race"} if view == "equity" else {}
        answer = metrics_client.get(
            f"/v1/metrics/{metric}/{view}", params={**params, **extra}, headers=bearer(org)
        )
        assert answer.status_code == 200, (view, answer.text)
    cookie = issue_local_token(org=org, scope="metrics:read", extra={"role": "leader"})
    metrics_client.cookies.clear()
    page = metrics_client.get(
        "/dashboard", params={"metric": metric, **params}, headers={"Cookie": f"{COOKIE}={cookie}"}
    )
    metrics_client.cookies.clear()
    assert page.status_code == 200, page.text
    for value in filters.values():
        assert f'value="{value}"' in page.text

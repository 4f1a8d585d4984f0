"""Over HTTP: an assessment that arrives late moves its episode's baseline, or bridges a gap and
merges two episodes; the assessments it changed are republished on the feed, so the latest
event of every assessment says what a replay of the stored data would."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from starlette.testclient import TestClient

from services.measures.models import AssessmentRow
from services.measures.scoring.episodes import gap_episode_id
from tests.measures.api._helpers import feed_of, phq9, post_assessment
from tests.support.tokens import bearer

P20 = phq9([3, 3, 3, 3, 2, 2, 2, 2, 0])
P15 = phq9([2, 2, 2, 2, 2, 2, 2, 1, 0])
P12 = phq9([2, 2, 2, 2, 1, 1, 1, 1, 0])
P8 = phq9([1, 1, 1, 1, 1, 1, 1, 1, 0])


def _post(client: TestClient, org: str, aid: str, at: str, answers: dict, **more: Any) -> dict:
    response = post_assessment(
        client, org, assessment_id=aid, completed_at=at, answers=answers, **more
    )
    assert response.status_code == 201, response.text
    return response.json()


def _latest(client: TestClient, org: str, count: int) -> tuple[list[str], dict[str, dict]]:
    """The scored events' assessment ids in feed order, and each assessment's latest event."""
    scored = [e["data"] for e in feed_of(client, org, count) if e["type"] == "assessment.scored"]
    return [e["assessment_id"] for e in scored], {e["assessment_id"]: e for e in scored}


def test_an_earlier_assessment_becomes_the_baseline_and_the_later_ones_are_republished(
    measures_client: TestClient, org: str
) -> None:
    _post(measures_client, org, "a-2", "2025-02-03T10:00:00Z", P15)
    _post(measures_client, org, "a-3", "2025-03-03T10:00:00Z", P8)
    late = _post(measures_client, org, "a-1", "2025-01-06T10:00:00Z", P20)
    assert late["change"] is None  # it is the baseline now
    episode = gap_episode_id("p-1", "a-1")
    assert late["episode_id"] == episode
    order, latest = _latest(measures_client, org, 5)
    assert order == ["a-2", "a-3", "a-1", "a-2", "a-3"]
    assert {a: (e["episode_id"], e["baseline_assessment_id"]) for a, e in latest.items()} == {
        "a-1": (episode, None),
        "a-2": (episode, "a-1"),
        "a-3": (episode, "a-1"),
    }
    assert latest["a-3"]["change_from_baseline"] == -12 and latest["a-3"]["reliable_improvement"]
    assert latest["a-3"]["weeks_since_baseline"] == 8.0
    read = measures_client.get("/v1/assessments/a-3", headers=bearer(org)).json()
    assert read["episode_id"] == episode and read["change"]["baseline_assessment_id"] == "a-1"


def test_a_later_assessment_republishes_nothing(measures_client: TestClient, org: str) -> None:
    _post(measures_client, org, "a-1", "2025-01-06T10:00:00Z", P20)
    _post(measures_client, org, "a-2", "2025-02-03T10:00:00Z", P15)
    _post(measures_client, org, "a-3", "2025-03-03T10:00:00Z", P8)
    order, _ = _latest(measures_client, org, 3)
    assert order == ["a-1", "a-2", "a-3"]


def test_a_back_filled_assessment_that_bridges_the_gap_merges_the_episodes(
    measures_client: TestClient, org: str
) -> None:
    _post(measures_client, org, "a-1", "2025-01-06T10:00:00Z", P20)
    apart = _post(measures_client, org, "b-1", "2025-08-04T10:00:00Z", P15)  # 210 days on
    assert apart["episode_id"] == gap_episode_id("p-1", "b-1") and apart["change"] is None
    bridge = _post(measures_client, org, "m-1", "2025-04-21T10:00:00Z", P12)  # 105 days on
    merged = gap_episode_id("p-1", "a-1")
    assert bridge["episode_id"] == merged
    assert bridge["change"]["baseline_assessment_id"] == "a-1"
    order, latest = _latest(measures_client, org, 4)
    assert order == ["a-1", "b-1", "m-1", "b-1"]
    assert (latest["b-1"]["episode_id"], latest["b-1"]["baseline_assessment_id"]) == (
        merged,
        "a-1",
    )
    assert latest["b-1"]["change_from_baseline"] == -5
    trajectory = measures_client.get(
        "/v1/patients/p-1/trajectory", params={"instrument": "phq9"}, headers=bearer(org)
    ).json()
    assert [e["episode_id"] for e in trajectory["episodes"]] == [merged]
    assert [p["assessment_id"] for p in trajectory["points"]] == ["a-1", "m-1", "b-1"]


def test_a_late_named_assessment_moves_only_its_own_episode(
    measures_client: TestClient, org: str
) -> None:
    _post(measures_client, org, "n-2", "2025-02-03T10:00:00Z", P15, episode_id="ep-1")
    _post(measures_client, org, "g-1", "2025-02-10T10:00:00Z", P12)  # unnamed: a gap episode
    _post(measures_client, org, "n-1", "2025-01-06T10:00:00Z", P20, episode_id="ep-1")
    order, latest = _latest(measures_client, org, 4)
    assert order == ["n-2", "g-1", "n-1", "n-2"]
    assert latest["n-2"]["baseline_assessment_id"] == "n-1"
    assert latest["g-1"]["episode_id"] == gap_episode_id("p-1", "g-1")


def test_a_batch_in_any_order_ends_where_one_at_a_time_does(
    measures_client: TestClient, org: str
) -> None:
    items = [
        {"assessment_id": aid, "patient_id": "p-1", "instrument_id": "phq9",
         "completed_at": at, "answers": answers}
        for aid, at, answers in [
            ("a-3", "2025-03-03T10:00:00Z", P8),
            ("a-1", "2025-01-06T10:00:00Z", P20),
            ("a-2", "2025-02-03T10:00:00Z", P15),
        ]
    ]  # fmt: skip
    response = measures_client.post(
        "/v1/assessments:batch", json={"items": items}, headers=bearer(org)
    )
    assert response.status_code == 200, response.text
    results = [r["assessment"] for r in response.json()["results"]]
    episode = gap_episode_id("p-1", "a-1")
    assert [r["episode_id"] for r in results] == [episode] * 3  # the final episode, as stored
    assert [r["change"] and r["change"]["baseline_assessment_id"] for r in results] == [
        None,  # answered as if sent alone, first: its own baseline then
        None,
        "a-1",
    ]
    _, latest = _latest(measures_client, org, 4)
    assert {a: e["baseline_assessment_id"] for a, e in latest.items()} == {
        "a-1": None,
        "a-2": "a-1",
        "a-3": "a-1",
    }
    assert {e["episode_id"] for e in latest.values()} == {episode}


def test_a_stored_row_off_the_rule_is_put_back_on_it_by_the_next_write(
    measures_client: TestClient, org: str
) -> None:
    """Two writers racing on one series, or a row an older replica stored without an episode,
    can leave stored episodes off the rule; the next write to the series restores them and
    republishes what it moved."""
    _post(measures_client, org, "a-1", "2025-01-06T10:00:00Z", P20)
    table = AssessmentRow.__table__  # type: ignore[attr-defined]
    with measures_client.app.state.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(update(table).where(table.c.org == org).values(episode_id=None))
    _post(measures_client, org, "a-2", "2025-02-03T10:00:00Z", P15)
    episode = gap_episode_id("p-1", "a-1")
    order, latest = _latest(measures_client, org, 3)
    assert order == ["a-1", "a-2", "a-1"]
    assert latest["a-1"]["episode_id"] == episode == latest["a-2"]["episode_id"]
    read = measures_client.get("/v1/assessments/a-1", headers=bearer(org)).json()
    assert read["episode_id"] == episode

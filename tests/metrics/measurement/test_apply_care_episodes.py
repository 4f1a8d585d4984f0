"""``episode.upserted`` facts: the latest state wins, an older event replayed changes nothing,
and sessions, referrals and assessments keep the episode they name."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from starlette.testclient import TestClient

from services.metrics.sync.apply.assessments import TABLE as ASSESSMENTS
from services.metrics.sync.apply.care_episodes import TABLE as EPISODES
from services.metrics.sync.apply.encounters import TABLE as ENCOUNTERS
from services.metrics.sync.apply.referrals import TABLE as REFERRALS
from shared.events import AssessmentScored, EncounterUpserted, EpisodeUpserted, ReferralUpserted
from tests.metrics.sync.events import apply, event, one, rows

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def test_the_latest_episode_state_wins_and_replays_change_nothing(
    metrics_client: TestClient, org: str
) -> None:
    engine = metrics_client.app.state.engine  # type: ignore[attr-defined]
    opened = EpisodeUpserted(
        episode_id="ep-1", patient_id="p-1", status="active", service_line="youth",
        team_id="t-1", clinician_id="c-1", opened_on=date(2026, 2, 10),
    )  # fmt: skip
    closed = opened.model_copy(update={"status": "finished", "closed_on": date(2026, 5, 3),
                                       "discharge_reason": "dropped-out"})  # fmt: skip
    first, last = event(org, opened, time=T0), event(org, closed, time=T0 + timedelta(days=80))
    apply(engine, first, last)
    stored = one(engine, EPISODES, org)
    assert (stored["status"], stored["closed_on"], stored["discharge_reason"]) == (
        "finished", date(2026, 5, 3), "dropped-out",
    )  # fmt: skip
    assert (stored["month"], stored["closed_month"]) == (date(2026, 2, 1), date(2026, 5, 1))
    apply(engine, first)  # a replayed older event
    apply(engine, last)  # and the newer one twice
    assert rows(engine, EPISODES, org) == [stored]
    redacted = EpisodeUpserted(episode_id="ep-2", patient_id=None, status="active",
                               opened_on=date(2026, 3, 1), redacted=True)  # fmt: skip
    apply(engine, event(org, redacted))
    assert [r["patient_id"] for r in rows(engine, EPISODES, org)] == ["p-1", None]


def test_sessions_referrals_and_assessments_keep_their_episode(
    metrics_client: TestClient, org: str
) -> None:
    engine = metrics_client.app.state.engine  # type: ignore[attr-defined]
    apply(
        engine,
        event(org, EncounterUpserted(
            encounter_id="e-1", patient_id="p-1", modality="video", scheduled_start=T0,
            status="fulfilled", episode_id="ep-1")),
        event(org, ReferralUpserted(
            referral_id="r-1", patient_id="p-1", received_on=date(2026, 2, 1),
            episode_id="ep-1")),
        event(org, AssessmentScored(
            assessment_id="a-1", instrument_id="phq9", instrument_version="1",
            completed_at=T0, patient_id="p-1", total=11, episode_id="gap-p-1")),
    )  # fmt: skip
    assert one(engine, ENCOUNTERS, org)["episode_id"] == "ep-1"
    assert one(engine, REFERRALS, org)["episode_id"] == "ep-1"
    assert one(engine, ASSESSMENTS, org)["episode_id"] == "gap-p-1"

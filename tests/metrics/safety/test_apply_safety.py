"""Applying the safety loop's events is idempotent and order-independent: twice, a prefix
again, the feeds one after the other either way round, all leave the same facts; and the
merges hold their rules (earliest times, flags that stay on, the latest upsert wins)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine

from services.metrics.models import AlertFact, SafetyEventFact
from shared.events import (
    AlertAcknowledged,
    AlertActioned,
    AlertEscalated,
    AlertRaised,
    EncounterUpserted,
    SafetyEventUpserted,
)
from tests.metrics.safety.conftest import apply_dicts
from tests.metrics.safety.feed import safety_feeds
from tests.metrics.sync.events import apply, event, fact_snapshot, one

ALERTS = AlertFact.__table__  # type: ignore[attr-defined]
EVENTS = SafetyEventFact.__table__  # type: ignore[attr-defined]


def _as(org: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**e, "org": org} for e in events]


def test_twice_a_prefix_again_or_either_feed_first_gives_the_same_facts(
    safety_engine: Engine,
) -> None:
    feeds = safety_feeds("template", seed=3)
    everything = feeds.everything()
    apply_dicts(safety_engine, _as("org-once", everything))
    expected = fact_snapshot(safety_engine, "org-once")
    assert expected["fact_alerts"] and expected["fact_safety_events"]

    apply_dicts(safety_engine, _as("org-once", everything), size=77)  # all of it again
    for k in (1, len(everything) // 3, len(everything) - 1):  # a replayed prefix
        apply_dicts(safety_engine, _as("org-once", everything[:k]), size=50)
    assert fact_snapshot(safety_engine, "org-once") == expected

    for org, order in (("org-im", ("intake", "measures")), ("org-mi", ("measures", "intake"))):
        for source in order:
            apply_dicts(safety_engine, _as(org, getattr(feeds, source)), size=500)
        assert fact_snapshot(safety_engine, org) == expected, org


def test_an_alert_merges_its_events_whatever_page_they_arrive_in(safety_engine: Engine) -> None:
    org, raised = "org-merge", datetime(2026, 3, 2, 9, tzinfo=UTC)
    common: dict[str, Any] = {"alert_id": "al-1", "raised_at": raised, "rule": "critical_item"}

    def action(k: int, hours: float, name: str = "patient-contacted") -> AlertActioned:
        done = raised + timedelta(hours=hours)
        return AlertActioned(
            **common, action_id=f"a{k}", action=name, performed_at=done, recorded_at=done,
            closes=False,
        )  # fmt: skip

    apply(safety_engine, event(org, AlertRaised(**common, patient_id="p1", team_id="t1")))
    apply(safety_engine, event(org, action(2, 30, "safety-plan-updated")))
    apply(safety_engine, event(org, action(1, 20)), event(org, action(1, 20)))
    escalated = AlertEscalated(**common, deadline="acknowledge", due_at=raised, escalated_at=raised)
    apply(safety_engine, event(org, escalated))
    ack = AlertAcknowledged(**common, acknowledged_at=raised + timedelta(hours=25))
    apply(safety_engine, event(org, ack), event(org, action(2, 30, "safety-plan-updated")))
    row = one(safety_engine, ALERTS, org)
    assert row["hours_to_first_action"] == 20 and row["actioned_within_24h"]
    assert row["hours_to_acknowledge"] == 25 and not row["acknowledged_within_24h"]
    assert row["safety_plan_recorded"] and row["escalated"] and row["team_id"] == "t1"
    assert not row["followed_up_within_7_days"]

    # A kept session arrives later, on the other feed: the alert is followed up; voided, not.
    session = EncounterUpserted(
        encounter_id="e1", patient_id="p1", modality="video", status="fulfilled",
        scheduled_start=raised + timedelta(days=6, hours=23),
    )  # fmt: skip
    apply(safety_engine, event(org, session))
    assert one(safety_engine, ALERTS, org)["followed_up_within_7_days"]
    apply(safety_engine, event(org, session.model_copy(update={"status": "entered-in-error"})))
    assert not one(safety_engine, ALERTS, org)["followed_up_within_7_days"]


def test_a_safety_event_is_its_latest_upsert(safety_engine: Engine) -> None:
    org, at = "org-upsert", datetime(2026, 3, 2, 9, tzinfo=UTC)
    first = SafetyEventUpserted(
        safety_event_id="se-1", kind="fall", harm_level="mild", occurred_at=at,
        reported_at=at + timedelta(hours=2), anonymous_report=True, review_status="received",
    )  # fmt: skip
    reviewed = first.model_copy(
        update={"review_status": "reviewed", "reviewed_at": at + timedelta(hours=8)}
    )
    old, new = event(org, first), event(org, reviewed)
    apply(safety_engine, old, new)
    apply(safety_engine, old)  # a replayed older state changes nothing
    row = one(safety_engine, EVENTS, org)
    assert (row["review_status"], row["hours_to_review"]) == ("reviewed", 6)
    voided = reviewed.model_copy(update={"review_status": "entered-in-error"})
    apply(safety_engine, event(org, voided))
    assert one(safety_engine, EVENTS, org)["review_status"] == "entered-in-error"

"""Raw feed events of the safety loop, as intake and measures publish them: kept and missed
sessions, critical-item and not-on-track alerts with their acknowledgements, actions,
escalations and closures, and safety events reported, reviewed and sometimes entered in error.

Each event is a FeedEvent-shaped dict (``shared.events`` data, JSON times) committed at the
time it describes, so that each feed is in commit order and an alert's later events always
follow its raise, as on the real feeds. Some producer times carry a US offset, so that the
period keys are those of the producer's local date. Some actions are published twice (a
producer's retry), and some safety events are upserted again, to exercise the merge.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, get_args

from shared.events import (
    AlertAcknowledged,
    AlertAction,
    AlertActioned,
    AlertClosed,
    AlertEscalated,
    AlertRaised,
    EncounterUpserted,
    EventData,
    HarmLevel,
    PatientUpserted,
    SafetyEventKind,
    SafetyEventUpserted,
)
from tests.metrics.feedback.ruptures import with_ruptures
from tests.metrics.feedback.themes import with_themes
from tests.metrics.measurement.episodes_feed import with_episodes
from tests.metrics.workforce.feed import with_workforce

START = datetime(2026, 1, 5, tzinfo=UTC)
DAYS = 170
EASTERN = timezone(timedelta(hours=-5))
CLINICIANS = [f"c{i}" for i in range(6)]
TEAM_OF = {c: f"t{i // 2}" for i, c in enumerate(CLINICIANS)}
SITE_OF = {"t0": "s0", "t1": "s0", "t2": "s1"}


@dataclass
class SafetyFeeds:
    """The two feeds' events in commit order."""

    intake: list[dict[str, Any]] = field(default_factory=list)
    measures: list[dict[str, Any]] = field(default_factory=list)

    def everything(self) -> list[dict[str, Any]]:
        return sorted(self.intake + self.measures, key=lambda e: e["time"])


class _Feed:
    def __init__(self, org: str, source: str) -> None:
        self.org, self.source, self.events = org, source, []  # type: ignore[var-annotated]

    def add(self, at: datetime, data: EventData) -> None:
        # Microseconds apart: unique commit times, in the order events were made at one time.
        at = at.astimezone(UTC) + timedelta(microseconds=len(self.events) % 997)
        self.events.append(
            {
                "id": str(uuid.uuid4()),
                "source": f"/learning-loop/{self.source}",
                "type": data.type,
                "time": at.isoformat(),
                "subject": f"{data.type.split('.')[0]}s/x",
                "org": self.org,
                "data": data.model_dump(mode="json"),
            }
        )

    def ordered(self) -> list[dict[str, Any]]:
        return sorted(self.events, key=lambda e: e["time"])


def _when(rng: random.Random) -> datetime:
    moment = START + timedelta(minutes=rng.randrange(DAYS * 24 * 60))
    return moment.astimezone(EASTERN) if rng.random() < 0.4 else moment


def safety_feeds(org: str, *, seed: int, patients: int = 70, events: int = 160) -> SafetyFeeds:
    rng = random.Random(seed)
    intake, measures = _Feed(org, "intake"), _Feed(org, "measures")
    n_encounters = 0

    def session(pid: str, clinician: str | None, start: datetime, status: str) -> None:
        nonlocal n_encounters
        n_encounters += 1
        team = TEAM_OF[clinician] if clinician else rng.choice(["t1", None])
        base = EncounterUpserted(
            encounter_id=f"e{n_encounters}", patient_id=pid, clinician_id=clinician,
            team_id=team, site_id=SITE_OF[team] if team else None, modality="video",
            scheduled_start=start, status="booked",
        )  # fmt: skip
        intake.add(start - timedelta(days=3), base)
        intake.add(start + timedelta(hours=1), base.model_copy(update={"status": status}))
        if status == "fulfilled" and rng.random() < 0.04:  # a kept session later voided
            voided = base.model_copy(update={"status": "entered-in-error"})
            intake.add(start + timedelta(days=2), voided)

    for p in range(patients):
        pid = f"p{p}"
        clinician = rng.choice([*CLINICIANS, None])
        if rng.random() < 0.85:  # else no patient fact: the equity group is unknown
            race = rng.choice([["2106-3"], ["2054-5"], []])
            intake.add(START - timedelta(days=1), PatientUpserted(patient_id=pid, race=race))
        for _ in range(rng.randint(2, 6)):
            status = rng.choices(["fulfilled", "no-show", "cancelled-by-patient"], [6, 2, 1])[0]
            session(pid, clinician, _when(rng), status)
        for a in range(rng.choice([0, 1, 1, 2, 3])):
            raised = _when(rng)
            _alert(rng, measures, f"al-{p}-{a}", pid, clinician, raised)
            if rng.random() < 0.6:
                gap = timedelta(hours=rng.uniform(-20, 240))
                session(pid, clinician, raised + gap, rng.choice(["fulfilled", "no-show"]))
    for i in range(events):
        _safety_event(rng, intake, f"se{i}")
    return SafetyFeeds(intake.ordered(), measures.ordered())


def _alert(
    rng: random.Random, feed: _Feed, alert_id: str, pid: str, clinician: str | None, at: datetime
) -> None:
    rule = "critical_item" if rng.random() < 0.8 else "not_on_track"
    team = TEAM_OF[clinician] if clinician else None
    common = {"alert_id": alert_id, "raised_at": at, "rule": rule}
    feed.add(at, AlertRaised(
        **common, patient_id=pid, instrument_id=rng.choice(["phq9", "cssrs_screener"]),
        clinician_id=clinician, team_id=team, site_id=SITE_OF[team] if team else None,
        rule_id=f"{rule}-1", severity=rng.choice(["urgent", "high"]),
    ))  # fmt: skip
    if rng.random() < 0.85:
        acknowledged = at + timedelta(hours=rng.expovariate(1 / 14))
        feed.add(acknowledged, AlertAcknowledged(**common, acknowledged_at=acknowledged))
    for deadline, hours in (("acknowledge", 4), ("action", 24)):
        if rng.random() < 0.25:
            due = at + timedelta(hours=hours)
            escalated = AlertEscalated(**common, deadline=deadline, due_at=due, escalated_at=due)
            feed.add(due, escalated)
    actions: list[AlertAction] = list(get_args(AlertAction))
    performed = at
    count = rng.choice([0, 1, 1, 2, 3])
    for k in range(count):
        performed = performed + timedelta(hours=rng.expovariate(1 / 12))
        closes = k == count - 1 and rng.random() < 0.6
        action = AlertActioned(
            **common, action_id=f"{alert_id}-a{k}", action=rng.choice(actions),
            performed_at=performed, recorded_at=performed + timedelta(minutes=5), closes=closes,
        )  # fmt: skip
        feed.add(action.recorded_at, action)
        if rng.random() < 0.15:  # the producer's retry publishes it again
            feed.add(action.recorded_at + timedelta(minutes=1), action)
        if closes:
            closed = AlertClosed(**common, closed_at=performed, closing_action=action.action)
            feed.add(action.recorded_at, closed)


def _safety_event(rng: random.Random, feed: _Feed, event_id: str) -> None:
    occurred = _when(rng)
    reported = occurred + timedelta(hours=rng.uniform(0, 72))
    team = rng.choice(["t0", "t1", "t2", "t2", None])
    kind: SafetyEventKind = rng.choice(list(get_args(SafetyEventKind)))
    harm: HarmLevel = "none" if kind == "near-miss" else rng.choice(list(get_args(HarmLevel)))
    first = SafetyEventUpserted(
        safety_event_id=event_id, kind=kind, harm_level=harm, occurred_at=occurred,
        reported_at=reported, team_id=team, site_id=SITE_OF[team] if team else "s1",
        patient_id=rng.choice([None, f"p{rng.randrange(70)}"]), anonymous_report=rng.random() < 0.3,
        review_status="received",
    )  # fmt: skip
    feed.add(reported, first)
    if rng.random() < 0.7:
        reviewed = reported + timedelta(hours=rng.expovariate(1 / 30))
        status = "entered-in-error" if rng.random() < 0.08 else "reviewed"
        harm = rng.choice([harm, harm, "mild"]) if kind != "near-miss" else harm
        later = first.model_copy(
            update={"review_status": status, "reviewed_at": reviewed, "harm_level": harm}
        )
        feed.add(reviewed, later)
        if status == "reviewed" and rng.random() < 0.3:
            actioned = reviewed + timedelta(days=2)
            feed.add(actioned, later.model_copy(
                update={"review_status": "actioned", "actioned_at": actioned}
            ))  # fmt: skip


def with_safety_loop(
    intake: list[dict[str, Any]], measures: list[dict[str, Any]], *, seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The synthetic feeds (``synthetic.feed_events``, which knows nothing of the safety loop
    nor of feedback themes and ruptures yet) with a safety loop's events, and themes and
    ruptures for some submissions, merged in commit order: every event type, every fact."""
    org = (intake or measures)[0]["org"]
    extra = safety_feeds(org, seed=seed, patients=25, events=60)
    # Episodes of care too, named by most sessions and assessments (issue #17).
    # And the teams' workforce and staff surveys (issue #19).
    return with_workforce(
        *with_episodes(
            with_ruptures(with_themes(intake + extra.intake, seed=seed), seed=seed),
            sorted(measures + extra.measures, key=lambda e: e["time"]),
            seed=seed,
        ),
        seed=seed,
    )

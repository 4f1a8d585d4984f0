"""A synthetic clinic as intake and measures would publish it: episodes of care (some closed,
cancelled or on hold), sessions kept, missed and booked for the day, and assessments at
various times, some naming their episode, some none or a gap-rule one, some unscored.

The records are kept as the producers' last word on each id (what the oracle reads); the feed
adds the earlier states (an episode opened before it was finished, a session booked before it
was kept, a kept session corrected to a no-show) so that the facts must keep the latest.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone

from shared.events import AssessmentScored, EncounterUpserted, EpisodeUpserted
from shared.feed import FeedEvent
from tests.metrics.sync.events import event

DAY = date(2026, 3, 16)
EASTERN = timezone(timedelta(hours=-5))
TEAM_OF = {"c0": "t0", "c1": "t0", "c2": "t1", "c3": "t1"}
SERVICE_LINES = ("adult-outpatient", "youth")


@dataclass
class Clinic:
    episodes: list[EpisodeUpserted] = field(default_factory=list)
    encounters: list[EncounterUpserted] = field(default_factory=list)
    assessments: list[AssessmentScored] = field(default_factory=list)
    feed: list[tuple[datetime, object]] = field(default_factory=list)

    def events(self, org: str) -> list[FeedEvent]:
        ordered = sorted(self.feed, key=lambda pair: pair[0])
        base = datetime(2025, 1, 1, tzinfo=UTC)
        return [
            event(org, data, time=base + timedelta(seconds=i))  # type: ignore[arg-type]
            for i, (_, data) in enumerate(ordered)
        ]


def _at(rng: random.Random, day: date) -> datetime:
    start = datetime.combine(day, time(rng.choice([9, 11, 14, 16]), rng.choice([0, 30])))
    return start.replace(tzinfo=EASTERN) if rng.random() < 0.4 else start.replace(tzinfo=UTC)


def clinic(seed: int, patients: int = 36) -> Clinic:
    rng = random.Random(seed)
    out = Clinic()
    n = 0
    for p in range(patients):
        pid, clinician = f"p{p}", rng.choice(sorted(TEAM_OF))
        team = TEAM_OF[clinician]
        if rng.random() < 0.3:  # an earlier, finished episode with its own assessment
            old = EpisodeUpserted(
                episode_id=f"ep-{p}-0", patient_id=pid, status="finished",
                service_line=rng.choice(SERVICE_LINES), team_id=team, clinician_id=clinician,
                opened_on=DAY - timedelta(days=300), closed_on=DAY - timedelta(days=200),
                discharge_reason="planned-completion",
            )  # fmt: skip
            out.episodes.append(old)
            out.feed.append((datetime(2025, 5, 1, tzinfo=UTC), old))
            n += 1
            done = AssessmentScored(
                assessment_id=f"a{n}", instrument_id="phq9", instrument_version="1",
                completed_at=datetime.combine(old.opened_on, time(10), UTC), patient_id=pid,
                total=12, episode_id=rng.choice([old.episode_id, None]),
            )  # fmt: skip
            out.assessments.append(done)
            out.feed.append((done.completed_at, done))
        opened = DAY - timedelta(days=rng.randint(0, 150))
        status = rng.choices(["active", "onhold", "finished", "cancelled", "waitlist"],
                             [14, 2, 2, 1, 1])[0]  # fmt: skip
        episode = EpisodeUpserted(
            episode_id=f"ep-{p}-1", patient_id=pid, status=status,
            service_line=rng.choice(SERVICE_LINES), team_id=team, clinician_id=clinician,
            opened_on=opened, closed_on=DAY - timedelta(days=1) if status == "finished" else None,
        )  # fmt: skip
        out.episodes.append(episode)
        first = episode.model_copy(update={"status": "active", "closed_on": None})
        out.feed.append((datetime.combine(opened, time(8), UTC), first))
        out.feed.append((datetime.combine(DAY, time(1), UTC), episode))
        span = (DAY - opened).days
        days = sorted(rng.sample(range(span), min(span, rng.randint(0, 12)))) if span else []
        for offset in days:
            n += 1
            start = _at(rng, opened + timedelta(days=offset))
            final = rng.choices(["fulfilled", "no-show", "cancelled-by-patient"], [8, 2, 1])[0]
            booked = EncounterUpserted(
                encounter_id=f"e{n}", patient_id=pid, clinician_id=clinician, team_id=team,
                service_line=episode.service_line, modality="video", scheduled_start=start,
                status="booked", episode_id=episode.episode_id,
            )  # fmt: skip
            kept = booked.model_copy(update={"status": final})
            out.encounters.append(kept)
            out.feed.append((start - timedelta(days=5), booked))
            out.feed.append((start + timedelta(hours=1), kept))
            if final == "no-show" and rng.random() < 0.3:  # first sent as kept, corrected
                out.feed.append((start + timedelta(minutes=50), booked.model_copy(
                    update={"status": "fulfilled"})))  # fmt: skip
            for instrument, chance in (("phq9", 0.4), ("gad7", 0.3)):
                if final == "fulfilled" and rng.random() < chance:
                    n += 1
                    done = AssessmentScored(
                        assessment_id=f"a{n}", instrument_id=instrument, instrument_version="1",
                        completed_at=start - timedelta(minutes=15), patient_id=pid,
                        total=None if rng.random() < 0.1 else float(rng.randint(0, 27)),
                        episode_id=rng.choices(
                            [episode.episode_id, None, f"gap-{pid}"], [6, 1, 1])[0],
                    )  # fmt: skip
                    out.assessments.append(done)
                    out.feed.append((done.completed_at + timedelta(minutes=1), done))
        for day in (DAY, DAY + timedelta(days=1)):
            if rng.random() < 0.8:
                n += 1
                start = _at(rng, day)
                named = rng.choices([episode.episode_id, None, f"ep-{p}-9"], [12, 1, 1])[0]
                booked = EncounterUpserted(
                    encounter_id=f"e{n}", patient_id=pid, clinician_id=clinician, team_id=team,
                    service_line=episode.service_line, modality="in-person",
                    scheduled_start=start, status="booked", episode_id=named,
                )  # fmt: skip
                out.encounters.append(booked)
                out.feed.append((start - timedelta(days=7), booked))
                if rng.random() < 0.2:  # taken on the day: before the session or after it
                    n += 1
                    moment = start + timedelta(minutes=rng.choice([-30, 30]))
                    done = AssessmentScored(
                        assessment_id=f"a{n}", instrument_id="phq9", instrument_version="1",
                        completed_at=moment, patient_id=pid, total=9.0,
                        episode_id=episode.episode_id,
                    )  # fmt: skip
                    out.assessments.append(done)
                    out.feed.append((moment, done))
    return out

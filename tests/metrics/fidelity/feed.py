"""Raw feed events of episodes of care, as intake and measures publish them: patients (some
returning for a second episode), episodes opened, updated and closed for every discharge
reason (some cancelled, some entered in error, some redacted), the sessions and scored
assessments that name them, and some that name none or measures' gap-rule episodes.

Sessions are often kept by another clinician than the episode's lead, so that a metric by
clinician must follow the episode, not the session. Each event is a FeedEvent-shaped dict
committed at the time it describes, so each feed is in commit order.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import get_args

from shared.events import (
    AssessmentScored,
    DischargeReason,
    EncounterUpserted,
    EpisodeUpserted,
    PatientUpserted,
)
from tests.metrics.safety.feed import CLINICIANS, SITE_OF, TEAM_OF, SafetyFeeds, _Feed

START = datetime(2026, 1, 5, 9, tzinfo=UTC)
DAYS = 200
REASONS: tuple[DischargeReason, ...] = get_args(DischargeReason)


def fidelity_feeds(org: str, *, seed: int, patients: int = 90) -> SafetyFeeds:
    rng = random.Random(seed)
    intake, measures = _Feed(org, "intake"), _Feed(org, "measures")
    counter = {"e": 0, "a": 0}

    def session(pid: str, episode: str | None, start: datetime, status: str) -> None:
        counter["e"] += 1
        clinician = rng.choice(CLINICIANS)
        team = TEAM_OF[clinician]
        base = EncounterUpserted(
            encounter_id=f"e{counter['e']}", patient_id=pid, clinician_id=clinician,
            team_id=team, site_id=SITE_OF[team], modality="in-person",
            scheduled_start=start, status="booked", episode_id=episode,
        )  # fmt: skip
        intake.add(start - timedelta(days=2), base)
        intake.add(start + timedelta(hours=1), base.model_copy(update={"status": status}))
        if status == "fulfilled" and rng.random() < 0.05:  # a kept session later voided
            intake.add(start + timedelta(days=1), base.model_copy(update={"status": "no-show"}))

    def assessment(pid: str, episode: str | None, at: datetime) -> None:
        counter["a"] += 1
        incomplete = rng.random() < 0.1
        clinician = rng.choice([*CLINICIANS, None])  # often none: the patient answered alone
        team = TEAM_OF[clinician] if clinician else None
        scored = AssessmentScored(
            assessment_id=f"a{counter['a']}", instrument_id=rng.choice(["phq9", "gad7"]),
            instrument_version="1", completed_at=at, patient_id=pid, clinician_id=clinician,
            team_id=team, site_id=SITE_OF[team] if team else None,
            total=None if incomplete else float(rng.randint(0, 27)), episode_id=episode,
        )  # fmt: skip
        measures.add(at, scored)
        if not incomplete and rng.random() < 0.05:  # re-scored later as incomplete
            measures.add(at + timedelta(hours=2), scored.model_copy(update={"total": None}))

    for p in range(patients):
        pid = f"p{p}"
        if rng.random() < 0.85:  # else no patient fact: the equity group is unknown
            race = rng.choice([["2106-3"], ["2054-5"], ["2106-3", "2054-5"], []])
            intake.add(START - timedelta(days=3), PatientUpserted(patient_id=pid, race=race))
        opened = START + timedelta(days=rng.randrange(40))
        for k in range(rng.choice([1, 1, 2])):
            episode_id = f"ep-{pid}-{k}"
            redacted = rng.random() < 0.06
            lead = rng.choice(CLINICIANS)
            team = TEAM_OF[lead]
            episode = EpisodeUpserted(
                episode_id=episode_id, patient_id=None if redacted else pid, status="active",
                service_line=rng.choice(["adult", "youth"]), team_id=team,
                site_id=SITE_OF[team], clinician_id=lead, opened_on=opened.date(),
                redacted=redacted,
            )  # fmt: skip
            intake.add(opened, episode)
            day = opened
            for _ in range(rng.randint(0, 6)):
                day += timedelta(days=rng.randint(3, 14), hours=rng.randint(0, 8))
                named = episode_id if rng.random() < 0.85 else None
                status = rng.choices(["fulfilled", "no-show", "cancelled-by-patient"], [6, 2, 1])
                session(pid, named, day, status[0])
                if rng.random() < 0.45:
                    gap = rng.random() < 0.1
                    where = f"gap-{pid}" if gap else (episode_id if rng.random() < 0.9 else None)
                    assessment(pid, where, day - timedelta(hours=rng.randint(1, 30)))
            # Some are closed only after 60 silent days: they dropped out by lapse first.
            silent = rng.randint(1, 20) if rng.random() < 0.85 else rng.randint(61, 120)
            end = day + timedelta(days=silent)
            fate = rng.random()
            if fate < 0.7:
                closed = episode.model_copy(update={
                    "status": "finished", "closed_on": end.date(),
                    "discharge_reason": rng.choice([*REASONS, "dropped-out", "dropped-out"]),
                })  # fmt: skip
                intake.add(end, closed)
                if rng.random() < 0.05:
                    voided = closed.model_copy(update={"status": "entered-in-error"})
                    intake.add(end + timedelta(days=1), voided)
            elif fate < 0.8:
                cancelled = episode.model_copy(update={
                    "status": "cancelled", "closed_on": end.date(), "discharge_reason": "other",
                })  # fmt: skip
                intake.add(end, cancelled)
            opened = end + timedelta(days=rng.randint(10, 60))
    return SafetyFeeds(intake.ordered(), measures.ordered())

"""Raw intake feed events of consumer feedback, as intake publishes them: kept and missed
sessions, submissions on two forms (some anonymous, some not tied to a session, some items
left unanswered, some submissions published again with other answers) and the themes staff
give them (re-tagged now and then, which replaces the earlier set, and sometimes cleared), and
the ruptures session feedback shows (one or two rules fired on a submission).

Each event is a FeedEvent-shaped dict committed at the time it describes, in commit order; some
producer times carry a US offset, so that period keys are those of the producer's local date.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from shared.events import (
    EncounterUpserted,
    FeedbackReceived,
    FeedbackRupture,
    FeedbackThemed,
    PatientUpserted,
)
from tests.metrics.feedback.ruptures import RULES, rupture_data
from tests.metrics.feedback.themes import THEMES
from tests.metrics.safety.feed import _Feed

START = datetime(2026, 1, 5, tzinfo=UTC)
DAYS = 170
EASTERN = timezone(timedelta(hours=-5))
CLINICIANS = [f"c{i}" for i in range(6)]
TEAM_OF = {c: f"t{i // 2}" for i, c in enumerate(CLINICIANS)}
SITE_OF = {"t0": "s0", "t1": "s0", "t2": "s1"}
#: Each form's items and the answer that is its top box.
FORMS = {
    "session-feedback": {"felt-heard": 5, "goals": 5, "approach": 5},
    "ces": {"overall": 10, "recommend": 10},
}

MODALITIES = ["in-person", "video", "phone"]


def _when(rng: random.Random) -> datetime:
    moment = START + timedelta(minutes=rng.randrange(DAYS * 24 * 60))
    return moment.astimezone(EASTERN) if rng.random() < 0.4 else moment


def _answers(rng: random.Random, form: str) -> tuple[dict[str, float], dict[str, bool]]:
    scores: dict[str, float] = {}
    for item, best in FORMS[form].items():
        if rng.random() < 0.12:
            continue  # left unanswered
        scores[item] = float(rng.randint(max(1, best - 4), best))
    return scores, {item: score == FORMS[form][item] for item, score in scores.items()}


def _submission(
    rng: random.Random, fid: str, at: datetime, pid: str | None, **where: Any
) -> FeedbackReceived:
    form = rng.choice(list(FORMS))
    scores, top = _answers(rng, form)
    mean = sum(scores.values()) / len(scores) if scores else None
    return FeedbackReceived(
        feedback_id=fid, form_id=form, received_at=at, patient_id=pid, scores=scores,
        top_box=top, mean=mean, **where,
    )  # fmt: skip


def _themes(rng: random.Random, feed: _Feed, sub: FeedbackReceived) -> None:
    """Staff read some submissions and tag them; some are re-tagged or cleared later."""
    if rng.random() < 0.45:
        return
    at = sub.received_at + timedelta(days=rng.uniform(0.5, 10))
    where = {k: getattr(sub, k) for k in ("feedback_id", "form_id", "received_at",
                                          "clinician_id", "team_id", "site_id")}  # fmt: skip
    for _ in range(rng.choice([1, 1, 1, 2, 3])):  # a later set replaces the earlier one
        themes = rng.sample(THEMES, rng.choice([0, 1, 1, 2, 3]))
        feed.add(at, FeedbackThemed(**where, themes=themes))
        at += timedelta(days=rng.uniform(0.1, 20))


def _ruptures(rng: random.Random, feed: _Feed, sub: FeedbackReceived) -> None:
    """Intake's rupture rules, roughly: a low "felt heard" fires the threshold rule, and now
    and then the drop rule fires too (or alone); both in the submission's own commit."""
    score = sub.scores.get("felt-heard")
    if sub.form_id != "session-feedback" or score is None:
        return  # unanswered: no rule fires
    rules = [RULES[0]] if score <= 2 else []
    if rng.random() < 0.15:
        rules.append(RULES[1])
    for rule in rules:
        data = rupture_data(sub.model_dump(mode="json"), rule, score)
        feed.add(sub.received_at, FeedbackRupture.model_validate(data))


def feedback_feed(org: str, *, seed: int, patients: int = 70) -> list[dict[str, Any]]:
    """One org's intake events, in commit order."""
    rng = random.Random(seed)
    feed = _Feed(org, "intake")
    n = 0
    for p in range(patients):
        pid = f"p{p}"
        clinician = rng.choice([*CLINICIANS, None])
        team = TEAM_OF[clinician] if clinician else rng.choice(["t1", None])
        site = SITE_OF[team] if team else None
        if rng.random() < 0.85:
            feed.add(START - timedelta(days=1), PatientUpserted(patient_id=pid, race=["2106-3"]))
        for _ in range(rng.randint(2, 7)):
            n += 1
            start = _when(rng)
            status = rng.choices(["fulfilled", "no-show", "cancelled-by-patient"], [6, 2, 1])[0]
            where = {"clinician_id": clinician, "team_id": team, "site_id": site,
                     "modality": rng.choice(MODALITIES)}  # fmt: skip
            session = EncounterUpserted(
                encounter_id=f"e{n}", patient_id=pid, scheduled_start=start, status=status,
                **where,
            )  # fmt: skip
            feed.add(start + timedelta(hours=1), session)
            if status != "fulfilled" or rng.random() < 0.4:
                continue
            anonymous = rng.random() < 0.15
            received = start + timedelta(hours=rng.uniform(1, 60))
            sub = _submission(
                rng, f"fb{n}", received, None if anonymous else pid,
                encounter_id=None if anonymous else f"e{n}", **where,
            )  # fmt: skip
            feed.add(received, sub)
            _ruptures(rng, feed, sub)
            if rng.random() < 0.08:  # published again (a correction): other answers win
                again = _submission(rng, sub.feedback_id, received, sub.patient_id, **where)
                feed.add(received + timedelta(hours=20), again.model_copy(
                    update={"encounter_id": sub.encounter_id}))  # fmt: skip
                sub = again
            _themes(rng, feed, sub)
    for i in range(25):  # submissions from the waiting room: no session, no clinician
        at = _when(rng)
        sub = _submission(rng, f"wr{i}", at, None, site_id=rng.choice(["s0", "s1"]))
        feed.add(at, sub)
        _ruptures(rng, feed, sub)
        _themes(rng, feed, sub)
    return feed.ordered()

"""Alliance ruptures in session feedback: the form's rules, run in the submission's own
transaction, publishing ``feedback.rupture`` and queueing its webhooks (outbox) with it.

A form's ``rupture`` block (data, with its published sources) names Likert items and one or
both rules:

* ``at-or-below-threshold``: an item answered at or below ``at_or_below``;
* ``drop-from-previous``: an item answered at least ``drop_of`` points below the same patient's
  previous submission of the same form (the latest one submitted before this one).

Each rule fires at most once per submission, on its worst item (lowest score, largest drop; the
form's item order breaks ties), so a resend (stored once, :mod:`.writes`) can never fire twice.
An item left unanswered, a submission without a patient, a first submission, or a previous one
that left the item unanswered decide nothing: the rule stays silent, which means "not known",
never "no rupture" (a clinician reading no alert has not been told the alliance is fine).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from services.intake import models
from services.intake.forms import Answer, FeedbackForm
from shared import webhooks
from shared.events import FeedbackRupture
from shared.feed import NewEvent

__all__ = ["Fired", "previous_answers", "rupture_events", "ruptures"]

_FEEDBACK = models.core_table(models.FeedbackRow)


@dataclass(frozen=True, slots=True)
class Fired:
    """One rule that fired, on which item, with the numbers that made it fire."""

    rule: str
    item_id: str
    score: int
    threshold: int | None = None
    previous_score: int | None = None


def _score(answers: Mapping[str, Any] | None, item_id: str) -> int | None:
    value = None if answers is None else answers.get(item_id)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def ruptures(
    form: FeedbackForm, answers: Mapping[str, Answer], previous: Mapping[str, Any] | None
) -> list[Fired]:
    """The rules of ``form`` that this submission fires (``previous``: the patient's previous
    submission's answers, ``None`` when there is none or no patient)."""
    rules = form.rupture
    if rules is None:
        return []
    fired: list[Fired] = []
    if rules.at_or_below is not None:
        low = [
            (score, n, item_id)
            for n, item_id in enumerate(rules.items)
            if (score := _score(answers, item_id)) is not None and score <= rules.at_or_below
        ]
        if low:
            score, _, item_id = min(low)
            fired.append(
                Fired("at-or-below-threshold", item_id, score, threshold=rules.at_or_below)
            )
    if rules.drop_of is not None and previous is not None:
        drops = []
        for n, item_id in enumerate(rules.items):
            now, before = _score(answers, item_id), _score(previous, item_id)
            if now is not None and before is not None and before - now >= rules.drop_of:
                drops.append((now - before, n, item_id, now, before))
        if drops:
            _, _, item_id, now, before = min(drops)
            fired.append(Fired("drop-from-previous", item_id, now, previous_score=before))
    return fired


def previous_answers(
    session: Session,
    org: str,
    *,
    patient_id: str,
    form_id: str,
    feedback_id: str,
    submitted_at: datetime,
) -> dict[str, Any] | None:
    """The answers of the patient's latest submission of the form submitted before this one."""
    f = _FEEDBACK.c
    row = session.execute(
        select(f.answers)
        .where(
            f.org == org,
            f.patient_id == patient_id,
            f.form_id == form_id,
            f.submitted_at < submitted_at,
            f.feedback_id != feedback_id,
        )
        .order_by(f.submitted_at.desc(), f.received_at.desc(), f.feedback_id.desc())
        .limit(1)
    ).first()
    return None if row is None else dict(row[0])


def rupture_events(
    session: Session, received: NewEvent, fired: list[Fired], *, now: datetime
) -> list[NewEvent]:
    """The ``feedback.rupture`` events of one submission, built from its (already redacted)
    ``feedback.received`` event, and their webhook deliveries queued in the same transaction.
    The webhook body is thin: the org, the submission's id, the rule and the patient's id when
    the feed may name it; the receiver reads the rest with ``GET /v1/feedback/{feedback_id}``."""
    data = received.data
    events: list[NewEvent] = []
    messages: list[webhooks.Message] = []
    for one in fired:
        rupture = FeedbackRupture(
            feedback_id=data["feedback_id"],
            form_id=data["form_id"],
            received_at=data["received_at"],
            patient_id=data["patient_id"],
            encounter_id=data["encounter_id"],
            clinician_id=data["clinician_id"],
            team_id=data["team_id"],
            site_id=data["site_id"],
            rule=one.rule,
            item_id=one.item_id,
            score=one.score,
            threshold=one.threshold,
            previous_score=one.previous_score,
        )
        events.append(NewEvent.of(received.org, f"feedback/{rupture.feedback_id}", rupture))
        body = {
            "org": received.org,
            "feedback_id": rupture.feedback_id,
            "rule": one.rule,
            "patient_id": rupture.patient_id,
        }
        messages.append(
            webhooks.Message(rupture.feedback_id, webhooks.payload(rupture.type, now, body))
        )
    webhooks.enqueue(
        session, models.webhook_tables, received.org, "feedback.rupture", messages, now=now
    )
    return events

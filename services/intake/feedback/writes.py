"""Accepting feedback submissions, one or an offline batch, re-sends included.

A submission is checked against the form it names, then stored with its ``feedback.received``
event and, when its form's rupture rules fire (:mod:`.rupture`), ``feedback.rupture`` events and
their webhook deliveries; an app-generated ``submission_id`` seen before stores and publishes
nothing again.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy import select as core_select
from sqlmodel import Session

from services.intake import models
from services.intake.errors import UnknownSubmittedFormError
from services.intake.feedback.events import feedback_event
from services.intake.feedback.rupture import previous_answers, rupture_events, ruptures
from services.intake.forms import Answer, FeedbackForm, load_forms, validate_answers
from services.intake.schemas import FeedbackIn
from services.intake.sensitivity import PART2
from services.intake.set_batches import chunks, part2_patients
from shared.db import executemany
from shared.feed import NewEvent, append_events
from shared.models import utcnow

__all__ = ["Submission", "check_submission", "store_feedback", "store_submissions"]

_FEEDBACK = models.core_table(models.FeedbackRow)
_ENCOUNTERS = models.core_table(models.EncounterRow)
_ENCOUNTER_COLUMNS = [
    _ENCOUNTERS.c[name]
    for name in (
        "encounter_id",
        "patient_id",
        "sensitivity",
        "clinician_id",
        "team_id",
        "site_id",
        "modality",
    )
]


def check_submission(submission: FeedbackIn) -> tuple[FeedbackForm, dict[str, Answer]]:
    """The form a submission names and its answers checked against it.

    Raises :class:`UnknownSubmittedFormError` when no form has its ``form_id``, and
    :class:`InvalidAnswersError` listing every answer that does not fit.
    """
    form = load_forms().get(submission.form_id)
    if form is None:
        raise UnknownSubmittedFormError(submission.form_id)
    return form, validate_answers(form, submission.answers)


def store_feedback(
    *,
    session: Session,
    org: str,
    form: FeedbackForm,
    answers: Mapping[str, Answer],
    submission_id: str | None,
    patient_id: str | None,
    encounter_id: str | None,
    submitted_at: datetime | None,
    part2_on_feed: bool,
) -> tuple[models.FeedbackRow, bool]:
    """Store validated answers and publish their scores; returns (row, created).

    A batch of one (:func:`store_submissions`), so a single submission and an offline batch
    cannot come to differ. A submission id seen before returns the stored row and publishes
    nothing, so an offline app can re-send a whole batch safely.
    """
    item = Submission(form, answers, submission_id, patient_id, encounter_id, submitted_at)
    ((feedback_id, created),) = store_submissions(
        session=session, org=org, items=[item], part2_on_feed=part2_on_feed
    )
    row = session.get(models.FeedbackRow, (org, feedback_id))
    assert row is not None  # just stored, or found by its submission id
    return row, created


@dataclass(frozen=True, slots=True)
class Submission:
    """One validated submission of a batch, with its form and checked answers."""

    form: FeedbackForm
    answers: Mapping[str, Answer]
    submission_id: str | None
    patient_id: str | None
    encounter_id: str | None
    submitted_at: datetime | None


def store_submissions(
    *, session: Session, org: str, items: Sequence[Submission], part2_on_feed: bool
) -> list[tuple[str, bool]]:
    """Store many submissions as if posted one by one, in order, with a few statements.

    One ``(feedback_id, created)`` per item: a submission id already stored, or seen earlier
    in the same batch, answers with that feedback's id and stores and publishes nothing.
    Statements: the known submission ids, the linked encounters
    and the Part 2 patients (one query per chunk each), one INSERT of rows, one of events.
    """
    known: dict[str, str] = {}
    submission_ids = sorted({i.submission_id for i in items if i.submission_id is not None})
    for chunk in chunks(submission_ids):
        query = core_select(_FEEDBACK.c.submission_id, _FEEDBACK.c.feedback_id).where(
            _FEEDBACK.c.org == org, _FEEDBACK.c.submission_id.in_(chunk)
        )
        known.update((sid, fid) for sid, fid in session.execute(query))
    encounter_ids = sorted({i.encounter_id for i in items if i.encounter_id is not None})
    encounters: dict[str, dict[str, Any]] = {}
    for chunk in chunks(encounter_ids):
        query = core_select(*_ENCOUNTER_COLUMNS).where(
            _ENCOUNTERS.c.org == org, _ENCOUNTERS.c.encounter_id.in_(chunk)
        )
        encounters.update((e["encounter_id"], dict(e)) for e in session.execute(query).mappings())
    labelled = part2_patients(
        session,
        org,
        [e["patient_id"] for e in encounters.values() if e["sensitivity"] != PART2]
        + [i.patient_id for i in items if i.patient_id is not None],
    )

    now = utcnow()
    outcomes: list[tuple[str, bool]] = []
    rows: list[dict[str, Any]] = []
    pending: list[tuple[Submission, dict[str, Any], NewEvent]] = []
    for item in items:
        if item.submission_id is not None and item.submission_id in known:
            outcomes.append((known[item.submission_id], False))
            continue
        feedback_id = str(uuid.uuid4())
        if item.submission_id is not None:
            known[item.submission_id] = feedback_id
        encounter = None if item.encounter_id is None else encounters.get(item.encounter_id)
        part2 = encounter is not None and (
            encounter["sensitivity"] == PART2 or encounter["patient_id"] in labelled
        )
        if item.patient_id is not None and not part2:
            part2 = item.patient_id in labelled
        rows.append(
            {
                "org": org,
                "feedback_id": feedback_id,
                "submission_id": item.submission_id,
                "form_id": item.form.id,
                "form_version": item.form.version,
                "answers": dict(item.answers),
                "patient_id": item.patient_id,
                "encounter_id": item.encounter_id,
                "submitted_at": item.submitted_at or now,
                "received_at": now,
            }
        )
        pending.append(
            (
                item,
                rows[-1],
                feedback_event(
                    org,
                    feedback_id,
                    item.form,
                    item.answers,
                    received_at=now,
                    patient_id=item.patient_id,
                    encounter_id=item.encounter_id,
                    encounter=encounter,
                    part2=part2,
                    part2_on_feed=part2_on_feed,
                ),
            )
        )
        outcomes.append((feedback_id, True))
    executemany(session.connection(), insert(_FEEDBACK), rows)
    # Ruptures after the insert: a batch's earlier submission is a later one's "previous".
    events: list[NewEvent] = []
    for item, row, received in pending:
        events.append(received)
        if item.form.rupture is not None:
            events += _ruptures(session, org, item, row, received, now=now)
    append_events(session, models.feed_events, events)
    return outcomes


def _ruptures(
    session: Session,
    org: str,
    item: Submission,
    row: Mapping[str, Any],
    received: NewEvent,
    *,
    now: datetime,
) -> list[NewEvent]:
    """The rupture events (and webhook deliveries) this stored submission fires."""
    rules = item.form.rupture
    previous = None
    if rules is not None and rules.drop_of is not None and item.patient_id is not None:
        previous = previous_answers(
            session,
            org,
            patient_id=item.patient_id,
            form_id=item.form.id,
            feedback_id=row["feedback_id"],
            submitted_at=row["submitted_at"],
        )
    fired = ruptures(item.form, item.answers, previous)
    return rupture_events(session, received, fired, now=now) if fired else []

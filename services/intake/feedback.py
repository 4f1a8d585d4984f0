"""Accepting feedback submissions, offline re-sends included, and their score-only feed event."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy import select as core_select
from sqlmodel import Session, select

from services.intake import models
from services.intake.errors import UnknownSubmittedFormError
from services.intake.forms import (
    Answer,
    FeedbackForm,
    get_form,
    load_forms,
    score_answers,
    validate_answers,
)
from services.intake.schemas import FeedbackIn, FeedbackOut, FeedbackScoresOut
from services.intake.sensitivity import PART2, may_publish_details
from services.intake.set_batches import chunks, part2_patients
from shared.db import executemany
from shared.events import FeedbackReceived
from shared.feed import NewEvent, append_events
from shared.models import as_utc, utcnow

__all__ = [
    "Submission",
    "check_submission",
    "feedback_out",
    "find_submission",
    "get_feedback",
    "store_feedback",
    "store_submissions",
]

_FEEDBACK = models.FeedbackRow.__table__
_ENCOUNTERS = models.EncounterRow.__table__
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


def feedback_out(row: models.FeedbackRow) -> FeedbackOut:
    """The API view of a stored submission, with its scores."""
    form = get_form(row.form_id)
    return FeedbackOut(
        feedback_id=row.feedback_id,
        form_id=row.form_id,
        form_version=row.form_version,
        answers=row.answers,
        submission_id=row.submission_id,
        patient_id=row.patient_id,
        encounter_id=row.encounter_id,
        submitted_at=as_utc(row.submitted_at),
        received_at=as_utc(row.received_at),
        scores=FeedbackScoresOut.from_scores(score_answers(form, row.answers)),
    )


def _is_part2(session: Session, org: str, patient_id: str, sensitivity: str | None) -> bool:
    """A record is Part 2 when it or its patient carries the label."""
    if sensitivity == PART2:
        return True
    patient = session.get(models.PatientRow, (org, patient_id))
    return patient is not None and patient.sensitivity == PART2


def find_submission(*, session: Session, org: str, submission_id: str) -> models.FeedbackRow | None:
    """The feedback already stored under an app-generated submission id, if any."""
    return session.exec(
        select(models.FeedbackRow).where(
            models.FeedbackRow.org == org, models.FeedbackRow.submission_id == submission_id
        )
    ).first()


def get_feedback(*, session: Session, org: str, feedback_id: str) -> models.FeedbackRow | None:
    return session.get(models.FeedbackRow, (org, feedback_id))


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

    A submission id seen before returns the stored row and publishes nothing, so an offline app
    can re-send a whole batch safely.
    """
    if submission_id is not None:
        existing = find_submission(session=session, org=org, submission_id=submission_id)
        if existing is not None:
            return existing, False
    now = utcnow()
    row = models.FeedbackRow(
        org=org,
        feedback_id=str(uuid.uuid4()),
        submission_id=submission_id,
        form_id=form.id,
        form_version=form.version,
        answers=dict(answers),
        patient_id=patient_id,
        encounter_id=encounter_id,
        submitted_at=submitted_at or now,
        received_at=now,
    )
    session.add(row)
    encounter = (
        None if encounter_id is None else session.get(models.EncounterRow, (org, encounter_id))
    )
    part2 = encounter is not None and _is_part2(
        session, org, encounter.patient_id, encounter.sensitivity
    )
    if patient_id is not None and not part2:
        part2 = _is_part2(session, org, patient_id, None)
    event = _event(
        org,
        row.feedback_id,
        form,
        answers,
        received_at=now,
        patient_id=patient_id,
        encounter_id=encounter_id,
        encounter=None if encounter is None else encounter.model_dump(),
        part2=part2,
        part2_on_feed=part2_on_feed,
    )
    append_events(session, models.feed_events, [event])
    return row, True


def _event(
    org: str,
    feedback_id: str,
    form: FeedbackForm,
    answers: Mapping[str, Answer],
    *,
    received_at: datetime,
    patient_id: str | None,
    encounter_id: str | None,
    encounter: Mapping[str, Any] | None,
    part2: bool,
    part2_on_feed: bool,
) -> NewEvent:
    """The ``feedback.received`` event: scores only, never the free text."""
    redacted = not may_publish_details(
        PART2 if part2 else None, part2_disclosure_allowed=part2_on_feed
    )
    scores = score_answers(form, answers)
    data = FeedbackReceived(
        feedback_id=feedback_id,
        form_id=form.id,
        received_at=received_at,
        patient_id=None if redacted else patient_id,
        encounter_id=None if redacted else encounter_id,
        clinician_id=None if encounter is None else encounter["clinician_id"],
        team_id=None if encounter is None else encounter["team_id"],
        site_id=None if encounter is None else encounter["site_id"],
        modality=None if encounter is None else encounter["modality"],
        scores={s.item_id: s.value for s in scores.items},
        top_box={s.item_id: s.top_box for s in scores.items},
        mean=scores.mean_percent_of_max,
    )
    return NewEvent.of(org, f"feedback/{feedback_id}", data)


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
    in the same batch, answers with that feedback's id and stores and publishes nothing, as
    :func:`store_feedback` does. Statements: the known submission ids, the linked encounters
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
    events: list[NewEvent] = []
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
        events.append(
            _event(
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
            )
        )
        outcomes.append((feedback_id, True))
    executemany(session.connection(), insert(_FEEDBACK), rows)
    append_events(session, models.feed_events, events)
    return outcomes

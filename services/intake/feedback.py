"""Accepting feedback submissions, offline re-sends included, and their score-only feed event."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime

from sqlmodel import Session, select

from services.intake import models
from services.intake.encounters import is_part2
from services.intake.forms import Answer, FeedbackForm, score_answers
from services.intake.sensitivity import PART2, may_publish_details
from shared.events import FeedbackReceived
from shared.feed import NewEvent, append_events
from shared.models import utcnow

__all__ = ["find_submission", "get_feedback", "store_feedback"]


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
    part2 = encounter is not None and is_part2(
        session, org, encounter.patient_id, encounter.sensitivity
    )
    if patient_id is not None and not part2:
        part2 = is_part2(session, org, patient_id, None)
    redacted = not may_publish_details(
        PART2 if part2 else None, part2_disclosure_allowed=part2_on_feed
    )
    scores = score_answers(form, answers)
    data = FeedbackReceived(
        feedback_id=row.feedback_id,
        form_id=form.id,
        received_at=now,
        patient_id=None if redacted else patient_id,
        encounter_id=None if redacted else encounter_id,
        clinician_id=None if encounter is None else encounter.clinician_id,
        team_id=None if encounter is None else encounter.team_id,
        site_id=None if encounter is None else encounter.site_id,
        modality=None if encounter is None else encounter.modality,
        scores={s.item_id: s.value for s in scores.items},
        top_box={s.item_id: s.top_box for s in scores.items},
        mean=scores.mean_percent_of_max,
    )
    append_events(
        session, models.feed_events, [NewEvent.of(org, f"feedback/{row.feedback_id}", data)]
    )
    return row, True

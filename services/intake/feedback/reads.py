"""Reading feedback back: by id, by the app's submission id, and the API view with scores."""

from __future__ import annotations

from sqlmodel import Session

from services.intake import models
from services.intake.forms import get_form, score_answers
from services.intake.schemas import FeedbackOut, FeedbackScoresOut
from shared.models import as_utc

__all__ = ["feedback_out", "get_feedback"]


def get_feedback(*, session: Session, org: str, feedback_id: str) -> models.FeedbackRow | None:
    return session.get(models.FeedbackRow, (org, feedback_id))


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

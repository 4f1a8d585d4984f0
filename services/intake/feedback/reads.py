"""Reading feedback back: by id, and the view of a submission's answer (scores, no free text)."""

from __future__ import annotations

from sqlmodel import Session

from services.intake import models
from services.intake.feedback.comments import has_comment, visible_answers
from services.intake.forms import get_form, score_answers
from services.intake.schemas import FeedbackOut, FeedbackScoresOut
from shared.models import as_utc

__all__ = ["feedback_out", "get_feedback"]


def get_feedback(*, session: Session, org: str, feedback_id: str) -> models.FeedbackRow | None:
    return session.get(models.FeedbackRow, (org, feedback_id))


def feedback_out(row: models.FeedbackRow) -> FeedbackOut:
    """The answer to a submission: what was stored, with its scores, but never its free text.

    A resend with a known ``submission_id`` is answered with the stored row, so showing comments
    here would let whoever holds a submission id read them without the comments' scope.
    """
    form = get_form(row.form_id)
    return FeedbackOut(
        feedback_id=row.feedback_id,
        form_id=row.form_id,
        form_version=row.form_version,
        answers=visible_answers(row.form_id, row.answers, comments=False),
        has_comment=has_comment(row.form_id, row.answers),
        submission_id=row.submission_id,
        patient_id=row.patient_id,
        encounter_id=row.encounter_id,
        submitted_at=as_utc(row.submitted_at),
        received_at=as_utc(row.received_at),
        scores=FeedbackScoresOut.from_scores(score_answers(form, row.answers)),
    )

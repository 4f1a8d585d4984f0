from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedback_out_answers import FeedbackOutAnswers
    from ..models.feedback_scores_out import FeedbackScoresOut


T = TypeVar("T", bound="FeedbackOut")


@_attrs_define
class FeedbackOut:
    """A stored submission with its derived scores; comments only under their own scope.

    Attributes:
        feedback_id (str): Intake's id for the submission.
        form_id (str): The form answered.
        form_version (str): The form's version when answered.
        answers (FeedbackOutAnswers): The answered items, in form order. Free-text comments only for a token holding
            `intake:feedback-review` on a read (each such read is audited); never in the answer to a submission.
        submission_id (None | str): The app's id for the submission, if sent.
        patient_id (None | str): Null for anonymous feedback.
        encounter_id (None | str): The session it is about, if any.
        submitted_at (datetime.datetime): When the person submitted it.
        received_at (datetime.datetime): When intake received it.
        scores (FeedbackScoresOut): The numbers derived from a submission: what the feed publishes. Never any free text.
        has_comment (bool | Unset): Whether the submission holds a free-text comment, shown or not. Default: False.
    """

    feedback_id: str
    form_id: str
    form_version: str
    answers: FeedbackOutAnswers
    submission_id: None | str
    patient_id: None | str
    encounter_id: None | str
    submitted_at: datetime.datetime
    received_at: datetime.datetime
    scores: FeedbackScoresOut
    has_comment: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        feedback_id = self.feedback_id

        form_id = self.form_id

        form_version = self.form_version

        answers = self.answers.to_dict()

        submission_id: None | str
        submission_id = self.submission_id

        patient_id: None | str
        patient_id = self.patient_id

        encounter_id: None | str
        encounter_id = self.encounter_id

        submitted_at = self.submitted_at.isoformat()

        received_at = self.received_at.isoformat()

        scores = self.scores.to_dict()

        has_comment = self.has_comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "feedback_id": feedback_id,
                "form_id": form_id,
                "form_version": form_version,
                "answers": answers,
                "submission_id": submission_id,
                "patient_id": patient_id,
                "encounter_id": encounter_id,
                "submitted_at": submitted_at,
                "received_at": received_at,
                "scores": scores,
            }
        )
        if has_comment is not UNSET:
            field_dict["has_comment"] = has_comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.feedback_out_answers import FeedbackOutAnswers  # noqa: PLC0415
        from ..models.feedback_scores_out import FeedbackScoresOut  # noqa: PLC0415

        d = dict(src_dict)
        feedback_id = d.pop("feedback_id")

        form_id = d.pop("form_id")

        form_version = d.pop("form_version")

        answers = FeedbackOutAnswers.from_dict(d.pop("answers"))

        def _parse_submission_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submission_id = _parse_submission_id(d.pop("submission_id"))

        def _parse_patient_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patient_id = _parse_patient_id(d.pop("patient_id"))

        def _parse_encounter_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        encounter_id = _parse_encounter_id(d.pop("encounter_id"))

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        scores = FeedbackScoresOut.from_dict(d.pop("scores"))

        has_comment = d.pop("has_comment", UNSET)

        feedback_out = cls(
            feedback_id=feedback_id,
            form_id=form_id,
            form_version=form_version,
            answers=answers,
            submission_id=submission_id,
            patient_id=patient_id,
            encounter_id=encounter_id,
            submitted_at=submitted_at,
            received_at=received_at,
            scores=scores,
            has_comment=has_comment,
        )

        return feedback_out

"""The errors intake's domain code raises, in one place, each naming the problem it answers with.

Domain modules know nothing of HTTP: they raise these, and the shared problem handler renders each
as an RFC 9457 problem from what its class declares (status, type slug, title, field errors and
extension members); routers neither catch nor translate them. A batch turns an item's error into
that item's problem with ``error.problem_fields(pointer=...)``. Messages never quote the rejected
input, because a caller may have put PHI or free text where it does not belong.

    IntakeError (shared.errors.DomainError)
    ├── TransitionNotAllowedError  409 transition-not-allowed: an encounter status move the
    │   │                              lifecycle forbids; names the current and allowed statuses
    │   ├── EpisodeTransitionNotAllowedError  409 the same, for an episode of care
    │   └── StaffTransitionNotAllowedError  409 the same, for a staff record's state
    ├── UnknownFormError           404 not-found: no feedback form with the id a path names
    │   ├── UnknownSubmittedFormError  422 validation-error: a submission's ``form_id`` names no
    │   │                                  form (field error at ``form_id``)
    │   └── UnknownQuestionnaireError  422 validation-error: a QuestionnaireResponse answers none
    │                                      of intake's Questionnaires (at ``questionnaire``)
    ├── InvalidAnswersError        422 validation-error: a submission's answers do not fit its
    │                                  form; one field error per bad answer
    ├── ReviewNotAllowedError      409 transition-not-allowed: a safety event's review move the
    │                                  review lifecycle forbids; names the allowed statuses
    ├── SafetyEventConflictError   409 conflict: a safety_event_id already reported with
    │                                  another body (never says which field differs)
    ├── EncounterOfAnotherPatientError  422 validation-error: a safety event's encounter is
    │                                  stored for another patient (at ``encounter_id``)
    ├── UnknownSafetyEventError    404 not-found: no safety event with the id a path names
    ├── UnknownFeedbackError       404 not-found: no feedback submission with the id a path names
    ├── UnknownFeedbackResponseError  404 not-found: no "you said, we did" response with that id
    └── UnknownThemeError          422 validation-error: theme codes not in the org's list (or
                                       retired); one field error per code, naming it
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from shared.errors import DomainError, FieldErrorDict

__all__ = [
    "AnswerError",
    "EncounterOfAnotherPatientError",
    "EpisodeTransitionNotAllowedError",
    "IntakeError",
    "InvalidAnswersError",
    "ReviewNotAllowedError",
    "SafetyEventConflictError",
    "StaffTransitionNotAllowedError",
    "TransitionNotAllowedError",
    "UnknownFeedbackError",
    "UnknownFeedbackResponseError",
    "UnknownFormError",
    "UnknownQuestionnaireError",
    "UnknownSafetyEventError",
    "UnknownSubmittedFormError",
    "UnknownThemeError",
    "answers_pointer",
]


class IntakeError(DomainError):
    """Base of every error intake's domain code raises on purpose."""


class TransitionNotAllowedError(IntakeError):
    """An encounter cannot move from its stored status to the requested one.

    The statuses are the lifecycle's (``EncounterStatus``, a ``str`` enum); they are typed as
    text here so that this module, below the domain, imports none of it.
    """

    status, slug, title = 409, "transition-not-allowed", "Encounter status change not allowed"
    record = "An encounter"

    def __init__(self, current: str, requested: str, allowed: Sequence[str]) -> None:
        options = ", ".join(str(s) for s in allowed) or "none (final status)"
        super().__init__(
            f"{self.record} in status '{current}' cannot become '{requested}'; "
            f"allowed next statuses: {options}."
        )
        self.current = current
        self.requested = requested
        self.allowed = tuple(allowed)

    def extensions(self) -> dict[str, Any]:
        return {
            "current_status": str(self.current),
            "allowed_statuses": [str(s) for s in self.allowed],
        }


class EpisodeTransitionNotAllowedError(TransitionNotAllowedError):
    """An episode of care cannot move from its stored status to the requested one (the same
    problem type and members as an encounter's; see ``episode_lifecycle``)."""

    title = "Episode status change not allowed"
    record = "An episode"


class StaffTransitionNotAllowedError(TransitionNotAllowedError):
    """A staff record cannot move from its stored state (in-post, left, entered-in-error) to
    the one its new body says (the same problem type and members; see ``staff_lifecycle``)."""

    title = "Staff record change not allowed"
    record = "A staff record"


class UnknownFormError(IntakeError):
    """No feedback form has the id a path names; ``reference`` is the id or URL sought."""

    status, slug, title = 404, "not-found", "Not Found"
    message = "No form with this id."

    def __init__(self, reference: str) -> None:
        super().__init__(self.message)
        self.reference = reference


class UnknownSubmittedFormError(UnknownFormError):
    """A feedback submission names a form that does not exist: its body is at fault, not a path.

    The field error points at the submission's ``form_id``, under the body or a batch item.
    """

    status, slug, title = 422, "validation-error", "Unprocessable Content"
    message = "Unknown form."
    field = "form_id"
    field_detail = "no form with this id (see GET /v1/forms)"

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [
            {
                "pointer": f"{pointer}/{self.field}",
                "detail": self.field_detail,
                "code": "unknown_form",
            }
        ]


class UnknownQuestionnaireError(UnknownSubmittedFormError):
    """A FHIR QuestionnaireResponse's ``questionnaire`` is not the canonical URL of a form."""

    message = "Unknown Questionnaire."
    field = "questionnaire"
    field_detail = "not one of intake's Questionnaires (see GET /v1/forms)"


@dataclass(frozen=True, slots=True)
class AnswerError:
    """What is wrong with one answer; ``item_id`` is None when the whole submission is at fault.

    ``pointer`` is a JSON Pointer (RFC 6901) into the submission. It defaults to the answer's
    place in a submission's ``answers`` object; a FHIR QuestionnaireResponse points into ``item``.
    """

    item_id: str | None
    code: str
    detail: str
    pointer: str = ""

    def __post_init__(self) -> None:
        if not self.pointer:
            object.__setattr__(self, "pointer", answers_pointer(self.item_id))


def answers_pointer(item_id: str | None) -> str:
    """JSON Pointer to an answer inside a submission's ``answers`` object."""
    if item_id is None:
        return "/answers"
    escaped = item_id.replace("~", "~0").replace("/", "~1")
    return f"/answers/{escaped}"


class InvalidAnswersError(IntakeError):
    """A submission's answers do not fit the form; every bad item is listed."""

    status, slug, title = 422, "validation-error", "Unprocessable Content"

    def __init__(self, form_id: str, errors: Sequence[AnswerError]) -> None:
        super().__init__(f"{len(errors)} answer(s) do not fit form '{form_id}'.")
        self.form_id = form_id
        self.errors = tuple(errors)

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [
            {"pointer": pointer + e.pointer, "detail": e.detail, "code": e.code}
            for e in self.errors
        ]


class ReviewNotAllowedError(IntakeError):
    """A safety event's review cannot move from its stored status to the requested one (see
    :mod:`services.intake.safety_review`); statuses typed as text, as above."""

    status, slug, title = 409, "transition-not-allowed", "Safety event review change not allowed"

    def __init__(self, current: str, requested: str, allowed: Sequence[str]) -> None:
        options = ", ".join(str(s) for s in allowed) or "none (final status)"
        super().__init__(
            f"A safety event in review status '{current}' cannot become '{requested}'; "
            f"allowed next statuses: {options}."
        )
        self.current = current
        self.allowed = tuple(allowed)

    def extensions(self) -> dict[str, Any]:
        return {
            "current_status": str(self.current),
            "allowed_statuses": [str(s) for s in self.allowed],
        }


class SafetyEventConflictError(IntakeError):
    """A ``safety_event_id`` already reported with a different body. A retry sends the same
    body (and is answered as a replay); a correction is a new report, the wrong one marked
    entered-in-error by a reviewer. Which field differs is never said: the stored narrative
    and reporter are not the sender's to probe."""

    status, slug, title = 409, "conflict", "Conflict"

    def __init__(self) -> None:
        super().__init__(
            "A safety event with this safety_event_id was already reported with a different "
            "body. Send a correction as a new report; a reviewer marks the wrong one "
            "entered-in-error."
        )


class EncounterOfAnotherPatientError(IntakeError):
    """A safety event names an encounter that intake holds for another patient."""

    status, slug, title = 422, "validation-error", "Unprocessable Content"

    def __init__(self) -> None:
        super().__init__("The encounter named belongs to another patient.")

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [
            {
                "pointer": f"{pointer}/encounter_id",
                "detail": "this encounter is stored for another patient than patient_id",
                "code": "encounter_of_another_patient",
            }
        ]


class UnknownSafetyEventError(IntakeError):
    """No safety event of the caller's org has the id a path names."""

    status, slug, title = 404, "not-found", "Not Found"

    def __init__(self) -> None:
        super().__init__("No safety event with this id.")


class UnknownFeedbackError(IntakeError):
    """No feedback submission of the caller's org has the id a path names."""

    status, slug, title = 404, "not-found", "Not Found"

    def __init__(self) -> None:
        super().__init__("No feedback with this id.")


class UnknownFeedbackResponseError(IntakeError):
    """No "you said, we did" response of the caller's org (that the caller may see) has the id
    a path names."""

    status, slug, title = 404, "not-found", "Not Found"

    def __init__(self) -> None:
        super().__init__("No feedback response with this id.")


class UnknownThemeError(IntakeError):
    """Theme codes that are not in the org's list (or are retired there). Codes are the org's
    own identifiers, not free text, so the error names them: the caller needs to know which."""

    status, slug, title = 422, "validation-error", "Unprocessable Content"

    def __init__(self, unknown: Sequence[tuple[int, str, str]]) -> None:
        codes = ", ".join(code for _, code, _ in unknown)
        super().__init__(f"Theme code(s) not in the organization's active list: {codes}.")
        self.unknown = tuple(unknown)

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return [
            {
                "pointer": f"{pointer}/themes/{index}",
                "detail": f"'{code}' is {why} (see GET /v1/feedback-themes)",
                "code": "unknown_theme",
            }
            for index, code, why in self.unknown
        ]

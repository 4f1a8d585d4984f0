"""The errors intake's domain code raises, in one place.

Domain modules know nothing of HTTP: they raise these, and the API layer renders each as an RFC 9457
problem (the HTTP status a router should use is noted on each class). Messages never quote the
rejected input, because a caller may have put PHI or free text where it does not belong.

    IntakeError
    ├── TransitionNotAllowedError   -> 409: an encounter status move the lifecycle forbids
    ├── UnknownFormError            -> 404: no feedback form with that id / canonical URL
    └── InvalidAnswersError         -> 422: a feedback submission that does not fit its form
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.intake.lifecycle import EncounterStatus

__all__ = [
    "AnswerError",
    "IntakeError",
    "InvalidAnswersError",
    "TransitionNotAllowedError",
    "UnknownFormError",
    "answers_pointer",
]


class IntakeError(Exception):
    """Base of every intake domain error; ``slug`` names the problem type."""

    slug: str = "intake-error"
    title: str = "Intake error"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class TransitionNotAllowedError(IntakeError):
    """An encounter cannot move from its stored status to the requested one (HTTP 409)."""

    slug = "transition-not-allowed"
    title = "Encounter status change not allowed"

    def __init__(
        self,
        current: EncounterStatus,
        requested: EncounterStatus,
        allowed: Sequence[EncounterStatus],
    ) -> None:
        options = ", ".join(s.value for s in allowed) or "none (final status)"
        super().__init__(
            f"An encounter in status '{current.value}' cannot become '{requested.value}'; "
            f"allowed next statuses: {options}."
        )
        self.current = current
        self.requested = requested
        self.allowed = tuple(allowed)


class UnknownFormError(IntakeError):
    """No feedback form matches the id or Questionnaire canonical URL given (HTTP 404)."""

    slug = "unknown-form"
    title = "Unknown feedback form"

    def __init__(self, reference: str) -> None:
        super().__init__(f"No feedback form '{reference}'.")
        self.reference = reference


@dataclass(frozen=True, slots=True)
class AnswerError:
    """What is wrong with one answer; ``item_id`` is None when the whole submission is at fault.

    ``pointer`` is a JSON Pointer (RFC 6901) into the request body. It defaults to the answer's
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
    """A submission's answers do not fit the form; every bad item is listed (HTTP 422)."""

    slug = "invalid-answers"
    title = "Answers do not fit the form"

    def __init__(self, form_id: str, errors: Sequence[AnswerError]) -> None:
        super().__init__(f"{len(errors)} answer(s) do not fit form '{form_id}'.")
        self.form_id = form_id
        self.errors = tuple(errors)

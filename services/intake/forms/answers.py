"""Checking a submission's answers against its form.

Every problem is collected before raising, so a mobile app can mark all bad answers at once.
Types are strict: ``true`` is not the Likert value 1 and ``1`` is not "yes" (Python would let a bool
pass as an int, which would silently turn a yes/no answer into a score).

An answer of ``null``, or free text that is only whitespace, counts as "not answered": apps often
send every field of a screen, touched or not. A submission must answer at least one item and every
required item. Error messages never quote the answer, which may be a comment.
"""

from __future__ import annotations

from collections.abc import Mapping

from services.intake.errors import AnswerError, InvalidAnswersError
from services.intake.forms.models import FeedbackForm, FormItem, FreeText, Likert, YesNo

__all__ = ["Answer", "validate_answers"]

Answer = int | bool | str


def _check(item: FormItem, value: object) -> tuple[Answer | None, AnswerError | None]:
    """The cleaned answer for ``item`` (None when unanswered) or what is wrong with it."""
    spec = item.answer
    if isinstance(spec, Likert):
        if isinstance(value, bool) or not isinstance(value, int):
            return None, AnswerError(item.id, "wrong_type", "expected an integer scale value")
        if value not in spec.values:
            allowed = ", ".join(str(v) for v in spec.values)
            return None, AnswerError(item.id, "out_of_range", f"must be one of {allowed}")
        return value, None
    if isinstance(spec, YesNo):
        if not isinstance(value, bool):
            return None, AnswerError(item.id, "wrong_type", "expected true (yes) or false (no)")
        return value, None
    assert isinstance(spec, FreeText)
    if not isinstance(value, str):
        return None, AnswerError(item.id, "wrong_type", "expected text")
    text = value.strip()
    if len(text) > spec.max_length:
        return None, AnswerError(
            item.id, "too_long", f"must be at most {spec.max_length} characters"
        )
    return (text or None), None


def validate_answers(form: FeedbackForm, answers: Mapping[str, object]) -> dict[str, Answer]:
    """The answered items of ``answers``, in form order; :class:`InvalidAnswersError` if any is bad.

    Unknown item ids, wrong types, values off the scale, over-long text and missing required
    items are each reported against their item.
    """
    errors: list[AnswerError] = [
        AnswerError(item_id, "unknown_item", f"form '{form.id}' has no item with this id")
        for item_id in answers
        if form.item(item_id) is None
    ]
    cleaned: dict[str, Answer] = {}
    for item in form.items:
        value = answers.get(item.id)
        answer, error = (None, None) if value is None else _check(item, value)
        if error is not None:
            errors.append(error)
        elif answer is not None:
            cleaned[item.id] = answer
        elif item.required:
            errors.append(AnswerError(item.id, "required", "this item must be answered"))
    if not cleaned and not errors:
        errors.append(AnswerError(None, "empty", "the submission answers no item"))
    if errors:
        raise InvalidAnswersError(form.id, errors)
    return cleaned

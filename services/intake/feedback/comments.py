"""Which answers are free text, and who sees them.

A form's free-text items are comments: stored for the org, shown only to a token holding
`intake:feedback-review` on a read (and audited there, :mod:`.audit`), never in the answer to a
submission, never on the feed, never in a log. Everything else in a submission is a number or a
yes/no and is shown to every reader of the org.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_

from services.intake.forms import load_forms
from services.intake.forms.models import FreeText

__all__ = ["free_text_items", "has_comment", "has_comment_clause", "visible_answers"]


@cache
def free_text_items() -> dict[str, frozenset[str]]:
    """Form id -> the ids of its free-text items (forms are data, read once)."""
    return {
        form.id: frozenset(i.id for i in form.items if isinstance(i.answer, FreeText))
        for form in load_forms().values()
    }


def has_comment(form_id: str, answers: Mapping[str, Any]) -> bool:
    """Whether a stored submission holds a comment (blank text is never stored)."""
    return any(answers.get(item) is not None for item in free_text_items().get(form_id, ()))


def visible_answers(form_id: str, answers: Mapping[str, Any], *, comments: bool) -> dict[str, Any]:
    """The stored answers a reader sees: all of them, or all but the free text."""
    if comments:
        return dict(answers)
    hidden = free_text_items().get(form_id, frozenset())
    return {item: value for item, value in answers.items() if item not in hidden}


def has_comment_clause(form_id: Any, answers: Any) -> ColumnElement[bool]:
    """SQL true for a row holding a comment: its form's free-text keys, looked up in the JSON
    column (``->>`` on PostgreSQL, ``JSON_EXTRACT`` on SQLite)."""
    per_form = [
        and_(form_id == form, or_(*(answers[item].as_string().is_not(None) for item in items)))
        for form, items in sorted(free_text_items().items())
        if items
    ]
    return or_(*per_form) if per_form else false()

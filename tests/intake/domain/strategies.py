"""Hypothesis strategies for feedback answers that fit a form."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from services.intake.forms.models import FeedbackForm, FreeText, Likert

# Text a person could type: printable, not blank once stripped (blank means "not answered").
_TEXT = (
    st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1)
    .map(str.strip)
    .filter(bool)
)


def valid_answers(form: FeedbackForm) -> st.SearchStrategy[dict[str, Any]]:
    """Answers for every required item and any subset of the others, all within range."""

    def answer(item_id: str) -> st.SearchStrategy[Any]:
        spec = form.item(item_id).answer  # type: ignore[union-attr]
        if isinstance(spec, Likert):
            return st.sampled_from(spec.values)
        if isinstance(spec, FreeText):
            return _TEXT.filter(lambda t: len(t) <= spec.max_length)
        return st.booleans()

    required = {i.id: answer(i.id) for i in form.items if i.required}
    optional = {i.id: answer(i.id) for i in form.items if not i.required}
    return st.fixed_dictionaries(required, optional=optional).filter(bool)

"""The numbers a feedback submission contributes to the feed: per-item values, top box and a mean.

Only scored items count; free text never appears here, which is what keeps comments off the feed.

* **Top box** is the share of respondents giving the most favourable answer, the way CAHPS reports
  results; it resists the ceiling effect that makes satisfaction means all look alike.
* **Mean** is over the Likert items only, each first rescaled to 0-100 as a percent of the maximum
  possible (POMP: Cohen, Cohen, Aiken & West 1999, Multivariate Behav Res 34(3):315-346), so a
  0-10 rating and a 1-5 agreement item weigh alike. Yes/no items have a top box but no place in a
  mean of scales.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from services.intake.forms.answers import Answer
from services.intake.forms.models import FeedbackForm, Likert, YesNo

__all__ = ["FeedbackScores", "ItemScore", "score_answers"]


@dataclass(frozen=True, slots=True)
class ItemScore:
    """The score of one answered item."""

    item_id: str
    value: float
    """The Likert value as answered, or 1.0 for yes and 0.0 for no."""
    top_box: bool
    percent_of_max: float | None
    """0-100 position on the item's scale; None for yes/no items."""


@dataclass(frozen=True, slots=True)
class FeedbackScores:
    """All numbers derived from one submission; nothing in it can carry free text."""

    form_id: str
    form_version: str
    items: tuple[ItemScore, ...]
    mean_percent_of_max: float | None
    """Mean of the Likert items' percent-of-max; None when no Likert item was answered."""
    top_box_count: int
    scored_count: int


def score_answers(form: FeedbackForm, answers: Mapping[str, Answer]) -> FeedbackScores:
    """Score answers already checked by :func:`~services.intake.forms.answers.validate_answers`."""
    items: list[ItemScore] = []
    for item in form.items:
        if item.id not in answers:
            continue
        answer, spec = answers[item.id], item.answer
        if isinstance(spec, Likert):
            assert isinstance(answer, int) and not isinstance(answer, bool)
            low, high = spec.values[0], spec.values[-1]
            items.append(
                ItemScore(
                    item.id,
                    float(answer),
                    answer in spec.top_box,
                    100.0 * (answer - low) / (high - low),
                )
            )
        elif isinstance(spec, YesNo):
            assert isinstance(answer, bool)
            items.append(ItemScore(item.id, 1.0 if answer else 0.0, answer == spec.top_box, None))
    percents = [s.percent_of_max for s in items if s.percent_of_max is not None]
    return FeedbackScores(
        form_id=form.id,
        form_version=form.version,
        items=tuple(items),
        mean_percent_of_max=sum(percents) / len(percents) if percents else None,
        top_box_count=sum(s.top_box for s in items),
        scored_count=len(items),
    )

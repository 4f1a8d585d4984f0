"""Per-question consumer experience metrics, from ``fact_feedback_items``: one item of one form.

An item is named by its id on the form (metrics does not know the forms' wording). A
submission without a patient (an anonymous form) is its own respondent in ``n``, as for the
form-level feedback metrics.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import col

from services.metrics.catalog import Filter
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import FeedbackItemFact as I

FILTERS: dict[Filter, Any] = {
    "form": col(I.form_id),
    "item": col(I.item_id),
    "modality": col(I.modality),
}

SPECS: dict[str, MetricSpec] = {
    # Each answer weighs the same: a submission answers an item once.
    "feedback-item-mean": MetricSpec(
        table=I,
        population=(col(I.score).is_not(None),),
        total=func.sum(col(I.score)),
        denominator=func.count(),
        filters=FILTERS,
    ),
    "feedback-item-top-box": MetricSpec(
        table=I,
        population=(col(I.top_box).is_not(None),),
        numerator=count_where(col(I.top_box).is_(True)),
        denominator=func.count(),
        filters=FILTERS,
    ),
}

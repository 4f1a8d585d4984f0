"""Consumer experience metrics from ``fact_feedback``, always for one feedback form.

A submission without a patient (an anonymous form) is its own respondent in ``n``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import col

from services.metrics.catalog import Filter
from services.metrics.compute.spec import MetricSpec
from services.metrics.models import FeedbackFact as F

FILTERS: dict[Filter, Any] = {"form": col(F.form_id), "modality": col(F.modality)}

SPECS: dict[str, MetricSpec] = {
    # The mean of the submissions' means: each submission weighs the same, however many
    # items it scored.
    "feedback-mean": MetricSpec(
        table=F,
        population=(col(F.mean).is_not(None),),
        total=func.sum(col(F.mean)),
        denominator=func.count(),
        filters=FILTERS,
    ),
    "feedback-top-box": MetricSpec(
        table=F,
        population=(col(F.items_scored) > 0,),
        numerator=func.sum(col(F.top_box_items)),
        denominator=func.sum(col(F.items_scored)),
        filters=FILTERS,
    ),
}

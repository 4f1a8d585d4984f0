"""Engagement, telehealth and measurement-before-session metrics, from ``fact_encounters``.

Kept means fulfilled. The engagement denominator is the appointments whose outcome the patient
decided: kept, no-show or cancelled by the patient (clinic cancellations, entries in error and
still-booked slots say nothing about engagement). Telehealth means video or phone; the
``technical_problem`` flag was derived once, when the encounter was applied.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func
from sqlmodel import col

from services.metrics.catalog import Filter
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import EncounterFact as E

KEPT = col(E.status) == "fulfilled"
ENGAGED = col(E.status).in_(("fulfilled", "no-show", "cancelled-by-patient"))
TELEHEALTH = col(E.modality).in_(("video", "phone"))
FILTERS: dict[Filter, Any] = {"modality": col(E.modality), "service_line": col(E.service_line)}


def _engagement(numerator: ColumnElement[bool]) -> MetricSpec:
    return MetricSpec(
        table=E,
        population=(ENGAGED,),
        numerator=count_where(numerator),
        denominator=func.count(),
        filters=FILTERS,
    )


SPECS: dict[str, MetricSpec] = {
    "kept-rate": _engagement(KEPT),
    "no-show-rate": _engagement(col(E.status) == "no-show"),
    # Only patient cancellations can be late; the flag is intake's judgement of the notice.
    "late-cancellation-rate": _engagement(
        (col(E.status) == "cancelled-by-patient") & col(E.late_cancellation).is_(True)
    ),
    "telehealth-problem-rate": MetricSpec(
        table=E,
        population=(KEPT, TELEHEALTH),
        numerator=count_where(col(E.technical_problem).is_(True)),
        denominator=func.count(),
        filters=FILTERS,
    ),
    "telehealth-minutes-lost": MetricSpec(
        table=E,
        population=(KEPT, TELEHEALTH),
        numerator=func.sum(col(E.minutes_lost)),
        denominator=func.count(),
        filters=FILTERS,
    ),
    "switched-to-phone-rate": MetricSpec(
        table=E,
        population=(KEPT, col(E.modality) == "video"),
        numerator=count_where(col(E.switched_to_phone).is_(True)),
        denominator=func.count(),
        filters={"service_line": col(E.service_line)},
    ),
    "mbc-assessed-before-session": MetricSpec(
        table=E,
        population=(KEPT,),
        numerator=count_where(col(E.assessed_within_7_days).is_(True)),
        denominator=func.count(),
        filters=FILTERS,
    ),
}

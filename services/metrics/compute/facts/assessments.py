"""Measurement-based care outcomes (``fact_episodes``) and clinician burnout (``fact_assessments``).

An episode enters an outcome denominator only when it has a follow-up within 12 weeks (its
``outcome_assessment_id``) and the outcome applies to it (its flag is not null: recovery and
remission need a case at baseline, reliable change a reliable-change value); its outcome flags
are those measures judged for that follow-up.
The well-being survey is anonymous: each response is its own respondent.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import col

from services.metrics.catalog import BURNOUT_INSTRUMENT, Filter
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import AssessmentFact as A
from services.metrics.models import EpisodeFact as P

# Episodes carry no service line yet: the definition offers the filter, the fact cannot serve it.
EPISODE_FILTERS: dict[Filter, Any] = {"instrument": col(P.instrument_id), "service_line": None}


def _outcome(flag: Any) -> MetricSpec:
    """Episodes with an outcome that the flag applies to: a null flag (not eligible, or the
    instrument has no rule) is out of numerator and denominator."""
    return MetricSpec(
        table=P,
        population=(col(P.outcome_assessment_id).is_not(None), flag.is_not(None)),
        numerator=count_where(flag.is_(True)),
        denominator=func.count(),
        filters=EPISODE_FILTERS,
    )


SPECS: dict[str, MetricSpec] = {
    "mbc-reliable-improvement": _outcome(col(P.reliable_improvement)),
    "mbc-recovery": _outcome(col(P.recovery)),
    "mbc-remission": _outcome(col(P.remission)),
    "mbc-response": _outcome(col(P.response)),
    "mbc-reliable-deterioration": _outcome(col(P.reliable_deterioration)),
    # caseness is the instrument's burnout cut-off as measures applied it; an incomplete
    # response (no total, no caseness) cannot be judged and stays out of the denominator.
    "burnout-prevalence": MetricSpec(
        table=A,
        population=(col(A.instrument_id) == BURNOUT_INSTRUMENT, col(A.caseness).is_not(None)),
        numerator=count_where(col(A.caseness).is_(True)),
        denominator=func.count(),
        anonymous=True,
    ),
}

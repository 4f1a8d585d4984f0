"""Measurement-based care outcomes (``fact_episodes``) and clinician burnout (``fact_assessments``).

An episode enters an outcome denominator only when it has a follow-up within 12 weeks (its
``outcome_assessment_id``) and the outcome applies to it (its flag is not null: recovery and
remission need a case at baseline, reliable change a reliable-change value); its outcome flags
are those measures judged for that follow-up.
The well-being survey is anonymous: each response is its own respondent.

The outcomes read a relation over ``fact_episodes`` that adds the course of care the baseline
belongs to: the intake episode of care the baseline assessment names (``fact_care_episodes``),
its ``service_line``, and its ``modality``: the modality of more than half of that episode's
kept sessions, or none (no majority, no kept session, or no intake episode named), so that a
``modality`` filter keeps the courses mostly given that way and a mixed course matches none.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import and_, func, select
from sqlmodel import col

from services.metrics.catalog import BURNOUT_INSTRUMENT, Filter
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import AssessmentFact as A
from services.metrics.models import CareEpisodeFact as C
from services.metrics.models import EncounterFact as E
from services.metrics.models import EpisodeFact as P

OUTCOME_COLUMNS = (
    "org", "patient_id", "clinician_id", "team_id", "site_id", "day", "week", "month",
    "quarter", "instrument_id", "outcome_assessment_id", "reliable_improvement", "recovery",
    "remission", "response", "reliable_deterioration",
)  # fmt: skip


def _majority_modality() -> Any:
    """The modality of more than half of the outer care episode's kept sessions."""
    of_episode = (
        col(E.org) == col(C.org),
        col(E.episode_id) == col(C.episode_id),
        col(E.status) == "fulfilled",
    )
    kept = select(func.count()).where(*of_episode).correlate(C).scalar_subquery()
    return (
        select(col(E.modality))
        .where(*of_episode)
        .group_by(col(E.modality))
        .having(func.count() * 2 > kept)
        .correlate(C)
        .scalar_subquery()
    )


def _outcomes() -> SimpleNamespace:
    baseline = and_(col(A.org) == col(P.org), col(A.assessment_id) == col(P.baseline_assessment_id))
    relation = (
        select(
            *(getattr(P, name) for name in OUTCOME_COLUMNS),
            col(C.service_line).label("service_line"),
            _majority_modality().label("modality"),
        )
        .select_from(P)
        .outerjoin(A, baseline)
        .outerjoin(C, and_(col(C.org) == col(A.org), col(C.episode_id) == col(A.episode_id)))
        .subquery("outcome_courses")
    )
    return SimpleNamespace(**{c.name: c for c in relation.c})


COURSES = _outcomes()
EPISODE_FILTERS: dict[Filter, Any] = {
    "instrument": COURSES.instrument_id,
    "service_line": COURSES.service_line,
    "modality": COURSES.modality,
}


def _outcome(flag: Any) -> MetricSpec:
    """Episodes with an outcome that the flag applies to: a null flag (not eligible, or the
    instrument has no rule) is out of numerator and denominator."""
    return MetricSpec(
        table=COURSES,
        population=(COURSES.outcome_assessment_id.is_not(None), flag.is_not(None)),
        numerator=count_where(flag.is_(True)),
        denominator=func.count(),
        filters=EPISODE_FILTERS,
    )


SPECS: dict[str, MetricSpec] = {
    "mbc-reliable-improvement": _outcome(COURSES.reliable_improvement),
    "mbc-recovery": _outcome(COURSES.recovery),
    "mbc-remission": _outcome(COURSES.remission),
    "mbc-response": _outcome(COURSES.response),
    "mbc-reliable-deterioration": _outcome(COURSES.reliable_deterioration),
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

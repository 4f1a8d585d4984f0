"""Staff-survey metrics, from ``fact_survey_responses`` (and, for the response rate, the
invitations of ``fact_survey_invitations``).

Every response is its own respondent (``anonymous``: ``n`` counts rows). The response rate
reads one relation stacking each response (``responses = 1``) and each team's invitation
(``invited`` = how many were invited), sharing the columns a query groups and filters by, as
the safety-event reporting rate stacks events and sessions.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import Integer, func, literal, select, union_all
from sqlmodel import col

from services.metrics.catalog import Filter
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import SurveyInvitationFact as V
from services.metrics.models import SurveyResponseFact as R

_SHARED = ("org", "team_id", "site_id", "day", "week", "month", "quarter")
ROLE: dict[Filter, Any] = {"role": col(R.role)}


def _stacked() -> Any:
    responses = select(
        *(getattr(R, name) for name in _SHARED),
        literal(None).label("patient_id"),
        literal(1, Integer).label("responses"),
        literal(0, Integer).label("invited"),
    )
    invited = select(
        *(getattr(V, name) for name in _SHARED),
        literal(None).label("patient_id"),
        literal(0, Integer).label("responses"),
        col(V.invited).label("invited"),
    )
    relation = union_all(responses, invited).subquery("survey_reach")
    return SimpleNamespace(**{c.name: c for c in relation.c})


REACH = _stacked()


def _flag(column: Any) -> MetricSpec:
    """Share of the responses the instrument scored that carry the flag."""
    return MetricSpec(
        table=R,
        population=(column.is_not(None),),
        numerator=count_where(column.is_(True)),
        denominator=func.count(),
        filters=ROLE,
        anonymous=True,
    )


def _mean(column: Any) -> MetricSpec:
    return MetricSpec(
        table=R,
        population=(column.is_not(None),),
        total=func.sum(column),
        denominator=func.count(),
        filters=ROLE,
        anonymous=True,
    )


SPECS: dict[str, MetricSpec] = {
    "miniz-burnout-prevalence": _flag(col(R.burnout)),
    "ehr-after-hours-share": _flag(col(R.ehr_after_hours)),
    "intent-to-leave-share": _flag(col(R.intent_to_leave)),
    "miniz-joy-mean": _mean(col(R.joy)),
    "miniz-supportive-environment-mean": _mean(col(R.supportive_environment)),
    "miniz-work-pace-mean": _mean(col(R.work_pace)),
    "psychological-safety-mean": _mean(col(R.psych_safety)),
    "staff-survey-response-rate": MetricSpec(
        table=REACH,
        population=(),
        numerator=func.sum(REACH.responses),
        denominator=func.sum(REACH.invited),
        n_rows=REACH.responses == 1,
        anonymous=True,
    ),
}

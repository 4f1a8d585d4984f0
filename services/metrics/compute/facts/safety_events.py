"""Safety-event metrics, from ``fact_safety_events`` (and, for the reporting rate, the kept
sessions of ``fact_encounters``).

Events entered in error are out of every population. Each event is its own unit of count
(``anonymous``: ``n`` counts events, not patients), so small numbers of events are suppressed
exactly as small numbers of patients.

The reporting rate's denominator lives in another fact table. It is read from one relation
that stacks both: every countable safety event as a row with ``events = 1`` and every kept
session as a row with ``sessions = 1``, sharing the columns a metric query groups and filters
by (org, team, site, period keys). The query builder treats that relation as it treats any
fact table, so a period or unit with sessions but no events gets its cell (a rate of 0), and
one with events but no sessions gets a cell without a value.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, get_args

from sqlalchemy import Integer, func, literal, select, union_all
from sqlmodel import col

from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import EncounterFact as E
from services.metrics.models import SafetyEventFact as S
from shared.events import HarmLevel

COUNTED = col(S.review_status) != "entered-in-error"
_SHARED = ("org", "team_id", "site_id", "patient_id", "day", "week", "month", "quarter")


def _stacked() -> Any:
    """Safety events and kept sessions as one relation, with attribute access to its columns
    like a table model's (what :mod:`services.metrics.compute.sql` reads)."""
    events = select(
        *(getattr(S, name) for name in _SHARED),
        literal(1, Integer).label("events"),
        literal(0, Integer).label("sessions"),
    ).where(COUNTED)
    sessions = select(
        *(getattr(E, name) for name in _SHARED),
        literal(0, Integer).label("events"),
        literal(1, Integer).label("sessions"),
    ).where(col(E.status) == "fulfilled")
    relation = union_all(events, sessions).subquery("safety_exposure")
    return SimpleNamespace(**{c.name: c for c in relation.c})


EXPOSURE = _stacked()


def _events(**kw: Any) -> MetricSpec:
    return MetricSpec(
        table=S, population=(COUNTED,), denominator=func.count(), anonymous=True, **kw
    )


def harm_share(level: HarmLevel) -> MetricSpec:
    return _events(numerator=count_where(col(S.harm_level) == level))


SPECS: dict[str, MetricSpec] = {
    "safety-event-reporting-rate": MetricSpec(
        table=EXPOSURE,
        population=(),
        numerator=func.sum(EXPOSURE.events),
        denominator=func.sum(EXPOSURE.sessions),
        n_rows=EXPOSURE.events == 1,
        anonymous=True,
    ),
    "safety-event-near-miss-share": _events(numerator=count_where(col(S.kind) == "near-miss")),
    "safety-event-hours-to-review": _events(
        quantile=0.5,
        quantile_column=col(S.hours_to_review),
        n_rows=col(S.hours_to_review).is_not(None),
    ),
    **{f"safety-event-harm-{level}": harm_share(level) for level in get_args(HarmLevel)},
}

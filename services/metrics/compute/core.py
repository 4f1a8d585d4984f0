"""Computing a catalog metric from the facts: the one entry point every metrics tool uses.

A query names a metric, a level (clinician, team, site, org, collaborative), optionally one unit
at that level, a period length and a date range, and filters. The answer is one :class:`Cell`
per period and unit (and per equity group when ``by`` is given), unsuppressed: publishing
layers apply small-cell suppression (:mod:`services.metrics.compute.disclosure`) before
anything leaves the service. The internal period :data:`RANGE` answers one cell per unit
(and group) over the whole range, for the tools that show one value over a range: its ``n``
is the distinct patients of the range and its medians are exact, which pooling per-period
cells cannot give.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from sqlmodel import Session

from services.metrics.catalog import (
    CATALOG,
    EQUITY_DIMENSIONS,
    LEVELS,
    PERIODS,
    EquityDimension,
    Filter,
    Level,
    MetricDefinition,
)
from services.metrics.compute.facts.alerts import SPECS as ALERT_SPECS
from services.metrics.compute.facts.assessments import SPECS as ASSESSMENT_SPECS
from services.metrics.compute.facts.care_episodes import SPECS as CARE_EPISODE_SPECS
from services.metrics.compute.facts.encounters import SPECS as ENCOUNTER_SPECS
from services.metrics.compute.facts.feedback import SPECS as FEEDBACK_SPECS
from services.metrics.compute.facts.feedback_items import SPECS as FEEDBACK_ITEM_SPECS
from services.metrics.compute.facts.feedback_loop import SPECS as FEEDBACK_LOOP_SPECS
from services.metrics.compute.facts.measurement_fidelity import SPECS as FIDELITY_SPECS
from services.metrics.compute.facts.on_schedule import SPECS as ON_SCHEDULE_SPECS
from services.metrics.compute.facts.referrals import SPECS as REFERRAL_SPECS
from services.metrics.compute.facts.safety_events import SPECS as SAFETY_EVENT_SPECS
from services.metrics.compute.facts.staffing import SPECS as STAFFING_SPECS
from services.metrics.compute.facts.survey import SPECS as SURVEY_SPECS
from services.metrics.compute.rollup import aggregate_rows as rollup_rows
from services.metrics.compute.rollup import serves as rollup_serves
from services.metrics.compute.spec import MetricSpec
from services.metrics.compute.sql import (
    OPEN_START,
    RANGE,
    Bucket,
    Plan,
    aggregate_rows,
    quantile_values,
)
from services.metrics.errors import (
    EquityNotAvailableError,
    InvalidFilterValueError,
    InvalidMetricQueryError,
    InvalidPeriodError,
    LevelNotAllowedError,
    MissingFilterError,
    UnknownFilterError,
    UnknownMetricError,
    UnsupportedFilterError,
)
from shared.events import Modality

__all__ = [
    "RANGE",
    "UNKNOWN_GROUP",
    "Cell",
    "MetricQuery",
    "QueryPeriod",
    "compute",
    "definition_for",
    "resolve_filters",
]

QueryPeriod = Bucket | Literal["rolling-quarter"]
"""A query's period: a period length, :data:`RANGE`, or ``rolling-quarter``, which
:mod:`.disclosure` publishes as one whole-range bucket per month (:func:`compute` refuses it)."""

UNKNOWN_GROUP = "unknown"
"""The equity group of patients whose category is not recorded (or who have no patient fact)."""

SPECS: dict[str, MetricSpec] = {
    **REFERRAL_SPECS,
    **ENCOUNTER_SPECS,
    **FEEDBACK_SPECS,
    **FEEDBACK_ITEM_SPECS,
    **FEEDBACK_LOOP_SPECS,
    **ASSESSMENT_SPECS,
    **ALERT_SPECS,
    **SAFETY_EVENT_SPECS,
    **CARE_EPISODE_SPECS,
    **FIDELITY_SPECS,
    **SURVEY_SPECS,
    **STAFFING_SPECS,
    **ON_SCHEDULE_SPECS,
}
_MODALITIES = frozenset(get_args(Modality))


@dataclass(frozen=True)
class MetricQuery:
    """What to compute. ``start`` and ``end`` bound the facts' reference dates (inclusive);
    ``unit_id`` None means every unit at the level. ``period`` :data:`RANGE` asks for one
    bucket over the whole range (internal: the API offers week, month and quarter)."""

    metric_id: str
    level: Level = "org"
    unit_id: str | None = None
    period: QueryPeriod = "month"
    start: date | None = None
    end: date | None = None
    filters: tuple[tuple[Filter, str], ...] = ()


@dataclass(frozen=True)
class Cell:
    """One value: a period (its first day) of one unit, optionally of one equity group.

    A :data:`RANGE` cell's period is the range's start, or its first fact's day when the
    range has no start.

    ``numerator``/``denominator`` are the counts (or sums) behind a proportion or rate; for
    continuous metrics ``numerator`` is None and ``denominator`` the number of facts
    summarised. ``n`` is the number of distinct patients (respondents, for anonymous facts)
    the value rests on; ``value`` is None when there is nothing to summarise.
    """

    period: date
    unit_id: str
    numerator: float | None
    denominator: float | None
    n: int
    value: float | None
    group: str | None = None


def definition_for(metric_id: str) -> MetricDefinition:
    """The catalog definition, or :class:`UnknownMetricError`."""
    definition = CATALOG.get(metric_id)
    if definition is None:
        raise UnknownMetricError(metric_id)
    return definition


def resolve_filters(
    definition: MetricDefinition, filters: Sequence[tuple[Filter, str]]
) -> tuple[tuple[Filter, str], ...]:
    """The filters a query runs with: the given ones, checked against the definition, plus its
    defaults for those not given (an outcome metric is PHQ-9 unless another instrument is
    named), sorted by name. Raises when a filter is unknown, repeated, missing or unservable."""
    spec = SPECS[definition.metric_id]
    given: dict[Filter, str] = {}
    for name, value in filters:
        if name not in definition.filters:
            allowed = ", ".join(definition.filters) or "none"
            raise UnknownFilterError(
                f"{definition.metric_id} has no filter {name!r} (filters: {allowed})", field=name
            )
        if name in given:
            raise InvalidMetricQueryError(f"filter {name!r} given twice", field=name)
        if spec.filters.get(name) is None:
            raise UnsupportedFilterError(
                f"{definition.metric_id} cannot be filtered by {name} yet: its facts do not "
                f"record it",
                field=name,
            )
        if name == "modality" and value not in _MODALITIES:
            raise InvalidFilterValueError(
                f"modality must be one of {', '.join(sorted(_MODALITIES))}", field=name
            )
        given[name] = value
    for name, value in definition.default_filters:
        given.setdefault(name, value)
    for name in definition.required_filters:
        if name not in given:
            raise MissingFilterError(
                f"{definition.metric_id} needs the filter {name!r}", field=name
            )
    return tuple(sorted(given.items()))


def _plan(
    definition: MetricDefinition,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    by: EquityDimension | None,
) -> Plan:
    if query.level not in LEVELS or query.level not in definition.levels:
        raise LevelNotAllowedError(
            f"{definition.metric_id} is defined at the levels {', '.join(definition.levels)}"
        )
    if query.level == "collaborative" and not query.unit_id:
        raise InvalidMetricQueryError("the collaborative level needs its id", field="unit")
    period = query.period
    if period == "rolling-quarter" or (period not in PERIODS and period != RANGE):
        raise InvalidMetricQueryError(f"period must be one of {', '.join(PERIODS)}", field="period")
    if period != RANGE and period not in definition.periods:
        raise InvalidMetricQueryError(
            f"{definition.metric_id} is published by {', '.join(definition.periods)}",
            field="period",
        )
    if query.start is not None and query.end is not None and query.start > query.end:
        raise InvalidPeriodError("the range starts after it ends")
    if by is not None:
        if definition.anonymous:
            raise EquityNotAvailableError(
                f"{definition.metric_id} is anonymous: it has no equity breakdown"
            )
        if by not in EQUITY_DIMENSIONS:
            raise InvalidMetricQueryError(
                f"by must be one of {', '.join(EQUITY_DIMENSIONS)}", field="by"
            )
    return Plan(
        spec=SPECS[definition.metric_id],
        orgs=tuple(sorted(set(orgs))),
        level=query.level,
        unit_id=query.unit_id,
        period=period,
        start=query.start,
        end=query.end,
        filters=resolve_filters(definition, query.filters),
        by=by,
    )


def compute(
    session: Session,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    by: EquityDimension | None = None,
) -> list[Cell]:
    """Cells ordered by period, then unit, then group. ``orgs`` are the organizations whose
    facts count: the caller's own, or a collaborative's members at the collaborative level
    (whose cells then carry the collaborative id as ``unit_id``).

    Only periods and units with facts in the metric's population get a cell. With ``by``,
    facts without a patient (redacted, anonymous) are left out and patients whose category is
    not recorded form the group :data:`UNKNOWN_GROUP`. Raises the errors of
    :mod:`services.metrics.errors` for a query the definition does not allow.
    """
    definition = definition_for(query.metric_id)
    plan = _plan(definition, orgs=orgs, query=query, by=by)
    if not plan.orgs:
        return []
    # The rollup, where it gives the same answer, spares COUNT(DISTINCT) over the facts.
    if rollup_serves(query.metric_id, plan):
        rows = rollup_rows(session, query.metric_id, plan)
    else:
        rows = aggregate_rows(session, plan)
    values: dict[tuple[date, str | None, str | None], float] = {}
    if plan.spec.quantile is not None:
        values = {key: qs[0] for key, _count, qs in quantile_values(session, plan)}
    # An open range's bucket is dated by the answer's earliest fact, the same for every cell.
    firsts = [row.first_day for row in rows if row.first_day is not None]
    opened = min(firsts) if plan.period == RANGE and plan.start is None and firsts else None
    cells = []
    for row in rows:
        if plan.spec.quantile is not None:
            value = values.get((row.period, row.unit_id, row.group))
        elif row.denominator == 0:
            value = None
        elif plan.spec.total is not None:
            value = (row.total or 0.0) / row.denominator
        else:
            value = (row.numerator or 0.0) / row.denominator * definition.per
        cells.append(
            Cell(
                period=opened if opened is not None and row.period == OPEN_START else row.period,
                unit_id=row.unit_id or "",
                numerator=row.numerator,
                denominator=row.denominator,
                n=row.n,
                value=value,
                group=None if by is None else (row.group or UNKNOWN_GROUP),
            )
        )
    cells.sort(key=lambda c: (c.period, c.unit_id, c.group or ""))
    return cells

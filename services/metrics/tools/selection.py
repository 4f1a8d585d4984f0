"""What a tool is asked about: one metric, a level and unit, a period length, a range, filters.

:func:`resolve_selection` checks the parameters against the metric's definition and the
caller's organization and turns them into a :class:`~services.metrics.compute.MetricQuery`
plus the organizations whose facts count. Every tool goes through it, so a unit the caller
may not see is refused the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import Filter, Level, MetricDefinition
from services.metrics.collaborative_pool import pool_for
from services.metrics.compute import MetricQuery, definition_for, resolve_filters
from services.metrics.tools.errors import InvalidToolQueryError, UnknownUnitError
from services.metrics.tools.periods import SeriesPeriod, align


@dataclass(frozen=True)
class Selection:
    """A checked request: the definition, the query to compute and the orgs it reads."""

    definition: MetricDefinition
    query: MetricQuery
    orgs: tuple[str, ...]

    @property
    def filters(self) -> dict[str, str]:
        return dict(self.query.filters)


def metric_definition(metric_id: str) -> MetricDefinition:
    """The catalog definition, or :class:`~services.metrics.errors.UnknownMetricError`."""
    return definition_for(metric_id)


def check_filters(
    definition: MetricDefinition, given: Mapping[Filter, str | None]
) -> tuple[tuple[Filter, str], ...]:
    """The filters given (None: not given), checked and completed by the computation's own
    rules (:func:`~services.metrics.compute.resolve_filters`)."""
    return resolve_filters(definition, [(k, v) for k, v in given.items() if v is not None])


def resolve_selection(
    session: Session,
    *,
    caller_org: str,
    metric_id: str,
    level: Level,
    unit: str | None,
    period: SeriesPeriod,
    start: date | None,
    end: date | None,
    filters: Mapping[Filter, str | None],
) -> Selection:
    """Check a tool's parameters and build its query.

    ``org`` defaults its unit to the caller's organization and accepts no other; a
    ``collaborative`` unit must be one the caller's organization is an approved member of, with
    enough members (:func:`~services.metrics.collaborative_pool.pool_for`), and its facts are
    those of every approved member; other levels need a unit id. The query's range is the
    requested one snapped outward to whole periods of ``period`` (:func:`.periods.align`): the
    range every tool computes over and echoes as its effective range.
    """
    definition = metric_definition(metric_id)
    if level not in definition.levels:
        raise InvalidToolQueryError(
            f"{metric_id} is not computed at the {level} level (levels: "
            f"{', '.join(definition.levels)}).",
            parameter="level",
        )
    if start is not None and end is not None and start > end:
        raise InvalidToolQueryError("`from` is after `to`.", parameter="from")
    orgs: tuple[str, ...] = (caller_org,)
    if level == "org":
        if unit is not None and unit != caller_org:
            raise UnknownUnitError("No such organization for this caller.")
        unit = caller_org
    elif unit is None:
        raise InvalidToolQueryError(f"The {level} level needs a `unit`.", parameter="unit")
    elif level == "collaborative":
        orgs = tuple(pool_for(session, unit, caller_org))
    start, end = align(start, end, period)
    query = MetricQuery(
        metric_id=metric_id,
        level=level,
        unit_id=unit,
        period=period,  # type: ignore[arg-type]
        start=start,
        end=end,
        filters=check_filters(definition, filters),
    )
    return Selection(definition, query, orgs)

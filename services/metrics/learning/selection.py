"""What a tool is asked about: one metric, a level and unit, a period length, a range, filters.

:func:`resolve_selection` checks the parameters against the metric's definition and the
caller's organization and turns them into a :class:`~services.metrics.compute.MetricQuery`
plus the organizations whose facts count; :func:`resolve_scope` is its org/collaborative
part, which the values and export routes (every unit at a level) use alone. Every route goes
through one of them, so a unit the caller may not see is refused the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import Filter, Level, MetricDefinition
from services.metrics.compute import RANGE, MetricQuery, definition_for, resolve_filters
from services.metrics.compute.disclosure.pool import pool_for
from services.metrics.errors import (
    InvalidMetricQueryError,
    InvalidParameterError,
    UnknownUnitError,
)
from services.metrics.learning.periods import SeriesPeriod, align


@dataclass(frozen=True)
class FilterParams:
    """The query's filters, as given (defaults are the definition's business)."""

    modality: str | None
    service_line: str | None
    instrument: str | None
    form: str | None
    item: str | None = None
    theme: str | None = None
    role: str | None = None

    def pairs(self) -> tuple[tuple[Filter, str], ...]:
        given: list[tuple[Filter, str | None]] = [
            ("modality", self.modality),
            ("service_line", self.service_line),
            ("instrument", self.instrument),
            ("form", self.form),
            ("item", self.item),
            ("theme", self.theme),
            ("role", self.role),
        ]
        return tuple((name, value) for name, value in given if value is not None)


@dataclass(frozen=True)
class Selection:
    """A checked request: the definition, the query to compute and the orgs it reads."""

    definition: MetricDefinition
    query: MetricQuery
    orgs: tuple[str, ...]

    @property
    def period(self) -> SeriesPeriod:
        """The query's period length (a selection never asks for one whole-range bucket)."""
        period = self.query.period
        if period == RANGE:
            raise AssertionError("a selection's query is a series, not one range bucket")
        return period

    @property
    def filters(self) -> dict[str, str]:
        return dict(self.query.filters)


def resolve_scope(
    session: Session, *, caller_org: str, level: Level, unit: str | None
) -> tuple[list[str], str | None]:
    """The orgs whose facts count and the unit id to query, for ``caller_org`` at ``level``
    (None: every unit at the level).

    A collaborative is visible to its approved members only; anyone else (an applicant too)
    gets the same :class:`UnknownUnitError` as for a collaborative that does not exist, and one
    with too few members is refused (:func:`~services.metrics.compute.disclosure.pool.pool_for`).
    At the org level the only unit is the caller's own org.
    """
    if level == "collaborative":
        if not unit:
            raise InvalidParameterError(
                "The collaborative level needs `unit`, the collaborative id.",
                parameter="unit",
                reason="missing",
                field_detail="Field required",
            )
        return sorted(pool_for(session, unit, caller_org)), unit
    if level == "org":
        if unit is not None and unit != caller_org:
            raise UnknownUnitError("No org with this id is visible to you.")
        return [caller_org], None
    return [caller_org], unit


def metric_definition(metric_id: str) -> MetricDefinition:
    """The catalog definition, or :class:`~services.metrics.errors.UnknownMetricError`."""
    return definition_for(metric_id)


def check_filters(
    definition: MetricDefinition, given: Mapping[Filter, str | None]
) -> tuple[tuple[Filter, str], ...]:
    """The filters given (None: not given), checked and completed by the computation's own
    rules (:func:`~services.metrics.compute.resolve_filters`); a filter that does not fit is
    an :class:`InvalidParameterError`, like every other parameter of a learning feature."""
    try:
        return resolve_filters(definition, [(k, v) for k, v in given.items() if v is not None])
    except InvalidMetricQueryError as error:
        raise InvalidParameterError(str(error), parameter=error.field or "query") from error


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
    enough members (:func:`~services.metrics.compute.disclosure.pool.pool_for`), and its facts are
    those of every approved member; other levels need a unit id. The query's range is the
    requested one snapped outward to whole periods of ``period`` (:func:`.periods.align`): the
    range every tool computes over and echoes as its effective range.
    """
    definition = metric_definition(metric_id)
    if level not in definition.levels:
        raise InvalidParameterError(
            f"{metric_id} is not computed at the {level} level (levels: "
            f"{', '.join(definition.levels)}).",
            parameter="level",
        )
    if start is not None and end is not None and start > end:
        raise InvalidParameterError("`from` is after `to`.", parameter="from")
    if level != "org" and unit is None:
        raise InvalidParameterError(f"The {level} level needs a `unit`.", parameter="unit")
    orgs, scoped = resolve_scope(session, caller_org=caller_org, level=level, unit=unit)
    unit = scoped or caller_org
    start, end = align(start, end, period)
    query = MetricQuery(
        metric_id=metric_id,
        level=level,
        unit_id=unit,
        period=period,
        start=start,
        end=end,
        filters=check_filters(definition, filters),
    )
    return Selection(definition, query, tuple(orgs))

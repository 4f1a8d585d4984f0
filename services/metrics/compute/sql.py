"""Turn a :class:`~services.metrics.compute.spec.MetricSpec` and a query into SQL, and run it.

One statement per metric query: ``GROUP BY`` period key, unit (and equity group), with
``COUNT(DISTINCT patient)`` for ``n``. The internal period :data:`RANGE` drops the period key, so
that one bucket covers the whole date range: its ``n`` is then the distinct patients of the
range and its medians are those of all its facts, which no sum of per-period cells gives.
Quantile metrics add a second statement that streams one column of values ordered by group,
so that Python holds one group's values at a time. Nothing here loads a fact table. Org-level
encounter metrics are read from their rollup instead where it gives the same answer
(:mod:`services.metrics.compute.rollup`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final, Literal

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, true
from sqlmodel import Session

from services.metrics.catalog import EquityDimension, Filter, Level, Period
from services.metrics.compute.spec import MetricSpec, count_where
from services.metrics.models import PatientFact
from services.metrics.stats.quantiles import grouped_counted_quantiles

STREAM_ROWS = 10_000

RANGE: Final = "range"
"""The internal period of one bucket over the whole range (never a public ``period`` value)."""

Bucket = Period | Literal["range"]
"""A period length, or :data:`RANGE`."""

OPEN_START: Final = date.min
"""The placeholder period of a range bucket without a start, until its first fact's day is known."""

#: The patient fact column of each equity dimension.
EQUITY_COLUMNS: dict[EquityDimension, Any] = {
    "race": PatientFact.race,
    "ethnicity": PatientFact.ethnicity,
    "sex": PatientFact.sex,
    "gender": PatientFact.gender,
    "age_band": PatientFact.age_band,
    "language": PatientFact.language,
    "payer": PatientFact.payer,
    "rurality": PatientFact.rurality,
}

_UNIT_COLUMNS: dict[Level, str] = {
    "clinician": "clinician_id",
    "team": "team_id",
    "site": "site_id",
}


@dataclass(frozen=True)
class Plan:
    """A validated query: everything the SQL needs, nothing left to check."""

    spec: MetricSpec
    orgs: tuple[str, ...]
    level: Level
    unit_id: str | None
    period: Bucket
    start: date | None
    end: date | None
    filters: tuple[tuple[Filter, str], ...]
    by: EquityDimension | None


@dataclass(frozen=True)
class Row:
    """One group's aggregates, straight from SQL."""

    period: date
    unit_id: str | None
    group: str | None
    numerator: float | None
    denominator: float
    total: float | None
    n: int
    first_day: date | None = None
    """The day of the row's earliest fact (range buckets only: their period when open)."""


Key = tuple[date, str | None, str | None]


def _unit_column(plan: Plan) -> Any:
    """The column naming the unit, or None at the collaborative level (one pooled unit)."""
    table = plan.spec.table
    if plan.level == "org":
        return table.org
    if plan.level == "collaborative":
        return None
    return getattr(table, _UNIT_COLUMNS[plan.level])


def _patient_key(plan: Plan) -> Any:
    # Patient ids are chosen per org: across orgs the same id is two patients.
    table = plan.spec.table
    if len(plan.orgs) == 1:
        return table.patient_id
    return table.org + literal("|") + table.patient_id


def _n(plan: Plan) -> ColumnElement[Any]:
    table, spec = plan.spec.table, plan.spec
    counted = spec.n_rows if spec.n_rows is not None else true()
    if spec.anonymous:
        return count_where(counted)
    patient = _patient_key(plan)
    if spec.n_rows is not None:
        patient = case((counted, patient), else_=None)
    known = func.count(func.distinct(patient))
    if plan.by is not None:
        return known
    # A redacted (Part 2) or anonymous fact is one patient we cannot tell apart from others.
    return known + count_where(and_(counted, table.patient_id.is_(None)))


def _where(plan: Plan, statement: Select[Any]) -> Select[Any]:
    spec, table = plan.spec, plan.spec.table
    statement = statement.where(table.org.in_(plan.orgs), *spec.population)
    for name, value in plan.filters:
        chosen = spec.filters[name] == value
        passing = spec.unfiltered.get(name)
        statement = statement.where(chosen if passing is None else or_(chosen, passing))
    if plan.start is not None:
        # The month bound lets the (org, month) index narrow the scan; the day bound is exact.
        statement = statement.where(
            table.month >= plan.start.replace(day=1), table.day >= plan.start
        )
    if plan.end is not None:
        statement = statement.where(table.month <= plan.end, table.day <= plan.end)
    unit = _unit_column(plan)
    if plan.level in _UNIT_COLUMNS:
        statement = statement.where(unit.is_not(None))
    if unit is not None and plan.unit_id is not None:
        statement = statement.where(unit == plan.unit_id)
    if plan.by is not None:
        statement = statement.join(
            PatientFact,
            and_(PatientFact.org == table.org, PatientFact.patient_id == table.patient_id),
            isouter=True,
        ).where(table.patient_id.is_not(None))
    return statement


def _keys(plan: Plan) -> list[Any]:
    """The GROUP BY columns: unit, period key (none for a range bucket), equity group (raw:
    NULL groups are unknown). The unit leads, as in the unit covering indexes (org, unit,
    month, ...): PostgreSQL 15 groups in the order written, and then reads them presorted."""
    unit = _unit_column(plan)
    keys: list[Any] = [] if unit is None else [unit]
    if plan.period != RANGE:
        keys.append(getattr(plan.spec.table, plan.period))
    if plan.by is not None:
        keys.append(EQUITY_COLUMNS[plan.by])
    return keys


def group_key(plan: Plan, values: Sequence[Any]) -> Key:
    """The (period, unit, group) of one result row whose leading values are :func:`_keys`.

    A range bucket's period is the range's start (:data:`OPEN_START` when it has none)."""
    unit, position = plan.unit_id, 0
    if _unit_column(plan) is not None:
        unit, position = values[0], 1
    if plan.period == RANGE:
        period = plan.start or OPEN_START
    else:
        period = values[position]
        position += 1
    group = values[position] if plan.by is not None else None
    return (period, unit, group)


def aggregate_rows(session: Session, plan: Plan) -> list[Row]:
    """One row per (period, unit, group): denominator, numerator or total, and ``n``.

    A range bucket also reads its earliest fact's day, and has no row without facts (an
    aggregate without ``GROUP BY`` answers one row even over nothing)."""
    spec = plan.spec
    keys = _keys(plan)
    in_range = plan.period == RANGE
    numerator = spec.numerator if spec.numerator is not None else literal(None)
    total = spec.total if spec.total is not None else literal(None)
    first = func.min(spec.table.day) if in_range else literal(None)
    statement = _where(
        plan,
        select(
            *keys,
            spec.denominator.label("den"),
            numerator.label("num"),
            total.label("tot"),
            _n(plan).label("n"),
            first.label("first_day"),
        ),
    ).group_by(*keys)
    if in_range:
        statement = statement.having(func.count() > 0)
    rows = []
    for values in session.execute(statement):
        period, unit, group = group_key(plan, values)
        den, num, tot, n, first_day = values[-5:]
        rows.append(
            Row(
                period=period,
                unit_id=unit,
                group=group,
                numerator=None if num is None else float(num),
                denominator=float(den or 0),
                total=None if tot is None else float(tot),
                n=int(n or 0),
                first_day=first_day,
            )
        )
    return rows


def quantile_values(session: Session, plan: Plan) -> Iterator[tuple[Key, int, list[float]]]:
    """(key, count, [quantile]) per group, from each group's distinct values and their counts.

    The database counts (``GROUP BY`` the keys and the value): waits are whole days, so a
    group of 100,000 referrals comes back as a few hundred rows instead of streaming every
    value into Python, and the quantile is exactly the one of all the values.
    """
    spec = plan.spec
    keys = _keys(plan)
    column = spec.quantile_column
    statement = (
        _where(plan, select(*keys, column, func.count()))
        .where(column.is_not(None))
        .group_by(*keys, column)
        .order_by(*keys, column)
        .execution_options(yield_per=STREAM_ROWS)
    )
    counted = (
        (group_key(plan, values[:-1]), float(values[-2]), int(values[-1]))
        for values in session.execute(statement)
    )
    assert spec.quantile is not None
    yield from grouped_counted_quantiles(counted, (spec.quantile,))

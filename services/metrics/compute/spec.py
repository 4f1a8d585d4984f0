"""How one catalog metric maps onto its fact table: the SQL pieces the query builder assembles.

A :class:`MetricSpec` holds SQLAlchemy expressions, not SQL strings, so that one definition
runs unchanged on SQLite and PostgreSQL. The fact modules (``facts.encounters`` and its
siblings) declare one spec per metric; :mod:`services.metrics.compute.sql` turns a spec and a
query into one ``GROUP BY`` statement.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, case, func

from services.metrics.catalog import Filter


def count_where(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    """``SUM(CASE WHEN condition THEN 1 ELSE 0 END)``: a count both databases agree on."""
    return func.sum(case((condition, 1), else_=0))


@dataclass(frozen=True)
class MetricSpec:
    """The SQL of one metric.

    ``population`` selects the facts in the denominator (a kept-rate's fulfilled, no-show and
    patient-cancelled appointments). ``denominator`` and ``numerator`` are aggregates over that
    population; ``total`` is an aggregate summed for a mean (value = total / denominator) that
    is not published as a numerator. A quantile metric names its ``quantile`` and the column it
    summarises; its value comes from the values themselves, not from SQL. ``n_rows`` narrows
    the facts ``n`` counts to those the value rests on (acknowledged alerts for a median of
    hours to acknowledge); None means the whole population. ``filters`` maps each filter of
    the definition to its column; None marks a filter the fact table cannot serve yet.
    A filter keeps the rows whose column equals its value and, where ``unfiltered`` names
    the filter, the rows that condition selects.
    """

    table: Any
    population: tuple[ColumnElement[bool], ...]
    denominator: ColumnElement[Any]
    filters: Mapping[Filter, Any] = field(default_factory=dict)
    numerator: ColumnElement[Any] | None = None
    total: ColumnElement[Any] | None = None
    quantile: float | None = None
    quantile_column: Any = None
    n_rows: ColumnElement[bool] | None = None
    anonymous: bool = False
    """Every fact is its own respondent: ``n`` counts rows (the well-being survey)."""
    unfiltered: Mapping[Filter, ColumnElement[bool]] = field(default_factory=dict)
    """Rows a filter lets through whatever its value: the rows of a stacked relation that
    lack the filter's column (the kept sessions beside feedback on one form)."""

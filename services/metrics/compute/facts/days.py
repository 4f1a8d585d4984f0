"""Calendar arithmetic in SQL that SQLite and PostgreSQL both run, for relations whose reference
day is computed at query time (the 60th day without a kept session, a waiting list's week ends)
and so has no period keys stored with the fact.

Each is a SQL expression compiled per dialect; they agree with
:func:`services.metrics.sync.apply.periods.period_keys` (ISO weeks start on Monday). SQLite
keeps dates as ``YYYY-MM-DD`` text, which its date functions read and write.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement


class _DayFunction(FunctionElement[Any]):
    type = Date()
    inherit_cache = True


class days_after(_DayFunction):  # noqa: N801 - reads as the SQL function it is
    """``day + days`` (days an integer expression)."""

    name = "days_after"
    inherit_cache = True


class week_of(_DayFunction):  # noqa: N801
    """The Monday of the day's ISO week."""

    name = "week_of"
    inherit_cache = True


class month_of(_DayFunction):  # noqa: N801
    """The first day of the day's month."""

    name = "month_of"
    inherit_cache = True


class quarter_of(_DayFunction):  # noqa: N801
    """The first day of the day's calendar quarter."""

    name = "quarter_of"
    inherit_cache = True


class days_between(FunctionElement[Any]):  # noqa: N801
    """Whole days from ``earlier`` to ``later`` (arguments: later, earlier)."""

    type = Integer()
    name = "days_between"
    inherit_cache = True


def _args(compiler: Any, element: Any, **kw: Any) -> list[str]:
    return [compiler.process(arg, **kw) for arg in element.clauses]


@compiles(days_after, "sqlite")
def _days_after_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    day, days = _args(compiler, element, **kw)
    return f"date({day}, printf('%+d days', {days}))"


@compiles(days_after, "postgresql")
def _days_after_pg(element: Any, compiler: Any, **kw: Any) -> str:
    day, days = _args(compiler, element, **kw)
    return f"(CAST({day} AS DATE) + CAST({days} AS INTEGER))"


@compiles(week_of, "sqlite")
def _week_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    (day,) = _args(compiler, element, **kw)
    # strftime('%w') is 0 on Sunday: days since Monday are (w + 6) % 7.
    return f"date({day}, printf('-%d days', (CAST(strftime('%w', {day}) AS INTEGER) + 6) % 7))"


@compiles(month_of, "sqlite")
def _month_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    (day,) = _args(compiler, element, **kw)
    return f"date({day}, 'start of month')"


@compiles(quarter_of, "sqlite")
def _quarter_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    (day,) = _args(compiler, element, **kw)
    back = f"(CAST(strftime('%m', {day}) AS INTEGER) - 1) % 3"
    return f"date({day}, 'start of month', printf('-%d months', {back}))"


def _trunc(unit: str) -> Any:
    def compile_pg(element: Any, compiler: Any, **kw: Any) -> str:
        (day,) = _args(compiler, element, **kw)
        return f"CAST(date_trunc('{unit}', CAST({day} AS DATE)) AS DATE)"

    return compile_pg


compiles(week_of, "postgresql")(_trunc("week"))
compiles(month_of, "postgresql")(_trunc("month"))
compiles(quarter_of, "postgresql")(_trunc("quarter"))


@compiles(days_between, "sqlite")
def _between_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    later, earlier = _args(compiler, element, **kw)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _between_pg(element: Any, compiler: Any, **kw: Any) -> str:
    later, earlier = _args(compiler, element, **kw)
    return f"(CAST({later} AS DATE) - CAST({earlier} AS DATE))"


def period_columns(day: Any) -> list[Any]:
    """``day``, ``week``, ``month`` and ``quarter`` columns of a computed day."""
    return [
        day.label("day"),
        week_of(day).label("week"),
        month_of(day).label("month"),
        quarter_of(day).label("quarter"),
    ]

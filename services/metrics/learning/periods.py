"""Calendar periods as the facts key them: the first day of a Monday week, a month or a quarter.

Labels read the way QI teams write them (``2026-03``, ``2026-Q1``, ``2026-W09``) and sort in
time order within one period length; ordinals number periods so that a slope is per period
even when some periods are missing from a series.

A series may also be of rolling quarters (:data:`ROLLING_QUARTER`): one point per month, each
covering the three months ending with it. On the calendar such a series steps by months, so
every function here treats it as ``month`` (its points are labelled by the month they end).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from services.metrics.catalog import Period

ROLLING_QUARTER: Literal["rolling-quarter"] = "rolling-quarter"
SeriesPeriod = Literal["week", "month", "quarter", "rolling-quarter"]
"""What a per-period series may step by: a period length, or rolling quarters."""
WINDOW_MONTHS = 3
"""Months in a rolling quarter."""


def _grain(period: SeriesPeriod) -> Period:
    return "month" if period == ROLLING_QUARTER else period


def months_before(start: date, months: int) -> date:
    """The first day of the month ``months`` before the month starting on ``start``."""
    index = start.year * 12 + start.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def period_start(day: date, period: SeriesPeriod) -> date:
    """The first day of the period `day` falls in."""
    period = _grain(period)
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_period(start: date, period: SeriesPeriod) -> date:
    """The first day of the period after the one starting on `start`."""
    period = _grain(period)
    if period == "week":
        return start + timedelta(days=7)
    months = 1 if period == "month" else 3
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


def ordinal(start: date, period: SeriesPeriod) -> int:
    """A period number: consecutive periods get consecutive numbers."""
    period = _grain(period)
    if period == "week":
        return start.toordinal() // 7
    months = start.year * 12 + start.month - 1
    return months if period == "month" else months // 3


def label(start: date, period: SeriesPeriod) -> str:
    """``2026-W09`` (ISO week), ``2026-03`` (also a rolling quarter ending in March) or
    ``2026-Q1``."""
    period = _grain(period)
    if period == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{start.year}-{start.month:02d}"
    return f"{start.year}-Q{(start.month - 1) // 3 + 1}"


def periods_between(first: date, last: date, period: SeriesPeriod) -> list[date]:
    """Every period start from the period of `first` to the period of `last`, inclusive."""
    out, current, end = [], period_start(first, period), period_start(last, period)
    while current <= end:
        out.append(current)
        current = next_period(current, period)
    return out


def period_end(start: date, period: SeriesPeriod) -> date:
    """The last day of the period starting on ``start``."""
    return next_period(start, period) - timedelta(days=1)


def align(
    start: date | None, end: date | None, period: SeriesPeriod
) -> tuple[date | None, date | None]:
    """A requested range snapped outward to whole periods: ``start`` back to the first day of
    its period, ``end`` on to the last day of its period (an open end stays open).

    Day-level ranges are a differencing channel: two ranges a day apart differ by one day's
    facts, and sliding a range day by day finds where a rounded count changes. Every published
    range is therefore a union of whole periods of the grain asked for (whole months for the
    views that show one value over a range), which are published on their own anyway.
    """
    return (
        None if start is None else period_start(start, period),
        None if end is None else period_end(period_start(end, period), period),
    )

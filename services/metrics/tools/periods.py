"""Calendar periods as the facts key them: the first day of a Monday week, a month or a quarter.

Labels read the way QI teams write them (``2026-03``, ``2026-Q1``, ``2026-W09``) and sort in
time order within one period length; ordinals number periods so that a slope is per period
even when some periods are missing from a series.
"""

from __future__ import annotations

from datetime import date, timedelta

from services.metrics.catalog import Period


def period_start(day: date, period: Period) -> date:
    """The first day of the period `day` falls in."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_period(start: date, period: Period) -> date:
    """The first day of the period after the one starting on `start`."""
    if period == "week":
        return start + timedelta(days=7)
    months = 1 if period == "month" else 3
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


def ordinal(start: date, period: Period) -> int:
    """A period number: consecutive periods get consecutive numbers."""
    if period == "week":
        return start.toordinal() // 7
    months = start.year * 12 + start.month - 1
    return months if period == "month" else months // 3


def label(start: date, period: Period) -> str:
    """``2026-W09`` (ISO week), ``2026-03`` or ``2026-Q1``."""
    if period == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{start.year}-{start.month:02d}"
    return f"{start.year}-Q{(start.month - 1) // 3 + 1}"


def periods_between(first: date, last: date, period: Period) -> list[date]:
    """Every period start from the period of `first` to the period of `last`, inclusive."""
    out, current, end = [], period_start(first, period), period_start(last, period)
    while current <= end:
        out.append(current)
        current = next_period(current, period)
    return out


def period_end(start: date, period: Period) -> date:
    """The last day of the period starting on ``start``."""
    return next_period(start, period) - timedelta(days=1)


def align(start: date | None, end: date | None, period: Period) -> tuple[date | None, date | None]:
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

"""Period keys: the first day of the day, ISO week, month and quarter of a local date."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache


@lru_cache(maxsize=4096)
def period_keys(day: date) -> dict[str, date]:
    """``day``, ``week`` (its Monday), ``month`` and ``quarter`` for one calendar date.

    Cached: a page of events falls on a few hundred distinct days at most.
    """
    quarter_month = 3 * ((day.month - 1) // 3) + 1
    return {
        "day": day,
        "week": day - timedelta(days=day.weekday()),
        "month": day.replace(day=1),
        "quarter": date(day.year, quarter_month, 1),
    }


def local_keys(moment: datetime) -> dict[str, date]:
    """Period keys of a time in the calendar of the offset the producer sent it with.

    An evening session in New York stays on its own day: ``moment.date()`` is read before any
    conversion to UTC.
    """
    return period_keys(moment.date())

"""FHIR ``date`` search on a score Observation's ``effectiveDateTime`` (the completion time).

A search value is a date or dateTime at some precision, and stands for the whole range that
precision covers: ``2026-01`` is all of January, ``2026-01-15T10:30`` that minute. Values
without a time zone are read as UTC. Each prefix compares the Observation's instant ``t`` with
that range ``[start, end)``, as FHIR R4 "Search: date" defines it for a point in time:

    eq  start <= t < end      ne  t < start or t >= end
    ge  t >= start            le  t < end
    gt  t >= end   (sa too)   lt  t < start   (eb too)

``ap`` (approximately) is not supported; repeated parameters all apply (AND), so a range is
``date=ge2026-01-01&date=lt2026-02-01``.

Source: HL7 FHIR R4 (4.0.1), section 3.1.1.5.4 "date", and the prefix table of 3.1.1.4.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import ColumnElement, and_, or_

from services.measures.errors import InvalidSearchError

PREFIXES = ("eq", "ne", "gt", "lt", "ge", "le", "sa", "eb")
_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<fraction>\d{1,6}))?)?"
    r"(?P<zone>Z|[+-]\d{2}:\d{2})?)?)?)?"
)


@dataclass(frozen=True)
class DateCondition:
    """One ``date`` parameter: its prefix and the range its value stands for."""

    prefix: str
    start: datetime
    end: datetime

    def clause(self, column: Any) -> ColumnElement[bool]:
        """The SQL condition on a UTC timestamp column."""
        start, end = self.start, self.end
        match self.prefix:
            case "eq":
                return and_(column >= start, column < end)
            case "ne":
                return or_(column < start, column >= end)
            case "ge":
                return column >= start  # type: ignore[no-any-return]
            case "le":
                return column < end  # type: ignore[no-any-return]
            case "gt" | "sa":
                return column >= end  # type: ignore[no-any-return]
            case _:  # lt, eb
                return column < start  # type: ignore[no-any-return]


def parse_date(value: str) -> DateCondition:
    """A ``date`` parameter's value, or :class:`InvalidSearchError` naming what is wrong."""
    prefix, rest = (value[:2], value[2:]) if value[:2].isalpha() else ("eq", value)
    if prefix not in PREFIXES:
        raise InvalidSearchError("date", f"unsupported prefix {prefix[:2]!r}")
    match = _VALUE.fullmatch(rest)
    if match is None:
        raise InvalidSearchError("date", "expected YYYY, YYYY-MM, YYYY-MM-DD or a dateTime")
    try:
        start, step = _range(match.groupdict())
        return DateCondition(prefix, start.astimezone(UTC), _add(start, step))
    except (ValueError, OverflowError) as exc:
        raise InvalidSearchError("date", "not a real date or time") from exc


def _range(parts: dict[str, str | None]) -> tuple[datetime, tuple[str, int]]:
    """The range's start (in the value's zone) and its length (a unit and a count)."""
    zone = parts["zone"]
    tz: timezone = UTC
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        hours, minutes = int(zone[1:3]), int(zone[4:6])
        tz = UTC if hours == minutes == 0 else _offset(sign * (hours * 60 + minutes))
    year = int(parts["year"] or 0)
    if parts["month"] is None:
        return datetime(year, 1, 1, tzinfo=tz), ("year", 1)
    month = int(parts["month"])
    if parts["day"] is None:
        return datetime(year, month, 1, tzinfo=tz), ("month", 1)
    day = int(parts["day"])
    if parts["hour"] is None:
        return datetime(year, month, day, tzinfo=tz), ("day", 1)
    hour, minute = int(parts["hour"] or 0), int(parts["minute"] or 0)
    if parts["second"] is None:
        return datetime(year, month, day, hour, minute, tzinfo=tz), ("minute", 1)
    second = int(parts["second"])
    fraction = parts["fraction"] or ""
    micro = int(fraction.ljust(6, "0")) if fraction else 0
    start = datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
    return start, ("microsecond", 10 ** (6 - len(fraction))) if fraction else ("second", 1)


def _offset(minutes: int) -> timezone:
    if abs(minutes) >= 24 * 60:
        raise ValueError("offset out of range")
    return timezone(timedelta(minutes=minutes))


def _add(start: datetime, step: tuple[str, int]) -> datetime:
    unit, count = step
    if unit == "year":
        return start.replace(year=start.year + count).astimezone(UTC)
    if unit == "month":
        year, month = divmod(start.month - 1 + count, 12)
        return start.replace(year=start.year + year, month=month + 1).astimezone(UTC)
    return (start + timedelta(**{f"{unit}s": count})).astimezone(UTC)

"""Metric values as CSV: the same published cells as the JSON, suppressed numbers left empty."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from fastapi import Request

from services.metrics.catalog import Level
from services.metrics.compute.disclosure.publish import PublishedCell
from services.metrics.learning.periods import SeriesPeriod

CSV_MEDIA_TYPE = "text/csv"
CSV_COLUMNS = (
    "metric_id",
    "level",
    "unit_id",
    "period",
    "period_start",
    "value",
    "numerator",
    "denominator",
    "n",
    "suppressed",
    "reason",
    "rounded_to",
)


def wants_csv(request: Request, format: str | None) -> bool:
    """`format=csv` or an Accept header that prefers CSV to JSON."""
    if format is not None:
        return format == "csv"
    accept = request.headers.get("accept", "")
    return CSV_MEDIA_TYPE in accept and "application/json" not in accept


def values_csv(
    *, metric_id: str, level: Level, period: SeriesPeriod, cells: Sequence[PublishedCell]
) -> str:
    """The published cells as CSV: the same suppression as JSON, suppressed numbers empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in cells:
        writer.writerow(
            [
                metric_id,
                level,
                c.unit_id,
                period,
                c.period.isoformat(),
                "" if c.value is None else repr(c.value),
                "" if c.numerator is None else repr(c.numerator),
                "" if c.denominator is None else repr(c.denominator),
                "" if c.n is None else c.n,
                "true" if c.suppressed else "false",
                c.reason or "",
                "" if c.rounded_to is None else c.rounded_to,
            ]
        )
    return out.getvalue()

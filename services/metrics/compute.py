"""Computing a catalog metric from the facts: the one entry point every metrics tool uses.

A query names a metric, a level (clinician, team, site, org, collaborative), optionally one unit
at that level, a period length and a date range, and filters. The answer is one :class:`Cell`
per period and unit (and per equity group when ``by`` is given), unsuppressed: publishing
layers apply small-cell suppression (:mod:`services.metrics.publish`) before anything leaves
the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import EquityDimension, Filter, Level, Period

__all__ = ["Cell", "MetricQuery", "compute"]


@dataclass(frozen=True)
class MetricQuery:
    """What to compute. ``start`` and ``end`` bound the facts' reference dates (inclusive);
    ``unit_id`` None means every unit at the level."""

    metric_id: str
    level: Level = "org"
    unit_id: str | None = None
    period: Period = "month"
    start: date | None = None
    end: date | None = None
    filters: tuple[tuple[Filter, str], ...] = ()


@dataclass(frozen=True)
class Cell:
    """One value: a period (its first day) of one unit, optionally of one equity group.

    ``numerator``/``denominator`` are the counts (or sums) behind a proportion or rate; for
    continuous metrics ``numerator`` is None and ``denominator`` the number of facts
    summarised. ``n`` is the number of distinct patients (respondents, for anonymous facts)
    the value rests on; ``value`` is None when there is nothing to summarise.
    """

    period: date
    unit_id: str
    numerator: float | None
    denominator: float | None
    n: int
    value: float | None
    group: str | None = None


def compute(
    session: Session,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    by: EquityDimension | None = None,
) -> list[Cell]:
    """Cells ordered by period, then unit, then group. ``orgs`` are the organizations whose
    facts count: the caller's own, or a collaborative's members at the collaborative level
    (whose cells then carry the collaborative id as ``unit_id``)."""
    raise NotImplementedError("filled in by the metrics computation work")

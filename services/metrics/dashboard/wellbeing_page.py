"""The team well-being page: the staff survey's and the workforce records' metrics of one
team (or site, or the organization) at their latest periods, as published.

Each metric's series is :func:`~services.metrics.learning.charts.unit_series`, the cells the
values and chart routes publish for the unit (suppressed with their siblings and total, then
rounded), and the page shows its last :data:`SHOWN` periods with facts. A suppressed cell is
shown as "suppressed", never as a number, so nothing here is finer than what ``/v1`` answers.
Units are read from the caller's own organization only (the workforce fact tables), and a unit
typed into the URL that is not among them is replaced by the first, with a notice, as the
chart page does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from sqlmodel import Session

from services.metrics.catalog import Level, MetricDefinition, Period
from services.metrics.catalog.workforce import STAFFING_DEFINITIONS, SURVEY_DEFINITIONS
from services.metrics.compute.core import SPECS
from services.metrics.compute.disclosure.cell import PublishedCell
from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.dashboard import formatting
from services.metrics.dashboard.choices import LEVEL_LABELS, units_at
from services.metrics.learning import periods
from services.metrics.learning.charts import unit_series
from services.metrics.learning.selection import resolve_scope, resolve_selection
from services.metrics.stats.rounding import Rounding

LEVELS: tuple[Level, ...] = ("team", "site", "org")
"""The survey is anonymous from the team level up; the collaborative level is the chart page's."""
PERIODS: tuple[Period, ...] = ("quarter", "month")
"""The workforce metrics are stocks at month ends: no weeks. Quarter first: campaigns are
seldom more frequent, so a quarter holds a team's latest round."""
SHOWN = 2
"""Periods shown per metric: the latest with facts and the one before it."""


@dataclass(frozen=True)
class Shown:
    """One period's published value as the table prints it."""

    period: str
    value: str
    n: str
    suppressed: bool


@dataclass(frozen=True)
class Row:
    definition: MetricDefinition
    latest: Shown | None
    before: Shown | None
    chart_link: str


@dataclass(frozen=True)
class WellbeingPage:
    level: Level
    unit: str | None
    units: tuple[str, ...]
    period: Period
    threshold: int | None
    survey: tuple[Row, ...]
    workforce: tuple[Row, ...]
    notices: tuple[str, ...]


def wellbeing_units(session: Session, *, org: str, level: Level) -> tuple[str, ...]:
    """The units of ``level`` with survey or workforce facts in the organization (one query
    per fact table)."""
    if level == "org":
        return (org,)
    found: set[str] = set()
    tables: set[int] = set()
    for definition in SURVEY_DEFINITIONS + STAFFING_DEFINITIONS:
        table = id(SPECS[definition.metric_id].table)
        if table not in tables:
            tables.add(table)
            found.update(units_at(session, org=org, definition=definition, level=level))
    return tuple(sorted(found))


def _shown(cell: PublishedCell, start: date, definition: MetricDefinition, period: Period
           ) -> Shown:  # fmt: skip
    label = periods.label(start, period)
    if cell.suppressed:
        return Shown(label, "suppressed", "\u2014", True)
    return Shown(label, formatting.value(cell.value, definition.unit),
                 formatting.count(cell.n), False)  # fmt: skip


def _row(
    session: Session, definition: MetricDefinition, *, org: str, level: Level,
    unit: str | None, period: Period, threshold: int, bases: Rounding,
) -> Row:  # fmt: skip
    selection = resolve_selection(
        session, caller_org=org, metric_id=definition.metric_id, level=level, unit=unit,
        period=period, start=None, end=None, filters={},
    )  # fmt: skip
    series = unit_series(session, selection=selection, threshold=threshold, viewer_org=org,
                         bases=bases)  # fmt: skip
    found: list[Shown | None] = [
        _shown(p.cell, p.period, definition, period) for p in reversed(series) if p.cell
    ]
    found += [None] * SHOWN
    query = {"metric": definition.metric_id, "level": level, "period": period}
    if level != "org" and unit:
        query["unit"] = unit
    return Row(definition, found[0], found[1], f"/dashboard?{urlencode(query)}")


def _unit(level: Level, asked: str | None, units: tuple[str, ...]) -> tuple[str | None, list[str]]:
    """The unit to show and the notice when it is not the one asked for."""
    if level == "org":
        return None, []
    unit = asked if asked in units else (units[0] if units else None)
    if asked and asked != unit:
        noun = LEVEL_LABELS[level].lower()
        shown = f"showing {unit}." if unit else "none has any yet."
        return unit, [f"No {noun} {asked!r} with survey or workforce data here: {shown}"]
    return unit, []


def wellbeing_page(
    session: Session, *, org: str, level: Level, unit: str | None, period: Period,
    floor: int, bases: Rounding,
) -> WellbeingPage:  # fmt: skip
    """The page for a caller of ``org``, published with the deployment's ``floor`` and
    ``bases`` (the API's, so that the page and the values route show the same numbers)."""
    units = wellbeing_units(session, org=org, level=level)
    chosen, notices = _unit(level, unit, units)
    if level != "org" and chosen is None:
        return WellbeingPage(level, None, units, period, None, (), (), tuple(notices))
    orgs, _ = resolve_scope(session, caller_org=org, level=level, unit=chosen)
    threshold = threshold_for(session, floor=floor, orgs=orgs)

    def rows(definitions: tuple[MetricDefinition, ...]) -> tuple[Row, ...]:
        return tuple(
            _row(session, d, org=org, level=level, unit=chosen, period=period, threshold=threshold,
                 bases=bases)
            for d in definitions
        )  # fmt: skip

    return WellbeingPage(
        level, chosen, units, period, threshold, rows(SURVEY_DEFINITIONS),
        rows(STAFFING_DEFINITIONS), tuple(notices),
    )  # fmt: skip

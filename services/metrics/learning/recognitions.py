"""Recognitions: units whose charts show a sustained change for the better, to celebrate.

For every unit of a level and every catalog metric computed there, the unit's published
series is charted as ``GET /v1/metrics/{id}/chart`` charts it (:mod:`.charts`), and a unit is
recognized for each sustained special-cause signal in the metric's better direction: a shift
(a run of points on one side of the centre line) or a trend, by the chosen rule set. One point
beyond a limit is not enough (it may be a good month, not a changed process). Only published
points take part, so a recognition never rests on a suppressed value.

Every unit of the level is published together (one :func:`~services.metrics.compute.
disclosure.publish.publish` per metric, which looks at every sibling anyway), then charted one
by one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session

from services.metrics.catalog import CATALOG, Level, MetricDefinition
from services.metrics.compute import MetricQuery
from services.metrics.compute.disclosure.publish import publish
from services.metrics.learning import periods
from services.metrics.learning.charts import ChartView, SeriesPoint, build_view
from services.metrics.learning.overview import filter_sets
from services.metrics.learning.selection import Selection, check_filters
from services.metrics.stats.making_data_count import sustained_in
from services.metrics.stats.rounding import Rounding
from services.metrics.stats.rule_sets import RuleSetId
from services.metrics.stats.signals import Signal


@dataclass(frozen=True)
class Recognition:
    """One unit's sustained improvement on one metric, with the chart that shows it."""

    definition: MetricDefinition
    unit_id: str
    view: ChartView
    signal: Signal

    @property
    def last_period(self) -> date:
        return self.view.series[self.signal.indexes[-1]].period


def level_series(
    session: Session,
    *,
    selection: Selection,
    threshold: int,
    viewer_org: str,
    bases: Rounding,
) -> dict[str, list[SeriesPoint]]:
    """Each unit's published series (as :func:`.charts.unit_series` gives one unit's), from
    its first period with facts to its last."""
    by_unit: dict[str, dict[date, SeriesPoint]] = {}
    for cell in publish(
        session, orgs=selection.orgs, query=selection.query, threshold=threshold,
        viewer_org=viewer_org, bases=bases,
    ):  # fmt: skip
        if cell.group is None:
            by_unit.setdefault(cell.unit_id, {})[cell.period] = SeriesPoint(cell.period, cell)
    out = {}
    for unit, points in sorted(by_unit.items()):
        every = periods.periods_between(min(points), max(points), selection.period)
        out[unit] = [points.get(p, SeriesPoint(p, None)) for p in every]
    return out


def recognitions(
    session: Session,
    *,
    caller_org: str,
    level: Level,
    since: date | None,
    period: periods.SeriesPeriod,
    rule_set: RuleSetId,
    given: Mapping[str, str | None],
    threshold: int,
    bases: Rounding,
    metric_id: str | None = None,
    domain: str | None = None,
    end: date | None = None,
) -> list[Recognition]:
    """The level's units with a sustained improvement whose last period ends on or after
    ``since`` (every one when None), by metric in catalog order, then unit; only
    ``metric_id``'s or ``domain``'s metrics when given; charts end with ``end``'s period when
    given (the recognition worker leaves out the period still under way)."""
    found: list[Recognition] = []
    orgs = (caller_org,)
    for definition in CATALOG.values():
        if level not in definition.levels or metric_id not in (None, definition.metric_id):
            continue
        if domain not in (None, definition.domain):
            continue
        for filters in filter_sets(session, definition=definition, given=given, orgs=orgs):
            query = MetricQuery(
                metric_id=definition.metric_id,
                level=level,
                unit_id=caller_org if level == "org" else None,
                period=period,
                end=end,
                filters=check_filters(definition, filters),
            )
            whole = Selection(definition, query, orgs)
            for unit, series in level_series(
                session, selection=whole, threshold=threshold, viewer_org=caller_org,
                bases=bases,
            ).items():  # fmt: skip
                own = Selection(definition, replace(query, unit_id=unit), orgs)
                view = build_view(selection=own, requested=None, baseline=None,
                                  series=series, interventions=(), rule_set=rule_set)  # fmt: skip
                if view.control is None:
                    continue
                for signal in sustained_in(view.control, view.control_signals,
                                              definition.better):  # fmt: skip
                    recognition = Recognition(definition, unit, view, signal)
                    ends = periods.period_end(recognition.last_period, period)
                    if since is None or ends >= since:
                        found.append(recognition)
    return found

"""The overview: every catalog metric's latest value for one unit, read the Making Data Count
way (NHS England / NHS Improvement, "Making Data Count: Strengthening your decisions", and its
SPC icon guidance; the icons are :mod:`services.metrics.stats.making_data_count`).

Each metric is charted exactly as ``GET /v1/metrics/{id}/chart`` charts it (the same
selection, published series and rule set: :mod:`.charts`), so the icon and the chart it links
to cannot disagree. Only published values take part: a suppressed period is shown as
suppressed and, as on the chart, is neither plotted nor used for the limits, so no icon rests
on a hidden value. A metric that needs a filter nobody gave (a feedback metric's form) gets
one entry per value its facts hold in the organization (at most :data:`MAX_FILTER_VALUES`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from services.metrics.catalog import CATALOG, Filter, Level, MetricDefinition
from services.metrics.compute.core import SPECS
from services.metrics.learning.charts import ChartView, SeriesPoint, build_view, unit_series
from services.metrics.learning.periods import SeriesPeriod
from services.metrics.learning.selection import resolve_scope, resolve_selection
from services.metrics.learning.targets import targets_for
from services.metrics.models import MetricTarget
from services.metrics.stats.making_data_count import (
    Assurance,
    VariationReading,
    assurance,
    variation,
)
from services.metrics.stats.rounding import Rounding
from services.metrics.stats.rule_sets import RuleSetId

MAX_FILTER_VALUES = 20
"""A required filter's values listed at most (a feedback metric per form)."""


@dataclass(frozen=True)
class Entry:
    """One metric (with one set of filters) of the overview."""

    definition: MetricDefinition
    filters: dict[str, str]
    view: ChartView | None
    latest: SeriesPoint | None
    reading: VariationReading | None
    target: MetricTarget | None
    assurance: Assurance | None


def _values(session: Session, definition: MetricDefinition, name: Filter, orgs: Sequence[str]
            ) -> list[str]:  # fmt: skip
    spec = SPECS[definition.metric_id]
    column = spec.filters.get(name)
    if column is None:
        return []
    rows = session.exec(
        select(column)
        .where(col(spec.table.org).in_(list(orgs)), col(column).is_not(None))
        .distinct()
        .order_by(column)
        .limit(MAX_FILTER_VALUES)
    ).all()
    return [str(r) for r in rows]


def filter_sets(
    session: Session,
    *,
    definition: MetricDefinition,
    given: Mapping[str, str | None],
    orgs: Sequence[str],
) -> list[dict[Filter, str | None]]:
    """The filters to chart the metric with: those given that the metric has (the others are
    not its business), and for a required filter not given, each value its facts hold (none:
    no entry can be computed, an empty list)."""
    spec = SPECS[definition.metric_id]
    own: dict[Filter, str | None] = {
        name: given.get(name) for name in definition.filters if spec.filters.get(name) is not None
    }
    sets: list[dict[Filter, str | None]] = [own]
    defaults = dict(definition.default_filters)
    for name in definition.required_filters:
        if own.get(name) is None and name not in defaults:
            values = _values(session, definition, name, orgs)
            sets = [{**s, name: v} for s in sets for v in values]
    return sets


def summarize(definition: MetricDefinition, view: ChartView, target: MetricTarget | None) -> Entry:
    """The latest value and the two icons of one chart."""
    latest = next((s for s in reversed(view.series) if s.cell is not None), None)
    reading = None
    if view.control is not None and view.control.plotted:
        reading = variation(view.control, view.control_signals, definition.better)
    judged = None
    if reading is not None:
        judged = assurance(reading.point, target.value if target else None, definition.better)
    filters: dict[str, str] = dict(view.selection.query.filters)
    return Entry(definition, filters, view, latest, reading, target, judged)


def overview(
    session: Session,
    *,
    caller_org: str,
    level: Level,
    unit: str | None,
    period: SeriesPeriod,
    start: date | None,
    end: date | None,
    rule_set: RuleSetId,
    given: Mapping[str, str | None],
    threshold: int,
    bases: Rounding,
    domain: str | None = None,
) -> list[Entry]:
    """Every catalog metric computed at ``level`` (of ``domain`` when given), in catalog
    order, for the unit; the unit is checked once, as every learning route checks it."""
    orgs, _ = resolve_scope(session, caller_org=caller_org, level=level, unit=unit)
    chosen = [
        d for d in CATALOG.values() if level in d.levels and (domain is None or d.domain == domain)
    ]
    targets = targets_for(session, org=caller_org, level=level, unit_id=unit,
                          metric_ids=[d.metric_id for d in chosen])  # fmt: skip
    entries: list[Entry] = []
    for definition in chosen:
        target = targets.get(definition.metric_id)
        sets = filter_sets(session, definition=definition, given=given, orgs=orgs)
        if not sets:
            entries.append(Entry(definition, {}, None, None, None, target, None))
        for filters in sets:
            selection = resolve_selection(
                session, caller_org=caller_org, metric_id=definition.metric_id, level=level,
                unit=unit, period=period, start=start, end=end, filters=filters,
            )  # fmt: skip
            series = unit_series(session, selection=selection, threshold=threshold,
                                 viewer_org=caller_org, bases=bases)  # fmt: skip
            view = build_view(selection=selection, requested=None, baseline=None,
                              series=series, interventions=(), rule_set=rule_set)  # fmt: skip
            entries.append(summarize(definition, view, target))
    return entries

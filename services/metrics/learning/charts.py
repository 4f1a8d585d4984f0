"""A metric's series for one unit, as a run chart and the Shewhart chart that fits it.

The series has one point per period of the range, including periods with no facts and
periods suppressed for privacy: both are kept (so the x axis stays honest) and neither is
plotted nor feeds the centre line or limits. The chart is the one asked for when it fits the
metric, else the definition's (``auto`` proportions: p, or Laney p' for large or overdispersed
denominators, as :func:`~services.metrics.stats.charts.choose_chart` decides from the
published points).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlmodel import Session

from services.metrics.compute.disclosure.publish import PublishedCell, publish
from services.metrics.errors import InvalidParameterError
from services.metrics.learning import periods
from services.metrics.learning.chart_rules import runs_warnings
from services.metrics.learning.selection import Selection
from services.metrics.stats.charts import build_chart, choose_chart
from services.metrics.stats.errors import StatsError
from services.metrics.stats.rounding import Rounding
from services.metrics.stats.rule_sets import DEFAULT_RULE_SET, RuleSetId
from services.metrics.stats.series import Baseline, ChartResult, ChartType, Point
from services.metrics.stats.signals import (
    RunAnalysis,
    Signal,
    control_chart_signals,
    run_chart_signals,
)

#: Below this many plotted points limits are "trial limits": limits are usually computed from
#: about 20 or more subgroups (qicharts2 vignette, Anhøj).
TRIAL_LIMIT_POINTS = 20
ChartReason = Literal["requested", "definition", "data"]


@dataclass(frozen=True)
class MarkedIntervention:
    """An intervention placed on the chart: it starts at the period containing its date."""

    intervention_id: str
    title: str
    started_on: date
    period: date


@dataclass(frozen=True)
class SeriesPoint:
    """One period of the unit's series as published (None: no facts in that period)."""

    period: date
    cell: PublishedCell | None

    @property
    def suppressed(self) -> bool:
        return self.cell is not None and self.cell.suppressed


@dataclass(frozen=True)
class ChartView:
    """Everything the chart route returns and the SVG draws."""

    selection: Selection
    series: tuple[SeriesPoint, ...]
    chart: ChartType
    reason: ChartReason
    rule_set: RuleSetId
    run: ChartResult | None
    run_analysis: RunAnalysis | None
    control: ChartResult | None
    control_signals: tuple[Signal, ...]
    interventions: tuple[MarkedIntervention, ...]
    warnings: tuple[str, ...]


def unit_series(
    session: Session,
    *,
    selection: Selection,
    threshold: int,
    viewer_org: str,
    bases: Rounding,
) -> list[SeriesPoint]:
    """Every period from ``from`` (or the first period with data) to ``to`` (or the last),
    published by :func:`~services.metrics.compute.disclosure.publish` (siblings and total
    considered)."""
    query = selection.query
    cells = [
        c
        for c in publish(
            session,
            orgs=selection.orgs,
            query=query,
            threshold=threshold,
            viewer_org=viewer_org,
            bases=bases,
        )
        if c.unit_id == query.unit_id and c.group is None
    ]
    by_period = {c.period: c for c in cells}
    first = query.start or (min(by_period) if by_period else None)
    last = query.end or (max(by_period) if by_period else None)
    if first is None or last is None:
        return []
    return [
        SeriesPoint(p, by_period.get(p))
        for p in periods.periods_between(first, last, selection.period)
    ]


def chart_points(selection: Selection, series: Sequence[SeriesPoint]) -> list[Point]:
    """Stats points: counts for proportions and rates, the value for continuous metrics. A
    rate per ``per`` units (per 1,000 kept sessions) is charted with its denominator in those
    units: a u chart's area of opportunity may be any unit, and the points then read as the
    published values."""
    counts = selection.definition.kind != "continuous"
    per = selection.definition.per
    out = []
    for s in series:
        c = s.cell
        if c is None:
            out.append(Point(s.period.isoformat()))
        elif counts:
            out.append(
                Point(
                    s.period.isoformat(),
                    numerator=c.numerator,
                    denominator=None if c.denominator is None else c.denominator / per,
                    suppressed=s.suppressed,
                )
            )
        else:
            out.append(Point(s.period.isoformat(), value=c.value, suppressed=s.suppressed))
    return out


def pick_chart(
    selection: Selection, points: Sequence[Point], requested: ChartType | None
) -> tuple[ChartType, ChartReason]:
    """The requested chart when it fits the metric, else the one its data calls for."""
    definition = selection.definition
    if requested is not None:
        if requested != "run" and requested not in definition.chart_types:
            raise InvalidParameterError(
                f"A {requested} chart does not fit {definition.metric_id}; it fits run, "
                f"{', '.join(definition.chart_types)}.",
                parameter="chart",
            )
        return requested, "requested"
    if definition.chart != "auto":
        return definition.chart, "definition"
    shown = [p for p in points if not p.suppressed and p.denominator]
    try:
        chosen = choose_chart(
            definition.kind,
            [p.denominator or 0.0 for p in shown],
            [p.numerator or 0.0 for p in shown],
        )
    except StatsError:
        chosen = "p"  # sigma_z is undefined at 0% or 100%: no overdispersion to correct
    return chosen, "data"


def baseline_of(start: date | None, end: date | None, count: int | None) -> Baseline | None:
    """Frozen limits from a period range or the first ``count`` plotted points."""
    if count is not None and (start is not None or end is not None):
        raise InvalidParameterError(
            "Give either baseline_points or baseline_from/baseline_to, not both.",
            parameter="baseline_points",
        )
    if count is not None:
        return Baseline(count=count)
    if start is None and end is None:
        return None
    if start is not None and end is not None and start > end:
        raise InvalidParameterError(
            "baseline_from is after baseline_to.", parameter="baseline_from"
        )
    return Baseline(
        start=start.isoformat() if start else None, end=end.isoformat() if end else None
    )


def build_view(
    *,
    selection: Selection,
    requested: ChartType | None,
    baseline: Baseline | None,
    series: Sequence[SeriesPoint],
    interventions: Sequence[MarkedIntervention],
    rule_set: RuleSetId = DEFAULT_RULE_SET,
) -> ChartView:
    """Both charts and their signals over a published series (:func:`unit_series`), read
    with the rules of `rule_set` (:mod:`services.metrics.stats.rule_sets`)."""
    points = chart_points(selection, series)
    chart, reason = pick_chart(selection, points, requested)
    warnings: list[str] = []
    run = analysis = control = None
    control_signals: tuple[Signal, ...] = ()
    try:
        run = build_chart("run", points, baseline=baseline)
        analysis = run_chart_signals(run, rule_set)
    except StatsError as error:
        warnings.append(f"No run chart: {error}.")
    if chart != "run":
        try:
            control = build_chart(chart, points, baseline=baseline)
            control_signals = tuple(control_chart_signals(control, rule_set))
        except StatsError as error:
            warnings.append(f"No {chart} chart: {error}.")
    plotted = sum(1 for p in points if p.ratio() is not None and not p.suppressed)
    if control is not None and plotted < TRIAL_LIMIT_POINTS:
        warnings.append(
            f"Only {plotted} plotted points: treat the limits as trial limits until "
            f"{TRIAL_LIMIT_POINTS} exist."
        )
    warnings += runs_warnings(analysis)
    if any(s.suppressed for s in series):
        warnings.append("Periods resting on too few patients are suppressed and not plotted.")
    return ChartView(
        selection,
        tuple(series),
        chart,
        reason,
        rule_set,
        run,
        analysis,
        control,
        control_signals,
        tuple(interventions),
        tuple(warnings),
    )

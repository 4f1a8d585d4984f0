"""Turn a :class:`~services.metrics.learning.charts.ChartView` into its API model."""

from __future__ import annotations

from collections.abc import Sequence

from services.metrics.learning import periods
from services.metrics.learning.charts import ChartView
from services.metrics.schemas.charts import (
    ChartOut,
    ChartPointOut,
    ChartSignalOut,
    ControlChartOut,
    InterventionMarkOut,
    RuleOut,
    RuleSetOut,
    RunChartOut,
)
from services.metrics.stats.rule_sets import RULE_SETS, RULES, WHOLE_SERIES_RULES, RuleSetId
from services.metrics.stats.signals import Signal


def _per_point(signals: Sequence[Signal]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for s in signals:
        if s.rule in WHOLE_SERIES_RULES:
            continue
        for i in s.indexes:
            out.setdefault(i, [])
            if s.rule not in out[i]:
                out[i].append(s.rule)
    return out


def rule_set_out(rule_set: RuleSetId) -> RuleSetOut:
    """The rule set with every rule's meaning, for the response to say how it was read."""
    chosen = RULE_SETS[rule_set]

    def rules(ids: Sequence[str]) -> list[RuleOut]:
        return [RuleOut(rule=r, name=RULES[r].name, meaning=RULES[r].meaning,
                        whole_series=RULES[r].whole_series) for r in ids]  # fmt: skip

    return RuleSetOut(
        id=chosen.id,
        title=chosen.title,
        source=chosen.source,
        run_chart_rules=rules(chosen.run_rules),
        control_chart_rules=rules(chosen.control_rules),
    )


def chart_out(view: ChartView, *, threshold: int) -> ChartOut:
    query, definition = view.selection.query, view.selection.definition
    labels = [periods.label(s.period, view.selection.period) for s in view.series]

    def signals_out(signals: Sequence[Signal]) -> list[ChartSignalOut]:
        return [
            ChartSignalOut(
                rule=s.rule, name=s.name, periods=[labels[i] for i in s.indexes],
                meaning=RULES[s.rule].meaning, whole_series=RULES[s.rule].whole_series,
            )
            for s in signals
        ]  # fmt: skip

    run_signals = view.run_analysis.signals if view.run_analysis else ()
    on_run = _per_point(run_signals)
    on_control = _per_point(view.control_signals)
    points = []
    for i, s in enumerate(view.series):
        r = view.run.points[i] if view.run else None
        c = view.control.points[i] if view.control else None
        cell = s.cell
        shown = c or r
        points.append(
            ChartPointOut(
                period=s.period,
                label=labels[i],
                value=shown.value if shown else None,
                numerator=cell.numerator if cell else None,
                denominator=cell.denominator if cell else None,
                n=cell.n if cell else None,
                rounded_to=cell.rounded_to if cell else None,
                suppressed=s.suppressed,
                skipped=shown.skipped if shown else ("suppressed" if s.suppressed else
                                                       "missing"),
                median=r.centre if r else None,
                centre=c.centre if c else None,
                lower=c.lower if c else None,
                upper=c.upper if c else None,
                sigma=c.sigma if c else None,
                signals=on_control.get(i, []),
                run_signals=on_run.get(i, []),
            )
        )  # fmt: skip
    run = None
    if view.run is not None and view.run_analysis is not None:
        a = view.run_analysis
        run = RunChartOut(
            median=view.run.centre,
            frozen=view.run.frozen,
            useful_points=a.useful,
            runs=a.runs,
            crossings=a.crossings,
            longest_run=a.longest_run,
            longest_run_max=a.longest_run_max,
            crossings_min=a.crossings_min,
            runs_low=a.runs_low,
            runs_high=a.runs_high,
            signals=signals_out(a.signals),
        )
    control = None
    if view.control is not None:
        ch = view.control
        control = ControlChartOut(
            type=ch.chart,
            centre=ch.centre,
            frozen=ch.frozen,
            baseline_periods=[labels[i] for i in ch.baseline_indexes],
            sigma_z=ch.sigma_z,
            mr_bar=ch.mr_bar,
            mr_upper=ch.mr_upper,
            signals=signals_out(view.control_signals),
        )
    return ChartOut(
        metric_id=definition.metric_id,
        title=definition.title,
        measure_unit=definition.unit,
        better=definition.better,
        level=query.level,
        unit_id=query.unit_id or "",
        period=query.period,
        effective_from=query.start,
        effective_to=query.end,
        filters=dict(query.filters),
        chart=view.chart,
        chart_reason=view.reason,
        threshold=threshold,
        rules=rule_set_out(view.rule_set),
        points=points,
        run_chart=run,
        control_chart=control,
        interventions=[
            InterventionMarkOut(
                intervention_id=m.intervention_id,
                title=m.title,
                started_on=m.started_on,
                period=periods.label(m.period, view.selection.period),
            )
            for m in view.interventions
        ],
        warnings=list(view.warnings),
    )

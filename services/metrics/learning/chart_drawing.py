"""A chart view drawn as an image: the control chart (or the run chart), its latest intervention
or the PDSA cycles' bands marked, and a description in words for screen readers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from services.metrics.errors import InvalidParameterError
from services.metrics.learning import periods
from services.metrics.learning.chart_rules import describe_rules
from services.metrics.learning.chart_summary import summarise
from services.metrics.learning.charts import ChartView
from services.metrics.stats.chart_svg import Band, render_chart
from services.metrics.stats.chart_svg import Intervention as Mark
from services.metrics.stats.rule_sets import RULE_SETS
from services.metrics.stats.series import ChartResult


def _labelled(view: ChartView, chart: ChartResult) -> ChartResult:
    period = view.selection.period
    by_iso = {s.period.isoformat(): periods.label(s.period, period) for s in view.series}
    return replace(
        chart, points=tuple(replace(p, period=by_iso.get(p.period, p.period)) for p in chart.points)
    )


def render_svg(
    view: ChartView,
    *,
    image_format: Literal["svg", "png"] = "svg",
    label_id: str = "chart",
    bands: Sequence[Band] = (),
) -> bytes:
    """Draw the view's chart (the control chart, or the run chart when that is what was
    asked for or the only one computable), with the latest intervention marked; `label_id`
    prefixes the ids of the SVG's title and desc (one per chart on a page)."""
    definition = view.selection.definition
    query = view.selection.query
    drawn = view.control or view.run
    if drawn is None:
        raise InvalidParameterError(
            "Nothing to draw: no period in the range has a publishable value.", parameter="from"
        )
    signals = (
        view.control_signals
        if drawn is view.control
        else (view.run_analysis.signals if view.run_analysis else ())
    )
    names = {"run": "run chart", "p": "p chart", "pp": "Laney p' chart", "u": "u chart",
             "xmr": "XmR chart"}  # fmt: skip
    latest = max(view.interventions, key=lambda i: i.started_on, default=None)
    mark = (
        Mark(periods.label(latest.period, view.selection.period), latest.title[:60])
        if latest is not None
        else None
    )
    labelled = _labelled(view, drawn)
    summary = summarise(
        labelled, signals, title=definition.title, unit=definition.unit,
        subject=f"{query.level} {query.unit_id}", chart_name=names[drawn.chart],
        period=query.period, better=definition.better,
    )  # fmt: skip
    return render_chart(
        labelled,
        signals,
        title=f"{definition.title}: {query.unit_id} ({query.level}, {names[drawn.chart]})",
        y_label=definition.unit.capitalize(),
        x_label=query.period.capitalize(),
        intervention=mark,
        image_format=image_format,
        label_id=label_id,
        bands=bands,
        subtitle=f"Signals: {RULE_SETS[view.rule_set].title}",
        description=summary
        + "\n"
        + describe_rules(view.rule_set, on_control=drawn is view.control, signals=signals),
    )

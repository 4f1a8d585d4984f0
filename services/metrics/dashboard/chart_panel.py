"""The control chart panel: the SVG of ``/v1/metrics/{id}/chart.svg`` and its points as a table.

The chart is computed exactly as the chart route computes it (the same selection, threshold,
published series, interventions and chart choice) and drawn by the same renderer; the table
is the chart route's JSON (:func:`~services.metrics.learning.chart_views.chart_out`) written out
for a reader, with each point's signals named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup
from sqlmodel import Session

from services.metrics.dashboard import formatting
from services.metrics.learning.chart_drawing import render_svg
from services.metrics.learning.chart_views import chart_out
from services.metrics.learning.charts import build_view, unit_series
from services.metrics.learning.interventions import marks_for
from services.metrics.learning.selection import Selection
from services.metrics.schemas.charts import ChartOut, ChartPointOut
from services.metrics.schemas.common import SignalOut
from services.metrics.stats.rounding import Rounding
from services.metrics.stats.rule_sets import RULES

#: Short rule names for the per-period table; the summary above it gives the full names.
SHORT_NAMES = {
    "beyond_limits": "beyond a limit",
    "shift_8": "shift",
    "trend_6": "trend",
    "two_of_three": "2 of 3 beyond 2\u03c3",
    "inner_third_15": "15 within 1\u03c3",
    "run_shift": "run-chart shift",
    "run_trend": "run-chart trend",
    "long_run": "long run",
    "shift_7": "7-point shift",
    "trend_7": "7-point trend",
    "two_of_three_close": "2 of 3 close to a limit",
}
CHART_NAMES = {
    "run": "Run chart",
    "p": "p chart",
    "pp": "Laney p\u2032 chart",
    "u": "u chart",
    "xmr": "XmR chart",
}


@dataclass(frozen=True)
class PointRow:
    """One period of the series as the table shows it (whole-series rules are in the
    summary above the table, not on a row)."""

    label: str
    value: str
    n: str
    centre: str
    lower: str
    upper: str
    signals: tuple[str, ...]
    rules: tuple[str, ...]
    suppressed: bool
    missing: bool


@dataclass(frozen=True)
class SignalLine:
    """A rule and where it fires, consecutive periods written as spans."""

    rule: str
    name: str
    spans: tuple[str, ...]


@dataclass(frozen=True)
class ChartPanel:
    svg: Markup
    chart: ChartOut
    chart_name: str
    rows: tuple[PointRow, ...]
    signals: tuple[SignalLine, ...]
    warnings: tuple[str, ...]

    @property
    def signalled(self) -> int:
        """How many periods carry at least one signal."""
        return sum(1 for r in self.rows if r.rules)


#: The id of the page's table of the chart's points, which the inline chart points to.
POINTS_TABLE = "points"


def inline_svg(document: bytes, *, details: str = POINTS_TABLE) -> Markup:
    """The renderer's SVG document without its XML prolog, to sit inside HTML, its image
    pointing with ``aria-details`` at the element that holds every point (the table): the
    ``<desc>`` summarises, the table gives each period's value, limits and signals.

    Safe to mark up: matplotlib writes every text as glyph paths and escapes the comments
    naming them, so no string from the facts reaches the page unescaped (`details` is ours).
    """
    text = document.decode("utf-8")
    svg = text[text.index("<svg") :]
    svg = svg.replace("<svg", f'<svg aria-details="{details}"', 1)
    return Markup(svg)  # noqa: S704 - see docstring


def _short(rule: str, *, run_chart: bool) -> str:
    name = SHORT_NAMES.get(rule, RULES[rule].name if rule in RULES else rule)
    return f"run-chart {name}" if run_chart and not rule.startswith("run_") else name


def _row(p: ChartPointOut, unit: str) -> PointRow:
    rules = (*p.signals, *p.run_signals)
    return PointRow(
        label=p.label,
        value=formatting.value(p.value, unit),
        n=formatting.count(p.n),
        centre=formatting.bare(p.centre if p.centre is not None else p.median, unit),
        lower=formatting.bare(p.lower, unit),
        upper=formatting.bare(p.upper, unit),
        signals=tuple(_short(r, run_chart=False) for r in p.signals)
        + tuple(_short(r, run_chart=True) for r in p.run_signals),
        rules=rules,
        suppressed=p.suppressed,
        missing=p.skipped == "missing",
    )


def signal_lines(
    signals: Sequence[SignalOut], labels: Sequence[str], *, suffix: str = ""
) -> tuple[SignalLine, ...]:
    """One line per rule, its periods in series order with consecutive ones joined
    (``2024-01 to 2024-12``), so a long shift reads as one span; `suffix` follows the name
    (the run chart's lines say so, as a rule set may use one rule on both charts)."""
    order = {label: i for i, label in enumerate(labels)}
    by_rule: dict[str, tuple[str, set[int]]] = {}
    for s in signals:
        by_rule.setdefault(s.rule, (s.name, set()))[1].update(order[p] for p in s.periods)
    lines = []
    for rule, (name, indexes) in by_rule.items():
        spans: list[list[int]] = []
        run: list[int] = []
        for i in sorted(indexes):
            if run and i != run[-1] + 1:
                spans.append(run)
                run = []
            run.append(i)
        if run:
            spans.append(run)
        text = tuple(labels[r[0]] if len(r) == 1 else f"{labels[r[0]]} to {labels[r[-1]]}"
                     for r in spans)  # fmt: skip
        lines.append(SignalLine(rule, name + suffix, text))
    return tuple(lines)


def chart_panel(
    session: Session, *, selection: Selection, threshold: int, viewer_org: str, bases: Rounding
) -> ChartPanel:
    """The unit's chart with the chart type the metric and its data call for, limits not
    frozen (as the chart route answers without chart parameters), rounded to the deployment's
    ``bases`` as the route rounds it."""
    series = unit_series(
        session, selection=selection, threshold=threshold, viewer_org=viewer_org, bases=bases
    )
    view = build_view(
        selection=selection,
        requested=None,
        baseline=None,
        series=series,
        interventions=marks_for(session, org=viewer_org, selection=selection, series=series),
    )
    svg = inline_svg(render_svg(view))
    out = chart_out(view, threshold=threshold)
    unit = selection.definition.unit
    labels = [p.label for p in out.points]
    lines = signal_lines(out.control_chart.signals if out.control_chart else [], labels)
    if out.run_chart is not None:
        lines += signal_lines(out.run_chart.signals, labels, suffix=" (run chart)")
    return ChartPanel(
        svg=svg,
        chart=out,
        chart_name=CHART_NAMES[view.control.chart if view.control else "run"],
        rows=tuple(_row(p, unit) for p in out.points),
        signals=lines,
        warnings=tuple(out.warnings),
    )

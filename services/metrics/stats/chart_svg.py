"""Draw a computed chart as SVG (or PNG) bytes with matplotlib's object API.

No pyplot: each call builds its own `Figure` and canvas, so concurrent requests share no
global figure state (pyplot's current-figure machinery is what is not thread-safe). Skipped
periods (suppressed or zero denominator) are NaN, which matplotlib draws as a break in the
line: a gap, never an interpolated value. p and u limits are drawn as steps, one level per
period, because each period's limits come from its own denominator.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from services.metrics.stats.rule_sets import WHOLE_SERIES_RULES
from services.metrics.stats.series import ChartResult
from services.metrics.stats.signals import Signal

# One fixed, colour-blind-safe (Okabe-Ito) style per rule, so a rule looks the same on
# every chart. Points beyond limits get a large hollow ring drawn on top, so they stay
# visible when the same point also belongs to a shift or a trend.
_SIGNAL_STYLES: dict[str, dict[str, object]] = {
    "beyond_limits": {
        "marker": "o",
        "s": 170,
        "facecolors": "none",
        "edgecolors": "#D55E00",
        "linewidths": 2.2,
        "zorder": 6,
    },
    "shift_8": {"marker": "s", "s": 60, "color": "#CC79A7", "zorder": 4},
    "run_shift": {"marker": "s", "s": 60, "color": "#CC79A7", "zorder": 4},
    "trend_6": {"marker": "^", "s": 70, "color": "#009E73", "zorder": 4},
    "run_trend": {"marker": "^", "s": 70, "color": "#009E73", "zorder": 4},
    "two_of_three": {"marker": "D", "s": 38, "color": "#E69F00", "zorder": 5},
    "inner_third_15": {"marker": "v", "s": 50, "color": "#56B4E9", "zorder": 5},
    "long_run": {"marker": "s", "s": 60, "color": "#CC79A7", "zorder": 4},
    "shift_7": {"marker": "s", "s": 60, "color": "#CC79A7", "zorder": 4},
    "trend_7": {"marker": "^", "s": 70, "color": "#009E73", "zorder": 4},
    "two_of_three_close": {"marker": "D", "s": 38, "color": "#E69F00", "zorder": 5},
}
_LINE = "#0072B2"
_MAX_TICKS = 18


@dataclass(frozen=True)
class Intervention:
    """A QI change drawn as a vertical line just before its first period."""

    period: str
    label: str


@dataclass(frozen=True)
class Band:
    """A PDSA cycle drawn as a shaded band from its first period to its last (``end`` None:
    still running, to the chart's end), labelled at its top."""

    start: str
    end: str | None
    label: str


def _bands(ax: Axes, chart: ChartResult, bands: Sequence[Band]) -> None:
    for k, band in enumerate(bands):
        first = next((p.index for p in chart.points if p.period >= band.start), None)
        if first is None:
            continue
        last = next((p.index for p in reversed(chart.points)
                     if band.end is None or p.period <= band.end), first)  # fmt: skip
        ax.axvspan(first - 0.5, max(first, last) + 0.5, color="#009E73", alpha=0.10,
                   linewidth=0, label="PDSA cycle" if k == 0 else None)  # fmt: skip
        ax.axvline(first - 0.5, color="#009E73", linewidth=1.0)
        ax.annotate(band.label, xy=(first - 0.5, 1.0 - 0.07 * (k % 3)),
                    xycoords=("data", "axes fraction"), xytext=(4, -4),
                    textcoords="offset points", va="top", fontsize=8,
                    color="#006F50")  # fmt: skip


def _series(chart: ChartResult, field: str) -> list[float]:
    return [
        math.nan if p.value is None or getattr(p, field) is None else getattr(p, field)
        for p in chart.points
    ]


def _draw(
    fig: Figure,
    chart: ChartResult,
    signals: Sequence[Signal],
    title: str,
    y_label: str,
    x_label: str,
    intervention: Intervention | None,
    bands: Sequence[Band] = (),
) -> None:
    ax = fig.add_subplot()
    _bands(ax, chart, bands)
    xs = list(range(len(chart.points)))
    values = _series(chart, "value")
    stepped = chart.chart in ("p", "pp", "u")
    style = "steps-mid" if stepped else "default"
    ax.plot(xs, values, color=_LINE, marker="o", markersize=4, linewidth=1.5, label="Value")
    centre_name = "Median" if chart.chart == "run" else "Centre line"
    ax.plot(xs, _series(chart, "centre"), color="#333333", linewidth=1.2, label=centre_name)
    if chart.chart != "run":
        for field, name in (("upper", "Control limits (3 sigma)"), ("lower", None)):
            ax.plot(
                xs,
                _series(chart, field),
                color="#777777",
                linestyle="--",
                linewidth=1.0,
                drawstyle=style,
                label=name,
            )
    if chart.frozen and chart.baseline_indexes:
        ax.axvspan(
            chart.baseline_indexes[0] - 0.5,
            chart.baseline_indexes[-1] + 0.5,
            color="#999999",
            alpha=0.12,
            linewidth=0,
            label="Baseline (limits frozen)",
        )
    rules: dict[str, tuple[str, set[int]]] = {}
    for s in signals:
        rules.setdefault(s.rule, (s.name, set()))[1].update(s.indexes)
    for rule, (name, indexes) in rules.items():
        if rule in WHOLE_SERIES_RULES:
            # A runs or crossings signal is about the whole series: named in the legend only.
            ax.plot([], [], linestyle="none", label=f"Signal: {name}")
            continue
        idx = sorted(i for i in indexes if not math.isnan(values[i]))
        look = _SIGNAL_STYLES.get(rule, {"marker": "X", "s": 60, "color": "#F0E442"})
        edge = {} if "edgecolors" in look else {"edgecolors": "black", "linewidths": 0.5}
        ax.scatter(idx, [values[i] for i in idx], label=name, **look, **edge)  # type: ignore[arg-type]
    if intervention is not None:
        where = next((p.index for p in chart.points if p.period >= intervention.period), None)
        if where is not None:
            ax.axvline(where - 0.5, color="#009E73", linewidth=1.5)
            ax.annotate(
                intervention.label,
                xy=(where - 0.5, 1.0),
                xycoords=("data", "axes fraction"),
                xytext=(4, -4),
                textcoords="offset points",
                va="top",
                fontsize=9,
                color="#006F50",
            )
    if any(p.value is None for p in chart.points):
        ax.plot([], [], linestyle="none", label="Gap: suppressed or no data")
    ax.set_title(title, fontsize=12, loc="left")
    ax.set_ylabel(y_label)
    ax.set_xlabel(x_label)
    if chart.chart in ("p", "pp"):
        ax.yaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
    step = max(1, math.ceil(len(xs) / _MAX_TICKS))
    ax.set_xticks(
        xs[::step],
        [p.period for p in chart.points][::step],
        rotation=45 if len(xs) > 8 else 0,
        ha="right" if len(xs) > 8 else "center",
    )
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6))
    ax.set_xlim(-0.7, len(xs) - 0.3)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)


def render_chart(
    chart: ChartResult,
    signals: Sequence[Signal] = (),
    *,
    title: str,
    y_label: str,
    x_label: str = "Period",
    intervention: Intervention | None = None,
    image_format: Literal["svg", "png"] = "svg",
    subtitle: str | None = None,
    description: str | None = None,
    width: float = 10.0,
    height: float = 4.8,
    dpi: int = 110,
    label_id: str = "chart",
    bands: Sequence[Band] = (),
) -> bytes:
    """Render `chart` with its `signals` highlighted; returns SVG (default) or PNG bytes.

    `bands` shade the periods of PDSA cycles (a project's page).

    `subtitle` is drawn under the title (the rule set the signals come from). In SVG the
    title and `description` also become the document's ``<title>`` and ``<desc>``, the
    text screen readers announce, since matplotlib draws every visible letter as a path;
    `label_id` prefixes their ids (unique on a page that inlines more than one chart).
    """
    fig = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    canvas = FigureCanvasSVG(fig) if image_format == "svg" else FigureCanvasAgg(fig)
    heading = title if subtitle is None else f"{title}\n{subtitle}"
    _draw(fig, chart, signals, heading, y_label, x_label, intervention, bands)
    buffer = io.BytesIO()
    metadata = {"Date": None} if image_format == "svg" else None
    canvas.print_figure(buffer, format=image_format, metadata=metadata)
    if image_format != "svg":
        return buffer.getvalue()
    return _with_title(buffer.getvalue(), heading, description, label_id)


def _with_title(document: bytes, title: str, description: str | None, label_id: str) -> bytes:
    """Make the root ``<svg>`` one image (``role="img"``: its hundreds of glyph paths are
    not read out one by one) named by its ``<title>`` and described by its ``<desc>``, both
    inserted as its first children and referenced by id, as the WAI-ARIA Graphics module
    maps an SVG's name and description (https://www.w3.org/TR/graphics-aam-1.0/)."""
    text = document.decode("utf-8")
    tag_end = text.index(">", text.index("<svg"))
    names = f"{label_id}-title"
    attributes = f' role="img" aria-labelledby="{names}"'
    extra = f'<title id="{names}">{escape(title)}</title>'
    if description:
        attributes += f' aria-describedby="{label_id}-desc"'
        extra += f'<desc id="{label_id}-desc">{escape(description)}</desc>'
    return (text[:tag_end] + attributes + ">\n " + extra + text[tag_end + 1 :]).encode("utf-8")

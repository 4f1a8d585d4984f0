"""API models of the control-chart route."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from services.metrics.schemas.common import SignalOut


class ChartSignalOut(SignalOut):
    """A signal on a chart, with what its rule means."""

    meaning: str = Field(
        description="What a signal by this rule tells the reader, and the rule's source.",
        examples=["More points in a row on one side of the centre line than round(log2(n)) + 3."],
    )
    whole_series: bool = Field(
        description="The rule is about the series as a whole (few crossings, too few or too "
        "many runs): its periods are every point that took part, none marked on its own.",
        examples=[False],
    )


class RuleOut(BaseModel):
    """One rule of the rule set the chart was read with."""

    rule: str = Field(description="Rule id, as in the signals.", examples=["long_run"])
    name: str = Field(description="The rule in a few words.", examples=["Unusually long run"])
    meaning: str = Field(description="What a signal by it means, and its source.")
    whole_series: bool = Field(description="About the whole series, not particular points.")


class RuleSetOut(BaseModel):
    """The named rule set the signals come from (the `rules` parameter)."""

    id: str = Field(description="`anhoej` (default), `ihi` or `nhs`.", examples=["anhoej"])
    title: str = Field(description="Its name.", examples=["Anhøj rules (as in qicharts2)"])
    source: str = Field(description="The published source of the rules.")
    run_chart_rules: list[RuleOut] = Field(description="The rules applied to the run chart.")
    control_chart_rules: list[RuleOut] = Field(
        description="The rules applied to the control chart."
    )


class ChartPointOut(BaseModel):
    """One period of the series with the limits that apply to it."""

    period: date = Field(description="First day of the period.", examples=["2026-03-01"])
    label: str = Field(description="The period as a label.", examples=["2026-03"])
    value: float | None = Field(
        description="The plotted value (a share or rate from the rounded counts beside it); "
        "null when not plotted."
    )
    numerator: float | None = Field(
        description="Count behind the value, rounded to `rounded_to` (null: suppressed)."
    )
    denominator: float | None = Field(
        description="Denominator, rounded to `rounded_to` (null: suppressed)."
    )
    n: int | None = Field(description="Distinct patients the value rests on, rounded.")
    rounded_to: int | None = Field(
        default=None,
        description="The base the point's counts were rounded to after suppression (5; 10 at "
        "the collaborative level); null when suppressed or missing.",
        examples=[5],
    )
    suppressed: bool = Field(description="Hidden for privacy: kept on the axis, not plotted.")
    skipped: str | None = Field(
        description="Why the point is not plotted: `suppressed`, `zero_denominator`, "
        "`missing` (no facts in the period).",
        examples=[None],
    )
    median: float | None = Field(description="Run chart centre line (the median).")
    centre: float | None = Field(description="Control chart centre line at this point.")
    lower: float | None = Field(description="Lower control limit (3 sigma) at this point.")
    upper: float | None = Field(description="Upper control limit (3 sigma) at this point.")
    sigma: float | None = Field(description="One sigma at this point.")
    signals: list[str] = Field(
        description="Control-chart rules this point takes part in (rules about the whole "
        "series are not listed per point).",
        examples=[["beyond_limits"]],
    )
    run_signals: list[str] = Field(
        description="Run-chart rules this point takes part in (rules about the whole series "
        "are not listed per point).",
        examples=[["long_run"]],
    )


class RunChartOut(BaseModel):
    """The run chart: the median and the run-chart rules of the chosen rule set."""

    median: float | None = Field(description="The centre line.", examples=[0.18])
    frozen: bool = Field(description="The median comes from the baseline periods only.")
    useful_points: int = Field(
        description="Plotted points not on the median (n in the runs rules).", examples=[22]
    )
    runs: int = Field(description="Number of runs about the median.", examples=[7])
    crossings: int = Field(
        description="Times the line joining the points crosses the median (runs - 1).",
        examples=[6],
    )
    longest_run: int = Field(description="Longest run on one side of the median.", examples=[5])
    longest_run_max: int | None = Field(
        description="Anhøj rules: a longest run above this signals, round(log2(n)) + 3 "
        "(null under other rule sets).",
        examples=[7],
    )
    crossings_min: int | None = Field(
        description="Anhøj rules: fewer crossings than this signals, the 5th percentile of "
        "Binomial(n - 1, 1/2) (null under other rule sets).",
        examples=[7],
    )
    runs_low: int | None = Field(
        description="IHI rules: fewer runs than this signals (null under other rule sets, or "
        "outside 10 to 60 useful points).",
        examples=[None],
    )
    runs_high: int | None = Field(
        description="IHI rules: more runs than this signals (null as for `runs_low`).",
        examples=[None],
    )
    signals: list[ChartSignalOut] = Field(description="Run-chart signals found.")


class ControlChartOut(BaseModel):
    """The Shewhart chart (p, Laney p', u or XmR) and its special-cause signals."""

    type: str = Field(description="`p`, `pp` (Laney p'), `u` or `xmr`.", examples=["p"])
    centre: float | None = Field(description="Centre line (p-bar, u-bar or the mean).")
    frozen: bool = Field(description="Centre and sigma come from the baseline only.")
    baseline_periods: list[str] = Field(
        description="Labels of the periods the centre line and sigma were computed from."
    )
    sigma_z: float | None = Field(description="Laney's between-period inflation (p' only).")
    mr_bar: float | None = Field(description="Mean moving range (XmR only).")
    mr_upper: float | None = Field(description="Upper limit of the moving ranges (XmR only).")
    signals: list[ChartSignalOut] = Field(
        description="Control-chart signals found, by the chosen rule set."
    )


class InterventionMarkOut(BaseModel):
    """An intervention of the unit drawn on the chart."""

    intervention_id: str = Field(description="The intervention's id.")
    title: str = Field(description="Its title.", examples=["PDSA 1: text reminders"])
    started_on: date = Field(description="When the change started.", examples=["2026-04-06"])
    period: str = Field(
        description="Label of the period holding its start date, where its effect starts.",
        examples=["2026-04"],
    )


class ChartOut(BaseModel):
    """A metric's series for one unit as a run chart and a Shewhart chart."""

    metric_id: str = Field(description="The metric.", examples=["no-show-rate"])
    title: str = Field(description="The metric's title.", examples=["No-shows"])
    measure_unit: str = Field(description="What the value is measured in.", examples=["share"])
    better: str = Field(description="`higher` or `lower` is better.", examples=["lower"])
    level: str = Field(description="The unit's level.", examples=["team"])
    unit_id: str = Field(description="The unit.", examples=["team-north"])
    period: str = Field(description="Period length.", examples=["month"])
    effective_from: date | None = Field(
        default=None,
        description="First day the chart covers: `from` snapped back to the start of its period.",
        examples=["2025-01-01"],
    )
    effective_to: date | None = Field(
        default=None,
        description="Last day the chart covers: `to` snapped on to the end of its period.",
        examples=["2026-06-30"],
    )
    filters: dict[str, str] = Field(
        description="Filters applied (defaults included).", examples=[{"modality": "video"}]
    )
    chart: str = Field(description="The chart drawn: `run`, `p`, `pp`, `u` or `xmr`.")
    chart_reason: str = Field(
        description="`requested`, `definition` (the metric's own chart) or `data` (p or "
        "Laney p' chosen from the denominators).",
        examples=["data"],
    )
    threshold: int = Field(description="Smallest n a published value rests on.", examples=[11])
    rules: RuleSetOut = Field(
        description="The rule set the signals were found with, its source and what each of "
        "its rules means."
    )
    points: list[ChartPointOut] = Field(description="Every period of the range, in order.")
    run_chart: RunChartOut | None = Field(description="Null when nothing can be plotted.")
    control_chart: ControlChartOut | None = Field(
        description="Null when a run chart was asked for or the data cannot support limits."
    )
    interventions: list[InterventionMarkOut] = Field(
        description="The unit's interventions on this metric within the range."
    )
    warnings: list[str] = Field(description="What to keep in mind reading the chart.")

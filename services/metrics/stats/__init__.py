"""Pure statistics of the metrics service: no HTTP, no database, plain inputs and outputs.

One concept per module: `charts` (control-chart limits), `signals` (special-cause rules),
`runs_table`, `equity` (group gaps with intervals), `suppression` (the arithmetic of small-cell
suppression over a breakdown and its total; which cells are siblings is
:mod:`services.metrics.compute.disclosure`'s business),
`segmented_regression` (QI effect), `benchmarks`, `quantiles`, `chart_svg` (drawing),
`making_data_count` (a chart's variation and assurance icons).
Every module raises `errors.StatsError` subclasses for data that cannot support a statistic
(a :class:`services.metrics.errors.MetricsError`, so it carries its own problem).
"""

__all__ = [
    "anhoej",
    "benchmarks",
    "chart_svg",
    "charts",
    "equity",
    "errors",
    "making_data_count",
    "quantiles",
    "rounding",
    "rule_sets",
    "runs_table",
    "segmented_regression",
    "series",
    "signals",
    "suppression",
]

"""Pure statistics of the metrics service: no HTTP, no database, plain inputs and outputs.

One concept per module: `charts` (control-chart limits), `signals` (special-cause rules),
`runs_table`, `equity` (group gaps with intervals), `suppression` (small cells),
`segmented_regression` (QI effect), `benchmarks`, `quantiles`, `chart_svg` (drawing).
Every module raises `errors.StatsError` subclasses for data that cannot support a statistic.
"""

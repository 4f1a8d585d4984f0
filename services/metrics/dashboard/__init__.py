"""The leaders' dashboard: server-rendered HTML over the same functions as the JSON API.

Nothing here computes a metric: each panel calls the tool the matching ``/v1`` route calls
(:mod:`services.metrics.learning`) and only lays its answer out for a reader.
"""

__all__ = [
    "benchmark_panel",
    "chart_panel",
    "choices",
    "clinician_page",
    "equity_panel",
    "formatting",
    "outcome",
    "page",
    "report_options",
    "signin",
    "templates",
    "wellbeing_page",
]

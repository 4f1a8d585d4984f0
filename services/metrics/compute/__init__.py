"""Computing catalog metrics from the facts, and the disclosure policy before anything leaves.

:mod:`.core` is the one entry point (:func:`compute`): it plans a query against the metric's
spec (:mod:`.spec`, one module per fact table in :mod:`.facts`), runs it in SQL (:mod:`.sql`,
or the encounter rollup where it answers the same: :mod:`.rollup`) and answers exact cells.
:mod:`.disclosure` publishes them: aligned, suppressed and rounded.
"""

from services.metrics.compute.core import (
    RANGE,
    UNKNOWN_GROUP,
    Cell,
    MetricQuery,
    compute,
    definition_for,
    resolve_filters,
)

__all__ = [
    "RANGE",
    "UNKNOWN_GROUP",
    "Cell",
    "MetricQuery",
    "compute",
    "definition_for",
    "resolve_filters",
]

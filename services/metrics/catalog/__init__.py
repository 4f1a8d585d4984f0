"""The metric catalog: every metric defined once, as data (:mod:`.definitions`), of the shape
:mod:`.definition` gives.

A definition says what the metric counts (its numerator and denominator in words), what kind of
number it is (a proportion, a rate, or a continuous summary such as a median), which direction is
better, which control chart fits it, which fact it is computed from, and which filters apply.
The computation in :mod:`services.metrics.compute` and every tool built on it (charts, equity,
benchmarks, interventions, exports) read these definitions; nothing else names a metric.

``n`` (the count suppression looks at) is the number of distinct patients a value rests on;
for anonymous facts (feedback without a patient, the clinician well-being survey) it is the
number of respondents.
"""

from services.metrics.catalog.definition import (
    BURNOUT_INSTRUMENT,
    EQUITY_DIMENSIONS,
    LEVELS,
    OUTCOME_WEEKS,
    PERIODS,
    Domain,
    EquityDimension,
    Fact,
    Filter,
    Level,
    MetricDefinition,
    Period,
)
from services.metrics.catalog.definitions import CATALOG, DEFINITIONS

__all__ = [
    "BURNOUT_INSTRUMENT",
    "CATALOG",
    "DEFINITIONS",
    "EQUITY_DIMENSIONS",
    "LEVELS",
    "OUTCOME_WEEKS",
    "PERIODS",
    "Domain",
    "EquityDimension",
    "Fact",
    "Filter",
    "Level",
    "MetricDefinition",
    "Period",
]

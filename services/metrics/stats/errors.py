"""Domain errors of the statistics package, documented in one place.

Every function here raises a subclass of `StatsError` (itself a `ValueError`) when the data
cannot support the requested statistic. The HTTP layer maps `StatsError` to one problem type
(422, "the data cannot support this statistic") instead of letting a numpy error become a 500.
"""

from __future__ import annotations


class StatsError(ValueError):
    """The input cannot support the requested statistic."""


class InsufficientDataError(StatsError):
    """Too few points (or groups, or peers) for the method to mean anything."""


class InvalidInputError(StatsError):
    """The input is malformed: negative counts, numerator above denominator, bad baseline."""

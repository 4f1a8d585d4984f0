"""Domain errors of the statistics package, documented in one place.

Every function here raises a subclass of `StatsError` when the data cannot support the
requested statistic. `StatsError` is a :class:`services.metrics.errors.MetricsError` (and a
`ValueError`), so it carries its own problem (422 ``insufficient-data``, "the data cannot
support this statistic: ..."), instead of a numpy error becoming a 500; ``str(error)`` stays
the bare reason, which charts quote in their warnings.
"""

from __future__ import annotations

from services.metrics.errors import MetricsError

__all__ = ["InsufficientDataError", "InvalidInputError", "StatsError"]


class StatsError(MetricsError, ValueError):
    """The input cannot support the requested statistic."""

    status, slug, title = 422, "insufficient-data", "Insufficient Data"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.detail = f"The data cannot support this statistic: {reason}"


class InsufficientDataError(StatsError):
    """Too few points (or groups, or peers) for the method to mean anything."""


class InvalidInputError(StatsError):
    """The input is malformed: negative counts, numerator above denominator, bad baseline."""

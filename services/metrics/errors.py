"""Domain errors of metric computation and publishing, documented in one place.

The domain knows nothing of HTTP: routers translate these into problem details (an unknown
metric is a 404, every other error here a 422). Each error names the request field it is about
(``field``), so a router can point at the offending query parameter without parsing messages.
"""

from __future__ import annotations


class MetricsError(Exception):
    """Base of every error the metrics domain raises on purpose."""

    field: str | None = None

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        if field is not None:
            self.field = field


class UnknownMetricError(MetricsError):
    """No metric with this id is in the catalog."""

    field = "metric_id"

    def __init__(self, metric_id: str) -> None:
        self.metric_id = metric_id
        super().__init__(f"unknown metric: {metric_id}")


class InvalidMetricQueryError(MetricsError):
    """The query does not fit the metric's definition (a level, filter or grouping it lacks)."""


class LevelNotAllowedError(InvalidMetricQueryError):
    """The metric is not defined at this level (access is not a clinician's metric)."""

    field = "level"


class UnknownFilterError(InvalidMetricQueryError):
    """The metric has no such filter."""


class MissingFilterError(InvalidMetricQueryError):
    """A filter the metric requires (feedback metrics need a form) was not given."""


class UnsupportedFilterError(InvalidMetricQueryError):
    """The definition lists the filter but its fact table does not carry the column yet."""


class InvalidFilterValueError(InvalidMetricQueryError):
    """A filter value outside its closed vocabulary (a modality other than the three)."""


class EquityNotAvailableError(InvalidMetricQueryError):
    """An equity breakdown was asked of an anonymous metric (no patient, no demographics)."""

    field = "by"


class InvalidPeriodError(InvalidMetricQueryError):
    """The date range is empty or reversed."""

    field = "from"


__all__ = [
    "EquityNotAvailableError",
    "InvalidFilterValueError",
    "InvalidMetricQueryError",
    "InvalidPeriodError",
    "LevelNotAllowedError",
    "MetricsError",
    "MissingFilterError",
    "UnknownFilterError",
    "UnknownMetricError",
    "UnsupportedFilterError",
]

"""Domain errors of the metrics service, documented in one place; each class names its problem.

The domain knows nothing of HTTP: every error below carries its status, problem type (slug) and
title, and :func:`shared.problems.install_problem_handlers` renders it; no router translates.
An error about one request parameter names it (``field``) and where it came from
(``location``: the query string, or the body), so its problem points at it::

    MetricsError                      422 validation-error     (shared.errors.DomainError)
    ├── UnknownMetricError            404 unknown-metric       no metric with this id
    ├── InvalidMetricQueryError       422 validation-error     the query does not fit the metric
    │   ├── LevelNotAllowedError                               (field error code: the class name)
    │   ├── UnknownFilterError, MissingFilterError, UnsupportedFilterError
    │   ├── InvalidFilterValueError, EquityNotAvailableError, InvalidPeriodError
    ├── InvalidParameterError         422 validation-error     a parameter does not fit the others
    │                                                          (field error code ``invalid``)
    ├── UnknownUnitError              404 not-found            a unit the caller may not see
    ├── NotFoundError                 404 not-found            a stored object the caller lacks
    ├── NotAllowedError               403 forbidden            a member whose role does not allow it
    ├── StateConflictError            409 conflict             contradicts the object's state
    ├── TooFewMembersError            409 too-few-members      a collaborative too small to pool
    ├── RebuildTakenOverError         409 rebuild-in-progress  another rebuild took the feeds
    ├── RebuildFeedFailedError        503 feed-unavailable     a feed failed during a rebuild
    └── StatsError                    422 insufficient-data    (:mod:`.stats.errors`): the data
                                                               cannot support the statistic

``StatsError`` lives with the statistics and subclasses :class:`MetricsError` (and
``ValueError``): :mod:`services.metrics.stats` stays pure arithmetic, and a statistic the data
cannot support reaches the caller as its own problem without anyone wrapping it.
"""

from __future__ import annotations

from typing import Any, Literal

from shared.errors import DomainError, FieldErrorDict

__all__ = [
    "EquityNotAvailableError",
    "InvalidFilterValueError",
    "InvalidMetricQueryError",
    "InvalidParameterError",
    "InvalidPeriodError",
    "LevelNotAllowedError",
    "Location",
    "MetricsError",
    "MissingFilterError",
    "NotAllowedError",
    "NotFoundError",
    "RebuildFeedFailedError",
    "RebuildTakenOverError",
    "StateConflictError",
    "TooFewMembersError",
    "UnknownFilterError",
    "UnknownMetricError",
    "UnknownUnitError",
    "UnsupportedFilterError",
]

Location = Literal["query", "body"]
"""Where a request parameter came from: the query string, or the JSON body."""

# Query parameters whose Python name differs from the name a caller writes.
_QUERY_NAMES = {"unit_id": "unit"}


class MetricsError(DomainError):
    """Base of every error the metrics domain raises on purpose.

    ``field`` names the request parameter at fault (None: no one field), ``location`` where
    it came from; :meth:`field_errors` points there with the code :attr:`code`.
    """

    field: str | None = None
    location: Location = "query"

    def __init__(
        self,
        detail: str | None = None,
        *,
        field: str | None = None,
        location: Location | None = None,
    ) -> None:
        super().__init__(detail)
        if field is not None:
            self.field = field
        if location is not None:
            self.location = location

    @property
    def code(self) -> str:
        """The field error's machine-readable reason."""
        return type(self).__name__

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        if self.field is None:
            return []
        if self.location == "query":
            where = f"/query/{_QUERY_NAMES.get(self.field, self.field)}"
        else:
            where = f"{pointer}/{self.field}"
        return [{"pointer": where, "detail": str(self), "code": self.code}]


class UnknownMetricError(MetricsError):
    """No metric with this id is in the catalog."""

    status, slug, title = 404, "unknown-metric", "Unknown Metric"

    def __init__(self, metric_id: str) -> None:
        self.metric_id = metric_id
        super().__init__(f"unknown metric: {metric_id}")

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        return []


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


class InvalidParameterError(MetricsError):
    """A parameter does not fit the metric or the other parameters; ``parameter`` names it.

    ``reason`` is the field error's code and ``field_detail`` its detail when they differ from
    ``invalid`` and the message (a parameter a level requires is ``missing``).
    """

    def __init__(
        self,
        detail: str,
        *,
        parameter: str,
        location: Location = "query",
        reason: str = "invalid",
        field_detail: str | None = None,
    ) -> None:
        super().__init__(detail, field=parameter, location=location)
        self.parameter = parameter
        self.reason = reason
        self.field_detail = field_detail

    @property
    def code(self) -> str:
        return self.reason

    def field_errors(self, pointer: str) -> list[FieldErrorDict]:
        errors = super().field_errors(pointer)
        if self.field_detail is not None:
            errors = [{**e, "detail": self.field_detail} for e in errors]
        return errors


class UnknownUnitError(MetricsError):
    """The unit is not one the caller's organization can see (reported as not found, so that
    another organization's ids are never confirmed)."""

    status, slug, title = 404, "not-found", "Not Found"


class NotFoundError(MetricsError):
    """A stored object (intervention, collaborative) does not exist for the caller."""

    status, slug, title = 404, "not-found", "Not Found"


class NotAllowedError(MetricsError):
    """The caller's organization is a member but its role does not allow the change."""

    status, slug, title = 403, "forbidden", "Forbidden"


class StateConflictError(MetricsError):
    """The change contradicts the object's state, e.g. the owner leaving its collaborative."""

    status, slug, title = 409, "conflict", "Conflict"


class TooFewMembersError(MetricsError):
    """A collaborative has fewer approved members than pooled values need (a state of the
    collaborative rather than a fault of the request)."""

    status, slug, title = 409, "too-few-members", "Too Few Members"


class RebuildTakenOverError(MetricsError):
    """Another rebuild took the feeds' leases (or moved a cursor) while this one ran."""

    status, slug, title = 409, "rebuild-in-progress", "Rebuild In Progress"

    def __init__(self, source: str) -> None:
        super().__init__("Another rebuild took over the feeds; it will finish the replay.")
        self.source = source


class RebuildFeedFailedError(MetricsError):
    """A source did not answer, or failed midway, during a rebuild (the consumers finish it)."""

    status, slug, title = 503, "feed-unavailable", "Feed Unavailable"

    def __init__(self, source: str, code: str) -> None:
        super().__init__(
            f"The {source} feed failed during the rebuild ({code}); the consumers will finish "
            "the replay."
        )
        self.source = source

    def extensions(self) -> dict[str, Any]:
        return {"source": self.source}


class TooFewTeamsError(MetricsError):
    """Fewer teams than an association needs have both metrics published (after suppression):
    a correlation over so few points says nothing."""

    status, slug, title = 409, "too-few-teams", "Too Few Teams"

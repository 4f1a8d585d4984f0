"""Domain errors of the learning tools, documented in one place.

The routers map each to one problem type (see ``services/metrics/api/tools_deps.py``). Errors of
the computation itself (an unknown metric, a filter it lacks) are those of
:mod:`services.metrics.errors`; statistics the data cannot support raise
:class:`services.metrics.stats.errors.StatsError`. The routers map both as well.
"""

from __future__ import annotations


class ToolError(Exception):
    """Base of the tools' domain errors."""


class InvalidToolQueryError(ToolError):
    """A parameter does not fit the metric or the other parameters; ``parameter`` names it."""

    def __init__(self, detail: str, *, parameter: str) -> None:
        super().__init__(detail)
        self.parameter = parameter


class UnknownUnitError(ToolError):
    """The unit is not one the caller's organization can see (reported as not found, so that
    another organization's ids are never confirmed)."""


class NotFoundError(ToolError):
    """A stored object (intervention, collaborative) does not exist for the caller."""


class TooFewMembersError(ToolError):
    """A collaborative has fewer approved members than pooled values need (reported as 409, a
    state of the collaborative rather than a fault of the request)."""


class NotAllowedError(ToolError):
    """The caller's organization is a member but its role does not allow the change (403)."""


class StateConflictError(ToolError):
    """The change contradicts the object's state, e.g. the owner leaving its collaborative
    (409)."""

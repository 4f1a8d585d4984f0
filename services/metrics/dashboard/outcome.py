"""A panel either holds its content or says in words why the data cannot support it.

The learning features raise domain errors for questions the data cannot answer (a chart with
too few points, an equity view of an anonymous survey, a range with nothing to draw). The
API answers them as their 404/422 problems; on a page, one panel that cannot be drawn must not
take the others down, so each panel catches them here and shows the message instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from services.metrics.errors import MetricsError
from services.metrics.stats.errors import StatsError

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The panel's content, or the reason it has none."""

    content: T | None
    error: str | None


def attempt(build: Callable[[], T]) -> Outcome[T]:
    """Run a panel builder; a domain error becomes its message."""
    try:
        return Outcome(build(), None)
    except StatsError as error:
        return Outcome(None, f"The data cannot support this statistic: {error}.")
    except MetricsError as error:
        return Outcome(None, str(error))

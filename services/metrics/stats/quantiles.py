"""Median and 90th percentile, computed the way PostgreSQL's percentile_cont computes them.

Linear interpolation between order statistics (Hyndman & Fan 1996, Am Stat 50:361-365,
type 7; numpy's default "linear"): for sorted x_1..x_n and q in [0, 1], h = (n - 1) q and the
result is x_floor(h) + (h - floor(h)) (x_ceil(h) - x_floor(h)) on 0-based indexes. Matching
percentile_cont lets the SQL path and this Python path agree exactly in cross-checks.

`grouped_quantiles` walks rows already ordered by group (ORDER BY group_key in SQL) and
holds only one group's values at a time, so memory is bounded by the largest group.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Hashable, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import TypeVar

from services.metrics.stats.errors import InsufficientDataError, InvalidInputError

K = TypeVar("K", bound=Hashable)
DEFAULT_QUANTILES = (0.5, 0.9)


def _from_sorted(values: Sequence[float], q: float) -> float:
    h = (len(values) - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (h - lo) * (values[hi] - values[lo])


def quantiles(values: Iterable[float], qs: Sequence[float] = DEFAULT_QUANTILES) -> list[float]:
    """The type-7 quantiles `qs` of `values` (consumed once; sorted in memory)."""
    if any(not 0.0 <= q <= 1.0 for q in qs):
        raise InvalidInputError("quantiles must lie in [0, 1]")
    ordered = sorted(values)
    if not ordered:
        raise InsufficientDataError("no values to summarise")
    return [_from_sorted(ordered, q) for q in qs]


def percentile_cont(values: Iterable[float], q: float) -> float:
    """One type-7 quantile, as PostgreSQL's `percentile_cont(q) WITHIN GROUP (ORDER BY v)`."""
    return quantiles(values, (q,))[0]


def median(values: Iterable[float]) -> float:
    """The median (percentile_cont(0.5))."""
    return percentile_cont(values, 0.5)


def grouped_quantiles(
    rows: Iterable[tuple[K, float]], qs: Sequence[float] = DEFAULT_QUANTILES
) -> Iterator[tuple[K, int, list[float]]]:
    """(key, n, quantiles) per group of `rows`, which must arrive ordered by key."""
    seen: set[K] = set()
    for key, group in itertools.groupby(rows, key=itemgetter(0)):
        if key in seen:
            raise InvalidInputError(f"rows are not ordered by group: {key!r} came back")
        seen.add(key)
        values = [v for _, v in group]
        yield key, len(values), quantiles(values, qs)

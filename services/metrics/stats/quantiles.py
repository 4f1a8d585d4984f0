"""Median and 90th percentile, computed the way PostgreSQL's percentile_cont computes them.

Linear interpolation between order statistics (Hyndman & Fan 1996, Am Stat 50:361-365,
type 7; numpy's default "linear"): for sorted x_1..x_n and q in [0, 1], h = (n - 1) q and the
result is x_floor(h) + (h - floor(h)) (x_ceil(h) - x_floor(h)) on 0-based indexes. Matching
percentile_cont lets the SQL path and this Python path agree exactly in cross-checks.

`grouped_quantiles` walks rows already ordered by group (ORDER BY group_key in SQL) and
holds only one group's values at a time, so memory is bounded by the largest group.
`grouped_counted_quantiles` takes each distinct value once with its count (``GROUP BY group,
value`` in SQL): the same quantiles, exactly, from far fewer rows when values repeat, as waits
in whole days do (a year of referrals holds a few hundred distinct waits).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any, TypeVar

from services.metrics.stats.errors import InsufficientDataError, InvalidInputError

K = TypeVar("K", bound=Hashable)
R = TypeVar("R", bound=tuple[Any, ...])
DEFAULT_QUANTILES = (0.5, 0.9)


def _interpolated(at: Callable[[int], float], n: int, q: float) -> float:
    """The type-7 quantile ``q`` of ``n`` sorted values, ``at(i)`` being the i-th (0-based)."""
    h = (n - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, n - 1)
    low = at(lo)
    return low + (h - lo) * (at(hi) - low)


def _from_sorted(values: Sequence[float], q: float) -> float:
    return _interpolated(values.__getitem__, len(values), q)


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
    for key, group in _groups(rows):
        values = [v for _, v in group]
        yield key, len(values), quantiles(values, qs)


def _groups(rows: Iterable[R]) -> Iterator[tuple[Any, Iterator[R]]]:
    """``rows`` grouped by their first item, refusing a key that comes back after another."""
    seen: set[Any] = set()
    for key, group in itertools.groupby(rows, key=itemgetter(0)):
        if key in seen:
            raise InvalidInputError(f"rows are not ordered by group: {key!r} came back")
        seen.add(key)
        yield key, group


def _from_counted(values: Sequence[tuple[float, int]], n: int, q: float) -> float:
    """:func:`_from_sorted` over the sorted list that repeats each value ``count`` times."""

    def at(position: int) -> float:
        # The value whose run of ``count`` copies covers the 0-based ``position``.
        for value, count in values:
            if position < count:
                return value
            position -= count
        return values[-1][0]

    return _interpolated(at, n, q)


def grouped_counted_quantiles(
    rows: Iterable[tuple[K, float, int]], qs: Sequence[float] = DEFAULT_QUANTILES
) -> Iterator[tuple[K, int, list[float]]]:
    """(key, n, quantiles) per group from ``(key, value, count)`` rows ordered by key, then
    value, each value once per group: what :func:`grouped_quantiles` gives for the rows that
    repeat each value ``count`` times."""
    if any(not 0.0 <= q <= 1.0 for q in qs):
        raise InvalidInputError("quantiles must lie in [0, 1]")
    for key, group in _groups(rows):
        counted = [(value, count) for _, value, count in group]
        if any(b[0] <= a[0] for a, b in itertools.pairwise(counted)):
            raise InvalidInputError(f"values of group {key!r} are not distinct and ascending")
        n = sum(count for _, count in counted)
        yield key, n, [_from_counted(counted, n, q) for q in qs]

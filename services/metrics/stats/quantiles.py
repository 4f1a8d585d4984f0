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


def _from_counted(values: Sequence[tuple[float, int]], n: int, q: float) -> float:
    """:func:`_from_sorted` over the sorted list that repeats each value ``count`` times."""
    h = (n - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, n - 1)
    at_lo = at_hi = values[-1][0]
    seen = 0
    for (
        value,
        count,
    ) in values:  # the value at 0-based position i is the first whose run ends past i
        if seen <= lo < seen + count:
            at_lo = value
        if seen <= hi < seen + count:
            at_hi = value
            break
        seen += count
    return at_lo + (h - lo) * (at_hi - at_lo)


def grouped_counted_quantiles(
    rows: Iterable[tuple[K, float, int]], qs: Sequence[float] = DEFAULT_QUANTILES
) -> Iterator[tuple[K, int, list[float]]]:
    """(key, n, quantiles) per group from ``(key, value, count)`` rows ordered by key, then
    value, each value once per group: what :func:`grouped_quantiles` gives for the rows that
    repeat each value ``count`` times."""
    if any(not 0.0 <= q <= 1.0 for q in qs):
        raise InvalidInputError("quantiles must lie in [0, 1]")
    seen: set[K] = set()
    for key, group in itertools.groupby(rows, key=itemgetter(0)):
        if key in seen:
            raise InvalidInputError(f"rows are not ordered by group: {key!r} came back")
        seen.add(key)
        counted = [(value, count) for _, value, count in group]
        if any(b[0] <= a[0] for a, b in itertools.pairwise(counted)):
            raise InvalidInputError(f"values of group {key!r} are not distinct and ascending")
        n = sum(count for _, count in counted)
        yield key, n, [_from_counted(counted, n, q) for q in qs]

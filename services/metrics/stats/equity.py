"""Equity gaps: each group against a reference group, with 95% intervals.

Proportions: the difference with Newcombe's hybrid score interval built from Wilson
intervals (Newcombe 1998, Stat Med 17:873-890, method 10), which stays inside [-1, 1] and
behaves at 0% and 100% where the Wald interval fails; the ratio with the Katz log interval
(Katz et al. 1978, Biometrics 34:469-474). Means: the difference with a Welch interval,
which does not assume equal variances across groups.

Reference group: the caller's choice, else the largest group (by denominator, or n for
means; ties broken by key) because its estimate is the most precise and it is usually the
majority against which disparities are stated. Suppression is not applied here: the HTTP
layer must drop the gap of any suppressed group, since an interval can reveal its counts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from scipy import stats

from services.metrics.stats.errors import InsufficientDataError, InvalidInputError

CONTINUITY = 0.5
"""Added to every cell of the 2x2 table when a group has zero events, so the log ratio and
its standard error exist (Haldane-Anscombe correction)."""


@dataclass(frozen=True)
class Interval:
    """A point estimate with its confidence interval."""

    estimate: float
    lower: float
    upper: float


@dataclass(frozen=True)
class ProportionGroup:
    """A group's count of events (`numerator`) among `denominator` people or sessions."""

    key: str
    numerator: int
    denominator: int


@dataclass(frozen=True)
class MeanGroup:
    """A group's mean, sample standard deviation and size."""

    key: str
    mean: float
    sd: float
    n: int


@dataclass(frozen=True)
class GroupGap:
    """One group's value and its gap to the reference (None for the reference itself)."""

    key: str
    value: float | None
    is_reference: bool
    difference: Interval | None
    ratio: Interval | None = None


@dataclass(frozen=True)
class EquityResult:
    """Every group's gap to `reference`, in input order."""

    reference: str
    groups: tuple[GroupGap, ...]


def _z(confidence: float) -> float:
    return float(stats.norm.ppf(0.5 + confidence / 2))


def wilson_interval(x: int, n: int, confidence: float = 0.95) -> Interval:
    """Wilson score interval for x/n (Newcombe 1998a, Stat Med 17:857-872, method 3)."""
    if n <= 0 or not 0 <= x <= n:
        raise InvalidInputError("a proportion needs 0 <= x <= n and n > 0")
    z, p = _z(confidence), x / n
    centre = (x + z * z / 2) / (n + z * z)
    half = z * math.sqrt(x * (n - x) / n + z * z / 4) / (n + z * z)
    return Interval(p, max(0.0, centre - half), min(1.0, centre + half))


def proportion_difference(x1: int, n1: int, x2: int, n2: int, confidence: float = 0.95) -> Interval:
    """p1 - p2 with Newcombe's hybrid score interval (1998, method 10)."""
    a, b = wilson_interval(x1, n1, confidence), wilson_interval(x2, n2, confidence)
    d = a.estimate - b.estimate
    lower = d - math.hypot(a.estimate - a.lower, b.upper - b.estimate)
    upper = d + math.hypot(a.upper - a.estimate, b.estimate - b.lower)
    return Interval(d, lower, upper)


def proportion_ratio(
    x1: int, n1: int, x2: int, n2: int, confidence: float = 0.95
) -> Interval | None:
    """p1 / p2 with the Katz log interval; None when neither group has an event.

    A zero numerator makes log(p) infinite, so when either group has none, 0.5 is added to
    every cell (events and non-events of both groups) before computing estimate and interval.
    """
    for x, n in ((x1, n1), (x2, n2)):
        if n <= 0 or not 0 <= x <= n:
            raise InvalidInputError("a proportion needs 0 <= x <= n and n > 0")
    if x1 == 0 and x2 == 0:
        return None
    a, b, c, d = float(x1), float(n1), float(x2), float(n2)
    if x1 == 0 or x2 == 0:
        a, c = a + CONTINUITY, c + CONTINUITY
        b, d = b + 2 * CONTINUITY, d + 2 * CONTINUITY
    log_rr = math.log((a / b) / (c / d))
    se = math.sqrt(1 / a - 1 / b + 1 / c - 1 / d)
    z = _z(confidence)
    return Interval(math.exp(log_rr), math.exp(log_rr - z * se), math.exp(log_rr + z * se))


def mean_difference(group: MeanGroup, reference: MeanGroup, confidence: float = 0.95) -> Interval:
    """mean(group) - mean(reference) with a Welch interval (Welch-Satterthwaite df)."""
    if group.n < 2 or reference.n < 2:
        raise InsufficientDataError("a Welch interval needs at least two values per group")
    v1, v2 = group.sd**2 / group.n, reference.sd**2 / reference.n
    d = group.mean - reference.mean
    se = math.sqrt(v1 + v2)
    if se == 0:
        return Interval(d, d, d)
    df = (v1 + v2) ** 2 / (v1**2 / (group.n - 1) + v2**2 / (reference.n - 1))
    t = float(stats.t.ppf(0.5 + confidence / 2, df))
    return Interval(d, d - t * se, d + t * se)


def choose_reference(sizes: Mapping[str, float]) -> str:
    """The largest group; ties go to the key that sorts first, so the choice is stable."""
    if not sizes:
        raise InsufficientDataError("no group to compare")
    return min(sizes, key=lambda k: (-sizes[k], k))


def _resolve(keys: Sequence[str], sizes: Mapping[str, float], reference: str | None) -> str:
    if reference is None:
        return choose_reference(sizes)
    if reference not in keys:
        raise InvalidInputError(f"reference group {reference!r} is not among the groups")
    return reference


def compare_proportions(
    groups: Sequence[ProportionGroup], reference: str | None = None, confidence: float = 0.95
) -> EquityResult:
    """Each group's proportion with difference and ratio to the reference group.

    Groups with a zero denominator get no value and no gap; so does everything when the
    reference itself has a zero denominator.
    """
    sizes = {g.key: float(g.denominator) for g in groups}
    ref_key = _resolve([g.key for g in groups], sizes, reference)
    ref = next(g for g in groups if g.key == ref_key)
    out = []
    for g in groups:
        value = g.numerator / g.denominator if g.denominator else None
        gap = g.key == ref_key or not g.denominator or not ref.denominator
        out.append(
            GroupGap(
                g.key,
                value,
                g.key == ref_key,
                None
                if gap
                else proportion_difference(
                    g.numerator, g.denominator, ref.numerator, ref.denominator, confidence
                ),
                None
                if gap
                else proportion_ratio(
                    g.numerator, g.denominator, ref.numerator, ref.denominator, confidence
                ),
            )
        )
    return EquityResult(ref_key, tuple(out))


def compare_means(
    groups: Sequence[MeanGroup], reference: str | None = None, confidence: float = 0.95
) -> EquityResult:
    """Each group's mean with its Welch difference to the reference (none below n = 2)."""
    sizes = {g.key: float(g.n) for g in groups}
    ref_key = _resolve([g.key for g in groups], sizes, reference)
    ref = next(g for g in groups if g.key == ref_key)
    out = []
    for g in groups:
        skip = g.key == ref_key or g.n < 2 or ref.n < 2
        diff = None if skip else mean_difference(g, ref, confidence)
        out.append(GroupGap(g.key, g.mean if g.n else None, g.key == ref_key, diff))
    return EquityResult(ref_key, tuple(out))

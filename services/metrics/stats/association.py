"""Pearson's r with its Fisher-z 95% interval, and Spearman's rho, of paired values.

Fisher z: z = atanh(r), standard error 1 / sqrt(n - 3), interval tanh(z +- 1.959964 se)
(Fisher RA, Biometrika 1915;10:507; as given in e.g. NIST/SEMATECH e-Handbook of Statistical
Methods and Altman DG et al., Statistics with Confidence, 2nd ed., BMJ Books 2000, ch. 8).
Spearman's rho is Pearson's r of the ranks, ties given their mean rank.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Z95 = 1.959963984540054


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r, or None when either variable does not vary."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def fisher_interval(r: float, n: int) -> tuple[float, float]:
    """The 95% interval of r by Fisher's z (n > 3; r of +-1 is its own interval)."""
    if abs(r) >= 1:
        return (r, r)
    z, se = math.atanh(r), 1 / math.sqrt(n - 3)
    return (math.tanh(z - Z95 * se), math.tanh(z + Z95 * se))


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, tied values sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for k in range(start, end + 1):
            out[order[k]] = (start + end) / 2 + 1
        start = end + 1
    return out


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    return pearson(ranks(xs), ranks(ys))

"""Critical numbers of runs about the median for run charts (10 to 60 useful observations).

Perla, Provost & Murray (2011, BMJ Qual Saf 20:46-51, Table 1) publish limits for "too few"
and "too many" runs derived from Swed & Eisenhart (1943, Ann Math Stat 14:66-87). We compute
the same quantity instead of transcribing it: the exact distribution of the number of runs R
for n1 = floor(n/2) points on one side of the median and n2 = n - n1 on the other,

    P(R = 2k)   = 2 C(n1-1, k-1) C(n2-1, k-1) / C(n, n1)
    P(R = 2k+1) = [C(n1-1, k-1) C(n2-1, k) + C(n1-1, k) C(n2-1, k-1)] / C(n, n1)

with 2.5% in each tail: R < low is too few, R > high is too many. This reproduces the
published rows quoted for n = 10, 14, 16, 24, 30, 40 and 60;
the printed table is commonly quoted one run wider at a few n (e.g. 6-16 at n = 20, where
this gives 7-15). Exact parity with the printed table needs a transcription from the paper.
"""

from __future__ import annotations

from fractions import Fraction
from math import comb

ALPHA_PER_TAIL = Fraction(1, 40)
MIN_USEFUL = 10
MAX_USEFUL = 60


def _runs_distribution(n1: int, n2: int) -> dict[int, Fraction]:
    total = comb(n1 + n2, n1)
    dist: dict[int, Fraction] = {}
    for r in range(2, n1 + n2 + 1):
        k, odd = divmod(r, 2)
        if odd:
            ways = comb(n1 - 1, k - 1) * comb(n2 - 1, k) + comb(n1 - 1, k) * comb(n2 - 1, k - 1)
        else:
            ways = 2 * comb(n1 - 1, k - 1) * comb(n2 - 1, k - 1)
        if ways:
            dist[r] = Fraction(ways, total)
    return dist


def _limits(n: int) -> tuple[int, int]:
    dist = _runs_distribution(n // 2, n - n // 2)
    low = min(r for r in dist if sum(p for s, p in dist.items() if s <= r) > ALPHA_PER_TAIL)
    high = max(r for r in dist if sum(p for s, p in dist.items() if s >= r) > ALPHA_PER_TAIL)
    return low, high


RUNS_LIMITS: dict[int, tuple[int, int]] = {n: _limits(n) for n in range(MIN_USEFUL, MAX_USEFUL + 1)}
"""useful observations -> (low, high): fewer than low runs, or more than high, signals."""


def runs_limits(useful: int) -> tuple[int, int] | None:
    """(low, high) for `useful` observations, or None outside 10..60 where no rule applies."""
    return RUNS_LIMITS.get(useful)

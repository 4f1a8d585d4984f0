"""Critical values of the Anhøj runs rules, computed rather than tabulated.

Anhøj & Olesen (2014, PLoS ONE 9(11):e113825, "Run charts revisited") and the R package
qicharts2 (function ``runs.analysis``) judge a series by two numbers, both about the n
*useful* points, those not exactly on the centre line:

* the longest run (points in a row on one side) signals above ``round(log2(n)) + 3``, the
  expected longest run in n fair coin tosses plus 3 (Schilling 2012, Math Mag 85:354-361);
* the number of crossings (times the line joining the points crosses the centre) signals
  below the 5th percentile of Binomial(n - 1, 1/2), the count of sign changes in n - 1
  steps when each step is a fair coin toss (Chen 2010, J Qual Technol 42:85-92).

The percentile is ``scipy.stats.binom.ppf``, the same definition as R's ``qbinom``: the
smallest k with P(X <= k) >= 0.05. log2(n) is never exactly half an integer, so rounding
ties (R and Python both round half to even) cannot arise.
"""

from __future__ import annotations

import math
from functools import cache

from scipy import stats

CROSSINGS_QUANTILE = 0.05
"""Few crossings signal below this percentile of Binomial(n - 1, 1/2) (qicharts2)."""
LONGEST_RUN_MARGIN = 3
"""A run longer than round(log2(n)) by more than this signals (Schilling 2012)."""
RECOMMENDED_USEFUL = 10
"""Anhøj & Olesen validated the rules from about 10 useful points; qicharts2 applies them
to any n, and so do we, warning below this."""


@cache
def longest_run_max(useful: int) -> int:
    """The longest run that is still common cause for `useful` points (1 or more)."""
    if useful < 1:
        raise ValueError("the longest-run limit needs at least one useful point")
    return round(math.log2(useful)) + LONGEST_RUN_MARGIN


@cache
def crossings_min(useful: int) -> int:
    """The fewest crossings that are still common cause for `useful` points (1 or more)."""
    if useful < 1:
        raise ValueError("the crossings limit needs at least one useful point")
    return int(stats.binom.ppf(CROSSINGS_QUANTILE, useful - 1, 0.5))

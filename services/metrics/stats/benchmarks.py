"""Collaborative benchmarks: where one organization stands among anonymized peers.

Only peer *values* (one number per organization) cross organizations, never patient rows or
peer identities. Percentile rank = 100 x (peers strictly below + half the peers tied) / peers,
the mid-rank definition, so a value equal to every peer ranks 50 rather than 0 or 100.
With fewer than 5 peers a quartile or rank would point at individual organizations (with 2
peers the "median" is their mean, and a rank of 0 or 100 names a neighbour's value as a
bound), so nothing is published.

Quartiles are never one peer's exact value. The usual type-7 quartiles of 5 peers are the
2nd, 3rd and 4th peer's values themselves; here each quartile is the Harrell-Davis estimate
(Harrell & Davis, "A new distribution-free quantile estimator", Biometrika 69(3):635-640,
1982): a Beta-weighted mean of *every* ordered peer value, so each peer moves it and none is
read off it. It is rounded to :data:`DECIMALS` places, and a rounded quartile that still
equals a peer's exact value (all peers equal, or a coincidence) is withheld (None): publishing
it would publish that peer's figure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from scipy.stats import beta

from services.metrics.stats.errors import InsufficientDataError

MIN_PEERS = 5
DECIMALS = 4
"""Places a peer quartile is rounded to (a share's 0.1 %, with a digit to spare)."""


@dataclass(frozen=True)
class Benchmark:
    """An organization's value against its peers (the organization itself excluded)."""

    value: float
    percentile_rank: float
    peer_count: int
    peer_q1: float | None
    peer_median: float | None
    peer_q3: float | None


def harrell_davis(values: Sequence[float], p: float) -> float:
    """The Harrell-Davis estimate of the ``p`` quantile: sum of w_i x_(i), where w_i is the
    mass of Beta(p(n+1), (1-p)(n+1)) on ((i-1)/n, i/n]."""
    if not values:
        raise InsufficientDataError("no values to estimate a quantile of")
    ordered = sorted(values)
    n = len(ordered)
    a, b = p * (n + 1), (1 - p) * (n + 1)
    cdf = beta.cdf([i / n for i in range(n + 1)], a, b)
    return float(sum((cdf[i + 1] - cdf[i]) * x for i, x in enumerate(ordered)))


def peer_quantile(peers: Sequence[float], p: float) -> float | None:
    """The rounded Harrell-Davis quantile of ``peers``, or None when it equals one of them."""
    estimate = round(harrell_davis(peers, p), DECIMALS)
    if any(math.isclose(estimate, x, rel_tol=0, abs_tol=1e-12) for x in peers):
        return None
    return estimate


def percentile_rank(value: float, peers: Sequence[float]) -> float:
    """Percentage of peers strictly below `value` plus half of those equal to it, in [0, 100]."""
    if not peers:
        raise InsufficientDataError("no peers to rank against")
    below = sum(1 for p in peers if p < value)
    ties = sum(1 for p in peers if p == value)
    return 100.0 * (below + 0.5 * ties) / len(peers)


def benchmark(value: float, peers: Sequence[float], *, min_peers: int = MIN_PEERS) -> Benchmark:
    """Rank `value` among `peers`; refuses (InsufficientDataError) below `min_peers` peers."""
    if len(peers) < min_peers:
        raise InsufficientDataError(
            f"benchmarks need at least {min_peers} peer organizations; {len(peers)} opted in"
        )
    q1, q2, q3 = (peer_quantile(peers, p) for p in (0.25, 0.5, 0.75))
    return Benchmark(value, percentile_rank(value, peers), len(peers), q1, q2, q3)

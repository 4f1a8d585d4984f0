"""Collaborative benchmarks: where one organization stands among anonymized peers.

Only peer *values* (one number per organization) cross organizations, never patient rows or
peer identities. Percentile rank = 100 x (peers strictly below + half the peers tied) / peers,
the mid-rank definition, so a value equal to every peer ranks 50 rather than 0 or 100.
Quartiles use the type-7 interpolation of `quantiles`. With fewer than 5 peers a quartile or
rank would point at individual organizations (with 2 peers the "median" is their mean, and
a rank of 0 or 100 names a neighbour's value as a bound), so nothing is published.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from services.metrics.stats.errors import InsufficientDataError
from services.metrics.stats.quantiles import quantiles

MIN_PEERS = 5


@dataclass(frozen=True)
class Benchmark:
    """An organization's value against its peers (the organization itself excluded)."""

    value: float
    percentile_rank: float
    peer_count: int
    peer_q1: float
    peer_median: float
    peer_q3: float


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
    q1, q2, q3 = quantiles(peers, (0.25, 0.5, 0.75))
    return Benchmark(value, percentile_rank(value, peers), len(peers), q1, q2, q3)

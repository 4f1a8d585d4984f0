"""Collaborative benchmarks: mid-rank percentile, peer quartiles, minimum peer count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.metrics.stats.benchmarks import benchmark, percentile_rank
from services.metrics.stats.errors import InsufficientDataError


def test_percentile_rank_counts_half_the_ties() -> None:
    # 2 peers below, 2 tied, 1 above: 100 * (2 + 1) / 5 = 60.
    assert percentile_rank(0.5, [0.1, 0.2, 0.5, 0.5, 0.9]) == 60.0
    assert percentile_rank(1.0, [1.0] * 6) == 50.0


def test_benchmark_quartiles_and_refusal_below_five_peers() -> None:
    result = benchmark(0.62, [0.40, 0.50, 0.55, 0.60, 0.70])
    assert result.peer_count == 5
    assert (result.peer_q1, result.peer_median, result.peer_q3) == (0.50, 0.55, 0.60)
    assert result.percentile_rank == 80.0
    with pytest.raises(InsufficientDataError, match="at least 5"):
        benchmark(0.62, [0.40, 0.50, 0.55, 0.60])


@given(st.floats(-1e6, 1e6), st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=40))
def test_percentile_rank_is_between_0_and_100(value: float, peers: list[float]) -> None:
    assert 0.0 <= percentile_rank(value, peers) <= 100.0

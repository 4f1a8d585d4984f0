"""Collaborative benchmarks: mid-rank percentile, peer quartiles, minimum peer count."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy import integrate
from scipy.stats import beta

from services.metrics.stats.benchmarks import (
    benchmark,
    harrell_davis,
    peer_quantile,
    percentile_rank,
)
from services.metrics.stats.errors import InsufficientDataError

pytestmark = pytest.mark.no_database  # runs once, in the SQLite suite (tests/conftest.py)


def test_percentile_rank_counts_half_the_ties() -> None:
    # 2 peers below, 2 tied, 1 above: 100 * (2 + 1) / 5 = 60.
    assert percentile_rank(0.5, [0.1, 0.2, 0.5, 0.5, 0.9]) == 60.0
    assert percentile_rank(1.0, [1.0] * 6) == 50.0


def _hd_by_integration(values: list[float], p: float) -> float:
    """Harrell-Davis (1982) by integrating the Beta density over each order statistic's
    slice: another route to the same weights than the closed-form CDF differences."""
    ordered, n = sorted(values), len(values)
    a, b = p * (n + 1), (1 - p) * (n + 1)
    weights = [integrate.quad(beta(a, b).pdf, i / n, (i + 1) / n)[0] for i in range(n)]
    return sum(w * x for w, x in zip(weights, ordered, strict=True))


def test_quartiles_are_harrell_davis_estimates_rounded() -> None:
    peers = [0.41, 0.50, 0.57, 0.66, 0.93]
    for p in (0.25, 0.5, 0.75):
        assert harrell_davis(peers, p) == pytest.approx(_hd_by_integration(peers, p), abs=1e-9)
    result = benchmark(0.62, peers)
    assert result.peer_count == 5 and result.percentile_rank == 60.0
    assert result.peer_median == round(_hd_by_integration(peers, 0.5), 4)
    assert result.peer_q1 is not None and 0.41 < result.peer_q1 < result.peer_median
    with pytest.raises(InsufficientDataError, match="at least 5"):
        benchmark(0.62, [0.40, 0.50, 0.55, 0.60])


def test_with_five_peers_no_quartile_is_a_peers_value() -> None:
    # Type-7 quartiles of these five are exactly 0.50, 0.57 and 0.66: three peers' figures.
    peers = [0.41, 0.50, 0.57, 0.66, 0.93]
    result = benchmark(0.62, peers)
    assert {result.peer_q1, result.peer_median, result.peer_q3}.isdisjoint(peers)


def test_a_quartile_equal_to_a_peer_is_withheld() -> None:
    assert peer_quantile([0.8] * 6, 0.5) is None  # all equal: any summary is their figure
    assert peer_quantile([0.40, 0.50, 0.55, 0.60, 0.70], 0.5) is None  # symmetric: the middle


@given(
    st.lists(
        st.integers(0, 400).map(lambda k: k / 400) | st.floats(0, 1e4, allow_nan=False),
        min_size=5,
        max_size=30,
    )
)
def test_no_published_quartile_equals_any_peers_exact_value(peers: list[float]) -> None:
    result = benchmark(0.5, peers)
    for q in (result.peer_q1, result.peer_median, result.peer_q3):
        assert q is None or not any(math.isclose(q, x, rel_tol=0, abs_tol=1e-12) for x in peers)


@given(st.floats(-1e6, 1e6), st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=40))
def test_percentile_rank_is_between_0_and_100(value: float, peers: list[float]) -> None:
    assert 0.0 <= percentile_rank(value, peers) <= 100.0

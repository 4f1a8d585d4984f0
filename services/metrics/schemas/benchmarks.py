"""API models of benchmarks against a collaborative's anonymized peers."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from services.metrics.schemas.collaboration import PeerOut
from services.metrics.schemas.common import ValueOut


class PeerComparisonOut(BaseModel):
    """Where your organization stands among its anonymized peers."""

    percentile_rank: float = Field(
        description="Share of peers below your value plus half of those equal, 0 to 100.",
        examples=[62.5],
    )
    peer_count: int = Field(description="Peers with a published value.", examples=[8])
    peer_q1: float | None = Field(
        description="Peers' first quartile (Harrell-Davis, rounded to 4 places); null when it "
        "would equal one peer's exact value.",
        examples=[0.7412],
    )
    peer_median: float | None = Field(
        description="Peers' median, computed and withheld like `peer_q1`.", examples=[0.7906]
    )
    peer_q3: float | None = Field(
        description="Peers' third quartile, computed and withheld like `peer_q1`.",
        examples=[0.8331],
    )


class BenchmarkPeriodOut(BaseModel):
    """One period: your value and, with enough peers, the comparison."""

    period: date = Field(description="First day of the period.", examples=["2026-03-01"])
    own: ValueOut | None = Field(description="Your organization's value (null: no facts).")
    peers_with_value: int = Field(
        description="Peers whose own value for the period is published.", examples=[8]
    )
    comparison: PeerComparisonOut | None = Field(
        description="Null when there is no comparison (see `reason`)."
    )
    reason: str | None = Field(
        description="Why there is no comparison: `too_few_peers`, `own_value_suppressed`, "
        "`no_own_value`.",
        examples=[None],
    )


class BenchmarkOut(BaseModel):
    """Your organization's metric against the anonymized peers of a collaborative."""

    metric_id: str = Field(description="The metric.", examples=["kept-rate"])
    better: str = Field(description="`higher` or `lower` is better.", examples=["higher"])
    collaborative_id: str = Field(description="The collaborative.", examples=["north-collab"])
    period: str = Field(description="Period length.", examples=["month"])
    min_peers: int = Field(description="Fewest peers a comparison needs.", examples=[5])
    filters: dict[str, str] = Field(description="Filters applied.", examples=[{}])
    periods: list[BenchmarkPeriodOut] = Field(description="One entry per period.")
    peers: list[PeerOut] = Field(
        description="The other members, named ones first: each under the name it chose to be "
        "named by, or its anonymous label (`org` is always null here). No peer's value is "
        "shown."
    )
    note: str | None = Field(
        description="Said when no period has a comparison.",
        examples=["Fewer than 5 peers have a value: no comparison."],
    )

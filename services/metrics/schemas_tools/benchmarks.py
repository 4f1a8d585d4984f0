"""API models of collaboratives and benchmarks."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from services.metrics.schemas_tools.common import ValueOut


class CollaborativeIn(BaseModel):
    """Body of `PUT /v1/collaboratives/{id}`."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"examples": [{"name": "Northern Behavioral Health Collaborative"}]},
    )

    name: str = Field(
        min_length=1,
        max_length=200,
        description="The collaborative's name.",
        examples=["Northern Behavioral Health Collaborative"],
    )


class CollaborativeOut(BaseModel):
    """A collaborative as one of its members (or its creator) sees it."""

    collaborative_id: str = Field(description="Its id.", examples=["north-collab"])
    name: str = Field(
        description="Its name.", examples=["Northern Behavioral Health Collaborative"]
    )
    created_at: datetime = Field(description="When it was created.")
    member_count: int = Field(description="How many organizations have opted in.", examples=[7])
    joined_at: datetime | None = Field(
        description="When your organization opted in; null when it has not."
    )


class CollaborativePage(BaseModel):
    """A page of your organization's collaboratives."""

    items: list[CollaborativeOut] = Field(description="Collaboratives, by id.")
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` for the next page; null at the end."
    )


class PeerComparisonOut(BaseModel):
    """Where your organization stands among its anonymized peers."""

    percentile_rank: float = Field(
        description="Share of peers below your value plus half of those equal, 0 to 100.",
        examples=[62.5],
    )
    peer_count: int = Field(description="Peers with a published value.", examples=[8])
    peer_q1: float = Field(description="Peers' first quartile.", examples=[0.74])
    peer_median: float = Field(description="Peers' median.", examples=[0.79])
    peer_q3: float = Field(description="Peers' third quartile.", examples=[0.83])


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
    note: str | None = Field(
        description="Said when no period has a comparison.",
        examples=["Fewer than 5 peers have a value: no comparison."],
    )

"""Benchmarks: your organization against the anonymized peers of a collaborative."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from services.metrics.api.deps import (
    FiltersDep,
    FloorDep,
    FromQuery,
    MetricId,
    PeriodQuery,
    Reader,
    RoundingDep,
    ToQuery,
)
from services.metrics.compute.disclosure.pool import members_seen_by
from services.metrics.learning import peers
from services.metrics.learning.benchmarks import benchmark_view
from services.metrics.learning.selection import resolve_selection
from services.metrics.schemas.benchmarks import (
    BenchmarkOut,
    BenchmarkPeriodOut,
    PeerComparisonOut,
)
from services.metrics.schemas.collaboration import PeerOut
from services.metrics.schemas.common import ValueOut
from services.metrics.stats.benchmarks import MIN_PEERS
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["benchmarks"])


@router.get(
    "/metrics/{metric_id}/benchmark",
    summary="Compare your organization with anonymized peers",
    response_model=BenchmarkOut,
    responses=problem_responses(404, 422),
)
def get_benchmark(
    metric_id: MetricId,
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    filters: FiltersDep,
    collaborative: Annotated[
        str,
        Query(
            min_length=1,
            max_length=64,
            description="A collaborative your organization belongs to.",
            examples=["north-collab"],
        ),
    ],
    period: PeriodQuery = "month",
    start: FromQuery = None,
    end: ToQuery = None,
) -> BenchmarkOut:
    """Your organization's org-level value, period by period, against the other members of a
    collaborative: percentile rank, peer median and quartiles. Peers are listed (`peers`) under
    their anonymous labels, or the name each chose to be named by; no peer's value is shown, each
    peer's value is itself subject to small-cell suppression, and with fewer than 5 peers
    holding a value there is no comparison (said so in `reason`). Example:
    `GET /v1/metrics/kept-rate/benchmark?collaborative=north-collab&period=quarter`."""
    members = members_seen_by(session, collaborative, caller.org)
    selection = resolve_selection(
        session, caller_org=caller.org, metric_id=metric_id, level="org", unit=None,
        period=period, start=start, end=end, filters=filters,  # type: ignore[arg-type]
    )  # fmt: skip
    rows = benchmark_view(
        session,
        selection=selection,
        org=caller.org,
        peers=members,
        floor=floor,
        bases=bases,
    )
    out = []
    for r in rows:
        own = None
        if r.own is not None:
            own = ValueOut(value=r.own.value, numerator=r.own.numerator,
                           denominator=r.own.denominator, n=r.own.n, suppressed=False,
                           rounded_to=r.own.rounded_to)  # fmt: skip
        elif r.reason == "own_value_suppressed":
            own = ValueOut(value=None, numerator=None, denominator=None, n=None, suppressed=True,
                           reason="small_cell")  # fmt: skip
        c = r.comparison
        out.append(
            BenchmarkPeriodOut(
                period=r.period,
                own=own,
                peers_with_value=r.peers_published,
                comparison=None
                if c is None
                else PeerComparisonOut(
                    percentile_rank=c.percentile_rank,
                    peer_count=c.peer_count,
                    peer_q1=c.peer_q1,
                    peer_median=c.peer_median,
                    peer_q3=c.peer_q3,
                ),
                reason=r.reason,
            )
        )
    note = None
    if not any(p.comparison for p in out):
        note = (
            f"No comparison: a benchmark needs at least {MIN_PEERS} peer organizations with a "
            "published value in a period."
        )
    labels = peers.labels_for(session, collaborative, caller.org)
    listed = [peers.label_of(labels, m) for m in members if m != caller.org]
    listed.sort(key=lambda p: (not p.named, p.label))
    return BenchmarkOut(
        metric_id=metric_id,
        better=selection.definition.better,
        collaborative_id=collaborative,
        period=period,
        min_peers=MIN_PEERS,
        filters=dict(selection.query.filters),
        periods=out,
        peers=[PeerOut(label=p.label, named=p.named, org=p.org) for p in listed],
        note=note,
    )

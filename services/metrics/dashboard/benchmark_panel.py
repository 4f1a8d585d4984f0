"""The benchmark panel: ``/v1/metrics/{id}/benchmark`` for one collaborative, latest first.

Always the organization's own org-level value (as the benchmark route compares it), against
the other members' values, each suppressed by its own organization's threshold, summarised as
a percentile rank and quartiles; peers are never named.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from services.metrics.compute.disclosure.pool import members_seen_by
from services.metrics.dashboard import formatting
from services.metrics.learning import periods
from services.metrics.learning.benchmarks import benchmark_view
from services.metrics.learning.selection import Selection
from services.metrics.stats.benchmarks import MIN_PEERS
from services.metrics.stats.rounding import Rounding

REASONS = {
    "no_own_value": "no value of yours",
    "own_value_suppressed": "your value is suppressed",
    "too_few_peers": f"fewer than {MIN_PEERS} peers with a value",
}


@dataclass(frozen=True)
class BenchmarkRow:
    label: str
    own: str
    peers: int
    percentile_rank: str
    peer_q1: str
    peer_median: str
    peer_q3: str
    note: str


@dataclass(frozen=True)
class BenchmarkPanel:
    collaborative_id: str
    rows: tuple[BenchmarkRow, ...]
    compared: int


def benchmark_panel(
    session: Session,
    *,
    selection: Selection,
    org: str,
    collaborative_id: str,
    floor: int,
    bases: Rounding,
) -> BenchmarkPanel:
    """One row per period of the range in which the organization has a value; ``selection``
    is the organization's own (level ``org``), as the benchmark route resolves it."""
    members = members_seen_by(session, collaborative_id, org)
    found = benchmark_view(
        session, selection=selection, org=org, peers=members, floor=floor, bases=bases
    )
    unit, period = selection.definition.unit, selection.period
    rows = []
    for r in reversed(found):
        c = r.comparison
        shown = "suppressed" if r.reason == "own_value_suppressed" else formatting.value(
            r.own.value if r.own else None, unit)  # fmt: skip
        rows.append(
            BenchmarkRow(
                label=periods.label(r.period, period),
                own=shown,
                peers=r.peers_published,
                percentile_rank="\u2014" if c is None else f"{c.percentile_rank:.0f}",
                peer_q1="\u2014" if c is None else formatting.value(c.peer_q1, unit),
                peer_median="\u2014" if c is None else formatting.value(c.peer_median, unit),
                peer_q3="\u2014" if c is None else formatting.value(c.peer_q3, unit),
                note=REASONS.get(r.reason or "", ""),
            )
        )
    return BenchmarkPanel(collaborative_id, tuple(rows), sum(1 for r in found if r.comparison))

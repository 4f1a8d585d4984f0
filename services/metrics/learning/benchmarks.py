"""The caller's organization against anonymized peers of a collaborative, period by period.

Each peer's org-level value is computed from that peer's facts alone, suppressed by that
peer's own threshold and published under the strict policy for what leaves an organization
(counts rounded to the shared base, 10 by default, and the value computed from the rounded
counts: :mod:`services.metrics.stats.rounding`) before it is used. The caller's own value is
published the same way, so that it is ranked like with like; only the resulting summary
(percentile rank, median and quartiles) leaves this module, never a peer's identity, value
or any patient-level row. With fewer than :data:`~services.metrics.stats.benchmarks.MIN_PEERS`
publishable peers in a period there is no comparison, and the answer says so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session

from services.metrics.compute.disclosure.publish import PublishedCell, publish
from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.learning import periods
from services.metrics.learning.selection import Selection
from services.metrics.stats.benchmarks import MIN_PEERS, Benchmark, benchmark
from services.metrics.stats.errors import InsufficientDataError
from services.metrics.stats.rounding import Rounding


@dataclass(frozen=True)
class PeriodBenchmark:
    period: date
    own: PublishedCell | None
    peers_published: int
    comparison: Benchmark | None
    reason: str | None


def _published_values(
    session: Session, selection: Selection, org: str, floor: int, bases: Rounding
) -> dict[date, PublishedCell]:
    """One organization's own org-level cells, published under its own threshold and the
    shared (strict) rounding."""
    query = replace(selection.query, level="org", unit_id=None)
    threshold = threshold_for(session, floor=floor, orgs=[org])
    cells = publish(
        session, orgs=[org], query=query, threshold=threshold, bases=bases, audience="shared"
    )
    return {c.period: c for c in cells if c.unit_id == org}


def benchmark_view(
    session: Session,
    *,
    selection: Selection,
    org: str,
    peers: list[str],
    floor: int,
    bases: Rounding,
) -> list[PeriodBenchmark]:
    """One comparison per period of the range in which the caller's org has a value."""
    own = _published_values(session, selection, org, floor, bases)
    peer_values = [
        _published_values(session, selection, p, floor, bases) for p in peers if p != org
    ]
    query = selection.query
    starts = sorted(own)
    if query.start is not None and query.end is not None:
        starts = periods.periods_between(query.start, query.end, selection.period)
    out = []
    for start in starts:
        mine = own.get(start)
        values = [
            value
            for table in peer_values
            if start in table
            and not table[start].suppressed
            and (value := table[start].value) is not None
        ]
        comparison, reason = None, None
        hidden = mine is None or mine.suppressed or mine.value is None
        if mine is None or mine.value is None:
            reason = "no_own_value"
        elif mine.suppressed:
            reason = "own_value_suppressed"
        else:
            try:
                comparison = benchmark(mine.value, values, min_peers=MIN_PEERS)
            except InsufficientDataError:
                reason = "too_few_peers"
        out.append(
            PeriodBenchmark(start, None if hidden else mine, len(values), comparison, reason)
        )
    return out

"""Who a collaborative pools: its approved members, and only when there are enough of them.

Pooled values are the sum of the members' facts. With two members, the pooled value minus
one's own is the other's exact figure, so the collaborative level follows the benchmark rule:
at least :data:`MIN_MEMBERS` approved members, and in each period at least that many members
with data behind the pooled cell (a cell with fewer is suppressed, reason ``too_few_members``;
an equity breakdown is hidden whole when one of its groups rests on fewer).
Applicants, declined and departed organizations are not members: they get the same 404 as
for a collaborative that does not exist.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlmodel import Session, col, select

from services.metrics.catalog import EquityDimension
from services.metrics.compute import RANGE, Cell, MetricQuery, compute
from services.metrics.errors import TooFewMembersError, UnknownUnitError
from services.metrics.models import CollaborativeMember
from services.metrics.stats.benchmarks import MIN_PEERS

MIN_MEMBERS = MIN_PEERS
"""Approved members with data a pooled value rests on; the same rule as a benchmark's peers."""

APPROVED = "approved"


def approved_members(session: Session, collaborative_id: str) -> list[str]:
    """The organizations whose membership was approved, sorted."""
    rows = session.exec(
        select(CollaborativeMember.org).where(
            col(CollaborativeMember.collaborative_id) == collaborative_id,
            col(CollaborativeMember.status) == APPROVED,
        )
    ).all()
    return sorted(rows)


def members_seen_by(session: Session, collaborative_id: str, viewer_org: str) -> list[str]:
    """The approved members, when ``viewer_org`` is one of them; else UnknownUnitError, the
    same for a collaborative that does not exist, an application and a declined one."""
    members = approved_members(session, collaborative_id)
    if viewer_org not in members:
        raise UnknownUnitError("No collaborative with this id has your organization as a member.")
    return members


def pool_for(session: Session, collaborative_id: str, viewer_org: str) -> list[str]:
    """The members whose facts a pooled value of the collaborative sums, for ``viewer_org``:
    like :func:`members_seen_by`, and TooFewMembersError below :data:`MIN_MEMBERS`."""
    members = members_seen_by(session, collaborative_id, viewer_org)
    if len(members) < MIN_MEMBERS:
        raise TooFewMembersError(
            f"Pooled values need at least {MIN_MEMBERS} approved member organizations; this "
            f"collaborative has {len(members)}, so a member could work out another's figures."
        )
    return members


def well_pooled_periods(session: Session, *, orgs: Sequence[str], query: MetricQuery) -> set[date]:
    """Periods in which at least :data:`MIN_MEMBERS` of ``orgs`` have data behind the pooled
    cell of ``query``; a pooled cell of any other period is not published."""
    per_org = compute(session, orgs=orgs, query=replace(query, level="org", unit_id=None))
    contributors: dict[date, set[str]] = defaultdict(set)
    for cell in per_org:
        if _has_data(cell):
            contributors[cell.period].add(cell.unit_id)
    return {p for p, members in contributors.items() if len(members) >= MIN_MEMBERS}


def thin_range(
    session: Session, *, orgs: Sequence[str], query: MetricQuery, by: EquityDimension
) -> tuple[bool, bool]:
    """Over the query's whole range: whether the pooled total, and whether any equity group,
    rests on fewer than :data:`MIN_MEMBERS` of ``orgs`` (the equity view's range values)."""
    whole = replace(query, level="org", unit_id=None, period=RANGE)
    totals = {c.unit_id for c in compute(session, orgs=orgs, query=whole) if _has_data(c)}
    groups: dict[str | None, set[str]] = defaultdict(set)
    for cell in compute(session, orgs=orgs, query=whole, by=by):
        if _has_data(cell):
            groups[cell.group].add(cell.unit_id)
    return len(totals) < MIN_MEMBERS, any(len(m) < MIN_MEMBERS for m in groups.values())


def _has_data(cell: Cell) -> bool:
    return (cell.n or 0) > 0 or (cell.denominator or 0) > 0

"""How much improvement work each member of a collaborative did in a period: the part of the
collaborative's participation metrics that projects and PDSA cycles supply.

Contract between the collaborative's governance (which reports participation) and improvement
projects (which own the tables).

What counts, decided here: only projects shared with the collaborative (a private project is
its organization's alone, not participation), of organizations that are approved members now.
A project was active in the period when one of its cycles ran in it: from its start to its end,
or, while unended, to today if the project is still active (an unended cycle of a planned,
completed or abandoned project counts on its start day only). A cycle was completed in the
period when it was acted on (an act decision is given) and its end date falls in the period:
the act needs the end date, and the act itself carries no date of its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from services.metrics.improvement.projects import APPROVED
from services.metrics.models import CollaborativeMember, ImprovementCycle, ImprovementProject


@dataclass(frozen=True)
class ImprovementActivity:
    """One member organization's improvement work in a period."""

    active_projects: int
    cycles_completed: int


def _ran_in(cycle: ImprovementCycle, project: ImprovementProject, start: date, end: date) -> bool:
    if cycle.started_on is None or cycle.started_on >= end:
        return False
    if cycle.ended_on is not None:
        return cycle.ended_on >= start
    return project.status == "active" or cycle.started_on >= start


def activity_by_org(
    session: Session, collaborative_id: str, start: date, end: date
) -> dict[str, ImprovementActivity]:
    """Per member org: projects shared with the collaborative that were active at any time in
    ``[start, end)``, and their PDSA cycles completed (acted on) in it. Orgs with none are
    absent."""
    members = select(CollaborativeMember.org).where(
        CollaborativeMember.collaborative_id == collaborative_id,
        CollaborativeMember.status == APPROVED,
    )
    rows = session.exec(
        select(ImprovementCycle, ImprovementProject)
        .join(
            ImprovementProject,
            (col(ImprovementProject.org) == col(ImprovementCycle.org))
            & (col(ImprovementProject.project_id) == col(ImprovementCycle.project_id)),
        )
        .where(
            ImprovementProject.shared_with == collaborative_id,
            col(ImprovementProject.org).in_(members),
        )
    ).all()
    active: dict[str, set[str]] = defaultdict(set)
    completed: dict[str, int] = defaultdict(int)
    for cycle, project in rows:
        if _ran_in(cycle, project, start, end):
            active[project.org].add(project.project_id)
        if cycle.act is not None and cycle.ended_on is not None and start <= cycle.ended_on < end:
            completed[project.org] += 1
    return {
        org: ImprovementActivity(len(active[org]), completed[org])
        for org in sorted(set(active) | set(completed))
    }

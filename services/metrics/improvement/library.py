"""A collaborative's library: the projects its members shared with it, so that peers see what
was tried and what came of it.

Only approved members read it (anyone else gets the collaborative's 404), and it lists the
projects of members that are still approved. A project's outcome is the act decision of its
last acted-on cycle (adopt, adapt, abandon): the team's own judgement, which carries no count
and no value of its unit, so it is searchable without disclosure rules. The estimated effect is
not used: it rests on the owner's unit series, which peers may not see (:mod:`.study`).
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from services.metrics.errors import NotFoundError
from services.metrics.improvement.cycles import cycles_of, last_acted
from services.metrics.improvement.projects import APPROVED, is_approved
from services.metrics.models import CollaborativeMember, ImprovementProject
from services.metrics.schemas.projects import LibraryItemOut

NOT_FOUND = "No collaborative with this id."


def library(
    session: Session, *, collaborative_id: str, viewer: str, metric_id: str | None,
    outcome: str | None,
) -> list[LibraryItemOut]:  # fmt: skip
    """The shared projects, by organization then id, filtered by metric and outcome."""
    if not is_approved(session, collaborative_id, viewer):
        raise NotFoundError(NOT_FOUND)
    members = select(CollaborativeMember.org).where(
        CollaborativeMember.collaborative_id == collaborative_id,
        CollaborativeMember.status == APPROVED,
    )
    query = select(ImprovementProject).where(
        ImprovementProject.shared_with == collaborative_id,
        col(ImprovementProject.org).in_(members),
    )
    if metric_id is not None:
        query = query.where(ImprovementProject.metric_id == metric_id)
    order = (col(ImprovementProject.org), col(ImprovementProject.project_id))
    out = []
    for project in session.exec(query.order_by(*order)).all():
        cycles = cycles_of(session, project)
        last = last_acted(cycles)
        decision = last.act if last else None
        if outcome is not None and decision != outcome:
            continue
        out.append(
            LibraryItemOut(
                org=project.org, project_id=project.project_id, title=project.title,
                metric_id=project.metric_id, level=project.level,
                status=project.status,
                cycles=len(cycles), outcome=decision,
                lessons=last.lessons if last else None,
                href=f"/v1/projects/{project.project_id}?org={project.org}",
            )
        )  # fmt: skip
    return out

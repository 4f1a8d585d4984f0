"""Projects as the API shows them: all of it to its own organization, the shared part to a
peer (no baseline, no unit id, which may name a clinician, no chart link)."""

from __future__ import annotations

from sqlmodel import Session

from services.metrics.improvement.cycles import cycle_out, cycles_of
from services.metrics.improvement.study import chart_link
from services.metrics.models import ImprovementProject
from services.metrics.schemas.projects import AimOut, ProjectOut
from shared.models import as_utc


def project_out(session: Session, row: ImprovementProject, *, viewer: str) -> ProjectOut:
    """The project with its cycles (without their study), as ``viewer`` may see it."""
    own = viewer == row.org
    return ProjectOut(
        project_id=row.project_id, org=row.org, title=row.title,
        aim=AimOut(
            metric_id=row.metric_id, level=row.level, unit_id=row.unit_id if own else None,
            period=row.period, baseline=row.baseline if own else None, target=row.target,
            by_when=row.by_when,
        ),
        team=row.team, change_ideas=list(row.change_ideas),
        status=row.status,
        shared_with=row.shared_with, updated_at=as_utc(row.updated_at),
        cycles=[cycle_out(c) for c in cycles_of(session, row)],
        chart=chart_link(row) if own else None,
    )  # fmt: skip

"""QI interventions, the deprecated view of improvement projects: an intervention is a PDSA
cycle (with its project's aim), under the cycle's id.

Recording an intervention creates a project and its one cycle under the same new id, as the
migration did with every intervention stored before projects existed; listing them lists the
organization's started cycles. The effect is the cycle's (:mod:`services.metrics.improvement.
effects`), and the charts mark every started cycle of the unit's projects on the metric.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, or_, select
from sqlmodel.sql.expression import Select

from services.metrics.catalog import Level, Period
from services.metrics.errors import NotFoundError
from services.metrics.improvement.projects import check_aim
from services.metrics.learning import periods
from services.metrics.learning.charts import MarkedIntervention, SeriesPoint
from services.metrics.learning.selection import Selection
from services.metrics.models import ImprovementCycle, ImprovementProject
from shared.models import utcnow


@dataclass(frozen=True)
class InterventionView:
    """A started cycle with its project's aim, as an intervention."""

    intervention_id: str
    metric_id: str
    level: str
    unit_id: str
    period: str
    started_on: date
    title: str
    description: str | None
    created_at: datetime
    created_by: str


def _view(cycle: ImprovementCycle, project: ImprovementProject) -> InterventionView:
    assert cycle.started_on is not None  # only started cycles are selected
    return InterventionView(
        cycle.cycle_id, project.metric_id, project.level, project.unit_id, project.period,
        cycle.started_on, cycle.title, cycle.change, cycle.created_at, cycle.created_by,
    )  # fmt: skip


def _started() -> Select[ImprovementCycle, ImprovementProject]:
    return (
        select(ImprovementCycle, ImprovementProject)
        .join(
            ImprovementProject,
            (col(ImprovementProject.org) == col(ImprovementCycle.org))
            & (col(ImprovementProject.project_id) == col(ImprovementCycle.project_id)),
        )
        .where(col(ImprovementCycle.started_on).is_not(None))
    )


def record_intervention(
    session: Session,
    *,
    org: str,
    by: str,
    metric_id: str,
    level: Level,
    unit_id: str | None,
    period: Period,
    started_on: date,
    title: str,
    description: str | None,
) -> InterventionView:
    """A new active private project with one started cycle, both under one new id."""
    unit = check_aim(org=org, metric_id=metric_id, level=level, unit_id=unit_id)
    new_id, now = str(uuid.uuid4()), utcnow()
    project = ImprovementProject(
        org=org, project_id=new_id, title=title, metric_id=metric_id, level=level,
        unit_id=unit, period=period, change_ideas=[], status="active", updated_at=now,
        updated_by=by,
    )  # fmt: skip
    cycle = ImprovementCycle(
        org=org, cycle_id=new_id, project_id=new_id, title=title, change=description,
        started_on=started_on, created_at=now, created_by=by, updated_at=now, updated_by=by,
    )  # fmt: skip
    session.add(project)
    session.add(cycle)
    session.flush()
    return _view(cycle, project)


def get_intervention(session: Session, *, org: str, intervention_id: str) -> InterventionView:
    """The caller's own started cycle, or :class:`NotFoundError` (also for another org's)."""
    found = session.exec(
        _started().where(ImprovementCycle.org == org, ImprovementCycle.cycle_id == intervention_id)
    ).first()
    if found is None:
        raise NotFoundError("No intervention with this id.")
    return _view(*found)


def list_interventions(
    session: Session,
    *,
    org: str,
    after: tuple[str, str] | None,
    limit: int,
    metric_id: str | None = None,
    level: str | None = None,
    unit_id: str | None = None,
) -> list[InterventionView]:
    """The org's started cycles by start date, then id; ``limit + 1`` rows so the caller knows
    whether there is a next page. ``after`` is the (started_on, id) of the previous page's last."""
    query = _started().where(ImprovementCycle.org == org)
    if metric_id is not None:
        query = query.where(ImprovementProject.metric_id == metric_id)
    if level is not None:
        query = query.where(ImprovementProject.level == level)
    if unit_id is not None:
        query = query.where(ImprovementProject.unit_id == unit_id)
    if after is not None:
        day = date.fromisoformat(after[0])
        query = query.where(
            or_(
                col(ImprovementCycle.started_on) > day,
                (col(ImprovementCycle.started_on) == day)
                & (col(ImprovementCycle.cycle_id) > after[1]),
            )
        )
    order = (col(ImprovementCycle.started_on), col(ImprovementCycle.cycle_id))
    return [_view(*row) for row in session.exec(query.order_by(*order).limit(limit + 1)).all()]


def marks_for(
    session: Session, *, org: str, selection: Selection, series: Sequence[SeriesPoint]
) -> list[MarkedIntervention]:
    """The unit's started cycles on this metric that start within the series' periods."""
    query = selection.query
    if not series:
        return []
    first, last = series[0].period, series[-1].period
    rows = session.exec(
        _started()
        .where(
            ImprovementCycle.org == org,
            ImprovementProject.metric_id == query.metric_id,
            ImprovementProject.level == query.level,
            ImprovementProject.unit_id == query.unit_id,
        )
        .order_by(col(ImprovementCycle.started_on), col(ImprovementCycle.cycle_id))
    ).all()
    out = []
    for cycle, _ in rows:
        assert cycle.started_on is not None
        start = periods.period_start(cycle.started_on, selection.period)
        if first <= start <= last:
            out.append(MarkedIntervention(cycle.cycle_id, cycle.title, cycle.started_on, start))
    return out

"""PDSA cycles of a project: plan, do and act stored as data; the study computed on read.

A cycle's id is unique within its organization: a PUT under an id another project of the
organization already uses is a 409, never a silent move. The plan-do-act order is checked on
write: an end date needs a start and is not before it, an act decision needs the end (a
change is judged once it has been tested).
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from services.metrics.errors import InvalidParameterError, NotFoundError, StateConflictError
from services.metrics.models import ImprovementCycle, ImprovementProject
from services.metrics.schemas.cycles import CycleIn, CycleOut, StudyOut
from shared.models import as_utc, utcnow


def _invalid(detail: str, field: str) -> InvalidParameterError:
    return InvalidParameterError(detail, parameter=field, location="body")


def check_cycle(body: CycleIn) -> None:
    """422 naming the field when the do and act are out of order."""
    if body.ended_on is not None:
        if body.started_on is None:
            raise _invalid("An end date needs a start date.", "started_on")
        if body.ended_on < body.started_on:
            raise _invalid("The cycle ends before it starts.", "ended_on")
    if body.act is not None and body.ended_on is None:
        raise _invalid("Act on a cycle once it has ended: give `ended_on`.", "ended_on")


def put_cycle(
    session: Session, *, project: ImprovementProject, by: str, cycle_id: str, body: CycleIn
) -> tuple[ImprovementCycle, bool]:
    """Create or replace the cycle under ``project``; True when created. The caller commits."""
    check_cycle(body)
    org, values = project.org, body.model_dump()
    row = session.get(ImprovementCycle, (org, cycle_id))
    if row is None:
        now = utcnow()
        try:
            with session.begin_nested():
                row = ImprovementCycle(
                    org=org, cycle_id=cycle_id, project_id=project.project_id, created_at=now,
                    created_by=by, updated_at=now, updated_by=by, **values,
                )  # fmt: skip
                session.add(row)
            return row, True
        except IntegrityError:  # a concurrent PUT created it first: replace it
            row = session.get(ImprovementCycle, (org, cycle_id), populate_existing=True)
            assert row is not None
    if row.project_id != project.project_id:
        raise StateConflictError(
            f"Cycle {cycle_id} belongs to another of your projects; choose another id."
        )
    if any(getattr(row, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at, row.updated_by = utcnow(), by
        session.add(row)
        session.flush()
    return row, False


def cycles_of(session: Session, project: ImprovementProject) -> list[ImprovementCycle]:
    """The project's cycles by start date (unstarted last), then id."""
    rows = session.exec(
        select(ImprovementCycle).where(
            ImprovementCycle.org == project.org,
            ImprovementCycle.project_id == project.project_id,
        )
    ).all()
    return sorted(rows, key=lambda c: (c.started_on is None, c.started_on, c.cycle_id))


def cycle_of(session: Session, project: ImprovementProject, cycle_id: str) -> ImprovementCycle:
    """The project's cycle, or 404."""
    row = session.get(ImprovementCycle, (project.org, cycle_id))
    if row is None or row.project_id != project.project_id:
        raise NotFoundError("No cycle with this id in this project.")
    return row


def cycle_out(row: ImprovementCycle, study: StudyOut | None = None) -> CycleOut:
    """The cycle as the API shows it."""
    return CycleOut(
        cycle_id=row.cycle_id, project_id=row.project_id, title=row.title, change=row.change,
        prediction=row.prediction, started_on=row.started_on, ended_on=row.ended_on,
        act=row.act,
        lessons=row.lessons, updated_at=as_utc(row.updated_at), study=study,
    )  # fmt: skip


def last_acted(cycles: list[ImprovementCycle]) -> ImprovementCycle | None:
    """The cycle acted on last (latest end date, then id), or None."""
    acted = [c for c in cycles if c.act is not None and c.ended_on is not None]
    return max(acted, key=lambda c: (c.ended_on, c.cycle_id), default=None)


__all__ = ["cycle_of", "cycle_out", "cycles_of", "last_acted", "put_cycle"]

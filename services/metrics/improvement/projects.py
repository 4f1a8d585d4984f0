"""Improvement projects: an organization's aim on one of its units, stored as data, and who
may read it.

A project is its organization's. It is private (other organizations get the same 404 as for
an id that does not exist) unless shared with one collaborative: then the approved members of
that collaborative may read it, while the owner is an approved member too (an owner that leaves
or is removed takes its shared projects out of the library with it). Peers see the free text
(title, team, change ideas, cycles, lessons) and the aim without its baseline, which is a
measured value of the owner's unit; never the chart or the effect (see :mod:`.cycles`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from services.metrics.catalog import CATALOG
from services.metrics.errors import InvalidParameterError, NotFoundError, UnknownMetricError
from services.metrics.models import CollaborativeMember, ImprovementProject
from services.metrics.schemas.projects import AimIn, ProjectIn
from shared.models import utcnow

APPROVED = "approved"
NOT_FOUND = "No project with this id."


def _invalid(detail: str, field: str) -> InvalidParameterError:
    return InvalidParameterError(detail, parameter=field, location="body")


def check_aim(
    *, org: str, metric_id: str, level: str, unit_id: str | None, prefix: str = ""
) -> str:
    """The aim's unit id (the org itself at the org level); 422 naming the body field when the
    metric is unknown, not computed at the level, or the unit is missing."""
    definition = CATALOG.get(metric_id)
    if definition is None:
        raise _invalid(str(UnknownMetricError(metric_id)), f"{prefix}metric_id")
    if level == "collaborative":
        raise _invalid("An organization aims at its own units.", f"{prefix}level")
    if level not in definition.levels:
        raise _invalid(f"{metric_id} is not computed at the {level} level.", f"{prefix}level")
    if level == "org":
        if unit_id not in (None, org):
            raise _invalid("At the org level the unit is your own organization.",
                           f"{prefix}unit_id")  # fmt: skip
        return org
    if unit_id is None:
        raise _invalid(f"The {level} level needs a unit_id.", f"{prefix}unit_id")
    return unit_id


def is_approved(session: Session, collaborative_id: str, org: str) -> bool:
    """Whether ``org`` is an approved member of the collaborative."""
    member = session.get(CollaborativeMember, (collaborative_id, org))
    return member is not None and member.status == APPROVED


def _values(session: Session, *, org: str, body: ProjectIn) -> dict[str, Any]:
    aim: AimIn = body.aim
    unit_id = check_aim(org=org, metric_id=aim.metric_id, level=aim.level,
                        unit_id=aim.unit_id, prefix="aim.")  # fmt: skip
    if body.shared_with is not None and not is_approved(session, body.shared_with, org):
        raise _invalid(
            "Not a collaborative your organization is an approved member of.", "shared_with"
        )
    return {
        "title": body.title, "metric_id": aim.metric_id, "level": aim.level,
        "unit_id": unit_id, "period": aim.period, "baseline": aim.baseline,
        "target": aim.target, "by_when": aim.by_when, "team": body.team,
        "change_ideas": list(body.change_ideas), "status": body.status,
        "shared_with": body.shared_with,
    }  # fmt: skip


def put_project(
    session: Session, *, org: str, by: str, project_id: str, body: ProjectIn
) -> tuple[ImprovementProject, bool]:
    """Create or replace the project; True when created. The caller commits."""
    values = _values(session, org=org, body=body)
    row = session.get(ImprovementProject, (org, project_id))
    if row is None:
        try:
            with session.begin_nested():
                row = ImprovementProject(org=org, project_id=project_id, updated_at=utcnow(),
                                         updated_by=by, **values)  # fmt: skip
                session.add(row)
            return row, True
        except IntegrityError:  # a concurrent PUT created it first: replace it
            row = session.get(ImprovementProject, (org, project_id), populate_existing=True)
            assert row is not None
    if any(getattr(row, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at, row.updated_by = utcnow(), by
        session.add(row)
        session.flush()
    return row, False


def own_project(session: Session, *, org: str, project_id: str) -> ImprovementProject:
    """The organization's own project, or 404."""
    row = session.get(ImprovementProject, (org, project_id))
    if row is None:
        raise NotFoundError(NOT_FOUND)
    return row


def visible_project(
    session: Session, *, viewer: str, owner: str, project_id: str
) -> ImprovementProject:
    """The project as ``viewer`` may read it: its own, or one shared with a collaborative both
    it and the owner are approved members of; 404 otherwise (never 403: a private project's
    existence is not disclosed)."""
    row = session.get(ImprovementProject, (owner, project_id))
    if row is None:
        raise NotFoundError(NOT_FOUND)
    if owner == viewer:
        return row
    shared = row.shared_with
    if shared is None or not (is_approved(session, shared, viewer)
                              and is_approved(session, shared, owner)):  # fmt: skip
        raise NotFoundError(NOT_FOUND)
    return row


def list_projects(
    session: Session, *, org: str, after: str | None, limit: int, status: str | None = None
) -> list[ImprovementProject]:
    """The organization's projects by id; ``limit + 1`` rows so the caller can page."""
    query = select(ImprovementProject).where(ImprovementProject.org == org)
    if status is not None:
        query = query.where(ImprovementProject.status == status)
    if after is not None:
        query = query.where(col(ImprovementProject.project_id) > after)
    return list(session.exec(query.order_by(col(ImprovementProject.project_id)).limit(limit + 1)))

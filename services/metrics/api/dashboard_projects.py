"""The dashboard's improvement pages: the organization's projects, one project with its chart
and cycles, and a collaborative's library. Pages for people, kept out of the OpenAPI document
(the same data is ``/v1/projects`` and ``/v1/collaboratives/{id}/library``)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from services.metrics.api.dashboard import _page, _to_sign_in
from services.metrics.api.deps import FloorDep, RoundingDep, ViewerDep
from services.metrics.api.path_ids import ID_PATTERN
from services.metrics.catalog import CATALOG
from services.metrics.clinician_access import check_view
from services.metrics.dashboard.project_page import project_page
from services.metrics.improvement import projects
from services.metrics.improvement.library import library
from services.metrics.improvement.views import project_out
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/dashboard", include_in_schema=False)
PageId = Annotated[str, Path(min_length=1, max_length=64, pattern=ID_PATTERN)]
OUTCOMES = (("adopt", "Adopted (it worked)"), ("adapt", "Adapted"),
            ("abandon", "Abandoned (it did not work)"))  # fmt: skip


@router.get("/projects")
def project_list(request: Request, caller: ViewerDep, session: ReadSessionDep) -> Response:
    """The organization's projects (the first 200 by id)."""
    if caller is None:
        return _to_sign_in(request)
    rows = projects.list_projects(session, org=caller.org, after=None, limit=200)
    return _page("projects.html", viewer=caller,
                 projects=[project_out(session, r, viewer=caller.org) for r in rows])  # fmt: skip


@router.get("/projects/{project_id}")
def project(
    project_id: PageId, request: Request, caller: ViewerDep, session: ReadSessionDep,
    floor: FloorDep, bases: RoundingDep,
) -> Response:  # fmt: skip
    """One of the organization's projects: aim, chart with cycles as bands, cycles."""
    if caller is None:
        return _to_sign_in(request)
    row = projects.own_project(session, org=caller.org, project_id=project_id)
    check_view(session, caller=caller, level=row.level, unit=row.unit_id, clinician_id=None,
               roleless=request.app.state.settings.roleless_tokens)  # fmt: skip
    page = project_page(session, row, floor=floor, bases=bases)
    return _page("project.html", viewer=caller, page=page)


@router.get("/collaboratives/{collaborative_id}/library")
def library_page(
    collaborative_id: PageId, request: Request, caller: ViewerDep, session: ReadSessionDep,
    metric_id: str = "", outcome: Literal["adopt", "adapt", "abandon", ""] = "",
) -> Response:  # fmt: skip
    """The projects the collaborative's members shared, filtered by metric and outcome."""
    if caller is None:
        return _to_sign_in(request)
    items = library(session, collaborative_id=collaborative_id, viewer=caller.org,
                    metric_id=metric_id or None, outcome=outcome or None)  # fmt: skip
    return _page("library.html", viewer=caller, collaborative_id=collaborative_id, items=items,
                 metrics=sorted(CATALOG), metric_id=metric_id, outcome=outcome,
                 outcomes=OUTCOMES)  # fmt: skip

"""Improvement projects and their PDSA cycles, and the collaborative's library of shared ones."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from services.metrics.api.deps import FloorDep, Reader, RoundingDep, Writer
from services.metrics.api.path_ids import ID_PATTERN, CollaborativeId
from services.metrics.clinician_access import check_view
from services.metrics.improvement import cycles, projects
from services.metrics.improvement.library import library
from services.metrics.improvement.study import study_of
from services.metrics.improvement.views import project_out
from services.metrics.schemas.cycles import CycleIn, CycleOut
from services.metrics.schemas.projects import LibraryOut, ProjectIn, ProjectOut, ProjectPage
from shared.paging import CursorQuery, LimitQuery, decode_cursor, encode_cursor
from shared.problems import BadRequest, problem_responses
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["projects"])

ProjectId = Annotated[
    str,
    Path(min_length=1, max_length=64, pattern=ID_PATTERN, description="The project's id, "
         "chosen by its organization.", examples=["no-shows-north"]),
]  # fmt: skip
CycleId = Annotated[
    str,
    Path(min_length=1, max_length=64, pattern=ID_PATTERN, description="The cycle's id, "
         "unique within its organization.", examples=["no-shows-north-1"]),
]  # fmt: skip
OwnerQuery = Annotated[
    str | None,
    Query(min_length=1, max_length=128, pattern=ID_PATTERN,
          description="The organization that owns the project, when it is not yours (a project "
          "it shared with a collaborative you are both approved members of).",
          examples=["org-south"]),
]  # fmt: skip
CREATED = "Created (200: an existing one replaced, or the same one sent again)."


@router.put(
    "/projects/{project_id}",
    summary="Set an improvement project",
    response_model=ProjectOut,
    responses={201: {"model": ProjectOut, "description": CREATED},
               **problem_responses(413, 422)},
)  # fmt: skip
def put_project(
    project_id: ProjectId, body: ProjectIn, caller: Writer, session: SessionDep, response: Response
) -> ProjectOut:
    """Create or replace one of your organization's improvement projects: its aim (a metric at
    one of your units, its baseline, target and date), team, change ideas, status, and the
    collaborative it is shared with (one your organization is an approved member of; omit to
    keep it private). Repeating the request leaves the same project (200). Example:
    `PUT /v1/projects/no-shows-north` with `{"title": "Fewer missed first appointments",
    "aim": {"metric_id": "no-show-rate", "level": "team", "unit_id": "team-north",
    "target": 0.1, "by_when": "2027-06-30"}, "status": "active"}`."""
    row, created = projects.put_project(session, org=caller.org, by=caller.sub,
                                        project_id=project_id, body=body)  # fmt: skip
    response.status_code = 201 if created else 200
    return project_out(session, row, viewer=caller.org)


@router.get(
    "/projects",
    summary="List your organization's improvement projects",
    response_model=ProjectPage,
    responses=problem_responses(400, 422),
)
def list_projects(
    caller: Reader,
    session: ReadSessionDep,
    status: Annotated[
        Literal["planned", "active", "completed", "abandoned"] | None,
        Query(description="Only projects with this status."),
    ] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = 50,
) -> ProjectPage:
    """Your organization's projects by id, each with its cycles (without their study).
    Example: `GET /v1/projects?status=active`."""
    key = decode_cursor(cursor)
    if key is not None and (len(key) != 1 or not isinstance(key[0], str)):
        raise BadRequest("The cursor is not valid; start again without one.")
    rows = projects.list_projects(session, org=caller.org, after=key[0] if key else None,
                                  limit=limit, status=status)  # fmt: skip
    page, more = rows[:limit], len(rows) > limit
    return ProjectPage(
        items=[project_out(session, r, viewer=caller.org) for r in page],
        next_cursor=encode_cursor([page[-1].project_id]) if more else None,
    )


@router.get(
    "/projects/{project_id}",
    summary="Read an improvement project",
    response_model=ProjectOut,
    responses=problem_responses(404, 422),
)
def get_project(
    project_id: ProjectId, caller: Reader, session: ReadSessionDep, org: OwnerQuery = None
) -> ProjectOut:
    """One of your organization's projects, or with `org` one another organization shared
    with a collaborative you are both approved members of (without its baseline, unit and
    chart). A private project of another organization is not found (404), as is an unknown
    id. Example: `GET /v1/projects/no-shows-south?org=org-south`."""
    row = projects.visible_project(session, viewer=caller.org, owner=org or caller.org,
                                   project_id=project_id)  # fmt: skip
    return project_out(session, row, viewer=caller.org)


@router.put(
    "/projects/{project_id}/cycles/{cycle_id}",
    summary="Set a PDSA cycle of a project",
    response_model=CycleOut,
    responses={201: {"model": CycleOut, "description": CREATED},
               **problem_responses(404, 409, 413, 422)},
)  # fmt: skip
def put_cycle(
    project_id: ProjectId, cycle_id: CycleId, body: CycleIn, caller: Writer,
    session: SessionDep, response: Response,
) -> CycleOut:  # fmt: skip
    """Create or replace a PDSA cycle of one of your projects: plan (the change and the
    prediction), do (start and end dates), act (adopt, adapt or abandon, once it has ended)
    and lessons. The study is computed when the cycle is read. A cycle id another of your
    projects uses is a 409. Repeating the request leaves the same cycle (200). Example:
    `PUT /v1/projects/no-shows-north/cycles/no-shows-north-1` with `{"title": "PDSA 1: text
    reminder", "started_on": "2026-04-01"}`."""
    project = projects.own_project(session, org=caller.org, project_id=project_id)
    row, created = cycles.put_cycle(session, project=project, by=caller.sub, cycle_id=cycle_id,
                                    body=body)  # fmt: skip
    response.status_code = 201 if created else 200
    return cycles.cycle_out(row)


@router.get(
    "/projects/{project_id}/cycles/{cycle_id}",
    summary="Read a PDSA cycle with its study",
    response_model=CycleOut,
    responses=problem_responses(403, 404, 422),
)
def get_cycle(
    project_id: ProjectId, cycle_id: CycleId, request: Request, caller: Reader,
    session: ReadSessionDep, floor: FloorDep, bases: RoundingDep, org: OwnerQuery = None,
    compare_unit: Annotated[
        str | None,
        Query(max_length=64, pattern=ID_PATTERN, description="Another of your units at the "
              "project's level, which did not get the change, as a control (controlled "
              "interrupted time series, Linden 2015).", examples=["team-south"]),
    ] = None,
    compare_collaborative: Annotated[
        str | None,
        Query(max_length=64, pattern=ID_PATTERN, description="For an org-level aim: a "
              "collaborative your organization is an approved member of, whose peer median "
              "(as the benchmark route publishes it) is the control.",
              examples=["collab-8b1f0c2e9d4a47f6a3c5e7d9b1a2c3d4"]),
    ] = None,
) -> CycleOut:  # fmt: skip
    """The cycle with its study, for your own projects: the link to the aim's chart and the
    segmented regression of the metric around the cycle's start (as
    `GET /v1/interventions/{id}/effect` computes it), and with `compare_unit` (another of your
    units) or `compare_collaborative` (its peer median, for an org-level aim) the difference in
    level and slope change against that control (controlled interrupted time series). A shared
    project's cycle read with `org` has no study: its chart and effect are not disclosed to
    peers. Example:
    `GET /v1/projects/no-shows-north/cycles/no-shows-north-1?compare_unit=team-south`."""
    project = projects.visible_project(session, viewer=caller.org, owner=org or caller.org,
                                       project_id=project_id)  # fmt: skip
    row = cycles.cycle_of(session, project, cycle_id)
    if project.org != caller.org:
        return cycles.cycle_out(row)
    roleless = request.app.state.settings.roleless_tokens
    for unit in (project.unit_id, compare_unit):
        if unit is not None:
            check_view(session, caller=caller, level=project.level, unit=unit,
                       clinician_id=None, roleless=roleless)  # fmt: skip
    study = study_of(session, project=project, cycle=row, floor=floor, bases=bases,
                     compare_unit=compare_unit,
                     compare_collaborative=compare_collaborative)  # fmt: skip
    return cycles.cycle_out(row, study)


@router.get(
    "/collaboratives/{collaborative_id}/library",
    summary="Search a collaborative's library of shared projects",
    response_model=LibraryOut,
    responses=problem_responses(404, 422),
)
def get_library(
    collaborative_id: CollaborativeId,
    caller: Reader,
    session: ReadSessionDep,
    metric_id: Annotated[
        str | None,
        Query(
            max_length=64,
            description="Only projects aiming at this metric.",
            examples=["no-show-rate"],
        ),
    ] = None,
    outcome: Annotated[
        Literal["adopt", "adapt", "abandon"] | None,
        Query(
            description="Only projects whose last acted-on cycle was adopted (it worked), "
            "adapted or abandoned (it did not)."
        ),
    ] = None,
) -> LibraryOut:
    """The projects the collaborative's approved members shared with it, so that peers see what
    was tried and what came of it: title, metric, status, how many cycles, the last act
    decision and its lessons. Only approved members read it (404 otherwise). Example:
    `GET /v1/collaboratives/collab-8b1f.../library?metric_id=no-show-rate&outcome=adopt`."""
    items = library(session, collaborative_id=collaborative_id, viewer=caller.org,
                    metric_id=metric_id, outcome=outcome)  # fmt: skip
    return LibraryOut(items=items)

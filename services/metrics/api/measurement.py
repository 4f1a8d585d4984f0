"""Measurement plans (an organization's data) and the due list at check-in (patient-level)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from services.metrics import models
from services.metrics.api.deps import Reader, Writer
from services.metrics.api.path_ids import ID_PATTERN
from services.metrics.measurement import plans as store
from services.metrics.measurement.access import session_view
from services.metrics.measurement.due import due_list
from services.metrics.schemas.measurement import DueList, PlanIn, PlanList, PlanOut
from shared.audit import record_patient_read
from shared.models import utcnow
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["measurement"])
DUE_ROUTE = "/v1/due-measurements"

PlanId = Annotated[
    str,
    Path(min_length=1, max_length=64, pattern=ID_PATTERN, description="The plan's id, chosen "
         "by you.", examples=["phq9-adult"]),
]  # fmt: skip


@router.put(
    "/measurement-plans/{plan_id}",
    summary="Set a measurement plan",
    response_model=PlanOut,
    responses={
        201: {"model": PlanOut, "description": "Created (200: an existing one replaced)."},
        **problem_responses(413, 422),
    },
)
def put_plan(
    plan_id: PlanId, body: PlanIn, caller: Writer, session: SessionDep, response: Response
) -> PlanOut:
    """Create or replace one of your organization's measurement plans: the instrument, the
    service line it applies to (null: every one), the kept session by which the baseline is
    due, then every K kept sessions and/or every D days, and the grace before a due measurement
    is overdue. A plan needs `every_sessions` or `every_days`; `grace_days` needs
    `every_days`; only one active plan may measure an instrument in a service line. Each is a
    422 naming the field. Repeating the request leaves the same plan (200). Example:
    `PUT /v1/measurement-plans/phq9-adult` with `{"instrument_id": "phq9",
    "service_line": "adult-outpatient", "baseline_within_sessions": 2, "every_sessions": 4}`."""
    row, created = store.put_plan(session, org=caller.org, by=caller.sub, plan_id=plan_id,
                                  body=body)  # fmt: skip
    response.status_code = 201 if created else 200
    return store.plan_out(row)


@router.get(
    "/measurement-plans/{plan_id}",
    summary="Read a measurement plan",
    response_model=PlanOut,
    responses=problem_responses(404),
)
def get_plan(plan_id: PlanId, caller: Reader, session: ReadSessionDep) -> PlanOut:
    """One plan of your organization; 404 when it has none with this id. Example:
    `GET /v1/measurement-plans/phq9-adult`."""
    return store.plan_out(store.get_plan(session, org=caller.org, plan_id=plan_id))


@router.delete(
    "/measurement-plans/{plan_id}",
    summary="Remove a measurement plan",
    status_code=204,
    response_class=Response,
    responses={204: {"description": "Removed."}, **problem_responses(404)},
)
def delete_plan(plan_id: PlanId, caller: Writer, session: SessionDep) -> Response:
    """Remove the plan (to pause it and keep it, PUT it with `"active": false`). 404 when
    there is none. Example: `DELETE /v1/measurement-plans/phq9-adult`."""
    store.delete_plan(session, org=caller.org, plan_id=plan_id)
    return Response(status_code=204)


@router.get(
    "/measurement-plans",
    summary="List your organization's measurement plans",
    response_model=PlanList,
    responses=problem_responses(422),
)
def list_plans(
    caller: Reader,
    session: ReadSessionDep,
    active: Annotated[
        bool | None, Query(description="Only active (true) or inactive (false) plans.")
    ] = None,
) -> PlanList:
    """Every plan of your organization by id (a handful: not paged). Example:
    `GET /v1/measurement-plans?active=true`."""
    rows = store.list_plans(session, org=caller.org, active=active)
    return PlanList(items=[store.plan_out(r) for r in rows])


@router.get(
    "/due-measurements",
    summary="List the measurements due at a day's sessions",
    response_model=DueList,
    responses=problem_responses(403, 404, 422),
)
def get_due_measurements(
    request: Request,
    caller: Reader,
    session: ReadSessionDep,
    on: Annotated[
        date | None,
        Query(
            alias="date",
            description="The day of the booked sessions, as the sessions' "
            "local dates (default: today, UTC).",
            examples=["2026-12-07"],
        ),
    ] = None,
    clinician_id: Annotated[
        str | None,
        Query(max_length=64, description="Only this clinician's sessions.", examples=["c-12"]),
    ] = None,
    team_id: Annotated[
        str | None,
        Query(max_length=64, description="Only this team's sessions.", examples=["team-north"]),
    ] = None,
) -> DueList:
    """For each session booked on the day, the measurements its patient is due or overdue
    for under your organization's active plans for the episode's service line: the baseline
    (none yet in the episode) or a follow-up (the plan's kept sessions or days since the last
    assessment), with the last assessment and the counts behind the verdict, for an EHR to show
    at check-in. Patient-level: a clinician sees their own sessions, a supervisor their teams',
    a leader the organization's (a token without a role: 403; a clinician or team outside your
    view: 404), and every patient listed is audited. The facts are seconds behind intake's and
    measures' writes (`feeds_caught_up_at`). Example:
    `GET /v1/due-measurements?date=2026-12-07&team_id=team-north`."""
    view = session_view(
        session, caller=caller, roleless=request.app.state.settings.roleless_tokens,
        clinician_id=clinician_id, team_id=team_id,
    )  # fmt: skip
    answer = due_list(session, org=caller.org, on=on or utcnow().date(), view=view)
    record_patient_read(
        session, models.audit_log, caller=caller,
        patient_ids=[i.patient_id for i in answer.items], route=DUE_ROUTE,
    )  # fmt: skip
    return answer

"""Targets: the goals an organization sets on its metrics (the overview's assurance icons)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.metrics.api.deps import MetricId, Reader, UnitQuery, Writer
from services.metrics.catalog import Level
from services.metrics.compute import definition_for
from services.metrics.learning import targets as store
from services.metrics.models import MetricTarget
from services.metrics.schemas.targets import TargetIn, TargetList, TargetOut
from shared.models import as_utc
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["targets"])

ScopeLevel = Annotated[
    Level | None,
    Query(description="The level the target applies to; omit for every level (the "
          "organization's target, used wherever no narrower one is set).", examples=["team"]),
]  # fmt: skip


def target_out(row: MetricTarget) -> TargetOut:
    """The stored target with its direction, read from the catalog."""
    return TargetOut(
        metric_id=row.metric_id,
        level=row.level or None,
        unit_id=row.unit_id or None,
        value=row.value,
        direction=store.direction_of(definition_for(row.metric_id)),
        note=row.note,
        set_at=as_utc(row.set_at),
        set_by=row.set_by,
    )


@router.put(
    "/targets/{metric_id}",
    summary="Set a target on a metric",
    response_model=TargetOut,
    responses={
        201: {"model": TargetOut, "description": "Created (200: an existing one replaced)."},
        **problem_responses(404, 413, 422),
    },
)
def put_target(
    metric_id: MetricId,
    body: TargetIn,
    caller: Writer,
    session: SessionDep,
    response: Response,
    level: ScopeLevel = None,
    unit: UnitQuery = None,
) -> TargetOut:
    """Set your organization's target on a metric for a scope: the whole organization (no
    `level`), every unit of a level (`level` alone) or one unit (`level` and `unit`). For a
    unit the most specific target applies. The direction comes from the metric's definition
    (lower is better for no-shows: the target is met at or below it), so only the value is
    given. Repeating the request leaves the same target (200); creating it answers 201. A share
    takes a value between 0 and 1; 422 otherwise, or for a level the metric is not computed at.
    Example: `PUT /v1/targets/no-show-rate?level=team&unit=team-north` with
    `{"value": 0.1, "note": "Board goal 2027"}`."""
    row, created = store.set_target(
        session, org=caller.org, by=caller.sub, metric_id=metric_id,
        scope=store.Scope(level, unit), value=body.value, note=body.note,
    )  # fmt: skip
    response.status_code = 201 if created else 200
    return target_out(row)


@router.delete(
    "/targets/{metric_id}",
    summary="Remove a target",
    status_code=204,
    response_class=Response,
    responses={204: {"description": "Removed."}, **problem_responses(404, 422)},
)
def delete_target(
    metric_id: MetricId,
    caller: Writer,
    session: SessionDep,
    level: ScopeLevel = None,
    unit: UnitQuery = None,
) -> Response:
    """Remove the target of that exact scope (a wider one, if set, then applies). 404 when
    there is none. Example: `DELETE /v1/targets/no-show-rate?level=team&unit=team-north`."""
    store.delete_target(session, org=caller.org, metric_id=metric_id,
                        scope=store.Scope(level, unit))  # fmt: skip
    return Response(status_code=204)


@router.get(
    "/targets",
    summary="List your organization's targets",
    response_model=TargetList,
    responses=problem_responses(422),
)
def list_targets(
    caller: Reader,
    session: ReadSessionDep,
    metric_id: Annotated[
        str | None,
        Query(max_length=64, description="Only this metric's.", examples=["no-show-rate"]),
    ] = None,
) -> TargetList:
    """Every target of your organization (at most one per metric and scope, so the list is
    short and not paged), by metric, then from the widest scope to the narrowest. Example:
    `GET /v1/targets?metric_id=no-show-rate`."""
    rows = store.list_targets(session, org=caller.org, metric_id=metric_id)
    return TargetList(items=[target_out(r) for r in rows])

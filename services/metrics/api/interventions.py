"""QI interventions (PDSA), deprecated: views of improvement projects' cycles (see
:mod:`.projects`), kept so that existing integrations keep working; each operation is marked
`deprecated` in the OpenAPI document."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from services.metrics.api.deps import FloorDep, Reader, RoundingDep, Writer
from services.metrics.api.path_ids import InterventionId
from services.metrics.clinician_access import check_view
from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.improvement.effects import effect_out, estimate_effect
from services.metrics.learning import interventions as store
from services.metrics.learning.interventions import InterventionView
from services.metrics.learning.selection import resolve_selection
from services.metrics.schemas.interventions import (
    EffectOut,
    InterventionIn,
    InterventionOut,
    InterventionPage,
)
from shared.models import as_utc
from shared.openapi import LOCATION_HEADER
from shared.paging import CursorQuery, LimitQuery, decode_cursor, encode_cursor
from shared.problems import BadRequest, problem_responses
from shared.sessions import ReadSessionDep, SessionDep

router = APIRouter(prefix="/v1", tags=["interventions"])


def _out(row: InterventionView) -> InterventionOut:
    return InterventionOut(
        intervention_id=row.intervention_id,
        metric_id=row.metric_id,
        level=row.level,
        unit_id=row.unit_id,
        period=row.period,
        started_on=row.started_on,
        title=row.title,
        description=row.description,
        created_at=as_utc(row.created_at),
        created_by=row.created_by,
    )


@router.post(
    "/interventions",
    summary="Record a QI intervention",
    deprecated=True,
    status_code=201,
    response_model=InterventionOut,
    responses={201: {"headers": LOCATION_HEADER}, **problem_responses(400, 404, 409, 413, 422)},
)
def post_intervention(
    body: InterventionIn, caller: Writer, session: SessionDep, response: Response
) -> InterventionOut:
    """Deprecated: use `PUT /v1/projects/{project_id}` and its cycles; this records a project
    with one cycle under one new id. Record a change (a PDSA cycle) on one unit: the metric it
    aims at, the unit, the start date, a title and a description. It is marked on the unit's
    charts of that metric and its effect is at `GET /v1/interventions/{id}/effect`. Send an
    `Idempotency-Key` so that a retried request does not record the change twice."""
    row = store.record_intervention(
        session, org=caller.org, by=caller.sub, metric_id=body.metric_id, level=body.level,
        unit_id=body.unit_id, period=body.period, started_on=body.started_on,
        title=body.title, description=body.description,
    )  # fmt: skip
    response.headers["Location"] = f"/v1/interventions/{row.intervention_id}"
    return _out(row)


@router.get(
    "/interventions",
    summary="List QI interventions",
    deprecated=True,
    response_model=InterventionPage,
    responses=problem_responses(400, 422),
)
def list_interventions(
    caller: Reader,
    session: ReadSessionDep,
    metric_id: Annotated[
        str | None, Query(max_length=64, description="Only this metric's.", examples=["kept-rate"])
    ] = None,
    level: Annotated[str | None, Query(max_length=16, description="Only this level's.")] = None,
    unit: Annotated[str | None, Query(max_length=128, description="Only this unit's.")] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = 100,
) -> InterventionPage:
    """Your organization's interventions, by start date then id. Example:
    `GET /v1/interventions?metric_id=no-show-rate&limit=20`."""
    key = decode_cursor(cursor)
    if key is not None and (len(key) != 2 or not all(isinstance(k, str) for k in key)):
        raise BadRequest("The cursor is not valid; start again without one.")
    try:
        rows = store.list_interventions(
            session, org=caller.org, after=None if key is None else (key[0], key[1]),
            limit=limit, metric_id=metric_id, level=level, unit_id=unit,
        )  # fmt: skip
    except ValueError as exc:
        raise BadRequest("The cursor is not valid; start again without one.") from exc
    page, more = rows[:limit], len(rows) > limit
    last = page[-1] if more else None
    return InterventionPage(
        items=[_out(r) for r in page],
        next_cursor=None
        if last is None
        else encode_cursor([last.started_on.isoformat(), last.intervention_id]),
    )


@router.get(
    "/interventions/{intervention_id}",
    summary="Read a QI intervention",
    deprecated=True,
    response_model=InterventionOut,
    responses=problem_responses(404),
)
def get_intervention(
    intervention_id: InterventionId, caller: Reader, session: ReadSessionDep
) -> InterventionOut:
    """One of your organization's interventions (another organization's is not found).
    Example: `GET /v1/interventions/5f0c7e0a-3c1d-4c55-9a57-2d1f6b1e0c11`."""
    return _out(store.get_intervention(session, org=caller.org, intervention_id=intervention_id))


@router.get(
    "/interventions/{intervention_id}/effect",
    summary="Estimate a QI intervention's effect",
    deprecated=True,
    response_model=EffectOut,
    responses=problem_responses(404, 422),
)
def get_intervention_effect(
    intervention_id: InterventionId,
    request: Request,
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
) -> EffectOut:
    """Segmented regression (interrupted time series; Wagner, Soumerai, Zhang & Ross-Degnan
    2002) of the metric's series for the unit: the change in level and in slope at the
    intervention, with 95% intervals, the points before and after, and warnings when the
    series is too short to trust. The effect starts at the period holding the start date
    (time since the change is 0 there), also when that period is suppressed; the level
    change is never moved to the next published period. A start date on the first day of a
    period makes that period the first one after the change; a start date inside a period
    makes it a transition period, partly before and partly after the change, which is left
    out of the fit (`transition_period`). Suppressed periods are left out of the fit but keep
    their place in time. Example: `GET /v1/interventions/5f0c7e0a-.../effect`."""
    row = store.get_intervention(session, org=caller.org, intervention_id=intervention_id)
    check_view(session, caller=caller, level=row.level, unit=row.unit_id, clinician_id=None,
               roleless=request.app.state.settings.roleless_tokens)  # fmt: skip
    # The row's level and period are plain strings in storage, checked against their Literal
    # types (Level, Period) when the intervention was recorded.
    selection = resolve_selection(
        session, caller_org=caller.org, metric_id=row.metric_id, level=row.level,  # type: ignore[arg-type]
        unit=row.unit_id, period=row.period, start=None, end=None, filters={},  # type: ignore[arg-type]
    )  # fmt: skip
    threshold = threshold_for(session, floor=floor, orgs=selection.orgs)
    effect = estimate_effect(
        session, selection=selection, threshold=threshold, started_on=row.started_on,
        viewer_org=caller.org, bases=bases,
    )  # fmt: skip
    return effect_out(effect, change_id=row.intervention_id, metric_id=row.metric_id)

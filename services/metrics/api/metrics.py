"""The metric catalog and metric values (JSON or CSV: :mod:`.values_csv`), published under
the disclosure policy."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from services.metrics.api.deps import (
    Filters,
    Reader,
    ValuesLevelQuery,
    ValuesMetricId,
    ValuesSeriesPeriodQuery,
    ValuesUnitQuery,
    publish_for,
)
from services.metrics.api.values_csv import CSV_COLUMNS, CSV_MEDIA_TYPE, values_csv, wants_csv
from services.metrics.catalog import CATALOG
from services.metrics.compute import MetricQuery, definition_for, resolve_filters
from services.metrics.compute.disclosure.publish import aligned
from services.metrics.learning.selection import resolve_scope
from services.metrics.schemas import (
    MetricCatalogOut,
    MetricDefinitionOut,
    MetricValueOut,
    MetricValuesOut,
)
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep
from shared.strict_types import IsoDate

router = APIRouter(prefix="/v1", tags=["metrics"])


@router.get(
    "/metrics",
    summary="List the metric catalog",
    response_model=MetricCatalogOut,
)
def list_metrics(caller: Reader) -> MetricCatalogOut:
    """Every metric with its numerator, denominator, unit, better direction, chart, levels and
    filters: what a dashboard needs to offer the right choices."""
    return MetricCatalogOut(items=[MetricDefinitionOut.of(CATALOG[m]) for m in sorted(CATALOG)])


@router.get(
    "/metrics/{metric_id}",
    summary="Read a metric definition",
    response_model=MetricDefinitionOut,
    responses=problem_responses(404),
)
def get_metric(metric_id: ValuesMetricId, caller: Reader) -> MetricDefinitionOut:
    """One metric's definition."""
    return MetricDefinitionOut.of(definition_for(metric_id))


@router.get(
    "/metrics/{metric_id}/values",
    summary="Read a metric's values",
    response_model=MetricValuesOut,
    responses={
        200: {
            "content": {
                CSV_MEDIA_TYPE: {
                    "schema": {"type": "string"},
                    "example": ",".join(CSV_COLUMNS)
                    + "\nkept-rate,team,team-7,month,2026-03-01,0.825,165.0,200.0,55,false,,5\n"
                    "kept-rate,team,team-8,month,2026-03-01,,,,,true,primary,\n",
                }
            },
            "description": "The values, as JSON or (with `Accept: text/csv` or `format=csv`) CSV.",
        },
        **problem_responses(404, 422),
    },
)
def get_metric_values(
    metric_id: ValuesMetricId,
    request: Request,
    caller: Reader,
    session: ReadSessionDep,
    filters: Filters,
    level: ValuesLevelQuery = "org",
    unit: ValuesUnitQuery = None,
    period: ValuesSeriesPeriodQuery = "month",
    start: Annotated[
        IsoDate | None,
        Query(alias="from", description="First day included.", examples=["2026-01-01"]),
    ] = None,
    end: Annotated[
        IsoDate | None,
        Query(alias="to", description="Last day included.", examples=["2026-06-30"]),
    ] = None,
    format: Annotated[
        Literal["json", "csv"] | None,
        Query(description="Response format; overrides the Accept header.", examples=["csv"]),
    ] = None,
) -> Response | MetricValuesOut:
    """Values per period (by facts' local dates, Monday weeks) and unit, with numerator,
    denominator and `n`, the distinct patients each value rests on, under the disclosure
    policy (README "Disclosure policy"): the range is snapped outward to whole periods
    (`effective_from`/`effective_to`); values resting on fewer people than the suppression
    threshold, or that would let such a value be derived from a total and its siblings, are
    published as `suppressed` without numbers; every other count is rounded to a multiple of
    `rounded_to` (5; 10 at the collaborative level) and shares are computed from the rounded
    counts. `period=rolling-quarter` gives one value per month over the three months ending
    with it (its `n` is the distinct patients of the window)."""
    orgs, unit_id = resolve_scope(session, caller_org=caller.org, level=level, unit=unit)
    query = MetricQuery(
        metric_id=metric_id,
        level=level,
        unit_id=unit_id,
        period=period,
        start=start,
        end=end,
        filters=filters.pairs(),
    )
    definition = definition_for(metric_id)
    applied = resolve_filters(definition, query.filters)
    threshold, cells = publish_for(request, session, orgs=orgs, query=query, viewer=caller)
    effective = aligned(query)
    if wants_csv(request, format):
        body = values_csv(metric_id=metric_id, level=level, period=period, cells=cells)
        return Response(body, media_type=CSV_MEDIA_TYPE)
    return MetricValuesOut(
        metric_id=metric_id,
        level=level,
        unit_id=unit,
        period=period,
        start=start,
        end=end,
        effective_from=effective.start,
        effective_to=effective.end,
        filters=dict(applied),
        suppression_threshold=threshold,
        values=[MetricValueOut.of(c) for c in cells],
    )

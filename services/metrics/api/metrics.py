"""The metric catalog and metric values (JSON or CSV: :mod:`.values_csv`), published under
the disclosure policy.

Also home of what every metrics router needs to run a metric query: the reader dependency,
the translation of domain errors to problems, and the org/collaborative scoping of a level.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from sqlmodel import Session

from services.metrics.api.values_csv import CSV_COLUMNS, CSV_MEDIA_TYPE, values_csv, wants_csv
from services.metrics.catalog import CATALOG, Filter, Level, Period
from services.metrics.collaborative_pool import pool_for, too_few_members
from services.metrics.compute import MetricQuery, definition_for, resolve_filters
from services.metrics.errors import MetricsError, UnknownMetricError
from services.metrics.publish import PublishedCell, aligned, publish, suppression_threshold
from services.metrics.schemas import (
    MetricCatalogOut,
    MetricDefinitionOut,
    MetricValueOut,
    MetricValuesOut,
)
from services.metrics.tools.errors import TooFewMembersError, UnknownUnitError
from services.metrics.tools.periods import SeriesPeriod
from shared.auth import Caller, require_scopes
from shared.problems import NotFound, Problem, Unprocessable, problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["metrics"])

Reader = Annotated[Caller, Depends(require_scopes("metrics:read"))]
MetricId = Annotated[
    str,
    Path(min_length=1, max_length=64, description="A catalog metric id.", examples=["kept-rate"]),
]


def problem_for(error: MetricsError) -> Problem:
    """The problem a domain error becomes: unknown metric 404, anything else 422."""
    if isinstance(error, UnknownMetricError):
        return NotFound(str(error), slug="unknown-metric", title="Unknown Metric")
    pointer = f"/query/{error.field}" if error.field else "/query"
    return Unprocessable(
        str(error),
        errors=[{"pointer": pointer, "detail": str(error), "code": type(error).__name__}],
    )


@contextmanager
def domain_errors() -> Iterator[None]:
    """Run metric code and raise its domain errors as problem details."""
    try:
        yield
    except MetricsError as error:
        raise problem_for(error) from error


def resolve_scope(
    session: Session, *, caller: Caller, level: Level, unit: str | None
) -> tuple[list[str], str | None]:
    """The orgs whose facts count and the unit id to query, for ``caller`` at ``level``.

    A collaborative is visible to its approved members only; anyone else (an applicant too)
    gets the same 404 as for a collaborative that does not exist, and one with too few
    members is refused (:mod:`services.metrics.collaborative_pool`). At the org
    level the only unit is the caller's own org.
    """
    if level == "collaborative":
        if not unit:
            raise Unprocessable(
                "The collaborative level needs `unit`, the collaborative id.",
                errors=[{"pointer": "/query/unit", "detail": "Field required", "code": "missing"}],
            )
        try:
            members = pool_for(session, unit, caller.org)
        except UnknownUnitError as error:
            raise NotFound(str(error)) from error
        except TooFewMembersError as error:
            raise too_few_members(error) from error
        return sorted(members), unit
    if level == "org":
        if unit is not None and unit != caller.org:
            raise NotFound("No org with this id is visible to you.")
        return [caller.org], None
    return [caller.org], unit


@dataclass(frozen=True)
class FilterParams:
    """The query's filters, as given (defaults are the definition's business)."""

    modality: str | None
    service_line: str | None
    instrument: str | None
    form: str | None

    def pairs(self) -> tuple[tuple[Filter, str], ...]:
        given: list[tuple[Filter, str | None]] = [
            ("modality", self.modality),
            ("service_line", self.service_line),
            ("instrument", self.instrument),
            ("form", self.form),
        ]
        return tuple((name, value) for name, value in given if value is not None)


def filter_params(
    modality: Annotated[
        str | None,
        Query(max_length=16, description="`in-person`, `video` or `phone`.", examples=["video"]),
    ] = None,
    service_line: Annotated[
        str | None, Query(max_length=64, description="A service line id.", examples=["adult"])
    ] = None,
    instrument: Annotated[
        str | None,
        Query(max_length=64, description="An instrument id (MBC metrics).", examples=["phq9"]),
    ] = None,
    form: Annotated[
        str | None,
        Query(
            max_length=64, description="A feedback form id (experience metrics).", examples=["ces"]
        ),
    ] = None,
) -> FilterParams:
    return FilterParams(modality, service_line, instrument, form)


Filters = Annotated[FilterParams, Depends(filter_params)]
LevelQuery = Annotated[Level, Query(description="Level of the units.", examples=["team"])]
UnitQuery = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=128,
        description="One unit at the level (clinician, team, site id; your org; a "
        "collaborative id, required at that level). Omit for every unit.",
        examples=["team-7"],
    ),
]
PeriodQuery = Annotated[Period, Query(description="Period length.", examples=["month"])]
SeriesPeriodQuery = Annotated[
    SeriesPeriod,
    Query(
        description="Period length, or `rolling-quarter`: one value per month, each over the "
        "three months ending with it (small units get a published series where single months "
        "are suppressed).",
        examples=["month"],
    ),
]


def publish_for(
    request: Request,
    session: Session,
    *,
    orgs: Sequence[str],
    query: MetricQuery,
    viewer: Caller,
) -> tuple[int, list[PublishedCell]]:
    """The threshold protecting ``orgs`` and the cells of ``query`` published under the
    deployment's settings (floor and rounding bases) for ``viewer``."""
    settings = request.app.state.settings
    threshold = suppression_threshold(session, orgs=orgs, floor=settings.suppression_threshold)
    cells = publish(
        session,
        orgs=orgs,
        query=query,
        threshold=threshold,
        viewer_org=viewer.org,
        bases=settings.rounding(),
    )
    return threshold, cells


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
def get_metric(metric_id: MetricId, caller: Reader) -> MetricDefinitionOut:
    """One metric's definition."""
    with domain_errors():
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
    metric_id: MetricId,
    request: Request,
    caller: Reader,
    session: ReadSessionDep,
    filters: Filters,
    level: LevelQuery = "org",
    unit: UnitQuery = None,
    period: SeriesPeriodQuery = "month",
    start: Annotated[
        date | None,
        Query(alias="from", description="First day included.", examples=["2026-01-01"]),
    ] = None,
    end: Annotated[
        date | None,
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
    orgs, unit_id = resolve_scope(session, caller=caller, level=level, unit=unit)
    query = MetricQuery(
        metric_id=metric_id,
        level=level,
        unit_id=unit_id,
        period=period,
        start=start,
        end=end,
        filters=filters.pairs(),
    )
    with domain_errors():
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

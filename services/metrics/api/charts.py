"""Control charts: a metric's series for one unit as a run chart and a Shewhart chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from services.metrics.api.deps import (
    FiltersDep,
    FloorDep,
    FromQuery,
    LevelQuery,
    MetricId,
    Reader,
    RoundingDep,
    SeriesPeriodQuery,
    ToQuery,
    UnitQuery,
)
from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.learning.chart_drawing import render_svg
from services.metrics.learning.chart_views import chart_out
from services.metrics.learning.charts import (
    ChartView,
    baseline_of,
    build_view,
    unit_series,
)
from services.metrics.learning.interventions import marks_for
from services.metrics.learning.selection import resolve_selection
from services.metrics.schemas.charts import ChartOut
from services.metrics.stats.rule_sets import DEFAULT_RULE_SET, RuleSetId
from services.metrics.stats.series import ChartType
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep
from shared.strict_types import IsoDate

router = APIRouter(prefix="/v1", tags=["charts"])

SVG = "image/svg+xml"
_SVG_EXAMPLE = '<svg xmlns="http://www.w3.org/2000/svg" width="720pt" height="345.6pt">...</svg>'


@dataclass(frozen=True)
class ChartParams:
    """The chart's own parameters (besides the common selection ones)."""

    chart: ChartType | None
    baseline_from: date | None
    baseline_to: date | None
    baseline_points: int | None
    rules: RuleSetId


def chart_params(
    chart: Annotated[
        ChartType | None,
        Query(
            description="`run`, `p`, `pp` (Laney p'), `u` or `xmr`; omit for the chart the "
            "metric and its data call for. A chart that does not fit the metric is a 422.",
            examples=["p"],
        ),
    ] = None,
    baseline_from: Annotated[
        IsoDate | None,
        Query(description="Freeze the limits: first day of the baseline.", examples=["2025-01-01"]),
    ] = None,
    baseline_to: Annotated[
        IsoDate | None,
        Query(description="Freeze the limits: last day of the baseline.", examples=["2025-12-31"]),
    ] = None,
    baseline_points: Annotated[
        int | None,
        Query(ge=1, le=500, description="Freeze the limits at the first N plotted points."),
    ] = None,
    rules: Annotated[
        RuleSetId,
        Query(
            description="The special-cause rules to read the charts with. `anhoej` (default): "
            "the Anhøj rules as in qicharts2 (Anhøj & Olesen 2014): an unusually long run or "
            "unusually few crossings of the centre line, plus a point beyond the limits on a "
            "control chart; random data signal about 5 % of the time or less at any length. "
            "`ihi`: Perla, Provost & Murray 2011 run-chart rules (shift of 6, trend of 5, "
            "runs table) and Provost & Murray's Health Care Data Guide control-chart rules "
            "(beyond limits, shift of 8, trend of 6, 2 of 3 beyond 2 sigma, 15 within 1 "
            "sigma). `nhs`: NHS England Making Data Count (beyond limits, 7 points on one side, "
            "7-point trend, 2 of 3 close to a limit). The response names the set and what each "
            "rule means.",
            examples=["anhoej"],
        ),
    ] = DEFAULT_RULE_SET,
) -> ChartParams:
    return ChartParams(chart, baseline_from, baseline_to, baseline_points, rules)


def chart_view(
    metric_id: MetricId,
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    filters: FiltersDep,
    params: Annotated[ChartParams, Depends(chart_params)],
    level: LevelQuery = "org",
    unit: UnitQuery = None,
    period: SeriesPeriodQuery = "month",
    start: FromQuery = None,
    end: ToQuery = None,
) -> tuple[ChartView, int]:
    """Resolve the request and compute the chart (shared by the JSON and SVG routes)."""
    selection = resolve_selection(
        session, caller_org=caller.org, metric_id=metric_id, level=level, unit=unit,
        period=period, start=start, end=end, filters=filters,  # type: ignore[arg-type]
    )  # fmt: skip
    threshold = threshold_for(session, floor=floor, orgs=selection.orgs)
    series = unit_series(
        session, selection=selection, threshold=threshold, viewer_org=caller.org,
        bases=bases,
    )  # fmt: skip
    view = build_view(
        selection=selection,
        requested=params.chart,
        baseline=baseline_of(params.baseline_from, params.baseline_to, params.baseline_points),
        series=series,
        interventions=marks_for(session, org=caller.org, selection=selection, series=series),
        rule_set=params.rules,
    )
    return view, threshold


ChartViewDep = Annotated[tuple[ChartView, int], Depends(chart_view)]


def _svg(view: ChartView) -> Response:
    return Response(render_svg(view), media_type=SVG)


@router.get(
    "/metrics/{metric_id}/chart",
    summary="Control chart of a metric for one unit",
    response_model=ChartOut,
    responses={
        200: {
            "description": "The chart as JSON, or drawn as SVG with `Accept: image/svg+xml`.",
            "content": {SVG: {"schema": {"type": "string"}, "example": _SVG_EXAMPLE}},
        },
        **problem_responses(404, 422),
    },
)
def get_chart(request: Request, computed: ChartViewDep) -> Any:
    """The run chart (median) and the Shewhart chart that fits the metric (p or Laney p' for
    shares, u for rates, XmR for continuous values), with centre line, 3-sigma limits per
    point and special-cause signals named per point. Signals come from the rule set named by
    `rules` (default `anhoej`, the Anhøj rules as in qicharts2; also `ihi` and `nhs`); the
    response's `rules` says which set was used and what each rule means. Limits can be frozen
    at a baseline (`baseline_from`/`baseline_to`, or `baseline_points`). Periods resting on
    too few patients stay on the axis but are neither plotted nor used for limits. The unit's
    interventions on this metric are listed. `Accept: image/svg+xml` draws it as SVG.

    Example: `GET /v1/metrics/no-show-rate/chart?level=team&unit=team-north&period=month
    &from=2025-01-01&to=2026-06-30&baseline_from=2025-01-01&baseline_to=2025-12-31&rules=anhoej`."""
    view, threshold = computed
    if SVG in request.headers.get("accept", ""):
        return _svg(view)
    return chart_out(view, threshold=threshold)


@router.get(
    "/metrics/{metric_id}/chart.svg",
    summary="Control chart of a metric for one unit, drawn as SVG",
    response_class=Response,
    responses={
        200: {
            "description": "The control chart (or the run chart) as an SVG image.",
            "content": {SVG: {"schema": {"type": "string"}, "example": _SVG_EXAMPLE}},
        },
        **problem_responses(404, 422),
    },
)
def get_chart_svg(computed: ChartViewDep) -> Response:
    """The chart of `GET /v1/metrics/{metric_id}/chart` drawn as SVG: values, centre line,
    limits (steps for p and u charts), signals marked per rule, the rule set named under the
    title and, in the SVG's `<title>` and `<desc>`, with each rule's meaning, the baseline
    shaded when the limits are frozen, gaps where periods are suppressed, and the unit's
    latest intervention as a vertical line. Same parameters. Example:
    `GET /v1/metrics/kept-rate/chart.svg?level=org&period=month&from=2025-01-01`."""
    return _svg(computed[0])

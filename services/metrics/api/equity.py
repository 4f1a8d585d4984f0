"""Equity: a metric by demographic group with each group's gap to a reference group."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from services.metrics.api.deps import (
    FiltersDep,
    FloorDep,
    FromQuery,
    LevelQuery,
    MetricId,
    Reader,
    RoundingDep,
    ToQuery,
    UnitQuery,
)
from services.metrics.catalog import EquityDimension
from services.metrics.compute.disclosure.range_values import threshold_for, value_out
from services.metrics.learning.equity import equity_view
from services.metrics.learning.selection import resolve_selection
from services.metrics.schemas.common import IntervalOut
from services.metrics.schemas.equity import EquityOut, GroupOut
from services.metrics.stats.equity import Interval
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["equity"])


def _interval(i: Interval | None) -> IntervalOut | None:
    if i is None:
        return None
    exact = i.lower == i.estimate == i.upper
    return IntervalOut(
        estimate=i.estimate, lower=None if exact else i.lower, upper=None if exact else i.upper
    )


@router.get(
    "/metrics/{metric_id}/equity",
    summary="A metric by demographic group, with gaps",
    response_model=EquityOut,
    responses=problem_responses(404, 422),
)
def get_equity(
    metric_id: MetricId,
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    filters: FiltersDep,
    by: Annotated[
        EquityDimension,
        Query(description="The demographic dimension to stratify by.", examples=["race"]),
    ],
    reference: Annotated[
        str | None,
        Query(
            max_length=64,
            description="Code of the reference group; default: the largest "
            "published group whose category is known.",
            examples=["2106-3"],
        ),
    ] = None,
    level: LevelQuery = "org",
    unit: UnitQuery = None,
    start: FromQuery = None,
    end: ToQuery = None,
) -> EquityOut:
    """The metric per group over the whole range (not per period), each group's gap to the
    reference group as a difference and a ratio with 95% intervals, and the unit's total.
    The range is snapped outward to whole calendar months (`effective_from`/`effective_to`).
    Groups and the total are suppressed together: a group resting on too few patients is
    hidden, and so are as many others as it takes for it not to be recovered from the total.
    Every other count is rounded to a multiple of `rounded_to` (5; 10 at the collaborative
    level), and values and gaps are computed from the rounded counts.
    Example: `GET /v1/metrics/kept-rate/equity?by=race&from=2026-01-01&to=2026-06-30`."""
    selection = resolve_selection(
        session, caller_org=caller.org, metric_id=metric_id, level=level, unit=unit,
        period="month", start=start, end=end, filters=filters,  # type: ignore[arg-type]
    )  # fmt: skip
    threshold = threshold_for(session, floor=floor, orgs=selection.orgs)
    view = equity_view(
        session, selection=selection, by=by, reference=reference, threshold=threshold,
        viewer_org=caller.org, bases=bases,
    )  # fmt: skip
    definition = selection.definition
    return EquityOut(
        metric_id=metric_id,
        title=definition.title,
        better=definition.better,
        by=by,
        level=selection.query.level,
        unit_id=selection.query.unit_id or "",
        start=start,
        end=end,
        effective_from=view.effective_from,
        effective_to=view.effective_to,
        filters=dict(selection.query.filters),
        reference=view.reference,
        intervals=view.intervals,
        threshold=threshold,
        total=value_out(view.total_published),
        groups=[
            GroupOut(
                **value_out(g.published).model_dump(),
                code=g.code,
                label=g.label,
                is_reference=g.is_reference,
                difference=None if g.published.suppressed else _interval(g.difference),
                ratio=None if g.published.suppressed else _interval(g.ratio),
            )
            for g in view.groups
        ],
        warnings=list(view.warnings),
    )

"""Consumer feedback in one call: every item of a form (its mean and top-box share) and every
theme (its count of submissions), published under the disclosure policy.

Each value is a catalog metric's cell (``feedback-item-mean``, ``feedback-item-top-box``,
``feedback-theme-share``), computed and suppressed exactly as ``GET /v1/metrics/{id}/values``
would publish it; these routes only find which items and themes there are to list.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request

from services.metrics.api.deps import (
    FloorDep,
    Reader,
    ValuesLevelQuery,
    ValuesSeriesPeriodQuery,
    ValuesUnitQuery,
    publish_for,
)
from services.metrics.catalog import Filter
from services.metrics.compute import MetricQuery, definition_for, resolve_filters
from services.metrics.compute.disclosure.publish import aligned, suppression_threshold
from services.metrics.errors import InvalidPeriodError
from services.metrics.learning.feedback_results import form_items, theme_codes
from services.metrics.learning.selection import resolve_scope
from services.metrics.schemas.feedback import (
    ITEMS_EXAMPLE,
    THEMES_EXAMPLE,
    FeedbackItemOut,
    FeedbackItemsOut,
    FeedbackThemeOut,
    FeedbackThemesOut,
)
from services.metrics.schemas.metrics import MetricValueOut
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["metrics"])

FromQuery = Annotated[
    date | None, Query(alias="from", description="First day included.", examples=["2026-01-01"])
]
ToQuery = Annotated[
    date | None, Query(alias="to", description="Last day included.", examples=["2026-06-30"])
]
ModalityQuery = Annotated[
    str | None,
    Query(max_length=16, description="`in-person`, `video` or `phone`.", examples=["video"]),
]


@router.get(
    "/feedback-items",
    summary="List a feedback form's per-question results",
    response_model=FeedbackItemsOut,
    responses={
        200: {"content": {"application/json": {"example": ITEMS_EXAMPLE}}},
        **problem_responses(404, 422),
    },
)
def list_feedback_items(
    request: Request,
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    form: Annotated[
        str,
        Query(
            min_length=1,
            max_length=64,
            description="The feedback form whose items to list.",
            examples=["session-feedback"],
        ),
    ],
    level: ValuesLevelQuery = "org",
    unit: ValuesUnitQuery = None,
    period: ValuesSeriesPeriodQuery = "month",
    start: FromQuery = None,
    end: ToQuery = None,
    modality: ModalityQuery = None,
) -> FeedbackItemsOut:
    """Every item answered on the form (ids as the form names them), each with its mean score
    (`feedback-item-mean`) and top-box share (`feedback-item-top-box`) per period and unit,
    under the disclosure policy (README "Disclosure policy"): each value is exactly what
    `GET /v1/metrics/{metric_id}/values?form=...&item=...` publishes, suppressed when it rests
    on fewer respondents than the threshold, its counts rounded."""
    _check_range(start, end)
    orgs, unit_id = resolve_scope(session, caller_org=caller.org, level=level, unit=unit)
    filters: list[tuple[Filter, str]] = [("form", form)]
    if modality is not None:
        filters.append(("modality", modality))
    # Checked before any item is looked up, so that a bad filter is refused even on no data.
    resolve_filters(definition_for("feedback-item-mean"), [*filters, ("item", "any")])
    base = MetricQuery(
        metric_id="feedback-item-mean", level=level, unit_id=unit_id, period=period,
        start=start, end=end, filters=tuple(filters),
    )  # fmt: skip
    items = []
    for item in form_items(session, orgs=orgs, form_id=form):
        published = {}
        for metric_id in ("feedback-item-mean", "feedback-item-top-box"):
            query = replace(base, metric_id=metric_id, filters=(*base.filters, ("item", item)))
            _, cells = publish_for(request, session, orgs=orgs, query=query, viewer=caller)
            published[metric_id] = [MetricValueOut.of(c) for c in cells]
        items.append(
            FeedbackItemOut(
                item_id=item,
                mean=published["feedback-item-mean"],
                top_box=published["feedback-item-top-box"],
            )
        )
    effective = aligned(base)
    return FeedbackItemsOut(
        form_id=form, level=level, unit_id=unit, period=period, start=start, end=end,
        effective_from=effective.start, effective_to=effective.end, filters=dict(filters),
        suppression_threshold=suppression_threshold(session, orgs=orgs, floor=floor),
        items=items,
    )  # fmt: skip


@router.get(
    "/feedback-themes",
    summary="List the feedback themes and their counts",
    response_model=FeedbackThemesOut,
    responses={
        200: {"content": {"application/json": {"example": THEMES_EXAMPLE}}},
        **problem_responses(404, 422),
    },
)
def list_feedback_themes(
    request: Request,
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    level: ValuesLevelQuery = "org",
    unit: ValuesUnitQuery = None,
    period: ValuesSeriesPeriodQuery = "month",
    start: FromQuery = None,
    end: ToQuery = None,
    form: Annotated[
        str | None,
        Query(max_length=64, description="Only submissions on this form.", examples=["ces"]),
    ] = None,
    modality: ModalityQuery = None,
) -> FeedbackThemesOut:
    """Every theme some submission is tagged with now (the latest set staff gave it: a re-tag
    replaces the earlier one), each with the submissions received per period and unit that
    carry it (`numerator`) and their share of all submissions (`feedback-theme-share`), under
    the disclosure policy: a theme on fewer submissions than the threshold is suppressed."""
    _check_range(start, end)
    orgs, unit_id = resolve_scope(session, caller_org=caller.org, level=level, unit=unit)
    filters: list[tuple[Filter, str]] = []
    if form is not None:
        filters.append(("form", form))
    if modality is not None:
        filters.append(("modality", modality))
    resolve_filters(definition_for("feedback-theme-share"), [*filters, ("theme", "any")])
    base = MetricQuery(
        metric_id="feedback-theme-share", level=level, unit_id=unit_id, period=period,
        start=start, end=end, filters=tuple(filters),
    )  # fmt: skip
    themes = []
    for theme in theme_codes(session, orgs=orgs):
        query = replace(base, filters=(*base.filters, ("theme", theme)))
        _, cells = publish_for(request, session, orgs=orgs, query=query, viewer=caller)
        themes.append(FeedbackThemeOut(theme=theme, values=[MetricValueOut.of(c) for c in cells]))
    effective = aligned(base)
    return FeedbackThemesOut(
        level=level, unit_id=unit, period=period, start=start, end=end,
        effective_from=effective.start, effective_to=effective.end, filters=dict(filters),
        suppression_threshold=suppression_threshold(session, orgs=orgs, floor=floor),
        themes=themes,
    )  # fmt: skip


def _check_range(start: date | None, end: date | None) -> None:
    """Refuse a range that ends before it starts, even when nothing would be published."""
    if start is not None and end is not None and start > end:
        raise InvalidPeriodError("the range starts after it ends")

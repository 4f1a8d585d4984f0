"""API models of the feedback listings: every item of a form, every theme, with their
published values (the catalog metrics' cells, :class:`~.metrics.MetricValueOut`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from services.metrics.catalog import Level
from services.metrics.learning.periods import SeriesPeriod
from services.metrics.schemas.metrics import MetricValueOut

_CELL = {
    "period": "2026-03-01", "unit_id": "team-7", "value": 0.62, "numerator": 25.0,
    "denominator": 40.0, "n": 40, "suppressed": False, "reason": None, "rounded_to": 5,
}  # fmt: skip
_MEAN = {**_CELL, "value": 4.31, "numerator": None}


class _Listing(BaseModel):
    """What every feedback listing was asked for and the range it covers."""

    level: Level = Field(description="The level of the units.", examples=["team"])
    unit_id: str | None = Field(
        description="The one unit asked for, or null for every unit.", examples=[None]
    )
    period: SeriesPeriod = Field(description="Period length.", examples=["month"])
    start: date | None = Field(
        alias="from", description="First day included, if bounded.", examples=["2026-01-01"]
    )
    end: date | None = Field(
        alias="to", description="Last day included, if bounded.", examples=["2026-06-30"]
    )
    effective_from: date | None = Field(
        description="First day the values cover (`from` snapped to its period's start).",
        examples=["2026-01-01"],
    )
    effective_to: date | None = Field(
        description="Last day the values cover (`to` snapped to its period's end).",
        examples=["2026-06-30"],
    )
    filters: dict[str, str] = Field(
        description="Filters applied to every value.", examples=[{"form": "session-feedback"}]
    )
    suppression_threshold: int = Field(
        description="Smallest count a published number may rest on.", examples=[11]
    )

    model_config = {"populate_by_name": True}


class FeedbackItemOut(BaseModel):
    """One item of the form: its mean score and top-box share per period and unit."""

    item_id: str = Field(description="The item's id on the form.", examples=["felt-heard"])
    mean: list[MetricValueOut] = Field(
        description="`feedback-item-mean`: the mean answer (`denominator`: answers).",
        examples=[[_MEAN]],
    )
    top_box: list[MetricValueOut] = Field(
        description="`feedback-item-top-box`: the share of answers in the item's top box.",
        examples=[[_CELL]],
    )


class FeedbackItemsOut(_Listing):
    """Every item answered on one form, with its published values."""

    form_id: str = Field(description="The feedback form.", examples=["session-feedback"])
    items: list[FeedbackItemOut] = Field(description="By item id.")


class FeedbackThemeOut(BaseModel):
    """One theme: the submissions tagged with it now, and their share of all submissions."""

    theme: str = Field(description="The theme code of the org's list.", examples=["waiting"])
    values: list[MetricValueOut] = Field(
        description="`feedback-theme-share`: `numerator` is the count of submissions about the "
        "theme, `denominator` all submissions received, `value` their share.",
        examples=[[_CELL]],
    )


class FeedbackThemesOut(_Listing):
    """Every theme staff tagged some submission with, with its published counts."""

    themes: list[FeedbackThemeOut] = Field(description="By theme code.")


_RANGE = {
    "level": "team", "unit_id": None, "period": "quarter", "from": "2026-01-01",
    "to": "2026-03-31", "effective_from": "2026-01-01", "effective_to": "2026-03-31",
    "suppression_threshold": 11,
}  # fmt: skip
_HIDDEN = {
    "period": "2026-01-01", "unit_id": "team-8", "value": None, "numerator": None,
    "denominator": None, "n": None, "suppressed": True, "reason": "primary", "rounded_to": None,
}  # fmt: skip
ITEMS_EXAMPLE: dict[str, Any] = {
    **_RANGE,
    "filters": {"form": "session-feedback"},
    "form_id": "session-feedback",
    "items": [
        {
            "item_id": "felt-heard",
            "mean": [{**_MEAN, "period": "2026-01-01"}, _HIDDEN],
            "top_box": [{**_CELL, "period": "2026-01-01"}, _HIDDEN],
        }
    ],
}
"""A whole answer of ``GET /v1/feedback-items``, for the OpenAPI document."""
THEMES_EXAMPLE: dict[str, Any] = {
    **_RANGE,
    "filters": {},
    "themes": [
        {"theme": "waiting", "values": [{**_CELL, "period": "2026-01-01", "value": 0.375,
                                         "numerator": 15.0}, _HIDDEN]},
    ],
}  # fmt: skip
"""A whole answer of ``GET /v1/feedback-themes``, for the OpenAPI document."""

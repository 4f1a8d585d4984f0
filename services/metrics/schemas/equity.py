"""API models of the equity view."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from services.metrics.schemas.common import IntervalOut, ValueOut


class GroupOut(ValueOut):
    """One group's value over the range and its gap to the reference group."""

    code: str = Field(
        description="The category code (`unknown`: not recorded).", examples=["2054-5"]
    )
    label: str = Field(description="The category in words.", examples=["Black or African American"])
    is_reference: bool = Field(description="This is the reference group.", examples=[False])
    difference: IntervalOut | None = Field(
        description="Value minus the reference's, with a 95% interval (Newcombe) for shares, "
        "computed from the rounded counts; null for the reference and suppressed groups."
    )
    ratio: IntervalOut | None = Field(
        description="Value divided by the reference's, with a 95% interval (Katz log) for "
        "shares; null for the reference and suppressed groups."
    )


class EquityOut(BaseModel):
    """A metric by demographic group over a range, with gaps to a reference group."""

    metric_id: str = Field(description="The metric.", examples=["kept-rate"])
    title: str = Field(description="The metric's title.", examples=["Kept appointments"])
    better: str = Field(description="`higher` or `lower` is better.", examples=["higher"])
    by: str = Field(description="The equity dimension.", examples=["race"])
    level: str = Field(description="The unit's level.", examples=["org"])
    unit_id: str = Field(description="The unit.", examples=["org-a"])
    start: date | None = Field(description="First day of the range.", examples=["2026-01-01"])
    end: date | None = Field(description="Last day of the range.", examples=["2026-06-30"])
    effective_from: date | None = Field(
        description="First day the values cover: `from` snapped back to the first of its month.",
        examples=["2026-01-01"],
    )
    effective_to: date | None = Field(
        description="Last day the values cover: `to` snapped on to the end of its month.",
        examples=["2026-06-30"],
    )
    filters: dict[str, str] = Field(description="Filters applied.", examples=[{}])
    reference: str | None = Field(
        description="Code of the reference group (null when no group is published).",
        examples=["2106-3"],
    )
    intervals: bool = Field(
        description="Gaps carry 95% intervals (shares); rates and continuous values get "
        "point estimates only."
    )
    threshold: int = Field(description="Smallest n a published value rests on.", examples=[11])
    total: ValueOut = Field(description="The unit's value over the range, all patients.")
    groups: list[GroupOut] = Field(description="Every group, known categories first.")
    warnings: list[str] = Field(description="What to keep in mind reading the view.")

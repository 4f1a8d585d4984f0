"""API models shared by several learning features (intervals, published values, signals)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class IntervalOut(BaseModel):
    """A point estimate with its 95% confidence interval."""

    estimate: float = Field(description="The point estimate.", examples=[-0.06])
    lower: float | None = Field(
        description="Lower bound of the 95% interval (null when none can be computed).",
        examples=[-0.11],
    )
    upper: float | None = Field(
        description="Upper bound of the 95% interval (null when none can be computed).",
        examples=[-0.01],
    )


class ValueOut(BaseModel):
    """A published value; when suppressed, every number is null and `reason` says why.
    Otherwise every count is rounded to a multiple of `rounded_to` and a share or rate is
    computed from the rounded counts (README "Disclosure policy")."""

    value: float | None = Field(
        description="The metric's value: a share or rate computed from the rounded numerator "
        "and denominator; a median or mean rounded to 2 decimals.",
        examples=[0.825],
    )
    numerator: float | None = Field(
        description="Count (or sum) behind a proportion or rate, rounded.", examples=[165]
    )
    denominator: float | None = Field(
        description="The denominator (facts summarised, for continuous metrics), rounded.",
        examples=[200],
    )
    n: int | None = Field(
        description="Distinct patients the value rests on (respondents for anonymous metrics), "
        "rounded. Over a whole range, each patient counts once however many periods they "
        "appear in.",
        examples=[55],
    )
    suppressed: bool = Field(
        description="True when the value rests on too few patients (or would reveal a cell "
        "that does) and is not published.",
        examples=[False],
    )
    reason: str | None = Field(
        default=None,
        description="Why it is suppressed: `primary` (small itself), `complementary` (hidden "
        "so that another cannot be recovered by subtraction), `small_cell`, "
        "`too_few_members` (a collaborative's pooled value with fewer than 5 members with data).",
        examples=[None],
    )
    rounded_to: int | None = Field(
        default=None,
        description="The base every count was rounded to after suppression (5 within your "
        "org, 10 for what leaves it); null when suppressed. With base 5 a published 10 is a "
        "true 8 to 12, and as 1 to 10 are suppressed, 11 or 12.",
        examples=[5],
    )


class SignalOut(BaseModel):
    """A special-cause signal and the periods it covers."""

    rule: str = Field(description="Rule id, e.g. `beyond_limits`, `shift_8`, `run_shift`.")
    name: str = Field(description="What the rule means, in words.")
    periods: list[str] = Field(
        description="Labels of the periods the signal covers.", examples=[["2026-03"]]
    )

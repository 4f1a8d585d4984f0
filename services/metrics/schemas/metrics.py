"""API models of the metric catalog and metric values (other resources have their own modules)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from services.metrics.catalog import (
    EQUITY_DIMENSIONS,
    Domain,
    EquityDimension,
    Fact,
    Filter,
    Level,
    MetricDefinition,
)
from services.metrics.compute.disclosure.cell import PublishedCell
from services.metrics.learning.periods import SeriesPeriod
from services.metrics.stats.series import ChartType, MetricKind


class MetricDefinitionOut(BaseModel):
    """One catalog metric: what it counts and how it may be queried."""

    metric_id: str = Field(
        description="Stable id used in every metric path.", examples=["kept-rate"]
    )
    title: str = Field(description="Display name.", examples=["Kept appointments"])
    domain: Domain = Field(
        description="The area of care the metric belongs to.", examples=["engagement"]
    )
    description: str = Field(description="What the metric means, in a sentence or two.")
    numerator: str = Field(
        description="What the numerator counts (for medians: what is summarised).",
        examples=["Appointments kept (fulfilled)."],
    )
    denominator: str = Field(description="What the denominator counts.")
    kind: MetricKind = Field(
        description="`proportion` (a share, 0..1), `rate` (per unit of exposure) or "
        "`continuous` (a median or mean).",
        examples=["proportion"],
    )
    unit: str = Field(description="What the value is measured in.", examples=["share"])
    better: Literal["higher", "lower"] = Field(
        description="Which direction is improvement.", examples=["higher"]
    )
    chart: Literal["auto", "xmr", "u"] = Field(
        description="The control chart that fits: `auto` lets the data choose p or Laney p'.",
        examples=["auto"],
    )
    chart_types: list[ChartType] = Field(
        description="Shewhart charts it can be drawn on (a run chart always can).",
        examples=[["p", "pp"]],
    )
    fact: Fact = Field(
        description="The fact the metric is computed from (a rate's numerator, for a rate "
        "whose denominator another fact gives).",
        examples=["encounter"],
    )
    levels: list[Level] = Field(
        description="Levels it is defined at.",
        examples=[["clinician", "team", "site", "org", "collaborative"]],
    )
    filters: list[Filter] = Field(
        description="Query filters it accepts.", examples=[["modality", "service_line"]]
    )
    required_filters: list[Filter] = Field(description="Filters that must be given.", examples=[[]])
    default_filters: dict[str, str] = Field(
        description="Filters applied when not given.", examples=[{"instrument": "phq9"}]
    )
    anonymous: bool = Field(
        description="Facts carry no patient: `n` counts respondents; no equity breakdown.",
        examples=[False],
    )
    equity_dimensions: list[EquityDimension] = Field(
        description="Dimensions an equity breakdown may use (none for anonymous metrics).",
        examples=[list(EQUITY_DIMENSIONS)],
    )
    per: int = Field(
        description="A rate's value is numerator / denominator times this (1000: per 1,000 "
        "kept sessions); 1 for everything else.",
        examples=[1],
    )
    exclusions: str | None = Field(
        default=None,
        description="What is left out of numerator and denominator, where those do not say.",
        examples=["Events entered in error (review status entered-in-error)."],
    )
    source: str | None = Field(
        default=None,
        description="The published measure, standard or study the definition follows.",
        examples=["AHRQ Common Formats Harm Scale v1.2."],
    )

    @classmethod
    def of(cls, d: MetricDefinition) -> MetricDefinitionOut:
        return cls(
            metric_id=d.metric_id,
            title=d.title,
            domain=d.domain,
            description=d.description,
            numerator=d.numerator,
            denominator=d.denominator,
            kind=d.kind,
            unit=d.unit,
            better=d.better,
            chart=d.chart,
            chart_types=list(d.chart_types),
            fact=d.fact,
            levels=list(d.levels),
            filters=list(d.filters),
            required_filters=list(d.required_filters),
            default_filters=dict(d.default_filters),
            anonymous=d.anonymous,
            equity_dimensions=[] if d.anonymous else list(EQUITY_DIMENSIONS),
            per=d.per,
            exclusions=d.exclusions or None,
            source=d.source or None,
        )


class MetricCatalogOut(BaseModel):
    """Every metric the service computes."""

    items: list[MetricDefinitionOut] = Field(description="The definitions, by metric id.")


class MetricValueOut(BaseModel):
    """One published value. A suppressed value carries no numbers, only why it is hidden."""

    period: date = Field(
        description="First day of the period (Monday of a week).", examples=["2026-03-01"]
    )
    unit_id: str = Field(
        description="The clinician, team, site, org or collaborative id.", examples=["team-7"]
    )
    value: float | None = Field(
        description="The metric's value (a share is 0..1); null when suppressed or when there "
        "is nothing to summarise. A share or rate is computed from the rounded numerator and "
        "denominator published beside it; a median or mean is rounded to 2 decimals.",
        examples=[0.825],
    )
    numerator: float | None = Field(
        description="Count (or sum) behind a proportion or rate, rounded to a multiple of "
        "`rounded_to`; null for medians and means.",
        examples=[165],
    )
    denominator: float | None = Field(
        description="Count behind the value (facts summarised, for medians and means), "
        "rounded to a multiple of `rounded_to`.",
        examples=[200],
    )
    n: int | None = Field(
        description="Distinct patients (respondents, for anonymous metrics) the value rests on, "
        "rounded to a multiple of `rounded_to`.",
        examples=[55],
    )
    suppressed: bool = Field(
        description="True when the value rests on too few people, or would let one be derived.",
        examples=[False],
    )
    reason: Literal["primary", "complementary", "too_few_members"] | None = Field(
        description="`primary`: a count below the threshold; `complementary`: hidden so that "
        "a suppressed sibling cannot be recovered by subtraction; `too_few_members`: a "
        "collaborative's pooled value with fewer than 5 member organizations with data.",
        examples=[None],
    )
    rounded_to: int | None = Field(
        default=None,
        description="The base every count of this value was rounded to after suppression "
        "(5 for your own org's units, 10 at the collaborative level); null when suppressed. "
        "With base 5 a published 10 is a true 8 to 12, and as 1 to 10 are suppressed, 11 or 12.",
        examples=[5],
    )

    @classmethod
    def of(cls, c: PublishedCell) -> MetricValueOut:
        return cls(
            period=c.period,
            unit_id=c.unit_id,
            value=c.value,
            numerator=c.numerator,
            denominator=c.denominator,
            n=c.n,
            suppressed=c.suppressed,
            reason=c.reason,
            rounded_to=c.rounded_to,
        )


class MetricValuesOut(BaseModel):
    """A metric's published values for one level, period length and range."""

    metric_id: str = Field(description="The metric.", examples=["kept-rate"])
    level: Level = Field(description="The level of the units.", examples=["team"])
    unit_id: str | None = Field(
        description="The one unit asked for, or null for every unit.", examples=[None]
    )
    period: SeriesPeriod = Field(
        description="Period length, or `rolling-quarter` (one value per month over the three "
        "months ending with it).",
        examples=["month"],
    )
    start: date | None = Field(
        alias="from", description="First day included, if bounded.", examples=["2026-01-01"]
    )
    end: date | None = Field(
        alias="to", description="Last day included, if bounded.", examples=["2026-06-30"]
    )
    effective_from: date | None = Field(
        description="First day the values cover: `from` snapped back to the start of its "
        "period (ranges are published in whole periods only).",
        examples=["2026-01-01"],
    )
    effective_to: date | None = Field(
        description="Last day the values cover: `to` snapped on to the end of its period.",
        examples=["2026-06-30"],
    )
    filters: dict[str, str] = Field(
        description="Filters applied, defaults included.", examples=[{"modality": "video"}]
    )
    suppression_threshold: int = Field(
        description="Smallest count a published number may rest on.", examples=[11]
    )
    values: list[MetricValueOut] = Field(description="By period, then unit.")

    model_config = {"populate_by_name": True}

"""A catalog instrument's scales: totals and subscales with their bands, cut-offs and the
change rules (reliable change, response, remission) judged against them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from services.measures.instruments.sources import (
    FrozenModel,
    SourcedModel,
)

Direction = Literal["higher_is_worse", "higher_is_better"]


class Band(FrozenModel):
    """A severity range of a scale, bounds included."""

    min: float = Field(description="Lowest score in the band (inclusive).", examples=[10])
    max: float = Field(description="Highest score in the band (inclusive).", examples=[14])
    code: str = Field(description="Stable band code.", examples=["moderate"])
    label: str = Field(description="Band label as published.", examples=["Moderate"])


class Bands(SourcedModel):
    """The severity bands of a scale and where they come from."""

    bands: tuple[Band, ...] = Field(
        min_length=1, description="The bands, lowest first, covering the whole scale."
    )


class Cutoff(SourcedModel):
    """Caseness: the score at which a screen is positive (``populations`` can differ)."""

    threshold: float = Field(description="The cut-off score.", examples=[10])
    direction: Literal["at_or_above", "at_or_below"] = Field(
        default="at_or_above",
        description="Positive at or above the threshold, or at or below it.",
    )
    label: str = Field(
        description="What a positive screen means.", examples=["Probable major depression"]
    )
    populations: dict[str, float] = Field(
        default_factory=dict,
        description="Threshold per population where it differs (AUDIT-C: male, female).",
        examples=[{"male": 4, "female": 3}],
    )


class ReliableChange(SourcedModel):
    """The smallest change, in points, that exceeds measurement error (Jacobson-Truax)."""

    value: float = Field(
        gt=0, description="The reliable-change threshold, in score points.", examples=[6]
    )


class ResponseRule(SourcedModel):
    """Treatment response: a reduction of at least a fraction of the baseline score, for
    patients who were cases at baseline."""

    min_reduction: float = Field(
        gt=0, le=1, description="Fraction of the baseline score.", examples=[0.5]
    )
    baseline_at_least: float | None = Field(
        default=None,
        description="Only patients whose baseline reached this (and the caseness cut-off) "
        "can respond; null: the caseness cut-off alone decides.",
        examples=[10],
    )


class RemissionRule(SourcedModel):
    """Remission: a score below a threshold, for patients who were cases at baseline."""

    below: float = Field(
        description="Remission when the score is strictly below this.", examples=[5]
    )
    baseline_at_least: float | None = Field(
        default=None,
        description="Only patients whose baseline reached this (and the caseness cut-off) "
        "can remit; null: the caseness cut-off alone decides.",
        examples=[10],
    )


class Scale(FrozenModel):
    """A scored quantity (the total or a subscale) and everything that interprets it."""

    min: float = Field(description="Lowest possible score.", examples=[0])
    max: float = Field(description="Highest possible score.", examples=[27])
    multiplier: float = Field(
        default=1, description="Factor applied to the item sum (DASS-21 doubles its subscales)."
    )
    mean: bool = Field(
        default=False,
        description="The score is the mean of its items' scores (the item sum divided by the "
        "number of items, to 2 decimals), as Edmondson's psychological-safety scale is reported.",
    )
    direction: Direction = Field(
        default="higher_is_worse", description="Whether a higher score is worse or better."
    )
    loinc: str | None = Field(
        default=None, description="LOINC code of the score, if any.", examples=["44261-6"]
    )
    bands: Bands | None = Field(default=None, description="Severity bands, if published.")
    caseness: Cutoff | None = Field(
        default=None, description="The screening cut-off, if published."
    )
    reliable_change: ReliableChange | None = Field(
        default=None, description="Smallest change beyond measurement error, if known."
    )
    response: ResponseRule | None = Field(
        default=None, description="What counts as treatment response, if defined."
    )
    remission: RemissionRule | None = Field(
        default=None, description="What counts as remission, if defined."
    )
    note: str | None = Field(default=None, description="Remarks on how the scale is scored.")


class Subscale(Scale):
    """A scale over some of the items (a DASS-21 subscale, a PCL-5 cluster)."""

    id: str = Field(description="Subscale id, its key in `subscales`.", examples=["depression"])
    name: str = Field(description="Display name.", examples=["Depression"])
    items: tuple[str, ...] = Field(min_length=1, description="Ids of the items it sums.")

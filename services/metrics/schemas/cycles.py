"""API models of PDSA cycles: plan, do, study (computed on read) and act."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from services.metrics.schemas.common import IntervalOut
from services.metrics.schemas.interventions import EffectOut, StartDate
from shared.strict_types import NAME_PATTERN, TEXT_PATTERN

CYCLE_EXAMPLE: dict[str, JsonValue] = {
    "title": "PDSA 1: text reminder 48 h before",
    "change": "Automated SMS two days before every first appointment.",
    "prediction": "No-shows of first appointments fall from 18% to 12% within two months.",
    "started_on": "2026-04-01",
    "ended_on": "2026-05-31",
    "act": "adapt",
    "lessons": "Works for adults; the youth service needs texts to the parent.",
}


class CycleIn(BaseModel):
    """One PDSA cycle: the plan (change, prediction), the do (dates), the act and lessons.

    `ended_on` needs `started_on` and is not before it; `act` needs `ended_on`."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True,
        json_schema_extra={"examples": [CYCLE_EXAMPLE]},
    )  # fmt: skip

    title: str = Field(
        min_length=1, max_length=200, pattern=NAME_PATTERN, description="A short name.",
        examples=["PDSA 1: text reminder 48 h before"],
    )  # fmt: skip
    change: str | None = Field(
        default=None, max_length=2000, pattern=TEXT_PATTERN,
        description="Plan: the change tested (never patient data).",
    )  # fmt: skip
    prediction: str | None = Field(
        default=None, max_length=2000, pattern=TEXT_PATTERN,
        description="Plan: what the team predicts will happen.",
    )  # fmt: skip
    started_on: StartDate | None = Field(
        default=None, description="Do: the day the change started.", examples=["2026-04-01"]
    )
    ended_on: StartDate | None = Field(
        default=None, description="Do: the day the test ended.", examples=["2026-05-31"]
    )
    act: Literal["adopt", "adapt", "abandon"] | None = Field(
        default=None, description="Act: adopt, adapt or abandon the change."
    )
    lessons: str | None = Field(
        default=None, max_length=4000, pattern=TEXT_PATTERN, description="What was learned."
    )


class ComparisonOut(BaseModel):
    """Controlled interrupted time series against a comparison series without the change
    (Linden 2015): the differences between the two series' level and slope changes."""

    kind: Literal["unit", "peer-median"] = Field(
        description="`unit`: another unit of your organization; `peer-median`: the median of "
        "a collaborative's peers, period by period, as the benchmark route publishes it."
    )
    unit_id: str = Field(
        description="The comparison unit, or the collaborative.", examples=["team-south"]
    )
    points: int = Field(description="Points of both series in the fit.", examples=[44])
    level_change_difference: IntervalOut = Field(
        description="Level change of the project's unit minus the comparison's, 95% interval."
    )
    slope_change_difference: IntervalOut = Field(
        description="Slope change (per period) of the project's unit minus the comparison's."
    )
    descriptive_only: bool = Field(description="Fewer than 8 points on a side.")


class StudyOut(BaseModel):
    """The study, computed on read from the aim's metric series (your own projects only)."""

    chart: str = Field(description="The chart of the aim's metric for the unit.")
    effect: EffectOut | None = Field(
        description="Segmented regression around the cycle's start, as the deprecated "
        "interventions route computes it (`intervention_id` is the cycle's id); null before "
        "the cycle starts."
    )
    comparison: ComparisonOut | None = Field(
        default=None,
        description="With `compare_unit` or `compare_collaborative`: the effect against that "
        "control; null when either series is too short (see `warnings`).",
    )
    warnings: list[str] = Field(default_factory=list, description="What limits the study.")


CYCLE_OUT_EXAMPLE: dict[str, JsonValue] = {
    "cycle_id": "no-shows-north-1",
    "project_id": "no-shows-north",
    **CYCLE_EXAMPLE,
    "updated_at": "2026-06-02T09:30:00Z",
    "study": {
        "chart": "/v1/metrics/no-show-rate/chart?level=team&unit=team-north&period=month",
        "effect": None,
        "comparison": None,
        "warnings": ["Read one cycle to get its effect."],
    },
}


class CycleOut(BaseModel):
    """A cycle as the caller may see it."""

    model_config = ConfigDict(json_schema_extra={"examples": [CYCLE_OUT_EXAMPLE]})

    cycle_id: str = Field(description="Its id, unique within its organization.")
    project_id: str = Field(description="Its project.")
    title: str = Field(description="A short name.")
    change: str | None = Field(description="Plan: the change tested.")
    prediction: str | None = Field(description="Plan: the prediction.")
    started_on: date | None = Field(description="Do: start.")
    ended_on: date | None = Field(description="Do: end.")
    act: Literal["adopt", "adapt", "abandon"] | None = Field(description="Act: the decision.")
    lessons: str | None = Field(description="What was learned.")
    updated_at: datetime = Field(description="When it was last changed.")
    study: StudyOut | None = Field(
        default=None,
        description="Read one cycle to get its study; null in lists and in another "
        "organization's project (its chart and effect are not disclosed to peers).",
    )

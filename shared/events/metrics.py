"""The events metrics publishes on its own feed: what it derived that an app may act on.

metrics reads intake's and measures' feeds and publishes these on its own; it never reads
them back (:data:`shared.events.METRICS_EVENT_TYPES`). Like every event here, they carry only
what metrics publishes anyway: values that passed the disclosure policy (suppression, rounding),
never a count below the threshold, never free text.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.events.base import EventData


class RecognitionPoint(BaseModel):
    """One published point of the signal a recognition rests on."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    period: date = Field(description="First day of the period.", examples=["2026-06-01"])
    value: float = Field(description="The published value.", examples=[0.82])


class RecognitionFound(EventData):
    """A team or clinician whose chart shows a sustained change for the better (a shift or a
    trend, never a single point), published once, when first found, as
    `GET /v1/recognitions` would list it."""

    type: ClassVar[str] = "recognition.found"
    recognition_id: str = Field(
        description="Stable id of this recognition (the same unit, metric, filters, rule and "
        "first period always give the same id); consumers deduplicate on it.",
        examples=["rec-3f9a0c2e5b7d41a8"],
    )
    metric_id: str = Field(description="The catalog metric.", examples=["kept-rate"])
    better: Literal["higher", "lower"] = Field(description="Which direction is better.")
    level: Literal["clinician", "team"] = Field(description="The unit's level.")
    unit_id: str = Field(description="The team's or clinician's id.", examples=["team-north"])
    filters: dict[str, str] = Field(
        default_factory=dict, description="The filters the chart was computed with."
    )
    period: Literal["week", "month", "quarter"] = Field(description="Period length of the chart.")
    rule_set: str = Field(description="The rule set read (`anhoej`, `nhs`, `ihi`).")
    rule: str = Field(description="The rule that found the change.", examples=["long_run"])
    chart: str = Field(description="The control chart read: `p`, `pp`, `u` or `xmr`.")
    centre: float | None = Field(description="The chart's centre line.", examples=[0.6])
    first_period: date = Field(description="First day of the signal's first period.")
    last_period: date = Field(description="First day of the signal's last period.")
    points: list[RecognitionPoint] = Field(
        description="The signal's published points, in order (never a suppressed value)."
    )

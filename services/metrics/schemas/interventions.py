"""API models of QI interventions and their estimated effect."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, JsonValue

from services.metrics.catalog import CATALOG, Level, Period
from services.metrics.schemas.common import IntervalOut
from shared.strict_types import NAME_PATTERN, TEXT_PATTERN, IsoDate

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
# A start date outside this window is a typo or a placeholder (0001-01-01, 9999-12-31), never a
# QI change: it would put the change on no chart and make its effect meaningless.
EARLIEST_START = date(1900, 1, 1)
YEARS_AHEAD = 5
START_WINDOW = (
    f"From {EARLIEST_START.isoformat()} to the end of the {YEARS_AHEAD}th year after this one "
    "(UTC), so a planned change can be recorded ahead; a date outside it is refused with 422."
)


def _in_window(day: date) -> date:
    latest = date(datetime.now(UTC).year + YEARS_AHEAD, 12, 31)
    if not EARLIEST_START <= day <= latest:
        raise ValueError(f"must be between {EARLIEST_START.isoformat()} and {latest.isoformat()}")
    return day


StartDate = Annotated[IsoDate, AfterValidator(_in_window)]


#: Listed in the document as an enum (the ids are data shipped with the service).
METRIC_IDS: list[JsonValue] = list(sorted(CATALOG))


class InterventionIn(BaseModel):
    """A QI change (a PDSA cycle) on one unit, to be read off one metric's series."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "metric_id": "no-show-rate",
                    "level": "team",
                    "unit_id": "team-north",
                    "period": "month",
                    "started_on": "2026-04-06",
                    "title": "PDSA 1: text reminders 48 h before",
                    "description": "Automated SMS reminder two days before every appointment.",
                }
            ]
        },
    )

    metric_id: str = Field(
        min_length=1, max_length=64, description="The metric it aims to move.",
        examples=["no-show-rate"],
        # The catalog is data shipped with the service: the document lists it (any other id is
        # refused by the domain as an unknown metric).
        json_schema_extra={"enum": METRIC_IDS},
    )  # fmt: skip
    level: Level = Field(
        description="Level of the unit (clinician, team, site, org).", examples=["team"]
    )
    unit_id: str | None = Field(
        default=None,
        max_length=64,
        pattern=ID_PATTERN,
        description="The unit's id; omit at the org level (your own organization).",
        examples=["team-north"],
    )
    period: Period = Field(
        default="month",
        description="Period length its effect is estimated over.",
        examples=["month"],
    )
    started_on: StartDate = Field(
        description=f"The day the change started. {START_WINDOW}", examples=["2026-04-06"]
    )
    title: str = Field(
        min_length=1,
        max_length=200,
        pattern=NAME_PATTERN,
        description="A short name for the change.",
        examples=["PDSA 1: text reminders 48 h before"],
    )
    description: str | None = Field(
        default=None,
        max_length=2000,
        pattern=TEXT_PATTERN,
        description="What was changed, in the QI team's words. Never put patient data here.",
        examples=["Automated SMS reminder two days before every appointment."],
    )


class InterventionOut(InterventionIn):
    """A recorded intervention."""

    model_config = ConfigDict(extra="forbid")

    intervention_id: str = Field(description="Its id.", examples=["5f0c7e0a-3c1d-4c55-9a57-2d1f"])
    # Not re-checked on the way out: a row stored before the window existed must stay readable.
    started_on: date = Field(description="The day the change started.", examples=["2026-04-06"])
    unit_id: str = Field(description="The unit's id.", examples=["team-north"])
    created_at: datetime = Field(description="When it was recorded.")
    created_by: str = Field(description="The subject who recorded it.", examples=["qi-lead"])


class EffectPointOut(BaseModel):
    """One period of the series the effect is estimated from."""

    period: date = Field(description="First day of the period.", examples=["2026-03-01"])
    value: float | None = Field(description="The value; null when suppressed or missing.")
    after: bool = Field(description="The period is on or after the change's period.")
    transition: bool = Field(
        description="The period holds a start date inside it (partly before, partly after "
        "the change) and is left out of the fit.",
        examples=[False],
    )
    used: bool = Field(description="The point took part in the fit.")


class EffectOut(BaseModel):
    """Segmented regression of the metric's series around the change (Wagner, Soumerai, Zhang
    & Ross-Degnan 2002): y = b0 + b1 t + b2 post + b3 (t - t0) post, t in periods, t0 the
    period holding the start date."""

    intervention_id: str = Field(description="The intervention.")
    metric_id: str = Field(description="The metric.", examples=["no-show-rate"])
    first_period_after: date = Field(
        description="First day of the period holding the start date, where the effect starts: "
        "time since the change is 0 there and the level change is estimated there, also when "
        "that period is suppressed or is the transition period.",
        examples=["2026-04-01"],
    )
    transition_period: date | None = Field(
        description="First day of the transition period, when the start date falls inside "
        "a period (not on its first day): that period is partly before and partly after the "
        "change and is left out of the fit. Null when the change starts on a period boundary, "
        "whose period then counts as the first one after the change.",
        examples=["2026-04-01"],
    )
    points_before: int = Field(description="Points before the change used.", examples=[12])
    points_after: int = Field(
        description="Points after the change used (the transition period not counted).",
        examples=[9],
    )
    level_change: IntervalOut | None = Field(
        description="Immediate change in level at the change (b2), with its 95% interval; "
        "null when the series is too short."
    )
    slope_change: IntervalOut | None = Field(
        description="Change in slope per period (b3), with its 95% interval."
    )
    pre_slope: IntervalOut | None = Field(description="Slope per period before the change (b1).")
    post_slope: float | None = Field(description="Slope per period after the change (b1 + b3).")
    baseline_level: IntervalOut | None = Field(description="Level at the first period (b0).")
    counterfactual_last: float | None = Field(
        description="The last period's value had the pre-change trend continued."
    )
    fitted_last: float | None = Field(description="The model's value at the last period.")
    descriptive_only: bool = Field(
        description="Fewer than 8 points on a side: read the estimate as descriptive only."
    )
    points: list[EffectPointOut] = Field(description="The series, every period.")
    warnings: list[str] = Field(description="What limits the estimate.")


class InterventionPage(BaseModel):
    """A page of interventions."""

    items: list[InterventionOut] = Field(description="Interventions, by start date then id.")
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` for the next page; null at the end."
    )

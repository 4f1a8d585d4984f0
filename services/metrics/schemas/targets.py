"""API models of targets: the goals an organization sets on its metrics."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from shared.strict_types import TEXT_PATTERN


class TargetIn(BaseModel):
    """The target's value (on the metric's own scale) and, optionally, why it was chosen."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [{"value": 0.1, "note": "Board goal 2027: no more than 1 in 10 missed."}]
        },
    )

    value: float = Field(
        allow_inf_nan=False,
        description="The target on the metric's own scale: a share between 0 and 1, days, "
        "hours, a score, a rate. Met when the value is at least the target where higher is "
        "better, at most where lower is (the catalog's `better`; see `direction`).",
        examples=[0.1],
    )
    note: str | None = Field(
        default=None,
        max_length=500,
        pattern=TEXT_PATTERN,
        description="Why this target: a national standard, a board decision (never patient data).",
        examples=["Board goal 2027: no more than 1 in 10 missed."],
    )


class TargetOut(BaseModel):
    """A target of your organization on one metric, for one scope."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "metric_id": "no-show-rate", "level": "team", "unit_id": "team-north",
                    "value": 0.1, "direction": "at_most",
                    "note": "Board goal 2027: no more than 1 in 10 missed.",
                    "set_at": "2026-12-06T12:00:00Z", "set_by": "qi-lead-7",
                }
            ]
        }
    )  # fmt: skip

    metric_id: str = Field(description="The metric.", examples=["no-show-rate"])
    level: str | None = Field(
        description="The level it applies to; null: every level (the organization's target).",
        examples=["team"],
    )
    unit_id: str | None = Field(
        description="The unit it applies to; null: every unit of the level (always null at "
        "the org level, whose one unit is your organization).",
        examples=["team-north"],
    )
    value: float = Field(description="The target on the metric's scale.", examples=[0.1])
    direction: str = Field(
        description="`at_least` (higher is better: met at or above the target) or `at_most` "
        "(lower is better: met at or below it), from the metric's definition.",
        examples=["at_most"],
    )
    note: str | None = Field(description="Why this target.", examples=[None])
    set_at: datetime = Field(description="When it was last set (UTC).")
    set_by: str = Field(description="The token subject that last set it.", examples=["qi-1"])


class TargetList(BaseModel):
    """Your organization's targets, by metric, from the widest scope to the narrowest."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "items": [
                        {
                            "metric_id": "kept-rate", "level": None, "unit_id": None,
                            "value": 0.8, "direction": "at_least", "note": None,
                            "set_at": "2026-12-06T12:00:00Z", "set_by": "qi-lead-7",
                        }
                    ]
                }
            ]
        }
    )  # fmt: skip

    items: list[TargetOut] = Field(description="The targets (at most one per metric and scope).")

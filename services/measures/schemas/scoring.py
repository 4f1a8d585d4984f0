"""API models of scoring: a response in, its score out, one by one or in a batch."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.measures.schemas.common import (
    ANSWERS_RANGE,
    GAD7_EXAMPLE,
    PHQ9_EXAMPLE,
    AnswerValue,
    RequestModel,
)
from services.measures.scoring.result import ScoreResult


class BandOut(BaseModel):
    code: str = Field(description="Stable band code.", examples=["moderate"])
    label: str = Field(description="Band label as published.", examples=["Moderate"])


class SubscaleOut(BaseModel):
    value: float | None = Field(description="Null when too many of its items are missing.")
    band: BandOut | None = Field(default=None, description="The subscale's severity band, if any.")
    case: bool | None = Field(default=None, description="At or beyond the subscale's cut-off.")
    prorated: bool = Field(
        default=False,
        description="Scored from fewer items, scaled up under the missing-item policy.",
    )


class CriticalOut(BaseModel):
    """A critical-item rule the answers fired, or that unanswered items leave open (each also
    raises an alert when stored)."""

    rule_id: str = Field(description="The catalog rule.", examples=["phq9_item9_positive"])
    label: str = Field(
        description="What it detected.",
        examples=["Thoughts of death or self-harm endorsed (item 9)"],
    )
    severity: str = Field(description="`urgent`, `high` or `info`.", examples=["urgent"])
    action: str | None = Field(default=None, description="What the clinician should do now.")
    missing_items: list[str] = Field(
        default_factory=list,
        description="Empty when the answers fire the rule; otherwise the unanswered items that "
        "leave it open (an unknown answer is never read as no).",
        examples=[["cssrs_4", "cssrs_5"]],
    )


class AnswerConflictOut(BaseModel):
    """A FHIR answer whose weight and LOINC answer code gave different answers."""

    item_id: str = Field(description="The item.", examples=["phq9_9"])
    link_id: str = Field(description="The sender's linkId for it.", examples=["/44260-8"])
    weight_value: int = Field(
        description="The answer its weight (ordinalValue, itemWeight) gives.", examples=[0]
    )
    code_value: int = Field(description="The answer its answer code gives.", examples=[3])
    used_value: int = Field(
        description="The answer used for the alerts and the score: the more severe reading.",
        examples=[3],
    )


class ScoreOut(BaseModel):
    """A scored response: computed from the items, whatever total the sender stated."""

    instrument_id: str = Field(description="The instrument scored.", examples=["phq9"])
    instrument_version: int = Field(description="Its catalog version.", examples=[1])
    scoring_version: str = Field(
        description="Instrument version plus a fingerprint of the org's overrides, if any.",
        examples=["phq9.v1"],
    )
    total: float | None = Field(description="Null when incomplete under the missing-item policy.")
    band: BandOut | None = Field(
        default=None, description="Severity band of the total; null without bands or total."
    )
    case: bool | None = Field(description="At or beyond the caseness cut-off; null if none.")
    subscales: dict[str, SubscaleOut] = Field(
        default_factory=dict, description="Each subscale's score, by subscale id."
    )
    classifications: dict[str, BandOut] = Field(
        default_factory=dict,
        description="Non-numeric results, e.g. the C-SSRS risk level (`high`, `moderate`, "
        "`low`, `negative`, or `indeterminate` when unanswered questions of the flow leave a "
        "more severe level open).",
    )
    critical: list[CriticalOut] = Field(
        default_factory=list,
        description="Critical-item rules the answers fired, and those the catalog raises when "
        "unanswered items leave them open (the C-SSRS high-risk criteria; `missing_items` set).",
    )
    critical_unanswered: list[CriticalOut] = Field(
        default_factory=list,
        description="Other critical-item rules that unanswered items leave open (PHQ-9 item 9 "
        "blank, the PHQ-A suicide questions left out): together they raise one "
        "`critical_item_unanswered` alert.",
    )
    indicators: list[str] = Field(
        default_factory=list,
        description="Indicator rules that hold (annotations, no alert).",
        examples=[["pcl5_dsm5_provisional"]],
    )
    flags: list[str] = Field(
        default_factory=list,
        description="incomplete (a total, subscale or classification cannot be given), "
        "prorated, out_of_range, unknown_item, critical_item (a critical rule is raised), "
        "critical_item_unanswered (a critical rule is left open by unanswered items), "
        "stated_total_mismatch, answer_code_conflict (see `answer_conflicts`).",
    )
    missing_items: list[str] = Field(
        default_factory=list, description="Required items left unanswered.", examples=[["phq9_3"]]
    )
    invalid_items: list[str] = Field(
        default_factory=list,
        description="Items whose value is not one of their answer options (treated as unanswered).",
    )
    unknown_items: list[str] = Field(
        default_factory=list, description="Answer keys the instrument has no item for (ignored)."
    )
    answer_conflicts: list[AnswerConflictOut] = Field(
        default_factory=list,
        description="FHIR answers whose weight and answer code disagreed; each was read the "
        "more severe way.",
    )


class ScoreIn(RequestModel):
    """A response to score without storing it."""

    instrument_id: str = Field(
        min_length=1, max_length=64, description="Catalog instrument id.", examples=["phq9"]
    )
    version: int | None = Field(default=None, ge=1, description="Latest when omitted.")
    answers: dict[str, AnswerValue] = Field(
        max_length=200,
        description=f"Answer value per item id. {ANSWERS_RANGE}",
        examples=[PHQ9_EXAMPLE],
    )
    population: Literal["male", "female"] | None = Field(
        default=None, description="Selects a population-specific cut-off (AUDIT-C)."
    )


class ScoreBatchIn(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "items": [
                        {"instrument_id": "phq9", "answers": PHQ9_EXAMPLE},
                        {"instrument_id": "gad7", "answers": GAD7_EXAMPLE},
                    ]
                }
            ]
        }
    )

    items: list[ScoreIn] = Field(
        min_length=1, max_length=10_000, description="Responses to score, each on its own."
    )


class BatchItemResult(BaseModel):
    index: int = Field(description="Position in the request.")
    status: int = Field(description="200, or the problem's status.", examples=[200])
    score: ScoreOut | None = Field(default=None, description="The score, when `status` is 200.")
    problem: dict[str, Any] | None = Field(
        default=None,
        description="Problem details (`title`, `status`, `detail` or `errors`) for a refused item.",
        examples=[
            {"title": "Unknown Instrument", "status": 404, "detail": "unknown instrument: x"}
        ],
    )


class ScoreBatchOut(BaseModel):
    results: list[BatchItemResult] = Field(description="One result per item, in request order.")


def score_out(result: ScoreResult) -> ScoreOut:
    return ScoreOut.model_validate(result.as_dict())

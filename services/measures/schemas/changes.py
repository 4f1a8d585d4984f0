"""API models of a change since baseline and whether the patient is on track (an assessment
and a trajectory both carry one)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from services.measures.assessments.recording import Baselined
from services.measures.models import as_utc


class TrackOut(BaseModel):
    """Whether the patient is on the expected course, which model said so, and why."""

    verdict: Literal["on_track", "not_on_track", "not_applicable", "too_early"] = Field(
        description="`not_on_track` raises a not-on-track alert. `not_applicable`: expected-"
        "change rules do not apply (not a case at baseline, no room for a reliable improvement "
        "above the scale's floor, or the instrument has no caseness or reliable-change value); "
        "`too_early`: less than a week since baseline.",
        examples=["not_on_track"],
    )
    on_track: bool | None = Field(
        description="True for `on_track`, false for `not_on_track`, null otherwise.",
        examples=[False],
    )
    decided_by: Literal[
        "org_percentile_model", "rule_of_thumb", "outcome_reached", "eligibility", "none"
    ] = Field(
        description="`org_percentile_model` (expected change fitted from this organisation's own "
        "eligible patients, by baseline band and weeks since baseline), `rule_of_thumb` (the "
        "published fallback when the org has too little history in that cell), "
        "`outcome_reached` (responded or remitted: never not on track), `eligibility` (the "
        "patient is not eligible) or `none` (too early).",
        examples=["org_percentile_model"],
    )
    model_version: str | None = Field(
        default=None,
        description="Version of the deciding model or rule and its main parameters.",
        examples=["org-percentile-bands/2 (p25-p75, min 30 series per cell, eligible baselines "
                  "only) fit:3f2a9c01de"],
    )  # fmt: skip
    reason: str = Field(
        description="Why, in words a clinician can read.",
        examples=["no reliable improvement after 9 weeks"],
    )


class ChangeOut(BaseModel):
    """Change since the patient's first scored assessment on this instrument."""

    baseline_assessment_id: str = Field(description="The baseline assessment.")
    baseline_total: float = Field(description="The baseline's total.", examples=[14])
    baseline_at: datetime = Field(description="When the baseline was completed.")
    change: float = Field(description="Latest minus baseline, in points.", examples=[-10])
    weeks_in_care: float | None = Field(
        description="Weeks from baseline to this assessment.", examples=[8.0]
    )
    reliable_change_threshold: float | None = Field(
        description="The instrument's (or the org's) reliable-change value, in points: the "
        "Jacobson-Truax change beyond measurement error.",
        examples=[6],
    )
    reliable_improvement: bool | None = Field(
        description="Improved by at least the reliable-change value; null without one."
    )
    reliable_deterioration: bool | None = Field(
        description="Worsened by at least the reliable-change value; null without one."
    )
    baseline_case: bool | None = Field(
        description="The baseline was at or above the caseness cut-off (the eligibility of "
        "clinically significant improvement, recovery, response and remission); null where the "
        "instrument has no cut-off.",
        examples=[True],
    )
    clinically_significant_improvement: bool | None = Field(
        description="Crossed from at or above the caseness cut-off to below it; null unless "
        "the baseline was a case."
    )
    recovery: bool | None = Field(
        description="Reliable and clinically significant improvement (Jacobson & Truax's "
        "'recovered'); null unless the baseline was a case and the instrument has a "
        "reliable-change value."
    )
    response: bool | None = Field(
        description="At least the instrument's response reduction (50 % for the PHQ-9, NCQA "
        "DRR-E); null unless the baseline was a case (PHQ-9 > 9), or where there is no rule."
    )
    remission: bool | None = Field(
        description="Below the instrument's remission threshold (PHQ-9: under 5, CMS159 / NCQA "
        "DRR-E); null unless the baseline was a case (PHQ-9 > 9), or where there is no rule."
    )
    tracking: TrackOut | None = Field(default=None, description="The not-on-track verdict.")


def change_out(baselined: Baselined | None) -> ChangeOut | None:
    if baselined is None:
        return None
    change, tracking = baselined.change, baselined.tracking
    return ChangeOut(
        baseline_assessment_id=baselined.baseline.assessment_id,
        baseline_total=change.baseline,
        baseline_at=as_utc(baselined.baseline.completed_at),
        change=change.change,
        weeks_in_care=change.weeks_in_care,
        reliable_change_threshold=change.reliable_change_threshold,
        reliable_improvement=change.reliable_improvement,
        reliable_deterioration=change.reliable_deterioration,
        baseline_case=change.baseline_case,
        clinically_significant_improvement=change.clinically_significant_improvement,
        recovery=change.recovery,
        response=change.response,
        remission=change.remission,
        tracking=None
        if tracking is None
        else TrackOut(
            verdict=tracking.verdict,
            on_track=tracking.on_track,
            decided_by=tracking.decided_by,
            model_version=tracking.model_version,
            reason=tracking.reason,
        ),
    )

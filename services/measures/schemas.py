"""API models of the measures service (storage models live in ``models.py``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.measures.overrides import InstrumentOverrides

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
PHQ9_EXAMPLE = {f"phq9_{n}": v for n, v in enumerate([2, 2, 2, 2, 1, 1, 2, 0, 0], 1)}


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BandOut(BaseModel):
    code: str = Field(description="Stable band code.", examples=["moderate"])
    label: str = Field(description="Band label as published.", examples=["Moderate"])


class SubscaleOut(BaseModel):
    value: float | None = Field(description="Null when too many of its items are missing.")
    band: BandOut | None = None
    case: bool | None = Field(default=None, description="At or beyond the subscale's cut-off.")
    prorated: bool = False


class CriticalOut(BaseModel):
    rule_id: str = Field(examples=["phq9_item9_positive"])
    label: str
    severity: str = Field(examples=["urgent"])
    action: str | None = Field(default=None, description="What the clinician should do now.")


class ScoreOut(BaseModel):
    """A scored response: computed from the items, whatever total the sender stated."""

    instrument_id: str = Field(examples=["phq9"])
    instrument_version: int = Field(examples=[1])
    scoring_version: str = Field(
        description="Instrument version plus a fingerprint of the org's overrides, if any.",
        examples=["phq9.v1"],
    )
    total: float | None = Field(description="Null when incomplete under the missing-item policy.")
    band: BandOut | None = None
    case: bool | None = Field(description="At or beyond the caseness cut-off; null if none.")
    subscales: dict[str, SubscaleOut] = Field(default_factory=dict)
    classifications: dict[str, BandOut] = Field(
        default_factory=dict, description="Non-numeric results, e.g. the C-SSRS risk level."
    )
    critical: list[CriticalOut] = Field(default_factory=list)
    indicators: list[str] = Field(default_factory=list, examples=[["pcl5_dsm5_provisional"]])
    flags: list[str] = Field(
        default_factory=list,
        description="incomplete, prorated, out_of_range, unknown_item, critical_item, "
        "critical_item_unanswered, stated_total_mismatch, answer_code_conflict.",
    )
    missing_items: list[str] = Field(default_factory=list)
    invalid_items: list[str] = Field(default_factory=list)
    unknown_items: list[str] = Field(default_factory=list)


class ScoreIn(_In):
    instrument_id: str = Field(min_length=1, max_length=64, examples=["phq9"])
    version: int | None = Field(default=None, ge=1, description="Latest when omitted.")
    answers: dict[str, int] = Field(
        max_length=200, description="Answer value per item id.", examples=[PHQ9_EXAMPLE]
    )
    population: Literal["male", "female"] | None = Field(
        default=None, description="Selects a population-specific cut-off (AUDIT-C)."
    )


class ScoreBatchIn(_In):
    items: list[ScoreIn] = Field(min_length=1, max_length=10_000)


class BatchItemResult(BaseModel):
    index: int = Field(description="Position in the request.")
    status: int = Field(description="200, or the problem's status.", examples=[200])
    score: ScoreOut | None = None
    problem: dict[str, Any] | None = None


class ScoreBatchOut(BaseModel):
    results: list[BatchItemResult]


class TrackOut(BaseModel):
    """Whether the patient is on the expected course, and which model said so."""

    on_track: bool | None = Field(
        description="False raises a not-on-track alert; null when nothing can be judged yet "
        "(first week, or no reliable-change value).",
        examples=[False],
    )
    decided_by: str = Field(
        description="`org_percentile_model` (expected change fitted from this organisation's own "
        "episodes, by baseline band and weeks since baseline) or `rule_of_thumb` (the "
        "published fallback when the org has too little history in that cell).",
        examples=["org_percentile_model"],
    )
    model_version: str | None = Field(
        default=None,
        description="Version of the deciding model and its main parameters.",
        examples=["org-percentile-bands/1 (p25-p75, min 30 episodes per cell)"],
    )
    reason: str = Field(
        description="Why, in words a clinician can read.",
        examples=["no reliable improvement after 8 weeks"],
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
    clinically_significant_improvement: bool | None = Field(
        description="Crossed from at or above the caseness cut-off to below it."
    )
    recovery: bool | None = Field(description="Reliable and clinically significant improvement.")
    response: bool | None = Field(
        description="At least the instrument's response reduction (50 % for the PHQ-9); null "
        "where it has none."
    )
    remission: bool | None = Field(
        description="Below the instrument's remission threshold (PHQ-9: under 5, for episodes "
        "that started above 9); null where the instrument has no rule."
    )
    tracking: TrackOut | None = Field(default=None, description="The not-on-track verdict.")


class AlertOut(BaseModel):
    alert_id: str
    rule: Literal["critical_item", "not_on_track"]
    rule_id: str
    severity: str
    patient_id: str
    assessment_id: str
    instrument_id: str
    clinician_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    evidence: dict[str, Any] = Field(description="Why it fired: rule, items or model and values.")
    raised_at: datetime
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None


class AssessmentIn(_In):
    assessment_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        pattern=ID_PATTERN,
        description="Caller's id; resending the same assessment under it changes nothing.",
    )
    patient_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="Pseudonymous patient id; omitted only for clinician instruments.",
        examples=["p-7f3a"],
    )
    instrument_id: str = Field(min_length=1, max_length=64, examples=["phq9"])
    version: int | None = Field(default=None, ge=1)
    answers: dict[str, int] = Field(max_length=200, examples=[PHQ9_EXAMPLE])
    completed_at: datetime = Field(examples=["2026-01-15T10:30:00Z"])
    completed_by: Literal["patient", "clinician", "proxy"] = "patient"
    clinician_id: str | None = Field(default=None, min_length=1, max_length=64)
    team_id: str | None = Field(default=None, min_length=1, max_length=64)
    site_id: str | None = Field(default=None, min_length=1, max_length=64)
    population: Literal["male", "female"] | None = None


class AssessmentOut(BaseModel):
    assessment_id: str
    patient_id: str | None
    instrument_id: str
    completed_at: datetime
    completed_by: str
    clinician_id: str | None = None
    team_id: str | None = None
    site_id: str | None = None
    score: ScoreOut
    change: ChangeOut | None = None
    alerts: list[AlertOut] = Field(default_factory=list)


class TrajectoryPoint(BaseModel):
    assessment_id: str
    completed_at: datetime
    total: float | None
    band: str | None
    weeks_since_baseline: float | None


class TrajectoryOut(BaseModel):
    patient_id: str
    instrument_id: str
    points: list[TrajectoryPoint]
    change: ChangeOut | None = Field(description="Baseline to latest; null with fewer than 2.")


class InstrumentSummary(BaseModel):
    id: str = Field(examples=["phq9"])
    version: int
    name: str
    short_name: str
    subject: str
    population: str
    loinc_panel: str | None
    commercial_use_restricted: bool
    enabled: bool = Field(description="Usable by the caller's organisation.")


class InstrumentSettingIn(_In):
    enabled: bool = Field(description="Enable a restricted instrument after securing permission.")
    overrides: InstrumentOverrides | None = None


class InstrumentSettingOut(BaseModel):
    instrument_id: str
    enabled: bool
    overrides: dict[str, Any] | None
    updated_at: datetime

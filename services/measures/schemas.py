"""API models of the measures service (storage models live in ``models.py``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from services.measures.instrument_schema import ANSWER_MAX, ANSWER_MIN
from services.measures.overrides import InstrumentOverrides

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
PHQ9_EXAMPLE = {f"phq9_{n}": v for n, v in enumerate([2, 2, 2, 2, 1, 1, 2, 0, 0], 1)}
# An answer beyond every instrument's options (negative, or 2**63) is a 422; one inside the range
# that is not an option of its item (5 on PHQ-9) is scored as `out_of_range`, i.e. unanswered.
AnswerValue = Annotated[int, Field(ge=ANSWER_MIN, le=ANSWER_MAX)]
ANSWERS_RANGE = (
    f"Values outside {ANSWER_MIN}-{ANSWER_MAX} (no instrument's options go beyond it) are refused "
    "with 422; a value inside it that is not one of the item's options is reported in "
    "`invalid_items` and scored as unanswered (the missing-item policy)."
)

# The earliest completion accepted, and how far ahead of the server's clock a device's may run.
EARLIEST_COMPLETION = datetime(1900, 1, 1, tzinfo=UTC)
CLOCK_SKEW = timedelta(days=1)


def completed_in_window(moment: datetime) -> datetime:
    """``moment``, if a plausible completion time; ValueError otherwise. A placeholder date
    (0001-01-01, 9999-12-31) would become the patient's baseline or outlive every later
    assessment, and near the ends of the calendar it cannot even be converted to UTC."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if not EARLIEST_COMPLETION <= aware <= datetime.now(UTC) + CLOCK_SKEW:
        raise ValueError("must be between 1900-01-01 and now (a day of clock skew allowed)")
    return moment


CompletedAt = Annotated[datetime, AfterValidator(completed_in_window)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


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


class ScoreIn(_In):
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


class ScoreBatchIn(_In):
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


class AlertOut(BaseModel):
    """An alert for the patient's clinician: a critical item, or a patient not on track."""

    alert_id: str = Field(
        description="Alert id (what webhooks carry).",
        examples=["0b1d5c9e-3f7a-4c2e-9d41-5a6b7c8d9e0f"],
    )
    rule: Literal["critical_item", "not_on_track"] = Field(
        description="`critical_item`: a catalog critical rule fired, could not be ruled out, "
        "or safety questions were left unanswered; `not_on_track`: the patient is behind the "
        "expected course.",
        examples=["critical_item"],
    )
    rule_id: str = Field(
        description="The catalog rule; `critical_item_unanswered` when critical items were "
        "left unanswered (the rules they leave open are in `evidence.rules`); or "
        "`not_on_track`.",
        examples=["phq9_item9_positive"],
    )
    severity: str = Field(description="`urgent`, `high` or `info`.", examples=["urgent"])
    patient_id: str = Field(description="The patient (pseudonymous id).", examples=["p-7f3a"])
    assessment_id: str = Field(
        description="The assessment that raised it.", examples=["a-20260115-1"]
    )
    instrument_id: str = Field(description="The instrument of that assessment.", examples=["phq9"])
    clinician_id: str | None = Field(
        default=None, description="The assessment's clinician, if given.", examples=["c-12"]
    )
    team_id: str | None = Field(default=None, description="The assessment's team, if given.")
    site_id: str | None = Field(default=None, description="The assessment's site, if given.")
    evidence: dict[str, Any] = Field(
        description="Why it fired: rule, items or model and values; `missing_items` names the "
        "unanswered items when those raised it, `answer_conflicts` FHIR answers read the more "
        "severe way.",
        examples=[{"label": "Thoughts of death or self-harm endorsed (item 9)",
                   "action": "Same-day suicide risk assessment.", "items": {"phq9_9": 1},
                   "scoring_version": "phq9.v1"}],
    )  # fmt: skip
    raised_at: datetime = Field(description="When it was raised (UTC).")
    acknowledged_at: datetime | None = Field(
        default=None, description="When a clinician acknowledged it; null while open."
    )
    acknowledged_by: str | None = Field(
        default=None, description="Who acknowledged it (the token's `sub`)."
    )


class AssessmentIn(_In):
    assessment_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        pattern=ID_PATTERN,
        description="Caller's id; resending the same assessment under it changes nothing, "
        "another assessment under it is a 409. Generated when omitted.",
        examples=["a-20260115-1"],
    )
    patient_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="Pseudonymous patient id: required for a patient instrument, refused (422) "
        "for a staff instrument, whose answers are anonymous.",
        examples=["p-7f3a"],
    )
    instrument_id: str = Field(
        min_length=1, max_length=64, description="Catalog instrument id.", examples=["phq9"]
    )
    version: int | None = Field(
        default=None, ge=1, description="Catalog version; the latest when omitted.", examples=[1]
    )
    answers: dict[str, AnswerValue] = Field(
        max_length=200,
        description="Answer value per item id (values as in the item's answer options). "
        + ANSWERS_RANGE,
        examples=[PHQ9_EXAMPLE],
    )
    completed_at: CompletedAt = Field(
        description="When the instrument was completed, with a UTC offset. Orders the "
        "patient's series: the earliest scored one is the baseline. From 1900-01-01 to now "
        "(a device clock up to a day ahead is accepted); outside that, 422. A staff "
        "instrument's answer keeps only the start of its ISO week (midnight UTC on Monday), or "
        "the 1st of its month when that Monday is in the month before.",
        examples=["2026-01-15T10:30:00Z"],
    )
    completed_by: Literal["patient", "clinician", "proxy"] = Field(
        default="patient", description="Who filled it in.", examples=["patient"]
    )
    clinician_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="The treating clinician (pseudonymous id); alerts name them. Refused (422) "
        "for a staff instrument: nobody's id is kept with an anonymous answer.",
        examples=["c-12"],
    )
    team_id: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="The care team.",
        examples=["t-north"],
    )
    site_id: str | None = Field(
        default=None, min_length=1, max_length=64, description="The site.", examples=["s-main"]
    )
    population: Literal["male", "female"] | None = Field(
        default=None, description="Selects a population-specific cut-off (AUDIT-C)."
    )


class AssessmentOut(BaseModel):
    """A stored assessment: its score, the change since the patient's baseline, its alerts."""

    assessment_id: str = Field(
        description="The caller's id, or the generated one.", examples=["a-20260115-1"]
    )
    patient_id: str | None = Field(
        description="The patient; null for staff instruments (stored anonymously).",
        examples=["p-7f3a"],
    )
    instrument_id: str = Field(description="The instrument.", examples=["phq9"])
    completed_at: datetime = Field(
        description="When it was completed (UTC); for a staff instrument only the start of "
        "its week or month.",
        examples=["2026-01-15T10:30:00Z"],
    )
    completed_by: str = Field(
        description="`patient`, `clinician` or `proxy`.", examples=["patient"]
    )
    clinician_id: str | None = Field(
        default=None, description="The clinician, if given; always null for a staff instrument."
    )
    team_id: str | None = Field(default=None, description="The team, if given.")
    site_id: str | None = Field(default=None, description="The site, if given.")
    score: ScoreOut = Field(description="The score, computed from the answers.")
    change: ChangeOut | None = Field(
        default=None,
        description="Change since the patient's baseline; null for the baseline itself, an "
        "incomplete response or an instrument without a total.",
    )
    alerts: list[AlertOut] = Field(
        default_factory=list,
        description="Alerts this assessment raised when it was stored (empty on a resend).",
    )


class TrajectoryPoint(BaseModel):
    """One assessment in a patient's series."""

    assessment_id: str = Field(description="The assessment.", examples=["a-20260115-1"])
    completed_at: datetime = Field(description="When it was completed (UTC).")
    total: float | None = Field(description="Its total; null when incomplete.", examples=[14])
    band: str | None = Field(description="Severity band code of the total.", examples=["moderate"])
    weeks_since_baseline: float | None = Field(
        description="Weeks from the baseline; null for points without a total.", examples=[4.0]
    )


class TrajectoryOut(BaseModel):
    """A patient's series on one instrument, oldest first."""

    patient_id: str = Field(description="The patient.", examples=["p-7f3a"])
    instrument_id: str = Field(description="The instrument.", examples=["phq9"])
    points: list[TrajectoryPoint] = Field(description="Every assessment, by completion time.")
    change: ChangeOut | None = Field(description="Baseline to latest; null with fewer than 2.")


class InstrumentSummary(BaseModel):
    """A catalog instrument as a list shows it."""

    id: str = Field(description="Instrument id.", examples=["phq9"])
    version: int = Field(description="Latest catalog version.", examples=[1])
    name: str = Field(description="Full name.", examples=["Patient Health Questionnaire-9"])
    short_name: str = Field(description="Usual abbreviation.", examples=["PHQ-9"])
    subject: str = Field(description="`patient` or `clinician`.", examples=["patient"])
    population: str = Field(description="Who it is validated for.", examples=["adults"])
    loinc_panel: str | None = Field(
        description="LOINC code of the panel, if any.", examples=["44249-1"]
    )
    commercial_use_restricted: bool = Field(
        description="Its licence restricts commercial use: an organisation must enable it."
    )
    enabled: bool = Field(description="Usable by the caller's organisation.")


class InstrumentSettingIn(_In):
    """An organisation's choice for one instrument."""

    enabled: bool = Field(description="Enable a restricted instrument after securing permission.")
    overrides: InstrumentOverrides | None = Field(
        default=None, description="The org's own cut-offs and thresholds; null for none."
    )


class InstrumentSettingOut(BaseModel):
    """An organisation's stored choice for one instrument."""

    instrument_id: str = Field(description="The instrument.", examples=["phq9"])
    enabled: bool = Field(description="Enabled for the organisation.")
    overrides: dict[str, Any] | None = Field(
        description="The org's overrides as stored; null for none."
    )
    updated_at: datetime = Field(description="When the setting last changed (UTC).")

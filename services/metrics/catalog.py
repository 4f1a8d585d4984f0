"""The metric catalog: every metric defined once, as data.

A definition says what the metric counts (its numerator and denominator in words), what kind of
number it is (a proportion, a rate, or a continuous summary such as a median), which direction is
better, which control chart fits it, which fact it is computed from, and which filters apply.
The computation in :mod:`services.metrics.compute` and every tool built on it (charts, equity,
benchmarks, interventions, exports) read these definitions; nothing else names a metric.

``n`` (the count suppression looks at) is the number of distinct patients a value rests on;
for anonymous facts (feedback without a patient, the clinician well-being survey) it is the
number of respondents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from services.metrics.stats.series import ChartType, MetricKind

Level = Literal["clinician", "team", "site", "org", "collaborative"]
LEVELS: tuple[Level, ...] = ("clinician", "team", "site", "org", "collaborative")
Period = Literal["week", "month", "quarter"]
PERIODS: tuple[Period, ...] = ("week", "month", "quarter")
Filter = Literal["modality", "service_line", "instrument", "form"]
Domain = Literal["access", "engagement", "telehealth", "experience", "mbc", "workforce"]
Fact = Literal["referral", "encounter", "feedback", "assessment", "episode", "alert"]
EquityDimension = Literal[
    "race", "ethnicity", "sex", "gender", "age_band", "language", "payer", "rurality"
]
EQUITY_DIMENSIONS: tuple[EquityDimension, ...] = (
    "race",
    "ethnicity",
    "sex",
    "gender",
    "age_band",
    "language",
    "payer",
    "rurality",
)

#: The clinician well-being instrument of the measures catalog (``burnout1.v1.json``).
BURNOUT_INSTRUMENT = "burnout1"
#: Outcome window of the MBC outcome metrics.
OUTCOME_WEEKS = 12


@dataclass(frozen=True)
class MetricDefinition:
    """One metric. ``unit`` is what the value is measured in (``%``-like shares are 0..1)."""

    metric_id: str
    title: str
    domain: Domain
    description: str
    numerator: str
    denominator: str
    kind: MetricKind
    unit: str
    better: Literal["higher", "lower"]
    chart: Literal["auto", "xmr", "u"]
    """``auto`` lets the proportion rule choose p or Laney p' from the data."""
    fact: Fact
    filters: tuple[Filter, ...] = ()
    levels: tuple[Level, ...] = LEVELS
    required_filters: tuple[Filter, ...] = ()
    default_filters: tuple[tuple[Filter, str], ...] = ()
    anonymous: bool = False
    """Facts carry no patient: ``n`` counts respondents and no equity view exists."""

    @property
    def chart_types(self) -> tuple[ChartType, ...]:
        """The Shewhart charts this metric can be drawn on (a run chart always can)."""
        if self.chart == "auto":
            return ("p", "pp")
        return (self.chart,)


def _engagement(metric_id: str, title: str, numerator: str, better: Literal["higher", "lower"]):
    return MetricDefinition(
        metric_id=metric_id,
        title=title,
        domain="engagement",
        description=f"{title} among appointments whose outcome is known, by scheduled date.",
        numerator=numerator,
        denominator="Appointments scheduled in the period that were kept, missed (no-show) or "
        "cancelled by the patient; clinic cancellations, errors and still-booked ones are "
        "left out.",
        kind="proportion",
        unit="share",
        better=better,
        chart="auto",
        fact="encounter",
        filters=("modality", "service_line"),
    )


_MBC_EPISODES = (
    "Patients whose baseline on the instrument (their first scored assessment) fell in the "
    f"period and who have at least one follow-up within {OUTCOME_WEEKS} weeks"
)
_RELIABLE_CHANGE = (
    "Eligibility: every such patient, case or not, on an instrument with a reliable-change "
    "value (PHQ-9 6 points, NHS Talking Therapies; GAD-7 6, Bischoff 2020's Jacobson-Truax "
    "index, or 4 where the organisation uses the NHS Talking Therapies values); instruments "
    "without one have no value."
)


def _outcome(
    metric_id: str,
    title: str,
    numerator: str,
    better: Literal["higher", "lower"],
    *,
    definition: str,
    eligibility: str,
):
    return MetricDefinition(
        metric_id=metric_id,
        title=title,
        domain="mbc",
        description=f"{title} by {OUTCOME_WEEKS} weeks, judged by measures at the latest "
        f"follow-up at most {OUTCOME_WEEKS} weeks after baseline. {definition}",
        numerator=numerator,
        denominator=f"{_MBC_EPISODES}. {eligibility}",
        kind="proportion",
        unit="share",
        better=better,
        chart="auto",
        fact="episode",
        filters=("instrument",),
        default_filters=(("instrument", "phq9"),),
    )


DEFINITIONS: tuple[MetricDefinition, ...] = (
    MetricDefinition(
        metric_id="access-days-median",
        title="Days to first kept appointment (median)",
        domain="access",
        description="Median days from receiving a referral to its first kept appointment, "
        "for referrals received in the period that have been seen.",
        numerator="Median of the days from referral received to first kept appointment.",
        denominator="Referrals received in the period with a kept first appointment.",
        kind="continuous",
        unit="days",
        better="lower",
        chart="xmr",
        fact="referral",
        filters=("service_line",),
        levels=("site", "org", "collaborative"),
    ),
    MetricDefinition(
        metric_id="access-days-p90",
        title="Days to first kept appointment (90th percentile)",
        domain="access",
        description="90th percentile of the days from referral to first kept appointment: the "
        "wait of the patients who wait longest.",
        numerator="90th percentile (PostgreSQL percentile_cont) of the days to first kept visit.",
        denominator="Referrals received in the period with a kept first appointment.",
        kind="continuous",
        unit="days",
        better="lower",
        chart="xmr",
        fact="referral",
        filters=("service_line",),
        levels=("site", "org", "collaborative"),
    ),
    _engagement("kept-rate", "Kept appointments", "Appointments kept (fulfilled).", "higher"),
    _engagement("no-show-rate", "No-shows", "Appointments missed without notice.", "lower"),
    _engagement(
        "late-cancellation-rate",
        "Late cancellations",
        "Patient cancellations made with less notice than the org's late-cancellation window.",
        "lower",
    ),
    MetricDefinition(
        metric_id="telehealth-problem-rate",
        title="Telehealth sessions with a technical problem",
        domain="telehealth",
        description="Share of kept video and phone sessions on which any technical problem was "
        "reported (audio, video, connection, login, platform, minutes lost, a dropped call).",
        numerator="Kept video/phone sessions with a technical problem.",
        denominator="Kept video/phone sessions.",
        kind="proportion",
        unit="share",
        better="lower",
        chart="auto",
        fact="encounter",
        filters=("modality", "service_line"),
    ),
    MetricDefinition(
        metric_id="telehealth-minutes-lost",
        title="Minutes lost to technical problems per telehealth session",
        domain="telehealth",
        description="Minutes of session time lost to technical problems, per kept video or "
        "phone session.",
        numerator="Minutes lost, summed over kept video/phone sessions.",
        denominator="Kept video/phone sessions.",
        kind="rate",
        unit="minutes per session",
        better="lower",
        chart="u",
        fact="encounter",
        filters=("modality", "service_line"),
    ),
    MetricDefinition(
        metric_id="switched-to-phone-rate",
        title="Video sessions switched to phone",
        domain="telehealth",
        description="Share of kept video sessions that had to finish by phone.",
        numerator="Kept video sessions switched to phone.",
        denominator="Kept video sessions.",
        kind="proportion",
        unit="share",
        better="lower",
        chart="auto",
        fact="encounter",
        filters=("service_line",),
    ),
    MetricDefinition(
        metric_id="feedback-mean",
        title="Consumer feedback: mean score",
        domain="experience",
        description="Mean of the submissions' mean item scores on one feedback form.",
        numerator="Sum of the submissions' mean scores.",
        denominator="Feedback submissions on the form in the period.",
        kind="continuous",
        unit="score",
        better="higher",
        chart="xmr",
        fact="feedback",
        filters=("form", "modality"),
        required_filters=("form",),
    ),
    MetricDefinition(
        metric_id="feedback-top-box",
        title="Consumer feedback: top-box share",
        domain="experience",
        description="Share of scored answers on one feedback form that gave the best option.",
        numerator="Scored answers in the top box.",
        denominator="Scored answers on the form in the period.",
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="feedback",
        filters=("form", "modality"),
        required_filters=("form",),
    ),
    MetricDefinition(
        metric_id="mbc-assessed-before-session",
        title="Kept sessions with a recent assessment",
        domain="mbc",
        description="Share of kept sessions whose patient completed any instrument in the 7 "
        "days before (the measurement in measurement-based care).",
        numerator="Kept sessions with an assessment in the 7 days before the session.",
        denominator="Kept sessions.",
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="encounter",
        filters=("modality", "service_line"),
    ),
    _outcome(
        "mbc-reliable-improvement",
        "Reliable improvement",
        "Patients whose outcome is at least the reliable-change value better than baseline.",
        "higher",
        definition="Reliable change after Jacobson & Truax (1991): a change larger than "
        "measurement error, at least the instrument's reliable-change value in points.",
        eligibility=_RELIABLE_CHANGE,
    ),
    _outcome(
        "mbc-recovery",
        "Recovery (reliable and clinically significant improvement)",
        "Patients whose outcome is a reliable improvement that ends below the caseness cut-off.",
        "higher",
        definition="Jacobson & Truax's (1991) 'recovered': reliable improvement and a move from "
        "the clinical to the non-clinical side of the caseness cut-off; NHS Talking Therapies' "
        "'reliable recovery' is the same construct on the PHQ-9 and GAD-7 together.",
        eligibility="Eligibility: only patients who were cases at baseline, at or above the "
        "instrument's caseness cut-off as the organisation's settings have it (PHQ-9 10; GAD-7 "
        "10 after Spitzer 2006, or 8 with the NHS Talking Therapies values), on an instrument "
        "with a reliable-change value; anyone else is out of numerator and denominator.",
    ),
    _outcome(
        "mbc-remission",
        "Remission",
        "Patients whose outcome is below the instrument's remission threshold (PHQ-9 under 5).",
        "higher",
        definition="Remission as CMS159 'Depression Remission at Twelve Months' and NCQA HEDIS "
        "DRR-E define it for the PHQ-9 (a score under 5), over a 12-week window instead of "
        "the measures' own follow-up periods (12 months for CMS159); other instruments use "
        "their catalog rule (GAD-7 under 5, by analogy).",
        eligibility="Eligibility: only patients who were cases at baseline, at or above the "
        "instrument's caseness cut-off as the organisation's settings have it; for the PHQ-9 "
        "also at least 10 whatever the settings (the index PHQ-9 > 9 of CMS159 and DRR-E). "
        "Anyone else is out of numerator and denominator.",
    ),
    _outcome(
        "mbc-response",
        "Response",
        "Patients whose outcome is at least the instrument's response reduction below baseline "
        "(PHQ-9: 50 %).",
        "higher",
        definition="Response as NCQA HEDIS DRR-E defines it for the PHQ-9 (a score at least 50 % "
        "lower than the index score), over a 12-week window instead of the measure's own "
        "follow-up period; the GAD-7 uses the same rule by analogy.",
        eligibility="Eligibility: only patients who were cases at baseline, at or above the "
        "instrument's caseness cut-off as the organisation's settings have it; for the PHQ-9 "
        "also at least 10 whatever the settings (DRR-E's index PHQ-9 > 9). Anyone else is out "
        "of numerator and denominator.",
    ),
    _outcome(
        "mbc-reliable-deterioration",
        "Reliable deterioration",
        "Patients whose outcome is at least the reliable-change value worse than baseline.",
        "lower",
        definition="Reliable change after Jacobson & Truax (1991), in the worsening direction.",
        eligibility=_RELIABLE_CHANGE,
    ),
    MetricDefinition(
        metric_id="critical-alert-hours-to-acknowledge",
        title="Hours from critical-item alert to acknowledgement (median)",
        domain="mbc",
        description="Median hours between a critical-item alert (PHQ-9 item 9, a positive "
        "C-SSRS screen) being raised and a clinician acknowledging it, for alerts raised in "
        "the period; alerts not yet acknowledged are counted in the denominator only.",
        numerator="Median hours to acknowledgement of acknowledged critical-item alerts.",
        denominator="Critical-item alerts raised in the period.",
        kind="continuous",
        unit="hours",
        better="lower",
        chart="xmr",
        fact="alert",
        filters=("instrument",),
    ),
    MetricDefinition(
        metric_id="burnout-prevalence",
        title="Clinician burnout prevalence",
        domain="workforce",
        description="Share of clinician well-being survey responses at or above the burnout "
        "cut-off, from the anonymous survey (no patient, no clinician identity).",
        numerator="Responses at or above the instrument's burnout cut-off.",
        denominator="Clinician well-being responses in the period.",
        kind="proportion",
        unit="share",
        better="lower",
        chart="auto",
        fact="assessment",
        levels=("team", "site", "org", "collaborative"),
        anonymous=True,
    ),
)

CATALOG: dict[str, MetricDefinition] = {d.metric_id: d for d in DEFINITIONS}

"""Every metric of the catalog, defined once, as data."""

from __future__ import annotations

from services.metrics.catalog.access import ACCESS_DEFINITIONS
from services.metrics.catalog.definition import (
    RELIABLE_CHANGE,
    MetricDefinition,
    engagement_metric,
    outcome_metric,
)
from services.metrics.catalog.feedback import FEEDBACK_DEFINITIONS
from services.metrics.catalog.fidelity import FIDELITY_DEFINITIONS
from services.metrics.catalog.safety import ALERT_EXCLUSIONS, SAFETY_DEFINITIONS, WITHIN_24H
from services.metrics.catalog.workforce import WORKFORCE_DEFINITIONS

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
    engagement_metric("kept-rate", "Kept appointments", "Appointments kept (fulfilled).", "higher"),
    engagement_metric("no-show-rate", "No-shows", "Appointments missed without notice.", "lower"),
    engagement_metric(
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
    outcome_metric(
        "mbc-reliable-improvement",
        "Reliable improvement",
        "Patients whose outcome is at least the reliable-change value better than baseline.",
        "higher",
        definition="Reliable change after Jacobson & Truax (1991): a change larger than "
        "measurement error, at least the instrument's reliable-change value in points.",
        eligibility=RELIABLE_CHANGE,
    ),
    outcome_metric(
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
    outcome_metric(
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
    outcome_metric(
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
    outcome_metric(
        "mbc-reliable-deterioration",
        "Reliable deterioration",
        "Patients whose outcome is at least the reliable-change value worse than baseline.",
        "lower",
        definition="Reliable change after Jacobson & Truax (1991), in the worsening direction.",
        eligibility=RELIABLE_CHANGE,
    ),
    MetricDefinition(
        metric_id="critical-alert-hours-to-acknowledge",
        title="Hours from critical-item alert to acknowledgement (median)",
        domain="safety",
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
        exclusions=ALERT_EXCLUSIONS + " n counts the patients of acknowledged alerts.",
        source=WITHIN_24H,
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
    *FEEDBACK_DEFINITIONS,
    *SAFETY_DEFINITIONS,
    *FIDELITY_DEFINITIONS,
    *WORKFORCE_DEFINITIONS,
    *ACCESS_DEFINITIONS,
)

CATALOG: dict[str, MetricDefinition] = {d.metric_id: d for d in DEFINITIONS}

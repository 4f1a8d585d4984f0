"""The safety loop's metrics: what became of critical-item alerts, and safety events.

Every critical-item rule in the measures catalog is a suicide or self-harm item (PHQ-9 item 9,
the C-SSRS screener), so a critical-item alert is a positive suicide-risk screen. Alert metrics
count every critical-item alert raised in the period (by the local date it was raised);
``not_on_track`` alerts are out. Safety-event metrics count the events that occurred in the
period (by their local date) and leave out every event entered in error; their ``n`` is the
number of events, so small counts of events are suppressed exactly as small counts of patients.
"""

from __future__ import annotations

from typing import Literal

from services.metrics.catalog.definition import MetricDefinition
from shared.events import HarmLevel

ALERTS = "Critical-item alerts (a positive suicide-risk screen) raised in the period."
ALERT_EXCLUSIONS = (
    "Not-on-track alerts. An alert still open counts in the denominator as not (yet) done, so "
    "the latest period's value can still change as its alerts are handled."
)
#: Why 24 hours: the sources set no hour count, so the window is the loop's own.
WITHIN_24H = (
    "The Joint Commission's NPSG 15.01.01 (Reduce the risk for suicide; R3 Report 18, in force "
    "from July 2019) requires patients who screen positive to be assessed, their risk "
    "addressed and followed up under written procedures, and the Zero Suicide framework "
    "(Identify, Engage) asks the same promptly; neither sets an hour count: 24 hours is the "
    "safety loop's own window, the same one measures' escalation policy works to."
)
EVENTS = "Safety events (incidents and near misses) that occurred in the period."
EVENT_EXCLUSIONS = "Events entered in error (review status entered-in-error)."
HARM_SCALE = (
    "AHRQ Common Formats Harm Scale v1.2 (death, severe, moderate, mild, no harm, unknown)."
)

HARM_TITLES: dict[HarmLevel, str] = {
    "death": "death",
    "severe": "severe harm",
    "moderate": "moderate harm",
    "mild": "mild harm",
    "none": "no harm",
    "unknown": "harm unknown",
}


def alert_share(
    metric_id: str, title: str, description: str, numerator: str, source: str, *,
    better: Literal["higher", "lower"] = "higher",
) -> MetricDefinition:  # fmt: skip
    """A share of the critical-item alerts raised in the period."""
    return MetricDefinition(
        metric_id=metric_id,
        title=title,
        domain="safety",
        description=description,
        numerator=numerator,
        denominator=ALERTS,
        kind="proportion",
        unit="share",
        better=better,
        chart="auto",
        fact="alert",
        filters=("instrument",),
        exclusions=ALERT_EXCLUSIONS,
        source=source,
    )


def harm_share(level: HarmLevel) -> MetricDefinition:
    """The share of safety events at one level of the harm scale."""
    title = HARM_TITLES[level]
    return MetricDefinition(
        metric_id=f"safety-event-harm-{level}",
        title=f"Safety events by harm: {title}",
        domain="safety",
        description=f"Share of safety events whose harm was assessed as {title} on the AHRQ "
        "harm scale (one metric per level; together they sum to 1).",
        numerator=f"Safety events with harm level {level!r}.",
        denominator=EVENTS,
        kind="proportion",
        unit="share",
        better="higher" if level == "none" else "lower",
        chart="auto",
        fact="safety_event",
        levels=("team", "site", "org", "collaborative"),
        anonymous=True,
        exclusions=EVENT_EXCLUSIONS,
        source=HARM_SCALE,
    )


SAFETY_DEFINITIONS: tuple[MetricDefinition, ...] = (
    alert_share(
        "critical-alert-acknowledged-24h",
        "Critical-item alerts acknowledged within 24 hours",
        "Share of critical-item alerts (positive suicide-risk screens) that a clinician "
        "acknowledged within 24 hours of the alert being raised.",
        "Critical-item alerts acknowledged at most 24 hours after they were raised.",
        WITHIN_24H,
    ),
    alert_share(
        "critical-alert-actioned-24h",
        "Critical-item alerts actioned within 24 hours",
        "Share of critical-item alerts on which a first coded action (risk assessment, safety "
        "plan, contact, referral, emergency services, or reviewed: no action needed) was "
        "performed within 24 hours of the alert being raised.",
        "Critical-item alerts whose first action was performed (as the clinician reports the "
        "time) at most 24 hours after the raise.",
        WITHIN_24H,
    ),
    MetricDefinition(
        metric_id="critical-alert-hours-to-first-action",
        title="Hours from critical-item alert to first action (median)",
        domain="safety",
        description="Median hours between a critical-item alert being raised and the first "
        "coded action on it (the time the clinician reports it was performed), for alerts "
        "raised in the period; alerts without an action yet are in the denominator only.",
        numerator="Median hours to the first action of the actioned critical-item alerts.",
        denominator=ALERTS,
        kind="continuous",
        unit="hours",
        better="lower",
        chart="xmr",
        fact="alert",
        filters=("instrument",),
        exclusions=ALERT_EXCLUSIONS + " n counts the patients of actioned alerts.",
        source=WITHIN_24H,
    ),
    alert_share(
        "critical-alert-escalated",
        "Critical-item alerts escalated",
        "Share of critical-item alerts escalated because a deadline of the organisation's "
        "escalation policy (acknowledge, or act) passed unmet.",
        "Critical-item alerts with at least one escalation (either deadline).",
        "The escalation policy enacts NPSG 15.01.01's written procedures for patients at risk "
        "(see the 24-hour metrics); an escalation is a process failure, hence lower is better.",
        better="lower",
    ),
    alert_share(
        "critical-alert-safety-plan",
        "Safety plan recorded after a positive suicide-risk screen",
        "Share of critical-item alerts (positive suicide-risk screens) with a safety plan made "
        "or updated among their recorded actions.",
        "Critical-item alerts with a safety-plan-made or safety-plan-updated action.",
        "Stanley & Brown's Safety Planning Intervention (Cogn Behav Pract 2012;19:256-264); "
        "the Zero Suicide framework (Engage) and NPSG 15.01.01's risk-mitigation element ask "
        "for a safety plan for every patient who screens at risk. No time limit applies.",
    ),
    alert_share(
        "critical-alert-follow-up-7d",
        "Follow-up within 7 days of a positive suicide-risk screen",
        "Share of critical-item alerts whose patient kept (attended) a session that started "
        "after the alert was raised and at most 7 days later.",
        "Critical-item alerts followed by a kept session of the same patient within 7 days "
        "(a session in progress when the alert was raised does not count).",
        "The 7-day window of NCQA HEDIS's follow-up measures, FUH (after a hospitalization for "
        "mental illness or intentional self-harm) and FUM (after an emergency-department visit "
        "for mental illness or intentional self-harm), applied here to a positive screen: no "
        "published measure sets a window after a screen itself, and NPSG 15.01.01 and Zero "
        "Suicide require follow-up without fixing its timing. Unlike FUH/FUM, which do not "
        "count a visit on the day of discharge, a session later on the day of the alert "
        "counts, and any kept session counts (the sessions carry no diagnosis).",
    ),
    MetricDefinition(
        metric_id="safety-event-reporting-rate",
        title="Safety events reported per 1,000 kept sessions",
        domain="safety",
        description="Safety events (incidents and near misses) that occurred in the period, "
        "per 1,000 sessions kept in the period: how much is reported, relative to activity. "
        "More reporting signals a stronger reporting culture, not less safe care.",
        numerator=EVENTS,
        denominator="Kept (fulfilled) sessions scheduled in the period, from the encounter "
        "facts; the value is per 1,000 of them.",
        kind="rate",
        unit="events per 1,000 kept sessions",
        better="higher",
        chart="u",
        fact="safety_event",
        levels=("team", "site", "org", "collaborative"),
        anonymous=True,
        per=1000,
        exclusions=EVENT_EXCLUSIONS + " Sessions not kept (no-shows, cancellations, errors).",
        source="Incident reporting rates per unit of activity as the NHS National Reporting "
        "and Learning System publishes them (per 1,000 bed days, where higher reporting marks "
        "a better safety culture), per 1,000 outpatient sessions here; events classified with "
        "the AHRQ Common Formats.",
    ),
    MetricDefinition(
        metric_id="safety-event-near-miss-share",
        title="Near misses among safety events",
        domain="safety",
        description="Share of safety events that were near misses (caught before reaching the "
        "patient): a reporting culture that catches near misses learns before harm.",
        numerator="Safety events of kind near-miss.",
        denominator=EVENTS,
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="safety_event",
        levels=("team", "site", "org", "collaborative"),
        anonymous=True,
        exclusions=EVENT_EXCLUSIONS,
        source="AHRQ Common Formats: a near miss is an event that did not reach the patient.",
    ),
    MetricDefinition(
        metric_id="safety-event-hours-to-review",
        title="Hours from safety event report to review (median)",
        domain="safety",
        description="Median hours between a safety event being reported and its review, for "
        "events that occurred in the period; events not yet reviewed are in the denominator "
        "only.",
        numerator="Median hours from report to review of the reviewed safety events.",
        denominator=EVENTS,
        kind="continuous",
        unit="hours",
        better="lower",
        chart="xmr",
        fact="safety_event",
        levels=("team", "site", "org", "collaborative"),
        anonymous=True,
        exclusions=EVENT_EXCLUSIONS + " n counts the reviewed events.",
        source="The review step of incident management (AHRQ Common Formats; the NHS Patient "
        "Safety Incident Response Framework); neither sets a time, so the median is tracked.",
    ),
    *(harm_share(level) for level in HARM_TITLES),
)

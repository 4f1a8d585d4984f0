"""Measurement fidelity and courses of care, per episode of care (issue #17): who dropped out,
whose course has the paired scores an outcome needs, whose course was finished and how long it
lasted; and whether measurement happens (a baseline in time, assessments per kept session:
:mod:`services.metrics.compute.facts.measurement_fidelity` says how they are counted).

The shares and the length count the finished episodes of intake's episodes of care
(``fact_care_episodes``, FHIR EpisodeOfCare status ``finished``) in the period they closed;
cancelled episodes (closed before care began) and entries in error are out. Units are the
episode's own: its lead clinician, team and site. Assessments and sessions belong to an
episode when their events name it (measures' gap-rule episodes are not intake's and count for
none). ``n`` is the number of distinct patients of the episodes; a redacted (Part 2) episode is
one patient of its own.
"""

from __future__ import annotations

from services.metrics.catalog.definition import MetricDefinition

LAPSE_DAYS = 60
"""Days without a kept session after which an open episode counts as dropped out."""

CLOSED = "Episodes of care finished (closed) in the period, by the day they closed."
CLOSED_EXCLUSIONS = (
    "Episodes still open, cancelled before care began (status cancelled), or entered in error."
)
TALKING_THERAPIES = (
    "NHS England, NHS Talking Therapies for anxiety and depression Manual (v7, 2024) and its "
    "monthly KPIs (NHS Digital, NHS Talking Therapies Monthly Statistics)"
)

FIDELITY_DEFINITIONS: tuple[MetricDefinition, ...] = (
    MetricDefinition(
        metric_id="episode-dropout-rate",
        title="Episodes ended by dropping out",
        domain="engagement",
        description="Share of the episodes of care that ended in the period that ended by "
        "the patient dropping out: closed with discharge reason dropped-out, or left open "
        f"with no kept session for {LAPSE_DAYS} days.",
        numerator="Episodes that ended in the period by dropping out: finished ones closed "
        "with discharge reason dropped-out, and lapsed ones (below).",
        denominator="Episodes of care that ended in the period: finished ones by the day they "
        f"closed; an episode whose last kept session is {LAPSE_DAYS} days behind while it is "
        f"still open (not finished by then) ends as dropped out on that {LAPSE_DAYS}th day, "
        "once the day has come, whatever its status or discharge reason later.",
        kind="proportion",
        unit="share",
        better="lower",
        chart="auto",
        fact="care_episode",
        filters=("service_line",),
        exclusions="Episodes cancelled before care began or entered in error; open episodes "
        "without any kept session (a waiting list is not a dropout: see waiting-over-6-weeks); "
        f"open episodes whose {LAPSE_DAYS}th silent day is still to come. An episode is "
        "counted once, when it first ended: a lapsed episode closed later is not counted "
        "again, and a new kept session after the lapse moves its last session (the rule "
        "reads the latest kept session as it stands).",
        source=f"Issue #17's definition (closed as dropped out, or no kept session for "
        f"{LAPSE_DAYS} days): an EHR often leaves a lost patient's episode open, so the "
        "discharge reason alone undercounts dropout; the 60 days are this project's choice, "
        f"not a published standard. Compare {TALKING_THERAPIES}: the share of referrals whose "
        "treatment ended without agreement (ending code 'dropped out / unscheduled "
        "discontinuation'); here every ended episode is in the denominator, whatever its "
        "number of sessions.",
    ),
    MetricDefinition(
        metric_id="paired-score-completeness",
        title="Finished episodes with paired scores",
        domain="mbc",
        description="Share of the episodes of care finished in the period that have a baseline "
        "and at least one follow-up score: two or more scored assessments in the episode, so "
        "that its outcome can be judged.",
        numerator="Finished episodes closed in the period with two or more scored assessments "
        "(any instrument) that name the episode.",
        denominator=CLOSED,
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="care_episode",
        filters=("service_line",),
        exclusions=CLOSED_EXCLUSIONS + " Assessments without a score (incomplete) do not "
        "count; nor do the clinician well-being survey's.",
        source=f"{TALKING_THERAPIES}: 'paired scores', the share of finished courses of "
        "treatment with a first and a last score on the PHQ-9 and anxiety measure (the "
        "programme expects at least 90 %). Here the denominator is every finished episode "
        "(NHS Talking Therapies counts courses with two or more treatment sessions) and any "
        "two scored assessments of the episode pair.",
    ),
    MetricDefinition(
        metric_id="finished-course-rate",
        title="Finished episodes that were a course of treatment",
        domain="engagement",
        description="Share of the episodes of care finished in the period in which the patient "
        "kept two or more sessions: a course of treatment rather than an assessment only.",
        numerator="Finished episodes closed in the period with two or more kept (fulfilled) "
        "sessions that name the episode.",
        denominator=CLOSED,
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="care_episode",
        filters=("service_line",),
        exclusions=CLOSED_EXCLUSIONS + " Sessions not kept (no-shows, cancellations, errors).",
        source=f"{TALKING_THERAPIES}: a 'finished course of treatment' is a referral that "
        "ended having had at least two treatment sessions; sessions here are any kept sessions "
        "of the episode (the encounters carry no session type).",
    ),
    MetricDefinition(
        metric_id="episode-length-median",
        title="Length of finished episodes (median days)",
        domain="engagement",
        description="Median days from opening to closing of the episodes of care finished in "
        "the period: how long a course of care lasts.",
        numerator="Median of the days from the day an episode opened to the day it closed.",
        denominator=CLOSED,
        kind="continuous",
        unit="days",
        better="lower",
        chart="xmr",
        fact="care_episode",
        filters=("service_line",),
        exclusions=CLOSED_EXCLUSIONS,
        source="Episode duration as NHS England's Mental Health Services Data Set derives it "
        "for a referral or care spell (start to end date); shorter is 'better' only in the "
        "sense of access and flow, read it beside the outcome and dropout metrics.",
    ),
    MetricDefinition(
        metric_id="baseline-coverage",
        title="Episodes with a baseline measure",
        domain="mbc",
        description="Share of the episodes of care opened in the period, with at least one "
        "kept session, that have a scored assessment completed no later than the day of their "
        "second kept session: a baseline taken in time. A plan-free window of two sessions, "
        "the same for every service line (an organisation's measurement plans may set another "
        "for its due list).",
        numerator="Episodes opened in the period with a scored assessment naming the episode, "
        "completed no later than the (local) day of its second kept session, or at any time "
        "while it has fewer than two.",
        denominator="Episodes of care opened in the period with at least one kept (fulfilled) "
        "session naming the episode, by the day they opened.",
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="care_episode",
        filters=("service_line",),
        exclusions="Episodes entered in error, and episodes without a kept session yet (no "
        "baseline was due). Recent periods can still change: an episode enters the "
        "denominator at its first kept session and its baseline may follow at its second. "
        "Assessments without a score, and the clinician well-being survey's, do not count.",
        source="Baseline measurement at the start of treatment, as measurement-based care "
        "defines it (Lewis et al., JAMA Psychiatry 2019;76(3):324-335) and as NHS Talking "
        "Therapies expects a first score at the assessment or first treatment session; the "
        "window of two kept sessions is this catalog's own.",
    ),
    MetricDefinition(
        metric_id="assessments-per-kept-session",
        title="Scored assessments per kept session",
        domain="mbc",
        description="Scored assessments completed in the period per session kept in the "
        "period: how often measurement happens relative to care given (session-by-session "
        "measurement would be 1).",
        numerator="Scored assessments completed in the period (any instrument with a patient).",
        denominator="Kept (fulfilled) sessions scheduled in the period.",
        kind="rate",
        unit="assessments per kept session",
        better="higher",
        chart="u",
        fact="assessment",
        exclusions="Assessments without a score and the clinician well-being survey's; sessions "
        "not kept. Each is counted by its own day; units are those of the episode the "
        "assessment or session names (its lead clinician, team, site), else its own.",
        source="Routine outcome monitoring at every session, as measurement-based care "
        "recommends (Lewis et al., JAMA Psychiatry 2019;76(3):324-335; NHS Talking Therapies "
        "asks for a score at each session).",
    ),
    MetricDefinition(
        metric_id="on-schedule-rate",
        title="Measurements taken on schedule",
        domain="mbc",
        description="Share of the measurements the organisation's measurement plans made due "
        "that were taken in time: each episode's baseline within the plan's first N kept "
        "sessions (plus grace), and each follow-up by the K-th kept session or D days after "
        "the previous measurement (plus grace), by the rule of the due list.",
        numerator="Due measurements taken in time: the assessment of the plan's instrument "
        "was taken before the day of the kept session at which the due list calls it overdue "
        "(taking it at that session's check-in is late) and, for a follow-up, no earlier than "
        "the day it fell due; counted on the assessment's day.",
        denominator="Due measurements resolved in the period: taken in time (on the "
        "assessment's day) or missed (on the day of the kept session at which the due list "
        "first calls them overdue), for each episode of care and each active plan that applies "
        "to its service line.",
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="care_episode",
        filters=("service_line", "instrument"),
        exclusions="Measurements still pending (neither taken nor overdue yet); assessments "
        "taken before a follow-up fell due (they restart the schedule, as on the due list, and "
        "count for nothing); episodes cancelled or entered in error; assessments without a "
        "score. A missed measurement is counted once; the late assessment that follows it "
        "starts the next follow-up. The plans are read as they are now: changing a plan "
        "changes past periods too.",
        source="Measurement at the intervals a measurement-based care protocol sets, as Lewis "
        "et al. (JAMA Psychiatry 2019;76(3):324-335) define fidelity to measurement-based care "
        "(measures administered as scheduled); the schedule and its grace are each "
        "organisation's own plans (PUT /v1/measurement-plans/{plan_id}), evaluated by the "
        "same rule as GET /v1/due-measurements.",
    ),
)

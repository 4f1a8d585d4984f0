"""Workforce and staff-voice metrics, as data: the anonymous staff survey (Mini-Z 2.0,
psychological safety, response rate) and the workforce records (turnover, vacancy, caseload per
clinical FTE, team stability).

Survey metrics are ``anonymous``: their ``n`` counts responses, they exist from the team level
up, have no equity view, and go through the same suppression and rounding as every metric (the
staff floor is the suppression threshold, counted in respondents). They are dated by their
campaign's close date. The workforce metrics are stocks measured at month ends
(``calendar_months``), so they are published by month and quarter, not by week; their ``n`` is
the number of distinct staff members (or patients, for caseload) a value rests on.

The instruments, scales and flags below are the measures catalog's ids the
``staff-survey.closed`` responses carry their scores and flags under.
"""

from __future__ import annotations

from services.metrics.catalog.definition import Level, MetricDefinition, Period

#: The measures catalog's instrument ids (``services/measures/catalog/*.json``), under which
#: a ``staff-survey.closed`` response carries its ``scores``, ``flags`` and ``answers``.
#: Mini Z 2.0 (Linzer, Hennepin Healthcare; JAMA Netw Open 2020;3:e2018758): 10 items, higher
#: is better; the "joy in medicine" ``total`` 10-50 and two 5-item subscales 5-25.
MINI_Z = "miniz2"
#: Team psychological safety (Edmondson 1999, Adm Sci Q 44:350): 7 items on 1-7, the ``total``
#: is their mean.
PSYCH_SAFETY = "psysafety7"
#: Intent to leave the current practice within two years (Sinsky et al., Mayo Clin Proc
#: 2017;92:1625): one item 1-5, ``intends_to_leave`` at 3 (moderate) or more.
INTENT_TO_LEAVE = "intent_leave1"

#: Fact column -> (instrument, scale) of the response's ``scores`` (null: too few items).
SCORE_COLUMNS: dict[str, tuple[str, str]] = {
    "joy": (MINI_Z, "total"),
    "supportive_environment": (MINI_Z, "supportive_work_environment"),
    "work_pace": (MINI_Z, "work_pace_ehr_stress"),
    "psych_safety": (PSYCH_SAFETY, "total"),
}
#: Fact column -> (instrument, flag of the response's ``flags``, the item the flag's rule
#: reads). A flag list only says which cut-offs hold, so "not flagged" is a verdict only for a
#: response that answered the item: the others have no verdict (null), and leave the share's
#: denominator.
FLAG_COLUMNS: dict[str, tuple[str, str, str]] = {
    "burnout": (MINI_Z, "burnout", "miniz2_3"),
    "ehr_after_hours": (MINI_Z, "high_home_ehr", "miniz2_9"),
    "intent_to_leave": (INTENT_TO_LEAVE, "intends_to_leave", "intent_leave1_1"),
}

SURVEY_LEVELS: tuple[Level, ...] = ("team", "site", "org", "collaborative")
STOCK_PERIODS: tuple[Period, ...] = ("month", "quarter")
CLINICAL_ROLES = (
    "psychiatrist",
    "psychologist",
    "nurse",
    "social-worker",
    "counselor",
    "peer-specialist",
    "care-coordinator",
)

MINI_Z_SOURCE = (
    "Mini-Z 2.0, Linzer M et al., JAMA Netw Open 2020;3:e2018758 (Hennepin Healthcare "
    "Institute for Professional Worklife; commercial use needs their permission)."
)
RESPONSES = "Responses of campaigns closed in the period"
ANONYMOUS = (
    "Anonymous: n counts responses, reported from the team level up, suppressed below the "
    "suppression threshold (the staff floor) like every count."
)
MONTH_ENDS = (
    "Measured at each month end in the period (a month counts once it has ended); a quarter "
    "pools its three month ends."
)


def _share(metric_id: str, title: str, numerator: str, source: str) -> MetricDefinition:
    return MetricDefinition(
        metric_id=metric_id,
        title=title,
        domain="workforce",
        description=f"{title}, from the anonymous staff survey, by campaign close date. "
        + ANONYMOUS,
        numerator=numerator,
        denominator=f"{RESPONSES} that answered the item the flag reads.",
        kind="proportion",
        unit="share",
        better="lower",
        chart="auto",
        fact="survey_response",
        filters=("role",),
        levels=SURVEY_LEVELS,
        anonymous=True,
        source=source,
    )


def _mean(metric_id: str, title: str, scale: str, source: str) -> MetricDefinition:
    return MetricDefinition(
        metric_id=metric_id,
        title=title,
        domain="workforce",
        description=f"Mean {scale} of the anonymous staff survey's responses, by campaign "
        "close date. " + ANONYMOUS,
        numerator=f"Sum of the responses' {scale}.",
        denominator=f"{RESPONSES} with a {scale}.",
        kind="continuous",
        unit="score",
        better="higher",
        chart="xmr",
        fact="survey_response",
        filters=("role",),
        levels=SURVEY_LEVELS,
        anonymous=True,
        source=source,
    )


SURVEY_DEFINITIONS: tuple[MetricDefinition, ...] = (
    _share(
        "miniz-burnout-prevalence",
        "Staff burnout prevalence (Mini-Z)",
        "Responses at the Mini-Z burnout cut-off (the burnout item at 'definitely burning "
        "out' or worse, the `burnout` flag measures sets).",
        MINI_Z_SOURCE + " Burnout = the single burnout item's option 3 or worse.",
    ),
    _mean(
        "miniz-joy-mean",
        "Joy in work (Mini-Z total)",
        "Mini-Z joy score (10-50)",
        MINI_Z_SOURCE + " 40 or more is often read as a joyful workplace.",
    ),
    _mean(
        "miniz-supportive-environment-mean",
        "Supportive work environment (Mini-Z)",
        "Mini-Z supportive work environment subscale (5-25)",
        MINI_Z_SOURCE + " 20 or more is often read as favourable.",
    ),
    _mean(
        "miniz-work-pace-mean",
        "Work pace and EHR stress (Mini-Z)",
        "Mini-Z work pace and EHR stress subscale (5-25)",
        MINI_Z_SOURCE + " 20 or more is often read as favourable.",
    ),
    _mean(
        "psychological-safety-mean",
        "Team psychological safety",
        "team psychological safety score (1-7)",
        "Edmondson A. Psychological safety and learning behavior in work teams. Adm Sci Q "
        "1999;44:350-383 (7 items, 1-7, scored as their mean).",
    ),
    _share(
        "ehr-after-hours-share",
        "EHR after-hours burden",
        "Responses reporting moderately high or excessive time on the EHR at home (the "
        "`high_home_ehr` flag measures sets, Mini Z item 9 at option 1 or 2).",
        MINI_Z_SOURCE + " The Mini-Z item on EMR time at home.",
    ),
    _share(
        "intent-to-leave-share",
        "Intent to leave",
        "Responses rating their likelihood of leaving their current practice within two "
        "years moderate, likely or definite (the `intends_to_leave` flag of intent_leave1).",
        "Sinsky CA et al. Professional satisfaction and the career plans of US physicians. "
        "Mayo Clin Proc 2017;92:1625-1635 (moderate or higher read as intent to leave).",
    ),
    MetricDefinition(
        metric_id="staff-survey-response-rate",
        title="Staff survey response rate",
        domain="workforce",
        description="Responses per staff member invited, per campaign close date. " + ANONYMOUS,
        numerator="Responses of the campaigns closed in the period.",
        denominator="Staff invited to those campaigns (the team's invited count).",
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="survey_invitation",
        levels=SURVEY_LEVELS,
        anonymous=True,
        source="AAPOR Standard Definitions (2023), response rate RR1: completed responses "
        "over those eligible (here, invited); partial responses count as responses.",
    ),
)


def _stock(**fields: object) -> MetricDefinition:
    return MetricDefinition(
        domain="workforce",
        levels=SURVEY_LEVELS,
        anonymous=True,
        periods=STOCK_PERIODS,
        **fields,  # type: ignore[arg-type]
    )


STAFFING_DEFINITIONS: tuple[MetricDefinition, ...] = (
    _stock(
        metric_id="staff-turnover-rate",
        title="Staff turnover (annualised)",
        description="Leavers in the period per average headcount, annualised: leavers / "
        "(sum of month-end headcounts / 12). " + MONTH_ENDS,
        numerator="Staff records whose last day in post falls in the period (every leaving "
        "reason, internal moves included).",
        denominator="Staff-months: staff in post at each month end of the period, summed "
        "(x 12 makes it leavers per staff-year).",
        kind="rate",
        unit="leavers per staff member per year",
        better="lower",
        chart="u",
        fact="staff",
        per=12,
        exclusions="Records entered in error.",
        source="CIPD labour turnover rate: leavers in the period / average number employed "
        "x 100 (CIPD, Employee turnover and retention factsheet); NHS Digital's leaver rate "
        "is the same ratio. The average here is of month-end headcounts, and the rate is "
        "annualised so months and quarters compare.",
    ),
    _stock(
        metric_id="vacancy-rate",
        title="Vacancy rate (FTE)",
        description="Funded FTE not filled: vacant FTE / funded FTE at the period's month "
        "ends, a team's vacant FTE being its funded FTE minus the FTE of its staff in post, "
        "or none when it is over-established. " + MONTH_ENDS,
        numerator="Each team's vacant FTE (funded minus in post, at least 0) at each month "
        "end, summed: one team's surplus does not fill another's vacancy.",
        denominator="Funded FTE of the establishment in force at each month end, summed.",
        kind="rate",
        unit="share of funded FTE",
        better="lower",
        chart="xmr",
        fact="establishment",
        exclusions="Teams without an establishment; staff entered in error.",
        source="NHS England vacancy statistics (methodology): vacancy rate = vacancies / "
        "(vacancies + staff in post), FTE, where vacancies are funded posts not filled. "
        "Here funded posts come from the establishment feed.",
    ),
    _stock(
        metric_id="caseload-per-clinical-fte",
        title="Caseload per clinical FTE",
        description="Active episodes of care led by a team's clinicians per clinical FTE in "
        "post, at the period's month ends. " + MONTH_ENDS,
        numerator="Episodes of care open at the month end (not cancelled or entered in "
        "error) whose lead clinician is a clinical staff member in post, by that clinician's "
        "team, summed over the month ends.",
        denominator="FTE of clinical staff in post at each month end, summed.",
        kind="rate",
        unit="episodes per FTE",
        better="lower",
        chart="xmr",
        fact="staff",
        exclusions="Administrative, manager and other roles; records entered in error.",
        source="Caseload as open episodes per whole-time-equivalent clinician, as NHS "
        "community mental health caseload guidance counts it (e.g. NHS England, Community "
        "Mental Health Framework implementation guidance); no national target is applied.",
    ),
    _stock(
        metric_id="team-stability",
        title="Team stability",
        description="Share of the staff in post at a month's start who are still in post at "
        "its end. " + MONTH_ENDS,
        numerator="Of those, staff still in post at the month end.",
        denominator="Staff in post on the month's first day.",
        kind="proportion",
        unit="share",
        better="higher",
        chart="auto",
        fact="staff",
        exclusions="Records entered in error; staff who started during the month.",
        source="The stability index (Bevan, Institute for Employment Studies; CIPD "
        "factsheet): staff with service over the whole period / staff employed at its start; "
        "over a month here, pooled over the months of a quarter.",
    ),
)

WORKFORCE_DEFINITIONS = SURVEY_DEFINITIONS + STAFFING_DEFINITIONS

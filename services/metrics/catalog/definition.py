"""What a metric definition is: its levels, periods, filters and equity dimensions, the
:class:`MetricDefinition` itself, and the wording the catalog's families share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from services.metrics.stats.series import ChartType, MetricKind

Level = Literal["clinician", "team", "site", "org", "collaborative"]
LEVELS: tuple[Level, ...] = ("clinician", "team", "site", "org", "collaborative")
Period = Literal["week", "month", "quarter"]
PERIODS: tuple[Period, ...] = ("week", "month", "quarter")
Filter = Literal["modality", "service_line", "instrument", "form", "item", "theme", "role"]
Domain = Literal["access", "engagement", "telehealth", "experience", "mbc", "workforce", "safety"]
Fact = Literal[
    "referral",
    "encounter",
    "feedback",
    "assessment",
    "episode",
    "care_episode",
    "alert",
    "safety_event",
    "survey_response",
    "survey_invitation",
    "staff",
    "establishment",
]
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
    per: int = 1
    """A rate's value is numerator / denominator x ``per`` (safety events per 1,000 kept
    sessions); the counts stay counts."""
    exclusions: str = ""
    """What is left out of numerator and denominator, when the two descriptions do not say."""
    source: str = ""
    """The published measure, standard or study the definition follows (and how it departs)."""
    periods: tuple[Period, ...] = PERIODS
    """The period lengths it is published by (stock metrics, measured at month ends, have no
    weeks)."""

    def ratio(self, numerator: float | None, denominator: float | None) -> float | None:
        """The value of a proportion or rate from its counts (None without a denominator)."""
        if numerator is None or not denominator:
            return None
        return numerator / denominator * self.per

    @property
    def chart_types(self) -> tuple[ChartType, ...]:
        """The Shewhart charts this metric can be drawn on (a run chart always can)."""
        if self.chart == "auto":
            return ("p", "pp")
        return (self.chart,)


def engagement_metric(
    metric_id: str, title: str, numerator: str, better: Literal["higher", "lower"]
) -> MetricDefinition:
    """An engagement metric: a share of the appointments whose outcome is known."""
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


MBC_EPISODES = (
    "Patients whose baseline on the instrument (their first scored assessment) fell in the "
    f"period and who have at least one follow-up within {OUTCOME_WEEKS} weeks"
)
COURSE = (
    "The service line and modality filters read the course of care the baseline assessment "
    "names (intake's episode of care): its service line, and the modality of more than half "
    "of its kept sessions; a course with no majority modality (mixed) or no named episode "
    "matches no service line or modality."
)
RELIABLE_CHANGE = (
    "Eligibility: every such patient, case or not, on an instrument with a reliable-change "
    "value (PHQ-9 6 points, NHS Talking Therapies; GAD-7 6, Bischoff 2020's Jacobson-Truax "
    "index, or 4 where the organisation uses the NHS Talking Therapies values); instruments "
    "without one have no value."
)


def outcome_metric(
    metric_id: str,
    title: str,
    numerator: str,
    better: Literal["higher", "lower"],
    *,
    definition: str,
    eligibility: str,
) -> MetricDefinition:
    """An MBC outcome metric: a share of the episodes with a follow-up in the window."""
    return MetricDefinition(
        metric_id=metric_id,
        title=title,
        domain="mbc",
        description=f"{title} by {OUTCOME_WEEKS} weeks, judged by measures at the latest "
        f"follow-up at most {OUTCOME_WEEKS} weeks after baseline. {definition} {COURSE}",
        numerator=numerator,
        denominator=f"{MBC_EPISODES}. {eligibility}",
        kind="proportion",
        unit="share",
        better=better,
        chart="auto",
        fact="episode",
        filters=("instrument", "service_line", "modality"),
        default_filters=(("instrument", "phq9"),),
    )

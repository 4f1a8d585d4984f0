"""API models of the overview (Making Data Count icons per metric) and of recognitions."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from services.metrics.schemas.charts import RuleSetOut
from services.metrics.schemas.common import ValueOut
from services.metrics.schemas.targets import TargetOut

VARIATIONS = (
    "`common_cause` (no special-cause rule marks the latest point), `special_cause_improving` "
    "(a signal at the latest point in the better direction), `special_cause_concerning` (in "
    "the worse direction), `special_cause_neither` (a signal without a direction, or a metric "
    "without a better one); null when the data cannot support control limits."
)
ASSURANCES = (
    "`consistently_meets` (the target lies outside the process limits on the bad side: every "
    "value the process produces meets it), `consistently_fails` (outside on the good side), "
    "`may_hit_or_miss` (within the limits); null without a target or limits."
)


class LatestOut(ValueOut):
    """The latest period with facts for the unit, as published (suppressed: no numbers)."""

    period: date = Field(description="First day of the period.", examples=["2026-11-01"])
    label: str = Field(description="The period as a label.", examples=["2026-11"])


class OverviewItemOut(BaseModel):
    """One metric for the unit: its latest value, variation and assurance icons, the link."""

    metric_id: str = Field(description="The metric.", examples=["no-show-rate"])
    title: str = Field(description="The metric's title.", examples=["No-shows"])
    domain: str = Field(description="The catalog domain it belongs to.", examples=["engagement"])
    measure_unit: str = Field(description="What the value is measured in.", examples=["share"])
    better: str = Field(description="`higher` or `lower` is better.", examples=["lower"])
    filters: dict[str, str] = Field(
        description="The filters it was computed with (defaults included; a feedback metric "
        "appears once per form).",
        examples=[{"form": "session-feedback"}],
    )
    chart: str | None = Field(
        description="The control chart read: `p`, `pp`, `u` or `xmr` (null: no data).",
        examples=["p"],
    )
    latest: LatestOut | None = Field(description="The latest value; null when no period has facts.")
    variation: str | None = Field(description=f"The variation icon: {VARIATIONS}",
                                  examples=["special_cause_improving"])  # fmt: skip
    judged_period: str | None = Field(
        description="Label of the point the icons read: the latest plotted (published) one, "
        "earlier than `latest` when that is suppressed.",
        examples=["2026-11"],
    )
    signals: list[str] = Field(
        description="The rules marking the judged point (empty for common cause).",
        examples=[["shift_7"]],
    )
    centre: float | None = Field(description="Centre line at the judged point.", examples=[0.18])
    lower: float | None = Field(description="Lower process limit there.", examples=[0.11])
    upper: float | None = Field(description="Upper process limit there.", examples=[0.25])
    target: TargetOut | None = Field(description="The target that applies to the unit, if any.")
    assurance: str | None = Field(description=f"The assurance icon: {ASSURANCES}",
                                  examples=["may_hit_or_miss"])  # fmt: skip
    chart_url: str = Field(
        description="The chart this summarises (`GET /v1/metrics/{id}/chart`, same parameters).",
        examples=["/v1/metrics/no-show-rate/chart?level=team&unit=team-north&period=month"
                  "&rules=nhs"],
    )  # fmt: skip
    warnings: list[str] = Field(description="The chart's warnings (trial limits, suppression).")


class OverviewOut(BaseModel):
    """Every catalog metric computed at the level, for one unit."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "level": "team", "unit_id": "team-north", "period": "month",
                    "effective_from": None, "effective_to": None, "threshold": 11,
                    "rules": {"id": "nhs", "title": "NHS Making Data Count",
                              "source": "NHS England (NHS Improvement). Making Data Count...",
                              "run_chart_rules": [], "control_chart_rules": []},
                    "source": "NHS England / NHS Improvement, Making Data Count...",
                    "items": [{
                        "metric_id": "no-show-rate", "title": "No-shows", "domain": "engagement",
                        "measure_unit": "share", "better": "lower", "filters": {},
                        "chart": "p",
                        "latest": {"period": "2026-11-01", "label": "2026-11", "value": 0.12,
                                   "numerator": 30, "denominator": 250, "n": 95,
                                   "suppressed": False, "reason": None, "rounded_to": 5},
                        "variation": "special_cause_improving", "judged_period": "2026-11",
                        "signals": ["shift_7"], "centre": 0.18, "lower": 0.11, "upper": 0.25,
                        "target": {"metric_id": "no-show-rate", "level": None, "unit_id": None,
                                   "value": 0.1, "direction": "at_most", "note": None,
                                   "set_at": "2026-12-06T12:00:00Z", "set_by": "qi-lead-7"},
                        "assurance": "may_hit_or_miss",
                        "chart_url": "/v1/metrics/no-show-rate/chart?level=team&unit=team-north"
                                     "&period=month&rules=nhs",
                        "warnings": [],
                    }],
                }
            ]
        }
    )  # fmt: skip

    level: str = Field(description="The unit's level.", examples=["team"])
    unit_id: str = Field(description="The unit.", examples=["team-north"])
    period: str = Field(description="Period length of every chart.", examples=["month"])
    effective_from: date | None = Field(description="`from` snapped to its period (null: all).")
    effective_to: date | None = Field(description="`to` snapped to its period (null: all).")
    threshold: int = Field(description="Smallest n a published value rests on.", examples=[11])
    rules: RuleSetOut = Field(description="The rule set the signals were found with.")
    source: str = Field(description="Where the icons' meaning comes from.")
    items: list[OverviewItemOut] = Field(description="One per metric (per form), catalog order.")


class EvidencePointOut(BaseModel):
    """A published point of the signal a recognition rests on."""

    period: date = Field(description="First day of the period.", examples=["2026-06-01"])
    label: str = Field(description="The period as a label.", examples=["2026-06"])
    value: float = Field(description="The published value.", examples=[0.12])


class RecognitionOut(BaseModel):
    """A unit whose chart shows a sustained change for the better, and the evidence."""

    metric_id: str = Field(description="The metric.", examples=["no-show-rate"])
    title: str = Field(description="The metric's title.", examples=["No-shows"])
    better: str = Field(description="`higher` or `lower` is better.", examples=["lower"])
    level: str = Field(description="The unit's level.", examples=["team"])
    unit_id: str = Field(description="The unit recognized.", examples=["team-north"])
    filters: dict[str, str] = Field(description="The filters the chart was computed with.")
    chart: str = Field(description="The control chart read.", examples=["p"])
    rule: str = Field(description="The rule that found the change.", examples=["shift_7"])
    rule_name: str = Field(description="The rule in a few words.")
    meaning: str = Field(description="What a signal by this rule means, and its source.")
    centre: float | None = Field(description="The chart's centre line.", examples=[0.18])
    first_period: date = Field(description="First day of the signal's first period.")
    last_period: date = Field(description="First day of the signal's last period.")
    points: list[EvidencePointOut] = Field(description="The points of the signal, in order.")
    chart_url: str = Field(description="The unit's chart, where the signal is marked.")


class RecognitionList(BaseModel):
    """Sustained improvements at one level, by metric (catalog order) then unit."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "level": "team", "since": "2026-06-01", "period": "month", "threshold": 11,
                    "rule_set": "anhoej",
                    "items": [{
                        "metric_id": "no-show-rate", "title": "No-shows", "better": "lower",
                        "level": "team", "unit_id": "team-north", "filters": {}, "chart": "p",
                        "rule": "long_run", "rule_name": "Unusually long run",
                        "meaning": "More points in a row on one side of the centre line than "
                                   "round(log2(n)) + 3, n being the points not on the line: "
                                   "the process has probably shifted (Anhøj & Olesen 2014).",
                        "centre": 0.18, "first_period": "2026-05-01",
                        "last_period": "2026-11-01",
                        "points": [{"period": "2026-05-01", "label": "2026-05", "value": 0.12}],
                        "chart_url": "/v1/metrics/no-show-rate/chart?level=team"
                                     "&unit=team-north&period=month&rules=anhoej",
                    }],
                }
            ]
        }
    )  # fmt: skip

    level: str = Field(description="The level whose units were read.", examples=["team"])
    since: date | None = Field(description="Signals ending before this day are left out.")
    period: str = Field(description="Period length of the charts.", examples=["month"])
    threshold: int = Field(description="Smallest n a published value rests on.", examples=[11])
    rule_set: str = Field(description="The rule set read (`anhoej`, `nhs`, `ihi`).")
    items: list[RecognitionOut] = Field(description="The recognitions found.")

"""What changed, at a glance: the overview of every metric for a unit, and recognitions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Query

from services.metrics.api.deps import (
    FiltersDep,
    FloorDep,
    FromQuery,
    LevelQuery,
    Reader,
    RoundingDep,
    SeriesPeriodQuery,
    ToQuery,
    UnitQuery,
)
from services.metrics.api.targets import target_out
from services.metrics.catalog import Domain, Period
from services.metrics.compute import definition_for
from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.learning import periods
from services.metrics.learning.chart_views import rule_set_out
from services.metrics.learning.overview import Entry, overview
from services.metrics.learning.periods import align
from services.metrics.learning.recognitions import Recognition, recognitions
from services.metrics.learning.selection import resolve_scope
from services.metrics.schemas.overview import (
    EvidencePointOut,
    LatestOut,
    OverviewItemOut,
    OverviewOut,
    RecognitionList,
    RecognitionOut,
)
from services.metrics.stats.rule_sets import RULES, RuleSetId
from shared.problems import problem_responses
from shared.sessions import ReadSessionDep

router = APIRouter(prefix="/v1", tags=["overview"])

SOURCE = (
    "NHS England / NHS Improvement, Making Data Count: Strengthening your decisions (2019, "
    "revised 2021), and its SPC icons guidance; computed as the NHS-R Community's "
    "NHSRplotthedots does."
)
RulesQuery = Annotated[
    RuleSetId,
    Query(description="The special-cause rules, as on the chart route; default `nhs`, the "
          "Making Data Count rules the icons were designed with.", examples=["nhs"]),
]  # fmt: skip


RecognitionRulesQuery = Annotated[
    RuleSetId,
    Query(description="The special-cause rules, as on the chart route; default `anhoej` (the "
          "chart route's default): on 24 months of pure binomial noise a chart is recognized "
          "about 1 % of the time under it, about 5 % under `nhs`.",
          examples=["anhoej"]),
]  # fmt: skip


def chart_url(metric_id: str, params: Mapping[str, str | None]) -> str:
    """The chart route with the same selection (parameters left out when None)."""
    given = {k: v for k, v in params.items() if v is not None}
    return f"/v1/metrics/{metric_id}/chart?{urlencode(given)}"


def _item(entry: Entry, *, level: str, unit: str | None, period: str, rules: str,
          start: date | None, end: date | None) -> OverviewItemOut:  # fmt: skip
    d, view, reading = entry.definition, entry.view, entry.reading
    latest = None
    if entry.latest is not None and entry.latest.cell is not None and view is not None:
        c = entry.latest.cell
        latest = LatestOut(
            period=c.period, label=periods.label(c.period, view.selection.period),
            value=c.value, numerator=c.numerator, denominator=c.denominator, n=c.n,
            suppressed=c.suppressed, reason=c.reason, rounded_to=c.rounded_to,
        )  # fmt: skip
    point = reading.point if reading else None
    params = {"level": level, "unit": unit, "period": period, "rules": rules,
              "from": start.isoformat() if start else None,
              "to": end.isoformat() if end else None, **entry.filters}  # fmt: skip
    return OverviewItemOut(
        metric_id=d.metric_id, title=d.title, domain=d.domain, measure_unit=d.unit,
        better=d.better, filters=entry.filters,
        chart=view.control.chart if view and view.control else None,
        latest=latest, variation=reading.variation if reading else None,
        judged_period=periods.label(view.series[point.index].period, view.selection.period)
        if view and point else None,
        signals=sorted({s.rule for s in reading.signals}) if reading else [],
        centre=point.centre if point else None,
        lower=point.lower if point else None, upper=point.upper if point else None,
        target=target_out(entry.target) if entry.target else None,
        assurance=entry.assurance, chart_url=chart_url(d.metric_id, params),
        warnings=list(view.warnings) if view else [],
    )  # fmt: skip


@router.get(
    "/overview",
    summary="Every metric of a unit at a glance (Making Data Count)",
    response_model=OverviewOut,
    responses=problem_responses(403, 404, 409, 422),
)
def get_overview(
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    filters: FiltersDep,
    level: LevelQuery = "org",
    unit: UnitQuery = None,
    period: SeriesPeriodQuery = "month",
    start: FromQuery = None,
    end: ToQuery = None,
    rules: RulesQuery = "nhs",
    domain: Annotated[
        Domain | None,
        Query(description="Only this catalog domain's metrics.", examples=["engagement"]),
    ] = None,
) -> OverviewOut:
    """Every catalog metric computed at `level`, for one unit: its latest published value and
    the NHS "Making Data Count" icons (NHS England / NHS Improvement, "Making Data Count:
    Strengthening your decisions", and its SPC icon guidance). **Variation** reads the
    latest plotted point of the metric's control chart (the chart
    `GET /v1/metrics/{id}/chart` draws, same rules): common cause, special cause improving
    or concerning (by the metric's better direction), or neither. **Assurance**, where your
    organization set a target (`PUT /v1/targets/{id}`): the target outside the process limits
    on the bad side is consistently met, on the good side consistently failed, within them it
    may be hit or missed. Only published values take part: a suppressed latest value shows as
    suppressed, with no number, and the icons read the latest published point
    (`judged_period`). A metric that needs a filter you did not give (a feedback metric's
    form) appears once per value its facts hold. Each item links to its chart. Example:
    `GET /v1/overview?level=team&unit=team-north&period=month`."""
    orgs, _ = resolve_scope(session, caller_org=caller.org, level=level, unit=unit)
    threshold = threshold_for(session, floor=floor, orgs=orgs)
    entries = overview(
        session, caller_org=caller.org, level=level, unit=unit, period=period, start=start,
        end=end, rule_set=rules, given=filters, threshold=threshold, bases=bases, domain=domain,
    )  # fmt: skip
    first, last = align(start, end, period)
    unit_id = unit or caller.org
    return OverviewOut(
        level=level, unit_id=unit_id, period=period, effective_from=first, effective_to=last,
        threshold=threshold, rules=rule_set_out(rules), source=SOURCE,
        items=[_item(e, level=level, unit=unit, period=period, rules=rules, start=start,
                     end=end) for e in entries],
    )  # fmt: skip


def _recognition(r: Recognition, *, level: str, period: str, rules: str) -> RecognitionOut:
    view, d = r.view, r.definition
    chart = view.control
    assert chart is not None
    points = [chart.points[i] for i in r.signal.indexes]
    filters: dict[str, str] = dict(view.selection.query.filters)
    unit = None if level == "org" else r.unit_id
    return RecognitionOut(
        metric_id=d.metric_id, title=d.title, better=d.better, level=level, unit_id=r.unit_id,
        filters=filters, chart=chart.chart, rule=r.signal.rule, rule_name=r.signal.name,
        meaning=RULES[r.signal.rule].meaning, centre=chart.centre,
        first_period=view.series[points[0].index].period, last_period=r.last_period,
        points=[
            EvidencePointOut(
                period=view.series[p.index].period,
                label=periods.label(view.series[p.index].period, view.selection.period),
                value=p.value if p.value is not None else 0.0,
            )
            for p in points
        ],
        chart_url=chart_url(d.metric_id, {"level": level, "unit": unit, "period": period,
                                          "rules": rules, **filters}),
    )  # fmt: skip


@router.get(
    "/recognitions",
    summary="Units with a sustained improvement, for celebration",
    response_model=RecognitionList,
    responses=problem_responses(403, 404, 422),
)
def get_recognitions(
    caller: Reader,
    session: ReadSessionDep,
    floor: FloorDep,
    bases: RoundingDep,
    filters: FiltersDep,
    level: Annotated[
        Literal["clinician", "team", "site", "org"],
        Query(
            description="The level whose units are read: clinician, team, site or org "
            "(clinicians: a leader's view).",
            examples=["team"],
        ),
    ] = "team",
    since: Annotated[
        date | None,
        Query(
            description="Only signals whose last period ends on or after this day "
            "(omit: every one).",
            examples=["2026-06-01"],
        ),
    ] = None,
    period: Annotated[
        Period, Query(description="Period length of the charts.", examples=["month"])
    ] = "month",
    rules: RecognitionRulesQuery = "anhoej",
    metric_id: Annotated[
        str | None, Query(max_length=64, description="Only this metric.", examples=["kept-rate"])
    ] = None,
) -> RecognitionList:
    """The units of `level` whose chart of a catalog metric shows special cause in the
    metric's better direction that lasts: a shift (a run on one side of the centre line) or a
    trend, by the rule set `rules` (default `anhoej`, as on the chart route: a run on one
    side longer than round(log2 n) + 3; the `nhs` rules recognize noise about 3 times as often).
    One point beyond a limit is not enough. Each comes with its evidence (the rule, what it
    means, the published points and their periods) and a link to the chart where it is
    marked. Only published values take part. Example:
    `GET /v1/recognitions?level=team&since=2026-06-01`."""
    if metric_id is not None:
        definition_for(metric_id)  # an unknown metric is a 404, not an empty list
    threshold = threshold_for(session, floor=floor, orgs=[caller.org])
    found = recognitions(
        session, caller_org=caller.org, level=level, since=since, period=period,
        rule_set=rules, given=filters, threshold=threshold, bases=bases, metric_id=metric_id,
    )  # fmt: skip
    return RecognitionList(
        level=level, since=since, period=period, threshold=threshold, rule_set=rules,
        items=[_recognition(r, level=level, period=period, rules=rules) for r in found],
    )  # fmt: skip

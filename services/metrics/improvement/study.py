"""The study of a PDSA cycle, computed on read for the project's own organization: the chart
of the aim's metric for its unit and the cycle's effect on it.

The effect is the segmented regression the interventions route has always computed
(:mod:`.effects`) around the cycle's start, over the unit's published series to date. With a
comparison unit (another unit of the same organization at the same level, which did not get
the change), the controlled interrupted time series of
:mod:`services.metrics.stats.controlled_its` gives the effect beyond what happened to that unit
in the same periods. Both series are the published ones (suppressed periods left out), so the
study discloses nothing the chart route would not. Another organization's cycles get no study:
their series would have to pass the benchmarks' disclosure rules for a peer, which this module
does not apply (see the README's improvement section).
"""

from __future__ import annotations

from urllib.parse import urlencode

from sqlmodel import Session

from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.errors import InvalidParameterError
from services.metrics.improvement.effects import Effect, effect_out, estimate_effect
from services.metrics.learning import periods
from services.metrics.learning.charts import unit_series
from services.metrics.learning.selection import Selection, resolve_selection
from services.metrics.models import ImprovementCycle, ImprovementProject
from services.metrics.schemas.common import IntervalOut
from services.metrics.schemas.cycles import ComparisonOut, StudyOut
from services.metrics.stats.controlled_its import controlled_its
from services.metrics.stats.equity import Interval
from services.metrics.stats.errors import StatsError
from services.metrics.stats.rounding import Rounding


def chart_link(project: ImprovementProject) -> str:
    """The chart route for the aim's metric, unit and period."""
    query = {"level": project.level, "unit": project.unit_id, "period": project.period}
    return f"/v1/metrics/{project.metric_id}/chart?{urlencode(query)}"


def _selection(session: Session, project: ImprovementProject, unit: str) -> Selection:
    # Level and period were checked against their Literal types when the project was stored.
    return resolve_selection(
        session, caller_org=project.org, metric_id=project.metric_id,
        level=project.level, unit=unit, period=project.period,  # type: ignore[arg-type]
        start=None, end=None, filters={},
    )  # fmt: skip


def _interval(i: Interval) -> IntervalOut:
    return IntervalOut(estimate=i.estimate, lower=i.lower, upper=i.upper)


def _comparison(
    session: Session, *, project: ImprovementProject, effect: Effect, unit: str,
    floor: int, bases: Rounding,
) -> tuple[ComparisonOut | None, str | None]:  # fmt: skip
    """The controlled estimate against ``unit``, or None and why."""
    selection = _selection(session, project, unit)
    threshold = threshold_for(session, floor=floor, orgs=selection.orgs)
    series = unit_series(session, selection=selection, threshold=threshold,
                         viewer_org=project.org, bases=bases)  # fmt: skip
    control = [
        s for s in series
        if s.cell is not None and s.cell.value is not None and not s.suppressed
        and s.period != effect.transition
    ]  # fmt: skip
    treated = [s for s in effect.points if s.period in effect.used]
    if not treated or not control:
        return None, "No comparison: one of the series has no published value."
    origin = min(periods.ordinal(treated[0].period, selection.period),
                 periods.ordinal(control[0].period, selection.period))  # fmt: skip

    def times(points: list) -> list[float]:  # type: ignore[type-arg]
        return [float(periods.ordinal(p.period, selection.period) - origin) for p in points]

    try:
        fit = controlled_its(
            [s.cell.value for s in treated if s.cell and s.cell.value is not None], times(treated),
            [s.cell.value for s in control if s.cell and s.cell.value is not None], times(control),
            change_time=float(periods.ordinal(effect.change_period, selection.period) - origin),
        )  # fmt: skip
    except StatsError as error:
        return None, f"No comparison: {error}."
    return ComparisonOut(
        unit_id=unit, points=fit.n_points,
        level_change_difference=_interval(fit.level_change_difference),
        slope_change_difference=_interval(fit.slope_change_difference),
        descriptive_only=fit.descriptive_only,
    ), None  # fmt: skip


def study_of(
    session: Session, *, project: ImprovementProject, cycle: ImprovementCycle, floor: int,
    bases: Rounding, compare_unit: str | None = None,
) -> StudyOut:  # fmt: skip
    """The cycle's study for its own organization (the caller has checked it may view the
    unit, and the comparison unit)."""
    chart = chart_link(project)
    if cycle.started_on is None:
        return StudyOut(chart=chart, effect=None, warnings=["The cycle has not started."])
    if compare_unit is not None and (project.level == "org" or compare_unit == project.unit_id):
        raise InvalidParameterError(
            "Compare with another unit of your organization at the project's level.",
            parameter="compare_unit",
        )
    selection = _selection(session, project, project.unit_id)
    threshold = threshold_for(session, floor=floor, orgs=selection.orgs)
    effect = estimate_effect(session, selection=selection, threshold=threshold,
                             started_on=cycle.started_on, viewer_org=project.org,
                             bases=bases)  # fmt: skip
    comparison, why = None, None
    if compare_unit is not None:
        comparison, why = _comparison(session, project=project, effect=effect, unit=compare_unit,
                                      floor=floor, bases=bases)  # fmt: skip
    return StudyOut(
        chart=chart,
        effect=effect_out(effect, change_id=cycle.cycle_id, metric_id=project.metric_id),
        comparison=comparison,
        warnings=[why] if why else [],
    )

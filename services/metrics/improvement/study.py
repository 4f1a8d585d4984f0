"""The study of a PDSA cycle, computed on read for the project's own organization: the chart
of the aim's metric for its unit and the cycle's effect on it.

The effect is the segmented regression the interventions route has always computed
(:mod:`.effects`) around the cycle's start, over the unit's published series to date. With a
control (another unit of the organization at the same level, or a collaborative's peer median
for an org-level aim: :mod:`.comparison`), the controlled interrupted time series of
:mod:`services.metrics.stats.controlled_its` gives the effect beyond what happened to the
control in the same periods. Every series is one the caller may already read (the chart's, the
benchmark's), so the study discloses nothing those routes would not. Another organization's
cycles get no study: their series would have to pass the benchmarks' disclosure rules for a
peer, which this module does not apply (see the README's improvement section).
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from sqlmodel import Session

from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.errors import InvalidParameterError
from services.metrics.improvement.comparison import compare, peer_median_control, unit_control
from services.metrics.improvement.effects import effect_out, estimate_effect
from services.metrics.learning.selection import Selection, resolve_selection
from services.metrics.models import ImprovementCycle, ImprovementProject
from services.metrics.schemas.cycles import StudyOut
from services.metrics.stats.rounding import Rounding


def chart_link(project: ImprovementProject) -> str:
    """The chart route for the aim's metric, unit and period."""
    query = {"level": project.level, "unit": project.unit_id, "period": project.period}
    return f"/v1/metrics/{project.metric_id}/chart?{urlencode(query)}"


def _selection(
    session: Session, project: ImprovementProject, unit: str, span: tuple[date, date] | None = None
) -> Selection:
    """The aim's metric for ``unit``, over ``span`` (first and last period) or all the data."""
    # Level and period were checked against their Literal types when the project was stored.
    return resolve_selection(
        session, caller_org=project.org, metric_id=project.metric_id,
        level=project.level, unit=unit, period=project.period,  # type: ignore[arg-type]
        start=span[0] if span else None, end=span[1] if span else None, filters={},
    )  # fmt: skip


def study_of(
    session: Session, *, project: ImprovementProject, cycle: ImprovementCycle, floor: int,
    bases: Rounding, compare_unit: str | None = None, compare_collaborative: str | None = None,
) -> StudyOut:  # fmt: skip
    """The cycle's study for its own organization (the caller has checked it may view the
    unit, and the comparison unit). One control at most: a unit or a collaborative."""
    chart = chart_link(project)
    if cycle.started_on is None:
        return StudyOut(chart=chart, effect=None, warnings=["The cycle has not started."])
    if compare_unit is not None and (project.level == "org" or compare_unit == project.unit_id):
        raise InvalidParameterError(
            "Compare with another unit of your organization at the project's level.",
            parameter="compare_unit",
        )
    if compare_collaborative is not None and (project.level != "org" or compare_unit):
        raise InvalidParameterError(
            "A collaborative's peer median compares organizations: only for an org-level aim, "
            "and not with `compare_unit`.",
            parameter="compare_collaborative",
        )
    selection = _selection(session, project, project.unit_id)
    threshold = threshold_for(session, floor=floor, orgs=selection.orgs)
    effect = estimate_effect(session, selection=selection, threshold=threshold,
                             started_on=cycle.started_on, viewer_org=project.org,
                             bases=bases)  # fmt: skip
    comparison, why = None, None
    if compare_unit is not None:
        control = unit_control(session, selection=_selection(session, project, compare_unit),
                               viewer_org=project.org, floor=floor, bases=bases)  # fmt: skip
        comparison, why = compare(effect, control, period=project.period, kind="unit",
                                  control_id=compare_unit)  # fmt: skip
    elif compare_collaborative is not None:
        # Over the effect's own periods: without a range the benchmark's periods are its own.
        span = (effect.points[0].period, effect.points[-1].period) if effect.points else None
        control = peer_median_control(
            session, selection=_selection(session, project, project.unit_id, span), org=project.org,
            collaborative_id=compare_collaborative, floor=floor, bases=bases,
        )  # fmt: skip
        comparison, why = compare(effect, control, period=project.period, kind="peer-median",
                                  control_id=compare_collaborative)  # fmt: skip
    return StudyOut(
        chart=chart,
        effect=effect_out(effect, change_id=cycle.cycle_id, metric_id=project.metric_id),
        comparison=comparison,
        warnings=[why] if why else [],
    )

"""The dashboard's improvement pages: a project (its aim, its chart with each PDSA cycle shaded,
each cycle's plan, do, study and act) and a collaborative's library of shared projects.

The chart is the chart route's, drawn by the same renderer with the cycles as bands; each
cycle's effect is the one ``GET /v1/projects/{id}/cycles/{cycle_id}`` answers. Only the
project's own organization sees this page (another organization's project has no chart or
effect for it: :mod:`services.metrics.improvement.study`).
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup
from sqlmodel import Session

from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.dashboard.chart_panel import inline_svg
from services.metrics.errors import MetricsError
from services.metrics.improvement.cycles import cycles_of
from services.metrics.improvement.study import study_of
from services.metrics.improvement.views import project_out
from services.metrics.learning import periods
from services.metrics.learning.chart_drawing import render_svg
from services.metrics.learning.charts import build_view, unit_series
from services.metrics.learning.selection import resolve_selection
from services.metrics.models import ImprovementCycle, ImprovementProject
from services.metrics.schemas.cycles import StudyOut
from services.metrics.schemas.projects import ProjectOut
from services.metrics.stats.chart_svg import Band
from services.metrics.stats.rounding import Rounding

CYCLES_TABLE = "cycles"


@dataclass(frozen=True)
class CycleRow:
    """A cycle and its study, for the page's table."""

    cycle_id: str
    title: str
    change: str | None
    prediction: str | None
    started: str
    ended: str
    act: str | None
    lessons: str | None
    effect: str


@dataclass(frozen=True)
class ProjectPage:
    """What the project template shows."""

    project: ProjectOut
    svg: Markup | None
    chart_error: str | None
    cycles: tuple[CycleRow, ...]


def _effect(study: StudyOut) -> str:
    effect = study.effect
    if effect is None or effect.level_change is None:
        reasons = (effect.warnings if effect else study.warnings) or ["no estimate"]
        return f"No estimate: {reasons[-1]}"
    level = effect.level_change
    text = f"Level change {level.estimate:+.3g} (95% CI {level.lower:+.3g} to {level.upper:+.3g})"
    return text + (" (descriptive only: short series)" if effect.descriptive_only else "")


def _band(cycle: ImprovementCycle, period: str) -> Band | None:
    if cycle.started_on is None:
        return None
    start = periods.label(periods.period_start(cycle.started_on, period), period)  # type: ignore[arg-type]
    end = (None if cycle.ended_on is None
           else periods.label(periods.period_start(cycle.ended_on, period), period))  # type: ignore[arg-type]  # fmt: skip
    return Band(start, end, cycle.title[:40])


def _chart(
    session: Session, project: ImprovementProject, cycles: list[ImprovementCycle], *,
    floor: int, bases: Rounding,
) -> Markup:  # fmt: skip
    selection = resolve_selection(
        session, caller_org=project.org, metric_id=project.metric_id,
        level=project.level, unit=project.unit_id, period=project.period,  # type: ignore[arg-type]
        start=None, end=None, filters={},
    )  # fmt: skip
    threshold = threshold_for(session, floor=floor, orgs=selection.orgs)
    series = unit_series(session, selection=selection, threshold=threshold,
                         viewer_org=project.org, bases=bases)  # fmt: skip
    view = build_view(selection=selection, requested=None, baseline=None, series=series,
                      interventions=())  # fmt: skip
    bands = [b for b in (_band(c, project.period) for c in cycles) if b is not None]
    return inline_svg(render_svg(view, bands=bands), details=CYCLES_TABLE)


def project_page(
    session: Session, project: ImprovementProject, *, floor: int, bases: Rounding
) -> ProjectPage:
    """The page of one of the viewer's own projects."""
    cycles = cycles_of(session, project)
    svg, error = None, None
    try:
        svg = _chart(session, project, cycles, floor=floor, bases=bases)
    except MetricsError as problem:
        error = problem.detail or "No chart for this aim yet."
    rows = []
    for c in cycles:
        effect = "Not started."
        if c.started_on is not None and error is None:
            effect = _effect(study_of(session, project=project, cycle=c, floor=floor, bases=bases))
        rows.append(CycleRow(
            c.cycle_id, c.title, c.change, c.prediction,
            c.started_on.isoformat() if c.started_on else "not started",
            c.ended_on.isoformat() if c.ended_on else "running" if c.started_on else "",
            c.act, c.lessons, effect,
        ))  # fmt: skip
    return ProjectPage(project_out(session, project, viewer=project.org), svg, error, tuple(rows))

"""The dashboard page: the leader's choice, then the chart, equity and benchmark panels.

The selection is resolved once by :func:`~services.metrics.learning.selection.resolve_selection`,
the function every ``/v1`` tool route resolves its parameters with, and scoped to the caller's
organization there; each panel then calls its tool as its route does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlencode

from sqlmodel import Session

from services.metrics.compute.disclosure.range_values import threshold_for
from services.metrics.dashboard.benchmark_panel import BenchmarkPanel, benchmark_panel
from services.metrics.dashboard.chart_panel import ChartPanel, chart_panel
from services.metrics.dashboard.choices import (
    LEVEL_LABELS,
    Choice,
    Requested,
    choose,
    clinicians,
)
from services.metrics.dashboard.equity_panel import EquityPanel, equity_panel
from services.metrics.dashboard.outcome import Outcome, attempt
from services.metrics.learning.selection import Selection, resolve_selection
from services.metrics.stats.rounding import Rounding

T = TypeVar("T")


@dataclass(frozen=True)
class DashboardPage:
    org: str
    choice: Choice
    threshold: int | None
    chart: Outcome[ChartPanel]
    equity: Outcome[EquityPanel] | None
    """None: the metric is anonymous and has no equity view."""
    benchmark: Outcome[BenchmarkPanel] | None
    """None: the organization has joined no collaborative."""
    clinicians: tuple[str, ...]

    def query(self, **changes: str | None) -> str:
        """This view's query string with some parameters changed (None drops one)."""
        c = self.choice
        params: dict[str, str | None] = {
            "metric": c.definition.metric_id,
            "level": c.level,
            "unit": c.unit if c.level != "org" else None,
            "period": c.period,
            "from": c.start.isoformat() if c.start else None,
            "to": c.end.isoformat() if c.end else None,
            "by": c.by,
            **{str(k): v for k, v in c.filter_values.items()},
            "collaborative": c.collaborative,
        }
        params.update(changes)
        return urlencode({k: v for k, v in params.items() if v})


def _selection(session: Session, org: str, choice: Choice, *, own: bool = False) -> Selection:
    level = "org" if own else choice.level
    return resolve_selection(
        session,
        caller_org=org,
        metric_id=choice.definition.metric_id,
        level=level,
        unit=None if level == "org" else choice.unit,
        period=choice.period,
        start=choice.start,
        end=choice.end,
        filters=choice.filter_values,
    )


def dashboard_page(
    session: Session, *, org: str, asked: Requested, floor: int, bases: Rounding
) -> DashboardPage:
    """Everything the page shows for ``asked``, for a caller of ``org``, published with the
    deployment's ``bases`` (the API's, so that the page and the API show the same numbers)."""
    choice = choose(session, org=org, asked=asked)
    definition = choice.definition
    missing = f"No {LEVEL_LABELS[choice.level].lower()} has data for this metric yet."
    selected = attempt(lambda: _selection(session, org, choice)) if choice.unit else None
    selection = selected.content if selected else None
    threshold = (
        threshold_for(session, floor=floor, orgs=selection.orgs) if selection is not None else None
    )

    def panel(build: Callable[[Selection, int], T]) -> Outcome[T]:
        if selected is None:
            return Outcome(None, missing)
        if selection is None or threshold is None:
            return Outcome(None, selected.error)
        return attempt(lambda: build(selection, threshold))

    chart = panel(
        lambda s, t: chart_panel(session, selection=s, threshold=t, viewer_org=org, bases=bases)
    )
    equity = None
    if not definition.anonymous:
        equity = panel(
            lambda s, t: equity_panel(
                session, selection=s, by=choice.by, threshold=t, viewer_org=org, bases=bases
            )
        )
    benchmark = None
    if choice.collaborative is not None:
        collaborative = choice.collaborative
        benchmark = attempt(
            lambda: benchmark_panel(
                session,
                selection=_selection(session, org, choice, own=True),
                org=org,
                collaborative_id=collaborative,
                floor=floor,
                bases=bases,
            )
        )
    return DashboardPage(
        org=org,
        choice=choice,
        threshold=threshold,
        chart=chart,
        equity=equity,
        benchmark=benchmark,
        clinicians=clinicians(session, org=org),
    )

"""QI interventions (PDSA cycles): recording them and estimating their effect.

An intervention belongs to the organization that recorded it and names one metric at one unit.
Its effect is read off that metric's series for that unit by segmented regression
(:mod:`services.metrics.stats.segmented_regression`; Wagner et al. 2002). Suppressed periods
are left out of the fit (their values are not published) but keep their place in time, so
slopes stay per period.

When the effect starts. The change's clock starts at the period holding its start date
(time since the change is 0 there), also when that period is suppressed: the level change
is estimated at that period, never at whichever published period comes next (the known
parameterisation pitfall of segmented regression, a misplaced t0, that moves the level
change's meaning; Xiao, Augusto & Wagenaar 2021).

The transition period. When the start date is the first day of its period, that period is
wholly after the change and is the first post-change point. When the start date falls inside
a period, that period mixes days before and after the change: its value is neither the old
process nor the new one, and fitting it on either side would blur the level change. It is
kept on the axis, marked as the transition period and left out of the fit. This is our
decision, stated in the API too: Wagner et al. (2002) split the series into segments at the
change's time point, and a period holding that point belongs wholly to neither segment, so
rather than assign it to one (and bias that segment toward the other) we drop it, as is
usual for a transition or phase-in period in segmented regression. The cost is one point.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, or_, select

from services.metrics.catalog import CATALOG, Level, Period
from services.metrics.errors import InvalidParameterError, NotFoundError, UnknownMetricError
from services.metrics.learning import periods
from services.metrics.learning.charts import MarkedIntervention, SeriesPoint, unit_series
from services.metrics.learning.selection import Selection
from services.metrics.models import Intervention
from services.metrics.stats.errors import InsufficientDataError
from services.metrics.stats.rounding import Rounding
from services.metrics.stats.segmented_regression import (
    MIN_POINTS_PER_SIDE,
    SegmentedRegressionResult,
    segmented_regression,
)
from shared.models import utcnow


def _invalid(detail: str, field: str) -> InvalidParameterError:
    return InvalidParameterError(detail, parameter=field, location="body")


def record_intervention(
    session: Session,
    *,
    org: str,
    by: str,
    metric_id: str,
    level: Level,
    unit_id: str | None,
    period: Period,
    started_on: date,
    title: str,
    description: str | None,
) -> Intervention:
    """Store a new intervention (``org`` level: the unit is the organization itself). Its
    parameters come from the request body, and so do the pointers of its errors."""
    definition = CATALOG.get(metric_id)
    if definition is None:
        raise _invalid(str(UnknownMetricError(metric_id)), "metric_id")
    if level == "collaborative":
        raise _invalid("Interventions are recorded by one organization for its own units.", "level")
    if level not in definition.levels:
        raise _invalid(f"{metric_id} is not computed at the {level} level.", "level")
    if level == "org":
        if unit_id not in (None, org):
            raise _invalid("At the org level the unit is your own organization.", "unit_id")
        unit_id = org
    elif unit_id is None:
        raise _invalid(f"The {level} level needs a unit_id.", "unit_id")
    row = Intervention(
        org=org,
        intervention_id=str(uuid.uuid4()),
        metric_id=metric_id,
        level=level,
        unit_id=unit_id,
        period=period,
        started_on=started_on,
        title=title,
        description=description,
        created_at=utcnow(),
        created_by=by,
    )
    session.add(row)
    session.flush()
    return row


def get_intervention(session: Session, *, org: str, intervention_id: str) -> Intervention:
    """The caller's own intervention, or :class:`NotFoundError` (also for another org's)."""
    row = session.get(Intervention, (org, intervention_id))
    if row is None:
        raise NotFoundError("No intervention with this id.")
    return row


def list_interventions(
    session: Session,
    *,
    org: str,
    after: tuple[str, str] | None,
    limit: int,
    metric_id: str | None = None,
    level: str | None = None,
    unit_id: str | None = None,
) -> list[Intervention]:
    """The org's interventions by start date, then id; ``limit + 1`` rows so the caller knows
    whether there is a next page. ``after`` is the (started_on, id) of the previous page's last."""
    query = select(Intervention).where(Intervention.org == org)
    if metric_id is not None:
        query = query.where(Intervention.metric_id == metric_id)
    if level is not None:
        query = query.where(Intervention.level == level)
    if unit_id is not None:
        query = query.where(Intervention.unit_id == unit_id)
    if after is not None:
        day = date.fromisoformat(after[0])
        query = query.where(
            or_(
                col(Intervention.started_on) > day,
                (col(Intervention.started_on) == day)
                & (col(Intervention.intervention_id) > after[1]),
            )
        )
    order = (col(Intervention.started_on), col(Intervention.intervention_id))
    return list(session.exec(query.order_by(*order).limit(limit + 1)).all())


def marks_for(
    session: Session, *, org: str, selection: Selection, series: Sequence[SeriesPoint]
) -> list[MarkedIntervention]:
    """The unit's interventions on this metric that start within the series' periods."""
    query = selection.query
    if not series:
        return []
    first, last = series[0].period, series[-1].period
    rows = session.exec(
        select(Intervention)
        .where(
            Intervention.org == org,
            Intervention.metric_id == query.metric_id,
            Intervention.level == query.level,
            Intervention.unit_id == query.unit_id,
        )
        .order_by(col(Intervention.started_on), col(Intervention.intervention_id))
    ).all()
    out = []
    for row in rows:
        start = periods.period_start(row.started_on, selection.period)
        if first <= start <= last:
            out.append(MarkedIntervention(row.intervention_id, row.title, row.started_on, start))
    return out


@dataclass(frozen=True)
class Effect:
    """The estimate (None when the series is too short) and the points it rests on.

    `change_period` is the period holding the start date (t0); `transition` is that same
    period when the start date falls inside it (left out of the fit), else None.
    """

    change_period: date
    transition: date | None
    points: tuple[SeriesPoint, ...]
    used: frozenset[date]
    n_before: int
    n_after: int
    result: SegmentedRegressionResult | None
    warnings: tuple[str, ...]


def estimate_effect(
    session: Session,
    *,
    selection: Selection,
    threshold: int,
    started_on: date,
    viewer_org: str,
    bases: Rounding,
) -> Effect:
    """Segmented regression on the unit's published series around ``started_on`` (rounded to
    the deployment's ``bases``, as the chart route publishes it); see the module docstring for
    where the effect starts and how the transition period is handled."""
    period = selection.period
    series = unit_series(
        session, selection=selection, threshold=threshold, viewer_org=viewer_org, bases=bases
    )
    change = periods.period_start(started_on, period)
    transition = change if started_on != change else None
    published = [
        s for s in series if s.cell is not None and s.cell.value is not None and not s.suppressed
    ]
    before = [s for s in published if s.period < change]
    after = [s for s in published if s.period >= change and s.period != transition]
    warnings: list[str] = []
    skipped = len(series) - len(published)
    if skipped:
        warnings.append(f"{skipped} period(s) without a publishable value are left out.")
    if transition is not None:
        warnings.append(
            f"The change started on {started_on.isoformat()}, inside the period from "
            f"{transition.isoformat()}: that transition period is left out of the fit; the "
            "effect is measured from its start."
        )
    elif not any(s.period == change for s in published):
        warnings.append(
            f"The change's first period ({change.isoformat()}) has no publishable value; the "
            "effect is still measured from its start."
        )

    def no_estimate(reason: str) -> Effect:
        warnings.append(reason)
        return Effect(change, transition, tuple(series), frozenset(), len(before), len(after),
                      None, tuple(warnings))  # fmt: skip

    if min(len(before), len(after)) < MIN_POINTS_PER_SIDE:
        return no_estimate(
            f"Too few points for segmented regression: {len(before)} before and {len(after)} "
            f"after the change; at least {MIN_POINTS_PER_SIDE} on each side are needed."
        )
    ordered = before + after
    # Periods counted from the first used one: the intercept (baseline level) is then the
    # level at the start of the series, not at period zero of the calendar.
    origin = periods.ordinal(ordered[0].period, period)
    try:
        result = segmented_regression(
            [s.cell.value for s in ordered if s.cell and s.cell.value is not None],
            len(before),
            times=[float(periods.ordinal(s.period, period) - origin) for s in ordered],
            change_time=float(periods.ordinal(change, period) - origin),
        )
    except InsufficientDataError as error:
        return no_estimate(f"No estimate: {error}.")
    if result.descriptive_only:
        warnings.append(
            "Fewer than 8 points on one side: read the estimate as descriptive only "
            "(intervals from short series are unreliable)."
        )
    warnings.append(
        "Ordinary least squares ignores autocorrelation between periods: intervals may be "
        "too narrow on long series."
    )
    return Effect(
        change,
        transition,
        tuple(series),
        frozenset(s.period for s in ordered),
        len(before),
        len(after),
        result,
        tuple(warnings),
    )

"""A clinician's feedback report: their caseload's outcomes next to their team's and org's.

The measurement-based-care outcomes (reliable improvement, recovery, remission, reliable
deterioration), sessions with a recent assessment, the kept rate and, when a form is named,
consumer feedback, each one value over the whole range (:mod:`.ranges`): exact distinct
patients, and medians answered for any range.

The range is whole calendar months (:func:`.ranges.aligned_range`). Suppression is nested so
that no small group can be derived by subtraction: the clinician and "the rest of the team" are
suppressed together against the team, then the team and "the rest of the org" against the org
(:func:`~services.metrics.compute.disclosure.suppress_range`). A value hidden at either step
is hidden. Every value shown has its counts rounded to the org's base and its value computed
from the rounded counts (:mod:`~services.metrics.compute.disclosure.range_values`): a
clinician hidden on the values route cannot be recovered as the team minus the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from services.metrics.catalog import CATALOG, MetricDefinition
from services.metrics.compute.disclosure.range_values import Published, suppress_range
from services.metrics.learning.ranges import Pooled, aligned_range, range_value
from services.metrics.learning.selection import Selection, resolve_selection
from services.metrics.models import EncounterFact
from services.metrics.stats.rounding import Rounding

OUTCOME_METRICS = (
    "mbc-reliable-improvement",
    "mbc-recovery",
    "mbc-remission",
    "mbc-reliable-deterioration",
)
PROCESS_METRICS = ("mbc-assessed-before-session", "kept-rate")
FEEDBACK_METRICS = ("feedback-top-box", "feedback-mean")


@dataclass(frozen=True)
class Shown:
    """A value as published: ``value`` is ``published.value`` (rounded, or all None)."""

    value: Pooled
    published: Published

    @classmethod
    def of(cls, published: Published) -> Shown:
        return cls(published.value, published)


@dataclass(frozen=True)
class ReportLine:
    metric_id: str
    clinician: Shown
    team: Shown | None
    org: Shown


def clinician_team(
    session: Session, *, org: str, clinician_id: str, start: date | None, end: date | None
) -> str | None:
    """The team the clinician saw most sessions with in the month-aligned range (ties: the
    latest)."""
    start, end = aligned_range(start, end)
    query = select(EncounterFact.team_id, func.count(), func.max(EncounterFact.start_utc)).where(
        EncounterFact.org == org,
        EncounterFact.clinician_id == clinician_id,
        col(EncounterFact.team_id).is_not(None),
    )
    if start is not None:
        query = query.where(EncounterFact.day >= start)
    if end is not None:
        query = query.where(EncounterFact.day <= end)
    rows = session.exec(query.group_by(EncounterFact.team_id)).all()
    if not rows:
        return None
    return max(rows, key=lambda r: (r[1], r[2]))[0]


def _pair(
    definition: MetricDefinition, part: Pooled, whole: Pooled, threshold: int, base: int
) -> tuple[Published, Published]:
    """A part and the rest of the whole suppressed together, against the whole."""
    rest = _rest(whole, part, "rest")
    shown, total = suppress_range(
        definition, [part, rest], total=whole, threshold=threshold, base=base
    )
    assert total is not None
    return shown[0], total


def _rest(whole: Pooled, part: Pooled, key: str) -> Pooled:
    """The whole minus one part: exact for counts. ``n`` is a lower bound of the rest's
    distinct patients (one seen both in the part and in the rest counts in both), so the rest
    is suppressed at least as often as its exact count would be."""

    def minus(a: float | None, b: float | None) -> float | None:
        return None if a is None else max(0.0, a - (b or 0.0))

    numerator = minus(whole.numerator, part.numerator)
    denominator = minus(whole.denominator, part.denominator)
    if numerator is not None and denominator is not None:
        # A clinician also seen with other teams is no subset of this team: the subtraction is
        # then not exact, and a rest with more events than opportunities would be no cell at all.
        numerator = min(numerator, denominator)
    return Pooled(key, numerator, denominator, max(0, (whole.n or 0) - (part.n or 0)), None)


def _hide(a: Published, b: Published) -> Published:
    return a if a.suppressed or not b.suppressed else b


def report_line(
    session: Session,
    *,
    org: str,
    metric_id: str,
    clinician_id: str,
    team_id: str | None,
    start: date | None,
    end: date | None,
    filters: dict[str, str | None],
    threshold: int,
    bases: Rounding,
) -> ReportLine:
    """One metric for the clinician, their team and the org over the month-aligned range,
    suppressed together and rounded to the deployment's base for the org's own staff."""
    base = bases.own

    def at(level: str, unit: str | None) -> Selection:
        return resolve_selection(
            session,
            caller_org=org,
            metric_id=metric_id,
            level=level,  # type: ignore[arg-type]
            unit=unit,
            period="month",
            start=start,
            end=end,
            filters={k: v for k, v in filters.items() if k in CATALOG[metric_id].filters},
        )

    clinician_sel = at("clinician", clinician_id)
    definition = clinician_sel.definition
    mine = range_value(session, clinician_sel)
    whole = range_value(session, at("org", None))
    if team_id is None:
        shown_mine, shown_org = _pair(definition, mine, whole, threshold, base)
        return ReportLine(metric_id, Shown.of(shown_mine), None, Shown.of(shown_org))
    team = range_value(session, at("team", team_id))
    shown_mine, shown_team_a = _pair(definition, mine, team, threshold, base)
    shown_team_b, shown_org = _pair(definition, team, whole, threshold, base)
    return ReportLine(
        metric_id,
        Shown.of(shown_mine),
        Shown.of(_hide(shown_team_a, shown_team_b)),
        Shown.of(shown_org),
    )

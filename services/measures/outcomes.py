"""Change between a baseline and a later score, judged by the instrument's own rules.

Reliable change follows Jacobson & Truax (1991): a change counts only when it exceeds what
measurement error alone would produce (the catalog's ``reliable_change`` threshold, in points).
Clinically significant change means crossing the caseness cut-off; "recovery" needs both, as
in NHS Talking Therapies' "reliable recovery". Response and remission use the instrument's
rules (PHQ-9: >=50% reduction, score < 5). Where the catalog has no rule the answer is None:
unknown, not "no".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from services.measures.instrument_schema import Scale
from services.measures.scoring import is_case

JT_Z = 1.96  # two-tailed 95% criterion of Jacobson & Truax


@dataclass(frozen=True, slots=True)
class ChangeAssessment:
    """How a later score compares with the baseline (None = the catalog has no rule for it)."""

    baseline: float
    current: float
    change: float  # current - baseline, in score points
    improvement: float  # change oriented so that positive is better
    reliable_change_threshold: float | None
    reliable_improvement: bool | None
    reliable_deterioration: bool | None
    clinically_significant_improvement: bool | None
    recovery: bool | None
    response: bool | None
    remission: bool | None
    weeks_in_care: float | None


def jacobson_truax_threshold(sd: float, reliability: float, z: float = JT_Z) -> float:
    """Smallest change beyond measurement error: z * SD * sqrt(2 * (1 - r)).

    For an organisation that wants to derive its own threshold from its baseline SD and a
    published test-retest reliability, then apply it as an override.
    """
    if sd <= 0 or not 0 <= reliability < 1:
        raise ValueError("sd must be positive and reliability in [0, 1)")
    return z * sd * math.sqrt(2 * (1 - reliability))


def weeks_between(start: date | datetime, end: date | datetime) -> float:
    """Weeks from ``start`` to ``end``, as a fraction (dates or datetimes, not mixed)."""
    delta = end - start  # type: ignore[operator]
    return round(delta.total_seconds() / (7 * 86400), 2)


def assess_change(
    scale: Scale,
    baseline: float,
    current: float,
    *,
    baseline_at: date | datetime | None = None,
    current_at: date | datetime | None = None,
    population: str | None = None,
) -> ChangeAssessment:
    """Judge the change from ``baseline`` to ``current`` on ``scale`` (total or subscale)."""
    for value in (baseline, current):
        if not scale.min <= value <= scale.max:
            raise ValueError(f"score {value} outside the scale range {scale.min}-{scale.max}")
    sign = 1 if scale.direction == "higher_is_better" else -1
    change = current - baseline
    improvement = sign * change
    threshold = None if scale.reliable_change is None else scale.reliable_change.value
    reliable_up = None if threshold is None else improvement >= threshold
    reliable_down = None if threshold is None else -improvement >= threshold
    was_case = is_case(scale, baseline, population)
    now_case = is_case(scale, current, population)
    significant = None if was_case is None else bool(was_case and not now_case)
    recovery = None if significant is None or reliable_up is None else significant and reliable_up
    weeks = None
    if baseline_at is not None and current_at is not None:
        weeks = weeks_between(baseline_at, current_at)
    return ChangeAssessment(
        baseline=baseline,
        current=current,
        change=change,
        improvement=improvement,
        reliable_change_threshold=threshold,
        reliable_improvement=reliable_up,
        reliable_deterioration=reliable_down,
        clinically_significant_improvement=significant,
        recovery=recovery,
        response=_response(scale, baseline, improvement),
        remission=_remission(scale, baseline, current),
        weeks_in_care=weeks,
    )


def _response(scale: Scale, baseline: float, improvement: float) -> bool | None:
    rule = scale.response
    if rule is None or scale.direction != "higher_is_worse" or baseline <= scale.min:
        # A reduction of a score already at the floor is undefined.
        return None
    return improvement >= rule.min_reduction * (baseline - scale.min)


def _remission(scale: Scale, baseline: float, current: float) -> bool | None:
    rule = scale.remission
    if rule is None:
        return None
    if rule.baseline_at_least is not None and baseline < rule.baseline_at_least:
        return None  # e.g. CMS159 counts only episodes whose index PHQ-9 was above 9
    return current < rule.below

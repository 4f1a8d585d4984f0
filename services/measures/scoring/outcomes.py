"""Change between a baseline and a later score, judged by the instrument's own rules.

Every outcome has a definition and an eligibility, and a patient outside the eligibility has no
outcome: ``None`` (left out of numerator and denominator), never ``False``.

* **Reliable improvement / deterioration** (Jacobson & Truax 1991): a change of at least the
  catalog's ``reliable_change`` value, in points. Every patient with a baseline and a follow-up
  is eligible; ``None`` where the instrument has no reliable-change value.
* **Clinically significant improvement**: from a case at baseline (at or above the caseness
  cut-off) to not a case. Only baseline cases are eligible (Jacobson & Truax's criterion is a
  move from the dysfunctional into the functional range).
* **Recovery**: both of the above, Jacobson & Truax's "recovered" category. Only baseline cases
  are eligible. NHS Talking Therapies' "reliable recovery" is the same construct, judged on
  the PHQ-9 and GAD-7 together at that programme's cut-offs (see the catalog's rule sets).
* **Response** and **remission**: the instrument's rules (PHQ-9: a score at least 50 % below
  baseline; a score under 5). Only baseline cases are eligible, and the rule may set its own
  baseline floor: CMS159 "Depression Remission at Twelve Months" and NCQA HEDIS DRR-E count only
  patients whose index PHQ-9 is above 9.

Where the catalog has no rule, the answer is ``None`` too: unknown, not "no".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from services.measures.instruments.schema import Scale
from services.measures.scoring.engine import is_case

JT_Z = 1.96  # two-tailed 95% criterion of Jacobson & Truax


@dataclass(frozen=True, slots=True)
class ChangeAssessment:
    """How a later score compares with the baseline (None = not eligible, or no rule)."""

    baseline: float
    current: float
    change: float  # current - baseline, in score points
    improvement: float  # change oriented so that positive is better
    reliable_change_threshold: float | None
    baseline_case: bool | None  # None when the scale has no caseness cut-off
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
    # Only a baseline case can cross from the clinical into the non-clinical range.
    significant = None if not was_case else not is_case(scale, current, population)
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
        baseline_case=was_case,
        reliable_improvement=reliable_up,
        reliable_deterioration=reliable_down,
        clinically_significant_improvement=significant,
        recovery=recovery,
        response=_response(scale, baseline, improvement, was_case),
        remission=_remission(scale, baseline, current, was_case),
        weeks_in_care=weeks,
    )


def _eligible(baseline: float, was_case: bool | None, floor: float | None) -> bool:
    """A baseline case, at or above the rule's own baseline floor when it sets one."""
    return bool(was_case) and (floor is None or baseline >= floor)


def _response(
    scale: Scale, baseline: float, improvement: float, was_case: bool | None
) -> bool | None:
    rule = scale.response
    if rule is None or scale.direction != "higher_is_worse" or baseline <= scale.min:
        # A reduction of a score already at the floor is undefined.
        return None
    if not _eligible(baseline, was_case, rule.baseline_at_least):
        return None  # NCQA DRR-E: only patients whose index PHQ-9 was above 9
    return improvement >= rule.min_reduction * (baseline - scale.min)


def _remission(scale: Scale, baseline: float, current: float, was_case: bool | None) -> bool | None:
    rule = scale.remission
    if rule is None or not _eligible(baseline, was_case, rule.baseline_at_least):
        return None  # CMS159 / DRR-E: only patients whose index PHQ-9 was above 9
    return current < rule.below

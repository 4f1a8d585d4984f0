"""The generic scoring engine: answers in, total, subscales, band, caseness and flags out.

Nothing here knows any instrument: reverse items, multipliers, skip logic, prorating, bands,
cut-offs and critical rules all come from the catalog, compiled once per instrument into a
:class:`~services.measures.scoring.plan.Plan` of lookup tables, so that scoring a response is a
handful of dict lookups (the target is 50,000 responses a second on one core).

Answers are ``{item_id: answer value}``. A value outside the item's options is never guessed at:
it is reported as ``out_of_range`` and treated as unanswered. Answers to items the instrument
does not have are reported as ``unknown_item`` and ignored.

An unanswered item is unknown, never "no". A required item the flow asks (its skip logic holds,
or cannot be judged because the item deciding it is unanswered) and left blank makes every
critical rule reading it undecided unless the other answers already rule the rule out; such a
rule is listed in ``critical_unanswered`` (one ``critical_item_unanswered`` alert) or, where the
catalog says ``if_undecided: raise``, raised as if it held. A classification whose more severe
level cannot be ruled out is ``indeterminate``. See ``Rule.if_undecided`` and
``Classification.indeterminate`` in ``instruments/schema.py``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from services.measures.instruments.schema import Instrument
from services.measures.scoring.plan import (
    ClassificationPlan,
    ScalePlan,
    band_for,
    compile_plan,
    is_case,
)
from services.measures.scoring.result import Classified, CriticalHit, Flag, ScaleScore, ScoreResult

__all__ = ["Scorer", "band_for", "is_case", "score", "scorer_for"]

_EMPTY: frozenset[str] = frozenset()
_NO_SCORE = ScaleScore(value=None)
Read = tuple[list[int | None], dict[str, int], list[str], list[str]]


class Scorer:
    """One instrument compiled for fast scoring. Build with :func:`scorer_for`."""

    def __init__(self, inst: Instrument) -> None:
        self.instrument = inst
        self._plan = compile_plan(inst)
        self._id, self._version, self._key = inst.id, inst.version, inst.key

    def score(self, answers: Mapping[str, int], *, population: str | None = None) -> ScoreResult:
        """Score one response; ``population`` selects a population-specific cut-off if any."""
        plan = self._plan
        unknown: tuple[str, ...] = ()
        if not answers.keys() <= plan.known:
            unknown = tuple(key for key in answers if key not in plan.known)
        scores, item_scores, missing, invalid = self._read(answers)
        clean: Mapping[str, int] = answers
        if invalid or unknown:
            # Skip logic and rules must only ever see valid answers.
            clean = {k: v for k, v in answers.items() if k in item_scores}
            scores, item_scores, missing, _ = self._read(clean)
        flags: set[Flag] = set()
        if invalid:
            flags.add(Flag.OUT_OF_RANGE)
        if unknown:
            flags.add(Flag.UNKNOWN_ITEM)
        total: ScaleScore | None = None
        subscales: dict[str, ScaleScore] = {}
        for scale in plan.scales:
            result = self._scale_score(scale, scores, population)
            if result.prorated:
                flags.add(Flag.PRORATED)
            elif result.value is None:
                flags.add(Flag.INCOMPLETE)
            if scale.id == "total":
                total = result
            else:
                subscales[scale.id] = result
        if missing and not plan.scales:
            flags.add(Flag.INCOMPLETE)
        unanswered = frozenset(missing).union(invalid) if missing or invalid else _EMPTY
        critical: list[CriticalHit] = []
        critical_unanswered: list[CriticalHit] = []
        indicators: list[str] = []
        for rule in plan.rules:
            if rule.test(clean):
                if rule.hit is None:
                    indicators.append(rule.id)
                else:
                    critical.append(rule.hit)
            elif rule.hit is not None and unanswered and rule.undecided(clean, unanswered) is None:
                # Unknown is never "no": the rule is raised or reported as unanswered.
                flags.add(Flag.CRITICAL_ITEM_UNANSWERED)
                hit = rule.hit._replace(
                    missing_items=tuple(i for i in rule.reads if i in unanswered)
                )
                (critical if rule.raise_if_undecided else critical_unanswered).append(hit)
        if critical:
            flags.add(Flag.CRITICAL_ITEM)
        classifications = {c.id: self._classify(c, clean, unanswered) for c in plan.classifications}
        if any(
            classified is c.indeterminate
            for c, classified in zip(plan.classifications, classifications.values(), strict=True)
        ):
            flags.add(Flag.INCOMPLETE)
        return ScoreResult(
            instrument_id=self._id,
            instrument_version=self._version,
            scoring_version=self._key,
            total=None if total is None else total.value,
            band=None if total is None else total.band,
            case=None if total is None else total.case,
            subscales=subscales,
            classifications=classifications,
            critical=tuple(critical),
            critical_unanswered=tuple(critical_unanswered),
            indicators=tuple(indicators),
            flags=frozenset(flags),
            missing_items=tuple(missing),
            invalid_items=tuple(invalid),
            unknown_items=unknown,
            item_scores=item_scores,
            answers=dict(clean),
        )

    def has_answer(self, answers: Mapping[str, int]) -> bool:
        """Whether at least one item has a valid answer: a response without one says nothing
        (an empty C-SSRS screen is not a negative screen) and is refused, not stored."""
        for item in self._plan.items:
            value = answers.get(item.id)
            if value is not None and isinstance(value, int) and value in item.table:
                return True
        return False

    @staticmethod
    def _classify(
        plan: ClassificationPlan, answers: Mapping[str, int], unanswered: frozenset[str]
    ) -> Classified:
        """The first level that holds, trying the most severe first; ``indeterminate`` when a
        level before it is undecided (missing answers cannot rule it out)."""
        for test, undecided, level in plan.levels:
            if test(answers):
                return level
            if unanswered and undecided(answers, unanswered) is None:
                return plan.indeterminate
        return plan.default

    def _read(self, answers: Mapping[str, int]) -> Read:
        scores: list[int | None] = [None] * self._plan.n_summed
        item_scores: dict[str, int] = {}
        missing: list[str] = []
        invalid: list[str] = []
        get = answers.get
        for item_id, table, position, required, enabled, skip_score in self._plan.items:
            value = get(item_id)
            if value is None:
                if enabled is not None and not enabled(answers):
                    if position is not None:
                        scores[position] = skip_score
                elif required:
                    missing.append(item_id)
                continue
            try:
                item_score = table.get(value)
            except TypeError:  # an unhashable value is as invalid as an unknown one
                item_score = None
            if item_score is None:
                invalid.append(item_id)
                if required:
                    missing.append(item_id)
                continue
            item_scores[item_id] = item_score
            if position is not None:
                scores[position] = item_score
        return scores, item_scores, missing, invalid

    def _scale_score(
        self, scale: ScalePlan, scores: list[int | None], population: str | None
    ) -> ScaleScore:
        values = scale.pick(scores)
        prorated = False
        if None not in values:
            value: float = sum(values) * scale.multiplier  # type: ignore[arg-type]
            if scale.divisor != 1:
                value = round(value / scale.divisor, 2)
        else:
            answered = [v for v in values if v is not None]
            if not answered or len(values) - len(answered) > self._plan.max_missing:
                return _NO_SCORE
            value = round(
                sum(answered) * len(values) / len(answered) * scale.multiplier / scale.divisor, 2
            )
            prorated = True
        case = None
        if scale.threshold is not None:
            threshold = (
                scale.populations.get(population, scale.threshold)
                if population
                else scale.threshold
            )
            case = value >= threshold if scale.at_or_above else value <= threshold
        band = scale.bands[bisect_right(scale.band_mins, value) - 1] if scale.bands else None
        return ScaleScore(value, band, case, prorated)


_SCORERS: dict[str, tuple[Instrument, Scorer]] = {}


def scorer_for(inst: Instrument) -> Scorer:
    """The compiled scorer for ``inst``, built once per instrument version and override set."""
    cached = _SCORERS.get(inst.key)
    if cached is not None and (cached[0] is inst or cached[0] == inst):
        return cached[1]
    scorer = Scorer(inst)
    _SCORERS[inst.key] = (inst, scorer)
    return scorer


def score(
    inst: Instrument, answers: Mapping[str, int], *, population: str | None = None
) -> ScoreResult:
    """Score ``answers`` for ``inst``; see :meth:`Scorer.score`."""
    return scorer_for(inst).score(answers, population=population)

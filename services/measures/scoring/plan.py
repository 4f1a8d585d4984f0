"""Compile an instrument into the lookup tables the scoring engine runs on.

Done once per instrument version (and override set), so that scoring a response never touches
the pydantic catalog models: only tuples, dicts, sets and closures.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from operator import itemgetter
from typing import NamedTuple

from services.measures.instruments.conditions import (
    Predicate,
    TriPredicate,
    compile_condition,
    compile_enable_when,
    compile_three_valued,
    referenced_items,
)
from services.measures.instruments.schema import Band, Instrument, Scale
from services.measures.scoring.result import Classified, CriticalHit


class ItemPlan(NamedTuple):
    id: str
    table: dict[int, int]  # answer value -> item score, reverse scoring applied
    position: int | None  # index among summed items, None when not summed
    required: bool
    enabled: Predicate | None  # skip logic: is the item asked?
    skip_score: int | None  # item score assumed when skip logic did not ask it


class ScalePlan(NamedTuple):
    id: str
    pick: Callable[[list[int | None]], tuple[int | None, ...]]  # this scale's item scores
    multiplier: float  # an int when integral, so whole scores stay whole
    divisor: int  # the number of items for a mean, else 1
    band_mins: tuple[float, ...]
    bands: tuple[Band, ...]
    threshold: float | None
    populations: dict[str, float]
    at_or_above: bool


class RulePlan(NamedTuple):
    id: str
    test: Predicate
    undecided: TriPredicate  # three-valued test, asked only with items unanswered
    reads: tuple[str, ...]  # items it reads and the items deciding whether they are asked
    hit: CriticalHit | None  # None for an indicator rule
    raise_if_undecided: bool  # raise the rule's own alert when it cannot be ruled out


class ClassificationPlan(NamedTuple):
    id: str
    levels: tuple[tuple[Predicate, TriPredicate, Classified], ...]
    default: Classified
    indeterminate: Classified


class Plan(NamedTuple):
    items: tuple[ItemPlan, ...]
    known: frozenset[str]
    n_summed: int
    scales: tuple[ScalePlan, ...]
    rules: tuple[RulePlan, ...]
    classifications: tuple[ClassificationPlan, ...]
    max_missing: int  # items a scale may lack and still be prorated


def compile_plan(inst: Instrument) -> Plan:
    summed = [i.id for i in inst.items if i.scored and inst.scoring.method == "sum"]
    position = {item_id: n for n, item_id in enumerate(summed)}
    missing = inst.scoring.missing
    return Plan(
        items=tuple(_item(inst, item.id, position.get(item.id)) for item in inst.items),
        known=frozenset(item.id for item in inst.items),
        n_summed=len(summed),
        scales=tuple(
            _scale(key, scale, tuple(position[i] for i in getattr(scale, "items", summed)))
            for key, scale in inst.scales().items()
        ),
        rules=tuple(
            RulePlan(
                id=rule.id,
                test=compile_condition(inst, rule.when),
                undecided=compile_three_valued(inst, rule.when),
                reads=_with_controllers(inst, referenced_items(inst, rule.when)),
                hit=CriticalHit(rule.id, rule.label, rule.severity, rule.action)
                if rule.kind == "critical"
                else None,
                raise_if_undecided=rule.if_undecided == "raise",
            )
            for rule in inst.rules
        ),
        classifications=tuple(
            ClassificationPlan(
                id=c.id,
                levels=tuple(
                    (
                        compile_condition(inst, level.when),
                        compile_three_valued(inst, level.when),
                        Classified(level.code, level.label),
                    )
                    for level in c.levels
                    if level.when is not None
                ),
                default=Classified(c.default.code, c.default.label),
                indeterminate=Classified(c.indeterminate.code, c.indeterminate.label),
            )
            for c in inst.classifications
        ),
        max_missing=missing.max_missing if missing.policy == "prorate" else 0,
    )


def _with_controllers(inst: Instrument, item_ids: frozenset[str]) -> tuple[str, ...]:
    """``item_ids`` and, through skip logic, every item deciding whether one of them is asked,
    in questionnaire order: when C-SSRS item 6 is blank, its recent-behaviour part is unknown
    because item 6 is, and the evidence should name both."""
    wanted = set(item_ids)
    for item in reversed(inst.items):  # a controlling item always comes before the ones it asks
        if item.id in wanted and item.enable_when is not None:
            wanted.add(item.enable_when.item)
    return tuple(item.id for item in inst.items if item.id in wanted)


def _item(inst: Instrument, item_id: str, position: int | None) -> ItemPlan:
    item = inst.item(item_id)
    values = [option.value for option in inst.answer_list(item.answers).options]
    low, high = min(values), max(values)
    table = {v: (low + high - v if item.reverse else v) for v in values}
    return ItemPlan(
        id=item.id,
        table=table,
        position=position,
        required=item.is_required,
        enabled=compile_enable_when(item.enable_when) if item.enable_when else None,
        skip_score=None if item.value_if_skipped is None else table[item.value_if_skipped],
    )


def _scale(key: str, scale: Scale, positions: tuple[int, ...]) -> ScalePlan:
    bands = scale.bands.bands if scale.bands else ()
    getter = itemgetter(*positions)
    pick = getter if len(positions) > 1 else lambda scores: (getter(scores),)
    cutoff = scale.caseness
    multiplier = scale.multiplier
    return ScalePlan(
        id=key,
        pick=pick,
        multiplier=int(multiplier) if float(multiplier).is_integer() else multiplier,
        divisor=len(positions) if scale.mean else 1,
        band_mins=tuple(band.min for band in bands),
        bands=bands,
        threshold=None if cutoff is None else cutoff.threshold,
        populations={} if cutoff is None else dict(cutoff.populations),
        at_or_above=cutoff is None or cutoff.direction == "at_or_above",
    )


def band_for(scale: Scale, value: float) -> Band | None:
    """The severity band a value falls in (bands are closed below, open up to the next band)."""
    if scale.bands is None:
        return None
    mins = [band.min for band in scale.bands.bands]
    return scale.bands.bands[max(bisect_right(mins, value) - 1, 0)]


def is_case(scale: Scale, value: float, population: str | None = None) -> bool | None:
    """Whether ``value`` is at or beyond the caseness cut-off (for ``population`` if it has one)."""
    cutoff = scale.caseness
    if cutoff is None:
        return None
    threshold = (
        cutoff.populations.get(population, cutoff.threshold) if population else cutoff.threshold
    )
    return value >= threshold if cutoff.direction == "at_or_above" else value <= threshold

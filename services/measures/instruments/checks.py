"""Consistency checks a catalog file must pass beyond its schema.

A typo in a catalog file is a clinical error (a band that skips a score, a cut-off outside the
range, a rule naming an item that does not exist), so the loader refuses such a file outright.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from pydantic import BaseModel

from services.measures.instruments.conditions import referenced_items
from services.measures.instruments.schema import Condition, Instrument, Rule, Scale

LOINC_CODE = re.compile(r"^\d{1,7}-\d$")
LOINC_ANSWER = re.compile(r"^LA\d{1,7}-\d$")
LOINC_LIST = re.compile(r"^LL\d{1,7}-\d$")


def instrument_problems(inst: Instrument) -> list[str]:
    """Every inconsistency found in ``inst``; an empty list means the file is sound."""
    problems: list[str] = []
    problems += _unique("item", [i.id for i in inst.items])
    problems += _unique("answer list", [a.id for a in inst.answer_lists])
    problems += _unique("source", [s.id for s in inst.sources])
    problems += _unique("subscale", [s.id for s in inst.subscales] + ["total"])
    problems += _unique("rule", [r.id for r in inst.rules])
    problems += _source_refs(inst)
    problems += _codes(inst)
    problems += _items(inst)
    problems += _scoring(inst)
    for scale_id, scale in inst.scales().items():
        problems += [f"{scale_id}: {p}" for p in _scale(inst, scale_id, scale)]
    for rule in inst.rules:
        problems += [f"rule {rule.id}: {p}" for p in _condition(inst, rule.when)]
        problems += [f"rule {rule.id}: {p}" for p in _critical_reads(inst, rule)]
    for classification in inst.classifications:
        codes = [level.code for level in classification.levels]
        codes += [classification.default.code, classification.indeterminate.code]
        problems += [f"classification {classification.id}: {p}" for p in _unique("level", codes)]
        for level in classification.levels:
            if level.when is None:
                problems.append(f"classification {classification.id}: level without condition")
            else:
                problems += [
                    f"classification {classification.id}: {p}" for p in _condition(inst, level.when)
                ]
    return problems


def item_value_range(inst: Instrument, item_id: str) -> tuple[int, int]:
    values = [o.value for o in inst.answer_list(inst.item(item_id).answers).options]
    return min(values), max(values)


def expected_range(
    inst: Instrument, item_ids: tuple[str, ...], multiplier: float, *, mean: bool = False
) -> tuple[float, float]:
    """The range a plain sum of these items can take, times the multiplier (over the number of
    items, for a mean)."""
    ranges = [item_value_range(inst, item_id) for item_id in item_ids]
    factor = multiplier / len(item_ids) if mean else multiplier
    return sum(r[0] for r in ranges) * factor, sum(r[1] for r in ranges) * factor


def _unique(kind: str, ids: list[str]) -> list[str]:
    return [f"duplicate {kind} id {i!r}" for i, n in sorted(Counter(ids).items()) if n > 1]


def _walk_sources(node: object) -> Iterator[tuple[str, ...]]:
    if isinstance(node, BaseModel):
        refs = getattr(node, "sources", None)
        if isinstance(refs, tuple) and all(isinstance(r, str) for r in refs):
            yield refs
        for name in type(node).model_fields:
            yield from _walk_sources(getattr(node, name))
    elif isinstance(node, tuple | list):
        for child in node:
            yield from _walk_sources(child)


def _source_refs(inst: Instrument) -> list[str]:
    known = {s.id for s in inst.sources}
    return [
        f"unknown source id {ref!r}"
        for refs in _walk_sources(inst)
        for ref in refs
        if ref not in known
    ]


def _codes(inst: Instrument) -> list[str]:
    problems = []
    for code in [inst.loinc_panel, *(i.loinc for i in inst.items)]:
        if code is not None and not LOINC_CODE.match(code):
            problems.append(f"malformed LOINC code {code!r}")
    for scale in inst.scales().values():
        if scale.loinc is not None and not LOINC_CODE.match(scale.loinc):
            problems.append(f"malformed LOINC code {scale.loinc!r}")
    for answer_list in inst.answer_lists:
        if answer_list.loinc is not None and not LOINC_LIST.match(answer_list.loinc):
            problems.append(f"malformed LOINC answer list {answer_list.loinc!r}")
        problems += _unique(
            f"value in {answer_list.id}", [str(o.value) for o in answer_list.options]
        )
        codes = [o.code for o in answer_list.options if o.code is not None]
        problems += _unique(f"code in {answer_list.id}", codes)
        problems += [
            f"malformed LOINC answer code {c!r}" for c in codes if not LOINC_ANSWER.match(c)
        ]
        if answer_list.boolean and sorted(o.value for o in answer_list.options) != [0, 1]:
            problems.append(f"boolean list {answer_list.id} must have values 0 and 1")
    return problems


def _items(inst: Instrument) -> list[str]:
    problems = []
    lists = {a.id: {o.value for o in a.options} for a in inst.answer_lists}
    position = {item.id: n for n, item in enumerate(inst.items)}
    for n, item in enumerate(inst.items):
        if item.answers not in lists:
            problems.append(f"item {item.id}: unknown answer list {item.answers!r}")
            continue
        if item.reverse and not item.scored:
            problems.append(f"item {item.id}: only scored items can be reversed")
        if item.value_if_skipped is not None and item.value_if_skipped not in lists[item.answers]:
            problems.append(f"item {item.id}: value_if_skipped is not an answer value")
        cond = item.enable_when
        if cond is None:
            continue
        if position.get(cond.item, n) >= n:
            problems.append(f"item {item.id}: enable_when must name an earlier item")
        elif cond.value not in lists[inst.item(cond.item).answers]:
            problems.append(f"item {item.id}: enable_when value is not an answer value")
        if inst.scoring.method == "sum" and item.scored and item.value_if_skipped is None:
            problems.append(f"item {item.id}: a summed item with skip logic needs value_if_skipped")
    return problems


def _scoring(inst: Instrument) -> list[str]:
    problems = []
    required = [i for i in inst.items if i.scored and i.is_required]
    missing = inst.scoring.missing
    if missing.policy == "prorate" and inst.scoring.method != "sum":
        problems.append("only summed instruments can be prorated")
    if missing.policy == "complete_only" and missing.max_missing:
        problems.append("complete_only allows no missing items")
    if missing.max_missing >= len(required):
        problems.append("max_missing must leave at least one answered item")
    if inst.scoring.method == "none" and (inst.total is not None or inst.subscales):
        problems.append("an unscored instrument has neither total nor subscales")
    if inst.scoring.method == "sum" and inst.total is None and not inst.subscales:
        problems.append("a summed instrument needs a total or subscales")
    return problems


def _scale(inst: Instrument, scale_id: str, scale: Scale) -> list[str]:
    problems = []
    item_ids = getattr(scale, "items", None) or tuple(i.id for i in inst.items if i.scored)
    known = {i.id: i for i in inst.items}
    bad = [i for i in item_ids if i not in known or not known[i].scored]
    if bad:
        return [f"unknown or unscored items {bad}"]
    low, high = expected_range(inst, item_ids, scale.multiplier, mean=scale.mean)
    if (low, high) != (scale.min, scale.max):
        problems.append(f"declared range {scale.min}-{scale.max} but items give {low}-{high}")
    if scale.bands is not None:
        bands = scale.bands.bands
        problems += _unique("band code", [b.code for b in bands])
        if bands[0].min != scale.min or bands[-1].max != scale.max:
            problems.append("bands must start at the scale minimum and end at its maximum")
        for lower, upper in pairwise(bands):
            if upper.min != lower.max + 1 or lower.min > lower.max:
                problems.append(f"bands {lower.code} and {upper.code} are not contiguous")
    limits = [scale.min, scale.max]
    if scale.caseness is not None:
        values = [scale.caseness.threshold, *scale.caseness.populations.values()]
        if any(not limits[0] <= v <= limits[1] for v in values):
            problems.append("caseness threshold outside the scale range")
    if scale.reliable_change is not None and scale.reliable_change.value > scale.max - scale.min:
        problems.append("reliable change larger than the scale range")
    if scale.remission is not None and not limits[0] < scale.remission.below <= limits[1]:
        problems.append("remission threshold outside the scale range")
    for name, rule in (("response", scale.response), ("remission", scale.remission)):
        floor = None if rule is None else rule.baseline_at_least
        if floor is not None and not limits[0] <= floor <= limits[1]:
            problems.append(f"{name} baseline floor outside the scale range")
        if rule is not None and scale.caseness is None:
            # Eligibility is a case at baseline: without a cut-off nobody could be judged.
            problems.append(f"{name} rule without a caseness cut-off")
    return problems


def _critical_reads(inst: Instrument, rule: Rule) -> list[str]:
    """A critical rule may read only required items: a blank optional item would never be
    reported as unanswered, so the rule would read an unknown answer as no."""
    if rule.kind != "critical" or _condition(inst, rule.when):
        return []
    return [
        f"reads item {item_id!r}, which is not required"
        for item_id in sorted(referenced_items(inst, rule.when))
        if not inst.item(item_id).is_required
    ]


def _condition(inst: Instrument, cond: Condition) -> list[str]:
    items = {i.id for i in inst.items}
    subscales = {s.id for s in inst.subscales}
    if cond.item is not None:
        return [] if cond.item in items else [f"condition names unknown item {cond.item!r}"]
    if cond.count is not None:
        if cond.count.subscale is not None:
            ok = cond.count.subscale in subscales
            return [] if ok else [f"count names unknown subscale {cond.count.subscale!r}"]
        return [f"count names unknown item {i!r}" for i in cond.count.items or () if i not in items]
    return [p for child in (cond.any or cond.all or ()) for p in _condition(inst, child)]

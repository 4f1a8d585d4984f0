"""Compile catalog conditions (rules, skip logic, risk levels) into fast Python predicates.

Conditions are compiled once per instrument so that scoring a response only calls closures.
They test answer values as given (before reverse scoring) after validation: an unanswered or
invalid item never satisfies a comparison, so a rule cannot fire on a missing answer.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping

from services.measures.instrument_schema import Condition, EnableWhen, Instrument

Answers = Mapping[str, int]
Predicate = Callable[[Answers], bool]

OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
    "!=": operator.ne,
}


def compile_condition(inst: Instrument, cond: Condition) -> Predicate:
    """A predicate over validated answers that evaluates ``cond``.

    Comparisons are precomputed into the set of answer values that satisfy them, so a test is a
    set lookup and a count is a C-level ``sum(map(...))``.
    """
    if cond.item is not None:
        passing = _passing_values(inst, (cond.item,), cond.op or "==", cond.value or 0)
        item_id = cond.item
        return lambda answers: answers.get(item_id) in passing
    if cond.count is not None:
        spec = cond.count
        members = spec.items or _subscale_items(inst, spec.subscale or "")
        passing = _passing_values(inst, members, spec.op, spec.value)
        count_op, count_value = OPERATORS[cond.op or "=="], cond.value or 0
        return lambda answers: count_op(
            sum(map(passing.__contains__, map(answers.get, members))), count_value
        )
    children = [compile_condition(inst, child) for child in (cond.any or cond.all or ())]
    if cond.any is not None:
        return lambda answers: any(child(answers) for child in children)
    return lambda answers: all(child(answers) for child in children)


def compile_enable_when(rule: EnableWhen) -> Predicate:
    """Whether a skip-logic item is asked. An unanswered controlling item means it is asked."""
    compare = OPERATORS[rule.op]
    controlling, expected = rule.item, rule.value

    def enabled(answers: Answers) -> bool:
        value = answers.get(controlling)
        return value is None or compare(value, expected)

    return enabled


def referenced_items(inst: Instrument, cond: Condition) -> frozenset[str]:
    """Every item a condition reads, to tell when a rule could not be evaluated fully."""
    if cond.item is not None:
        return frozenset({cond.item})
    if cond.count is not None:
        return frozenset(cond.count.items or _subscale_items(inst, cond.count.subscale or ""))
    found: frozenset[str] = frozenset()
    for child in cond.any or cond.all or ():
        found |= referenced_items(inst, child)
    return found


def _passing_values(
    inst: Instrument, item_ids: tuple[str, ...], op: str, value: float
) -> frozenset[int]:
    compare = OPERATORS[op]
    values = {
        option.value
        for item_id in item_ids
        for option in inst.answer_list(inst.item(item_id).answers).options
    }
    return frozenset(v for v in values if compare(v, value))


def _subscale_items(inst: Instrument, subscale_id: str) -> tuple[str, ...]:
    for sub in inst.subscales:
        if sub.id == subscale_id:
            return sub.items
    raise KeyError(subscale_id)

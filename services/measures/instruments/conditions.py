"""Compile catalog conditions (rules, skip logic, risk levels) into fast Python predicates.

Conditions are compiled once per instrument so that scoring a response only calls closures.
They test answer values as given (before reverse scoring) after validation: an unanswered or
invalid item never satisfies a comparison, so a rule cannot fire on a missing answer. Because an
unknown answer must never read as "no" either, each condition also compiles to a three-valued
form (Kleene's logic) that tells a condition ruled out from one the missing answers leave
undecided; the scorer asks it only when a response has unanswered items.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping

from services.measures.instruments.schema import Condition, EnableWhen, Instrument

Answers = Mapping[str, int]
Predicate = Callable[[Answers], bool]
Unknown = frozenset[str]
TriPredicate = Callable[[Answers, Unknown], bool | None]
"""Three-valued: True (holds), False (ruled out) or None (undecided: it depends on the answers
to ``unknown`` items, those asked but left unanswered)."""

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


def compile_three_valued(inst: Instrument, cond: Condition) -> TriPredicate:
    """``cond`` over validated answers, with the items in ``unknown`` treated as unknown.

    An unknown item satisfies a comparison possibly (if one of its options does) and otherwise
    certainly not; a count is undecided when its possible range straddles the comparison; any
    and all combine as in Kleene's three-valued logic.
    """
    if cond.item is not None:
        item_id = cond.item
        passing = _passing_values(inst, (item_id,), cond.op or "==", cond.value or 0)

        def item_test(answers: Answers, unknown: Unknown) -> bool | None:
            if item_id in unknown:
                return None if passing else False
            return answers.get(item_id) in passing

        return item_test
    if cond.count is not None:
        spec = cond.count
        members = spec.items or _subscale_items(inst, spec.subscale or "")
        passing = _passing_values(inst, members, spec.op, spec.value)
        can_pass = frozenset(
            m for m in members if passing & set(_options(inst, m))
        )  # members some answer of which would be counted
        count_op, count_value = OPERATORS[cond.op or "=="], cond.value or 0

        def count_test(answers: Answers, unknown: Unknown) -> bool | None:
            known = sum(answers.get(m) in passing for m in members if m not in unknown)
            extra = sum(m in can_pass for m in members if m in unknown)
            outcomes = {count_op(n, count_value) for n in range(known, known + extra + 1)}
            return outcomes.pop() if len(outcomes) == 1 else None

        return count_test
    children = [compile_three_valued(inst, child) for child in (cond.any or cond.all or ())]
    decisive = cond.any is not None  # True decides an any, False decides an all

    def combined(answers: Answers, unknown: Unknown) -> bool | None:
        undecided = False
        for child in children:
            outcome = child(answers, unknown)
            if outcome is None:
                undecided = True
            elif outcome is decisive:
                return decisive
        return None if undecided else not decisive

    return combined


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


def _options(inst: Instrument, item_id: str) -> list[int]:
    return [option.value for option in inst.answer_list(inst.item(item_id).answers).options]


def _subscale_items(inst: Instrument, subscale_id: str) -> tuple[str, ...]:
    for sub in inst.subscales:
        if sub.id == subscale_id:
            return sub.items
    raise KeyError(subscale_id)

"""Three-valued rules: a condition is decided by the answers given only when every way of
answering the blank items agrees; otherwise it is undecided, never false.

Checked against brute force: every completion of the blanked items is scored and compared.
"""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from services.measures.instruments.catalog import default_catalog
from services.measures.instruments.conditions import compile_condition, compile_three_valued
from services.measures.scoring.engine import score

WITH_CONDITIONS = [
    (inst, rule.id, rule.when)
    for inst in default_catalog().latest()
    for rule in inst.rules
] + [
    (inst, f"{c.id}:{level.code}", level.when)
    for inst in default_catalog().latest()
    for c in inst.classifications
    for level in c.levels
    if level.when is not None
]  # fmt: skip


def _values(inst, item_id):
    return sorted(o.value for o in inst.answer_list(inst.item(item_id).answers).options)


@st.composite
def blanked(draw):
    inst, name, cond = draw(st.sampled_from(WITH_CONDITIONS))
    answers = {item.id: draw(st.sampled_from(_values(inst, item.id))) for item in inst.items}
    ids = sorted(answers)
    blank = draw(st.sets(st.sampled_from(ids), max_size=3))
    return inst, name, cond, answers, frozenset(blank)


@settings(max_examples=400, deadline=None)
@given(blanked())
def test_three_valued_matches_brute_force_over_every_completion(case) -> None:
    inst, name, cond, answers, blank = case
    test = compile_condition(inst, cond)
    given_answers = {k: v for k, v in answers.items() if k not in blank}
    outcomes = {
        test({**given_answers, **dict(zip(sorted(blank), values, strict=True))})
        for values in product(*(_values(inst, i) for i in sorted(blank)))
    }
    decided = compile_three_valued(inst, cond)(given_answers, blank)
    expected = outcomes.pop() if len(outcomes) == 1 else None
    assert decided is expected, (inst.id, name, given_answers, sorted(blank))


def test_a_rule_the_other_answers_rule_out_is_not_reported_as_unanswered() -> None:
    """C-SSRS item 2 no: items 3-5 are not asked, so a blank item 3 leaves nothing open."""
    inst = default_catalog().get("cssrs_screener")
    result = score(inst, {"cssrs_1": 0, "cssrs_2": 0, "cssrs_6": 0})
    assert result.critical == () and result.critical_unanswered == ()
    assert result.classifications["risk"].code == "negative"


def test_pcl5_count_indicator_with_a_blank_item_is_not_claimed() -> None:
    """An indicator rule never raises anything; one left open is simply not listed."""
    inst = default_catalog().get("pcl5")
    answers = {item.id: 4 for item in inst.items}
    del answers["pcl5_1"]
    result = score(inst, answers)
    assert "pcl5_dsm5_provisional" in result.indicators  # four of five B items still count
    assert result.critical_unanswered == ()

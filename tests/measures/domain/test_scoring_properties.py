"""Properties every scored instrument keeps, for any answers hypothesis can think of."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from services.measures.instruments.catalog import default_catalog, get_instrument
from services.measures.scoring.engine import score
from services.measures.scoring.result import Flag

SUMMED = [i for i in default_catalog().latest() if i.scoring.method == "sum"]
WITH_TOTAL = [i for i in SUMMED if i.total is not None]


def _values(inst, item):
    return sorted(o.value for o in inst.answer_list(item.answers).options)


@st.composite
def complete(draw, instruments=SUMMED):
    inst = draw(st.sampled_from(instruments))
    answers = {item.id: draw(st.sampled_from(_values(inst, item))) for item in inst.items}
    return inst, answers


@settings(max_examples=300, deadline=None)
@given(complete())
def test_a_complete_response_always_scores_within_the_published_range(case) -> None:
    inst, answers = case
    result = score(inst, answers)
    assert result.complete and not result.flags & {Flag.OUT_OF_RANGE, Flag.PRORATED}
    for key, scale in inst.scales().items():
        value = result.total if key == "total" else result.subscales[key].value
        assert scale.min <= value <= scale.max
        band = result.band if key == "total" else result.subscales[key].band
        assert (band is None) == (scale.bands is None)


@settings(max_examples=300, deadline=None)
@given(complete(WITH_TOTAL), st.data())
def test_more_symptoms_never_lower_the_total_and_reversed_items_work_backwards(case, data) -> None:
    inst, answers = case
    item = data.draw(st.sampled_from([i for i in inst.items if i.scored]))
    values = _values(inst, item)
    if answers[item.id] == values[-1]:
        return
    higher = data.draw(st.sampled_from([v for v in values if v > answers[item.id]]))
    before = score(inst, answers).total
    after = score(inst, {**answers, item.id: higher}).total
    if item.reverse:  # e.g. CORE-10 "able to cope": more of it means less distress
        assert after < before
    else:
        assert after > before


@settings(max_examples=200, deadline=None)
@given(complete(WITH_TOTAL), st.data())
def test_missing_items_leave_no_total_unless_the_source_allows_prorating(case, data) -> None:
    inst, answers = case
    required = [i.id for i in inst.items if i.scored and i.is_required and not i.enable_when]
    if not required:  # PC-PTSD-5: every symptom item hangs on the exposure question
        return
    dropped = data.draw(st.lists(st.sampled_from(required), min_size=1, unique=True))
    result = score(inst, {k: v for k, v in answers.items() if k not in dropped})
    policy = inst.scoring.missing
    if policy.policy == "prorate" and len(dropped) <= policy.max_missing:
        assert Flag.PRORATED in result.flags
        assert inst.total.min <= result.total <= inst.total.max
    else:
        assert result.total is None and Flag.INCOMPLETE in result.flags
    assert set(result.missing_items) == set(dropped)


@settings(max_examples=200, deadline=None)
@given(complete(), st.data())
def test_an_impossible_answer_is_flagged_and_never_counted(case, data) -> None:
    inst, answers = case
    item = data.draw(st.sampled_from([i for i in inst.items if i.scored]))
    bad = data.draw(st.sampled_from([-1, max(_values(inst, item)) + 1, 36, 2.5]))
    result = score(inst, {**answers, item.id: bad})
    assert result.invalid_items == (item.id,)
    assert Flag.OUT_OF_RANGE in result.flags
    assert item.id not in result.item_scores


@settings(max_examples=100, deadline=None)
@given(complete())
def test_the_order_of_answers_does_not_matter(case) -> None:
    inst, answers = case
    shuffled = list(answers.items())
    random.Random(len(shuffled)).shuffle(shuffled)
    assert score(inst, dict(shuffled)) == score(inst, answers)


@settings(max_examples=200, deadline=None)
@given(complete([get_instrument("pcl5")]))
def test_pcl5_total_is_the_sum_of_its_four_dsm5_clusters(case) -> None:
    inst, answers = case
    result = score(inst, answers)
    assert result.total == sum(sub.value for sub in result.subscales.values())


@given(st.dictionaries(st.text(min_size=1), st.integers(), max_size=3))
def test_answers_to_items_the_instrument_lacks_are_reported_not_scored(extra) -> None:
    phq9 = get_instrument("phq9")
    answers = {f"phq9_{n}": 1 for n in range(1, 10)}
    result = score(phq9, {**{f"x_{k}": v for k, v in extra.items()}, **answers})
    assert result.total == 9
    assert (Flag.UNKNOWN_ITEM in result.flags) == bool(extra)

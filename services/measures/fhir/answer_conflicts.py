"""A FHIR answer whose weight and code disagree is read the more severe way.

A QuestionnaireResponse answer may carry two readings of one item: its LOINC answer code
(LA6571-9 "Nearly every day" is 3 on the PHQ family's frequency list) and an explicit weight
(the ordinalValue or itemWeight extension, or the weight the Questionnaire gives the code).
When they disagree, one of them is wrong and nothing in the response says which. Reading the
milder one could silence a safety alert (PHQ-9 item 9 coded "Nearly every day" but weighted 0),
so the item takes the more severe reading, for the alerts and for the score alike:

* more severe is first the reading under which the critical rules raise more, and more urgent,
  alerts; then the reading with the worse item score (higher on a higher-is-worse scale);
* the score uses the same reading, so the stored answers, the total and the alerts tell one
  story, and the total can only err upwards (towards a follow-up, never away from one);
* every such item is listed (both readings and the one used) and the assessment carries the
  ``answer_code_conflict`` flag, so a clinician or the sender can correct it.

The SMART/AHRQ sample bundle codes every answer "Not at all" but weights them 0-3: its weights
are the more severe reading, so its totals are the weighted ones.
"""

from __future__ import annotations

from collections.abc import Mapping

from services.measures.instruments.schema import Instrument
from services.measures.scoring.engine import Scorer, scorer_for
from services.measures.scoring.result import AnswerConflict

_URGENCY = {"info": 1, "high": 2, "urgent": 3}

Readings = Mapping[str, tuple[str, int, int]]
"""Per item id: the sender's linkId, the answer value its weight gives, the one its code gives."""


def read_most_severe(
    inst: Instrument, answers: Mapping[str, int], readings: Readings
) -> tuple[dict[str, int], tuple[AnswerConflict, ...]]:
    """``answers`` with each conflicting item set to its more severe reading, and the list of
    conflicts resolved (in the instrument's item order)."""
    chosen = dict(answers)
    if not readings:
        return chosen, ()
    scorer = scorer_for(inst)
    worse = -1 if inst.total is not None and inst.total.direction == "higher_is_better" else 1
    conflicts = []
    for item in inst.items:
        if item.id not in readings:
            continue
        link_id, by_weight, by_code = readings[item.id]
        chosen[item.id] = max(
            (by_weight, by_code),
            key=lambda value: _severity(scorer, {**chosen, item.id: value}, item.id, worse),
        )
        conflicts.append(AnswerConflict(item.id, link_id, by_weight, by_code, chosen[item.id]))
    return chosen, tuple(conflicts)


def _severity(
    scorer: Scorer, answers: Mapping[str, int], item_id: str, worse: int
) -> tuple[int, int]:
    result = scorer.score(answers)
    alerts = sum(_URGENCY.get(hit.severity, 1) for hit in result.critical)
    return alerts, worse * result.item_scores.get(item_id, 0)

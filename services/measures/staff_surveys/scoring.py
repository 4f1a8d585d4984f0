"""A stored response as the feed publishes it: every item of every instrument of the campaign
(null when not answered), the catalog's scores (total and subscales) and the response's flags.

A response's flags on an instrument are the ids of the instrument's indicator rules that hold
(Mini Z 2.0's ``burnout``, ``high_home_ehr``, ``ehr_frustration``) and, for each scale whose
published cut-off is met, the code of the band the score falls in (burnout1's ``burnout``,
Mini Z's ``joyful_workplace``, intent to leave's ``intends_to_leave``). Both come from the
catalog, so a consumer need not know any instrument's rule.
"""

from __future__ import annotations

from collections.abc import Mapping

from services.measures.instruments import Instrument, default_catalog
from services.measures.scoring.engine import score
from services.measures.scoring.result import ScoreResult
from services.measures.staff_surveys.errors import SurveyAnswersError
from shared.events import StaffSurveyResponse

Answers = Mapping[str, Mapping[str, int]]


def campaign_instruments(keys: list[str]) -> dict[str, Instrument]:
    """The instruments a campaign asked, at the versions it recorded (``phq9.v1`` keys)."""
    found = {}
    for key in keys:
        instrument_id, _, version = key.rpartition(".v")
        found[instrument_id] = default_catalog().get(instrument_id, int(version))
    return found


def check_answers(instruments: Mapping[str, Instrument], answers: Answers) -> None:
    """Refuse (422) an instrument the campaign did not ask, an unknown item, a value outside
    its item's options, or a response answering nothing."""
    answered = False
    for instrument_id, items in answers.items():
        inst = instruments.get(instrument_id)
        if inst is None:
            raise SurveyAnswersError(f"/{instrument_id}", "not an instrument of this survey")
        result = score(inst, items)
        for item_id in (*result.unknown_items, *result.invalid_items):
            raise SurveyAnswersError(f"/{instrument_id}/{item_id}", "unknown item or value")
        answered = answered or bool(result.item_scores)
    if not answered:
        raise SurveyAnswersError("", "the response answers no item")


def _flags(result: ScoreResult) -> list[str]:
    flags = list(result.indicators)
    if result.case and result.band is not None:
        flags.append(result.band.code)
    for sub in result.subscales.values():
        if sub.case and sub.band is not None:
            flags.append(sub.band.code)
    return flags


def published_response(
    instruments: Mapping[str, Instrument], role: str | None, answers: Answers
) -> StaffSurveyResponse:
    """The response as ``staff-survey.closed`` carries it, scored by the catalog."""
    all_answers: dict[str, dict[str, int | None]] = {}
    scores: dict[str, dict[str, float | None]] = {}
    flags: dict[str, list[str]] = {}
    for instrument_id, inst in instruments.items():
        given = answers.get(instrument_id, {})
        all_answers[instrument_id] = {item.id: given.get(item.id) for item in inst.items}
        result = score(inst, given)
        scores[instrument_id] = {
            "total": result.total,
            **{sub_id: sub.value for sub_id, sub in result.subscales.items()},
        }
        flags[instrument_id] = _flags(result)
    return StaffSurveyResponse(role=role, answers=all_answers, scores=scores, flags=flags)

"""Turn one QuestionnaireResponse answer into our answer value for one item.

Senders encode the same answer many ways: a LOINC answer code (LA6568-5), a local code with a
weight extension (ordinalValue, itemWeight, valueset-ordinalValue, iso21090-CO-value), a bare
integer or decimal, a boolean. Weights are score weights, so for a reverse-scored item they are
mapped back to answer values. When a coding's weight and its code disagree (the SMART/AHRQ
sample codes every answer LA6568-5 "Not at all" but weights them 0-3), both readings are
returned: ``answer_conflicts.py`` keeps the more severe one and the conflict is reported, never
silently resolved. Errors name the linkId, never the value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from services.measures.errors import UnscorableResponseError
from services.measures.fhir.common import DATA_ABSENT_REASON, LOINC, WEIGHT_EXTENSIONS
from services.measures.instruments.schema import Instrument, Item

LocalCodes = Callable[[str | None, str | None], int | None]


@dataclass(frozen=True, slots=True)
class Decoded:
    value: int | None  # None: declined or otherwise absent; else the weight's reading
    code_value: int | None = None  # the answer code's reading, when it differs from the weight's

    @property
    def conflict(self) -> bool:
        return self.code_value is not None


class AnswerDecoder:
    """Decodes answers for one item; built once per item per response."""

    def __init__(
        self,
        inst: Instrument,
        item: Item,
        *,
        local_codes: LocalCodes | None = None,
        questionnaire_weights: Mapping[tuple[str | None, str], float] | None = None,
    ) -> None:
        answer_list = inst.answer_list(item.answers)
        values = [option.value for option in answer_list.options]
        low, high = min(values), max(values)
        self._item = item
        self._values = frozenset(values)
        self._by_code = {o.code: o.value for o in answer_list.options if o.code}
        self._value_of_weight = {(low + high - v if item.reverse else v): v for v in values}
        self._boolean = answer_list.boolean
        self._local_codes = local_codes
        self._q_weights = questionnaire_weights or {}

    def decode(self, answer: Mapping[str, Any], link_id: str) -> Decoded:
        if "valueCoding" in answer:
            return self._coding(answer["valueCoding"], answer, link_id)
        for key in ("valueInteger", "valueDecimal"):
            if key in answer:
                return Decoded(self._number(answer[key], self._values.__contains__, link_id))
        if "valueBoolean" in answer:
            if not self._boolean or not isinstance(answer["valueBoolean"], bool):
                raise UnscorableResponseError(link_id, "valueBoolean on a non yes/no item")
            return Decoded(int(answer["valueBoolean"]))
        kinds = sorted(key for key in answer if key.startswith("value")) or ["no value"]
        raise UnscorableResponseError(link_id, f"unsupported answer type {kinds[0]}")

    def _coding(self, coding: Any, answer: Mapping[str, Any], link_id: str) -> Decoded:
        if not isinstance(coding, Mapping):
            raise UnscorableResponseError(link_id, "valueCoding is not an object")
        system, code = coding.get("system"), coding.get("code")
        if system == DATA_ABSENT_REASON:
            return Decoded(None)  # e.g. asked-declined: an unanswered item, not an error
        weight = _weight(coding) if _weight(coding) is not None else _weight(answer)
        coded = self._coded_value(system, code)
        if (
            weight is None
            and coded is None
            and isinstance(code, str)
            and (system is None or isinstance(system, str))
        ):
            weight = self._q_weights.get((system, code))
        if weight is not None:
            value = self._number(weight, self._value_of_weight.__contains__, link_id)
            value = self._value_of_weight[value]
            differs = coded is not None and coded != value
            return Decoded(value, code_value=coded if differs else None)
        if coded is not None:
            return Decoded(coded)
        raise UnscorableResponseError(
            link_id, f"answer code {code!r} is not an option of {self._item.id} and has no weight"
        )

    def _coded_value(self, system: str | None, code: str | None) -> int | None:
        if code is None:
            return None
        if system in (None, LOINC) and code in self._by_code:
            return self._by_code[code]
        return None if self._local_codes is None else self._local_codes(system, code)

    def _number(self, raw: Any, allowed: Callable[[int], bool], link_id: str) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int | float) or raw != int(raw):
            raise UnscorableResponseError(link_id, f"{self._item.id} needs a whole-number answer")
        if not allowed(int(raw)):
            raise UnscorableResponseError(link_id, f"answer outside the options of {self._item.id}")
        return int(raw)


def _weight(element: Mapping[str, Any]) -> float | None:
    for extension in element.get("extension") or ():
        if isinstance(extension, Mapping) and extension.get("url") in WEIGHT_EXTENSIONS:
            for key in ("valueDecimal", "valueInteger"):
                if key in extension:
                    value = extension[key]
                    return value if isinstance(value, int | float) else None
    return None


def questionnaire_weights(
    questionnaire: Mapping[str, Any] | None,
) -> dict[str, dict[tuple[str | None, str], float]]:
    """Per linkId, the weight of each answer coding a Questionnaire declares.

    Reads R4 ``answerOption`` and STU3 ``option`` weights, and weights on the concepts of
    contained ValueSets referenced as ``#id`` (compose and expansion forms).
    """
    if not questionnaire:
        return {}
    valuesets = {
        f"#{res.get('id')}": _valueset_weights(res)
        for res in questionnaire.get("contained") or ()
        if isinstance(res, Mapping) and res.get("resourceType") == "ValueSet"
    }
    found: dict[str, dict[tuple[str | None, str], float]] = {}
    for item in _walk(questionnaire.get("item") or ()):
        weights: dict[tuple[str | None, str], float] = {}
        for option in item.get("answerOption") or item.get("option") or ():
            coding = option.get("valueCoding") or {}
            weight = _weight(option) if _weight(option) is not None else _weight(coding)
            if weight is not None and coding.get("code"):
                weights[(coding.get("system"), coding["code"])] = weight
        ref = item.get("answerValueSet") or (item.get("options") or {}).get("reference")
        if isinstance(ref, str) and ref in valuesets:
            weights.update(valuesets[ref])
        if weights:
            for (_, code), weight in list(weights.items()):
                weights.setdefault((None, code), weight)  # senders often drop the system
            found[item.get("linkId", "")] = weights
    return found


def _valueset_weights(valueset: Mapping[str, Any]) -> dict[tuple[str | None, str], float]:
    weights: dict[tuple[str | None, str], float] = {}
    for include in (valueset.get("compose") or {}).get("include") or ():
        for concept in include.get("concept") or ():
            if _weight(concept) is not None:
                weights[(include.get("system"), concept["code"])] = _weight(concept)  # type: ignore[assignment]
    for concept in (valueset.get("expansion") or {}).get("contains") or ():
        if _weight(concept) is not None:
            weights[(concept.get("system"), concept["code"])] = _weight(concept)  # type: ignore[assignment]
    return weights


def _walk(items: Any) -> Any:
    for item in items:
        if isinstance(item, Mapping):
            yield item
            yield from _walk(item.get("item") or ())

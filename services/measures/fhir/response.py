"""Read a FHIR QuestionnaireResponse (R4, or STU3 as found in the wild) into answers and score it.

An item is recognised, in order, by: a link map for the response's questionnaire; a linkId that
is our item id; a linkId that is the item's LOINC code (``44250-9`` or ``/44250-9``); an item
``definition`` ending in that code; the code the Questionnaire (passed in, or contained and
referenced as ``#id``) gives that linkId. Unrecognised items (display text, extra questions)
are ignored and listed. An answer whose weight and code disagree is read the more severe way
(``answer_conflicts.py``). A stated total is read but never trusted:
:func:`score_questionnaire_response` recomputes it and flags a disagreement as
``stated_total_mismatch``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from services.measures.errors import UnscorableResponseError
from services.measures.fhir.answer_conflicts import read_most_severe
from services.measures.fhir.answers import AnswerDecoder, questionnaire_weights
from services.measures.fhir.maps import LinkMap, find_link_map, questionnaire_reference
from services.measures.instruments.schema import Instrument
from services.measures.scoring.engine import score
from services.measures.scoring.result import AnswerConflict, Flag, ScoreResult

TOTAL = "__total__"


@dataclass(frozen=True, slots=True)
class ParsedResponse:
    instrument_id: str
    answers: dict[str, int]
    stated_total: float | None
    link_ids: dict[str, str]  # our item id -> the sender's linkId
    ignored_link_ids: tuple[str, ...]
    declined_items: tuple[str, ...]
    conflicts: tuple[AnswerConflict, ...]  # weight and code disagreed; answers hold the worse
    questionnaire: str | None
    authored: str | None
    subject: str | None


def parse_questionnaire_response(
    qr: Mapping[str, Any],
    inst: Instrument,
    *,
    questionnaire: Mapping[str, Any] | None = None,
    link_map: LinkMap | None = None,
) -> ParsedResponse:
    """Answers for ``inst`` from ``qr``; raises UnscorableResponseError naming the linkId."""
    if not isinstance(qr, Mapping) or qr.get("resourceType") != "QuestionnaireResponse":
        raise UnscorableResponseError(None, "not a QuestionnaireResponse")
    if qr.get("status") == "entered-in-error":
        raise UnscorableResponseError(None, "the response is marked entered-in-error")
    questionnaire = questionnaire or _contained_questionnaire(qr)
    link_map = link_map or find_link_map(_questionnaire_refs(qr, questionnaire), inst.id)
    resolver = _Resolver(inst, link_map, questionnaire)
    weights = questionnaire_weights(questionnaire)
    answers: dict[str, int] = {}
    link_ids: dict[str, str] = {}
    ignored, declined = [], []
    readings: dict[str, tuple[str, int, int]] = {}
    stated_total: float | None = None
    for item in _leaf_items(qr.get("item") or ()):
        link_id = str(item.get("linkId", ""))
        target = resolver.resolve(link_id, item.get("definition"))
        given = [a for a in item.get("answer") or () if isinstance(a, Mapping)]
        if target is None:
            if given:
                ignored.append(link_id)
            continue
        if target in link_ids:
            raise UnscorableResponseError(
                link_id, f"answers {target} already given by item {link_ids[target]!r}"
            )
        link_ids[target] = link_id
        if not given:
            continue
        if len(given) > 1:
            raise UnscorableResponseError(link_id, "more than one answer to a single-choice item")
        if target == TOTAL:
            stated_total = _stated_number(given[0], link_id)
            continue
        decoder = AnswerDecoder(
            inst,
            inst.item(target),
            local_codes=None if link_map is None else link_map.answer_value,
            questionnaire_weights=weights.get(link_id),
        )
        decoded = decoder.decode(given[0], link_id)
        if decoded.value is None:
            declined.append(target)
            continue
        answers[target] = decoded.value
        if decoded.code_value is not None:
            readings[target] = (link_id, decoded.value, decoded.code_value)
    link_ids.pop(TOTAL, None)
    answers, conflicts = read_most_severe(inst, answers, readings)
    subject = qr.get("subject")
    return ParsedResponse(
        instrument_id=inst.id,
        answers=answers,
        stated_total=stated_total,
        link_ids=link_ids,
        ignored_link_ids=tuple(ignored),
        declined_items=tuple(declined),
        conflicts=conflicts,
        questionnaire=questionnaire_reference(qr),
        authored=qr.get("authored"),
        subject=subject.get("reference") if isinstance(subject, Mapping) else None,
    )


def score_questionnaire_response(
    qr: Mapping[str, Any],
    inst: Instrument,
    *,
    questionnaire: Mapping[str, Any] | None = None,
    link_map: LinkMap | None = None,
    population: str | None = None,
) -> tuple[ParsedResponse, ScoreResult]:
    """Parse and score; the stated total is compared with ours, never used."""
    parsed = parse_questionnaire_response(qr, inst, questionnaire=questionnaire, link_map=link_map)
    result = score(inst, parsed.answers, population=population).with_conflicts(parsed.conflicts)
    if parsed.stated_total is not None and parsed.stated_total != result.total:
        result = result.with_flags(Flag.STATED_TOTAL_MISMATCH)
    return parsed, result


class _Resolver:
    def __init__(
        self, inst: Instrument, link_map: LinkMap | None, questionnaire: Mapping[str, Any] | None
    ) -> None:
        self._ids = {item.id for item in inst.items}
        self._by_code = {item.loinc: item.id for item in inst.items if item.loinc}
        if inst.total is not None and inst.total.loinc:
            self._by_code[inst.total.loinc] = TOTAL
        self._ids_total = f"{inst.id}_total"
        self._map = link_map
        if link_map is not None:
            unknown = set(link_map.items.values()) - self._ids
            if unknown:
                raise UnscorableResponseError(None, f"link map {link_map.id} names unknown items")
        self._q_codes: dict[Any, list[str]] = {
            item.get("linkId"): [
                c["code"]
                for c in item.get("code") or ()
                if isinstance(c, Mapping) and isinstance(c.get("code"), str)
            ]
            for item in _all_items((questionnaire or {}).get("item") or ())
        }

    def resolve(self, link_id: str, definition: Any) -> str | None:
        if self._map is not None:
            if link_id in self._map.totals:
                return TOTAL
            if link_id in self._map.items:
                return self._map.items[link_id]
        if link_id in self._ids:
            return link_id
        if link_id == self._ids_total:
            return TOTAL
        candidates: list[str] = [link_id.lstrip("/")]
        if isinstance(definition, str):
            candidates.append(definition.rsplit("/", 1)[-1].rsplit("#", 1)[-1])
        candidates += self._q_codes.get(link_id, [])
        return next((self._by_code[c] for c in candidates if c in self._by_code), None)


def _stated_number(answer: Mapping[str, Any], link_id: str) -> float:
    raw = answer.get("valueInteger", answer.get("valueDecimal"))
    if raw is None and isinstance(answer.get("valueQuantity"), Mapping):
        raw = answer["valueQuantity"].get("value")
    if raw is None and "valueString" in answer:
        try:
            raw = float(answer["valueString"])
        except ValueError:
            raw = None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise UnscorableResponseError(link_id, "the stated total is not a number")
    return raw


def _questionnaire_refs(
    qr: Mapping[str, Any], questionnaire: Mapping[str, Any] | None
) -> list[str]:
    """The response's questionnaire, then the canonical(s) a contained one is derived from."""
    refs = [ref] if (ref := questionnaire_reference(qr)) else []
    if questionnaire:
        for key in ("url", "derivedFrom"):
            value = questionnaire.get(key)
            refs += (
                [value]
                if isinstance(value, str)
                else [v for v in value or () if isinstance(v, str)]
            )
    return refs


def _contained_questionnaire(qr: Mapping[str, Any]) -> Mapping[str, Any] | None:
    ref = questionnaire_reference(qr)
    if not ref or not ref.startswith("#"):
        return None
    for resource in qr.get("contained") or ():
        if isinstance(resource, Mapping) and f"#{resource.get('id')}" == ref:
            return resource
    return None


def _leaf_items(items: Any) -> Iterator[Mapping[str, Any]]:
    """Items that may carry answers, in document order, including those nested in answers."""
    for item in items:
        if not isinstance(item, Mapping):
            continue
        yield item
        yield from _leaf_items(item.get("item") or ())
        for answer in item.get("answer") or ():
            if isinstance(answer, Mapping):
                yield from _leaf_items(answer.get("item") or ())


def _all_items(items: Any) -> Iterator[Mapping[str, Any]]:
    for item in items:
        if isinstance(item, Mapping):
            yield item
            yield from _all_items(item.get("item") or ())

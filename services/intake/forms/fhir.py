"""Feedback forms as FHIR R4 Questionnaires, and QuestionnaireResponses back into answers.

A mobile app or EHR renders a form from its Questionnaire and may send the answers back as a
QuestionnaireResponse instead of intake's own JSON. Both directions are checked with the R4B models
of ``fhir.resources`` (R4B is wire-compatible with R4 for these two resources).

Mapping:

    form item          Questionnaire item
    likert             type `choice`; answerOption.valueCoding (code = the value as text, in a
                       code system per item) with the `ordinalValue` extension carrying the value
    yes_no             type `boolean`
    free_text          type `text`, `maxLength`

Parsing accepts what a reasonable client sends for a Likert item: the Coding offered, or a bare
``valueInteger``. A Coding from another code system is refused, since its code means something
else. The answers then go through the same checks as a JSON submission.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from pydantic import ValidationError

from services.intake.errors import AnswerError, InvalidAnswersError, UnknownQuestionnaireError
from services.intake.forms.answers import Answer, validate_answers
from services.intake.forms.models import FeedbackForm, FormItem, FreeText, Likert, load_forms

__all__ = [
    "CODE_SYSTEM_BASE",
    "ORDINAL_VALUE_URL",
    "QUESTIONNAIRE_BASE",
    "answer_system",
    "answers_from_questionnaire_response",
    "build_questionnaire",
    "build_questionnaire_response",
    "canonical_url",
]

QUESTIONNAIRE_BASE = "https://learning-loop.dev/fhir/Questionnaire/"
CODE_SYSTEM_BASE = "https://learning-loop.dev/fhir/CodeSystem/"
ORDINAL_VALUE_URL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
_COMPLETE = frozenset({"completed", "amended"})


def canonical_url(form: FeedbackForm) -> str:
    """The Questionnaire's canonical URL (without version)."""
    return QUESTIONNAIRE_BASE + form.id


def answer_system(form: FeedbackForm, item: FormItem) -> str:
    """The code system of a Likert item's answers: one per item, since "5" means different
    things on different scales."""
    return f"{CODE_SYSTEM_BASE}{form.id}/{item.id}"


def _computable_name(form_id: str) -> str:
    return "".join(part.capitalize() for part in form_id.split("-"))


def _description(form: FeedbackForm) -> str:
    lines = [form.description, "", "Modelled on (wording is original):"]
    lines += [f"* {b.name}: {b.borrowed} ({b.reference})" for b in form.modelled_on]
    return "\n".join(lines)


def _questionnaire_item(form: FeedbackForm, item: FormItem) -> dict[str, Any]:
    out: dict[str, Any] = {"linkId": item.id, "text": item.text, "required": item.required}
    spec = item.answer
    if isinstance(spec, Likert):
        out["type"] = "choice"
        out["answerOption"] = [
            {
                "extension": [{"url": ORDINAL_VALUE_URL, "valueDecimal": option.value}],
                "valueCoding": {
                    "system": answer_system(form, item),
                    "code": str(option.value),
                    "display": option.label,
                },
            }
            for option in spec.options
        ]
    elif isinstance(spec, FreeText):
        out["type"] = "text"
        out["maxLength"] = spec.max_length
    else:
        out["type"] = "boolean"
    return out


def build_questionnaire(form: FeedbackForm) -> Questionnaire:
    """The form as a FHIR R4 Questionnaire (validated on construction)."""
    return Questionnaire.model_validate(
        {
            "resourceType": "Questionnaire",
            "id": form.id,
            "url": canonical_url(form),
            "version": form.version,
            "name": _computable_name(form.id),
            "title": form.title,
            "status": "active",
            "subjectType": ["Patient"],
            "publisher": "Learning Loop",
            "description": _description(form),
            "item": [_questionnaire_item(form, item) for item in form.items],
        }
    )


def build_questionnaire_response(
    form: FeedbackForm,
    answers: Mapping[str, Answer],
    *,
    authored: datetime | None = None,
) -> QuestionnaireResponse:
    """A completed QuestionnaireResponse carrying ``answers`` (already validated) for ``form``."""
    items = []
    for item in form.items:
        if item.id not in answers:
            continue
        value, spec = answers[item.id], item.answer
        if isinstance(spec, Likert):
            assert isinstance(value, int)
            answer: dict[str, Any] = {
                "valueCoding": {
                    "system": answer_system(form, item),
                    "code": str(value),
                    "display": spec.label_of(value),
                }
            }
        elif isinstance(spec, FreeText):
            answer = {"valueString": value}
        else:
            answer = {"valueBoolean": value}
        items.append({"linkId": item.id, "text": item.text, "answer": [answer]})
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{canonical_url(form)}|{form.version}",
        "status": "completed",
        "item": items,
    }
    if authored is not None:
        resource["authored"] = authored.isoformat()
    return QuestionnaireResponse.model_validate(resource)


def _form_for(canonical: str | None) -> tuple[FeedbackForm, str | None]:
    """The form a ``questionnaire`` canonical (``url`` or ``url|version``) refers to."""
    if not canonical:
        raise InvalidAnswersError(
            "QuestionnaireResponse",
            [
                AnswerError(
                    None,
                    "missing_questionnaire",
                    "the response must name its Questionnaire",
                    pointer="/questionnaire",
                )
            ],
        )
    url, _, version = canonical.partition("|")
    form_id = url.removeprefix(QUESTIONNAIRE_BASE)
    form = load_forms().get(form_id) if url.startswith(QUESTIONNAIRE_BASE) else None
    if form is None:
        raise UnknownQuestionnaireError(url)
    return form, version or None


def _raw_answer(form: FeedbackForm, item: FormItem, answer: Any) -> tuple[object, str | None]:
    """The plain value of one FHIR answer, or why it cannot be read."""
    if isinstance(item.answer, Likert):
        if answer.valueInteger is not None:
            return answer.valueInteger, None
        coding = answer.valueCoding
        if coding is None:
            return None, "expected valueCoding or valueInteger"
        if coding.system != answer_system(form, item) or not (coding.code or "").isdigit():
            return None, "the Coding is not one of this item's answer options"
        return int(coding.code), None
    if isinstance(item.answer, FreeText):
        return (
            (answer.valueString, None)
            if answer.valueString is not None
            else (None, "expected valueString")
        )
    if answer.valueBoolean is None:
        return None, "expected valueBoolean"
    return answer.valueBoolean, None


def answers_from_questionnaire_response(
    resource: Mapping[str, Any] | QuestionnaireResponse,
) -> tuple[FeedbackForm, dict[str, Answer]]:
    """The form a QuestionnaireResponse answers and its validated answers.

    Raises :class:`UnknownQuestionnaireError` when the response names no known form, and
    :class:`InvalidAnswersError` (pointers into the resource) for anything else that is wrong.
    """
    if isinstance(resource, QuestionnaireResponse):
        qr = resource
    else:
        try:
            qr = QuestionnaireResponse.model_validate(dict(resource))
        except ValidationError as exc:
            raise InvalidAnswersError(
                "QuestionnaireResponse",
                [
                    AnswerError(
                        None,
                        "invalid_fhir",
                        str(err["msg"]),
                        pointer="/" + "/".join(str(p) for p in err["loc"]),
                    )
                    for err in exc.errors(include_input=False)
                ],
            ) from None
    form, version = _form_for(qr.questionnaire)
    errors: list[AnswerError] = []
    if version is not None and version != form.version:
        errors.append(
            AnswerError(
                None,
                "version_mismatch",
                f"form '{form.id}' is at version {form.version}",
                pointer="/questionnaire",
            )
        )
    if qr.status not in _COMPLETE:
        errors.append(
            AnswerError(
                None,
                "not_completed",
                "only completed or amended responses are accepted",
                pointer="/status",
            )
        )
    raw: dict[str, object] = {}
    where: dict[str, str] = {}
    for index, entry in enumerate(qr.item or []):
        pointer = f"/item/{index}"
        item = form.item(entry.linkId or "")
        answers = entry.answer or []
        if item is None or entry.item:
            errors.append(
                AnswerError(
                    entry.linkId,
                    "unknown_item",
                    f"form '{form.id}' has no such top-level item",
                    pointer=pointer,
                )
            )
        elif entry.linkId in where:
            errors.append(
                AnswerError(item.id, "duplicate_item", "item answered twice", pointer=pointer)
            )
        elif len(answers) > 1:
            errors.append(
                AnswerError(
                    item.id, "multiple_answers", "one answer per item", pointer=pointer + "/answer"
                )
            )
        else:
            where[item.id] = pointer
            if answers:
                value, problem = _raw_answer(form, item, answers[0])
                if problem:
                    errors.append(
                        AnswerError(item.id, "wrong_type", problem, pointer=pointer + "/answer/0")
                    )
                else:
                    raw[item.id] = value
    try:
        cleaned = validate_answers(form, raw)
    except InvalidAnswersError as exc:
        # Items already reported above would only be reported again as missing.
        reported = {e.item_id for e in errors}
        errors += [
            AnswerError(e.item_id, e.code, e.detail, pointer=where.get(e.item_id or "", "/item"))
            for e in exc.errors
            if e.item_id not in reported and not (errors and e.code == "empty")
        ]
        cleaned = {}
    if errors:
        raise InvalidAnswersError(form.id, errors)
    return form, cleaned

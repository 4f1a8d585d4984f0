"""Build a FHIR R4 Questionnaire from a catalog instrument, for LHC-Forms, SDC tools and EHRs.

Items use our stable item ids as linkIds and carry their LOINC codes; every answer option is a
Coding (LOINC answer codes where they exist) with the ``ordinalValue`` extension holding the
option's score weight, so a form filler can compute the same total we do. Totals and subscales
are read-only items coded with their LOINC score codes. An instrument whose licensed wording we
do not hold is emitted as a ``draft`` with staff labels in place of the wording.
"""

from __future__ import annotations

from typing import Any

from services.measures.fhir.common import (
    DEFAULT_CANONICAL_BASE,
    LOINC,
    ORDINAL_VALUE,
    answer_coding,
    item_system,
    validated,
)
from services.measures.instruments.schema import Instrument, Item, Scale

ENABLE_WHEN_OPERATORS = {"==": "=", "!=": "!="}


def questionnaire_url(inst: Instrument, base: str = DEFAULT_CANONICAL_BASE) -> str:
    return f"{base}/Questionnaire/{inst.id}"


def questionnaire_id(inst: Instrument) -> str:
    """The Questionnaire's id: instrument and version (``phq9-v1``), FHIR's id characters."""
    return f"{inst.id}-v{inst.version}".replace("_", "-")


def build_questionnaire(inst: Instrument, *, base: str = DEFAULT_CANONICAL_BASE) -> dict[str, Any]:
    """The instrument as a validated FHIR R4 Questionnaire (a JSON-ready dict)."""
    items: list[dict[str, Any]] = []
    if inst.stem:
        items.append({"linkId": f"{inst.id}_stem", "type": "display", "text": inst.stem})
    items += [_item(inst, item, base) for item in inst.items]
    for key, scale in inst.scales().items():
        items.append(_score_item(inst, key, scale, base))
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": questionnaire_id(inst),
        "url": questionnaire_url(inst, base),
        "version": str(inst.version),
        "name": "".join(part.capitalize() for part in inst.id.split("_")),
        "title": f"{inst.name} ({inst.short_name})",
        "status": "active" if inst.wording_complete else "draft",
        "subjectType": ["Practitioner"] if inst.subject == "clinician" else ["Patient"],
        "description": inst.description,
        "copyright": inst.license.statement,
        "item": items,
    }
    if not inst.wording_complete:
        resource["description"] += (
            " Item texts are staff labels: use the instrument's official wording to administer it."
        )
    if inst.loinc_panel:
        resource["code"] = [{"system": LOINC, "code": inst.loinc_panel, "display": inst.name}]
    return validated(resource)


def _item(inst: Instrument, item: Item, base: str) -> dict[str, Any]:
    answer_list = inst.answer_list(item.answers)
    values = [option.value for option in answer_list.options]
    low, high = min(values), max(values)
    options = []
    for option in answer_list.options:
        weight = low + high - option.value if item.reverse else option.value
        entry: dict[str, Any] = {"valueCoding": answer_coding(inst, answer_list, option, base)}
        if item.scored:
            entry["extension"] = [{"url": ORDINAL_VALUE, "valueDecimal": weight}]
        options.append(entry)
    fhir_item: dict[str, Any] = {
        "linkId": item.id,
        "text": item.text or item.label,
        "type": "choice",
        "required": item.is_required,
        "answerOption": options,
    }
    if item.loinc:
        fhir_item["code"] = [{"system": LOINC, "code": item.loinc, "display": item.label}]
    if item.enable_when:
        trigger = inst.item(item.enable_when.item)
        trigger_list = inst.answer_list(trigger.answers)
        option = next(o for o in trigger_list.options if o.value == item.enable_when.value)
        fhir_item["enableWhen"] = [
            {
                "question": trigger.id,
                "operator": ENABLE_WHEN_OPERATORS[item.enable_when.op],
                "answerCoding": answer_coding(inst, trigger_list, option, base),
            }
        ]
    return fhir_item


def _score_item(inst: Instrument, key: str, scale: Scale, base: str) -> dict[str, Any]:
    name = "total score" if key == "total" else f"{getattr(scale, 'name', key)} subscale score"
    code = (
        {"system": LOINC, "code": scale.loinc}
        if scale.loinc
        else {"system": item_system(base), "code": f"{inst.id}-{key}"}
    )
    return {
        "linkId": f"{inst.id}_{key}",
        "code": [{**code, "display": f"{inst.short_name} {name}"}],
        "text": f"{inst.short_name} {name} (computed by the service)",
        "type": "decimal",
        "readOnly": True,
    }

"""FHIR constants and helpers shared by the Questionnaire, response and Observation modules.

Our own canonical URLs hang off :data:`DEFAULT_CANONICAL_BASE`; a deployment passes its own base.
Every resource we emit is validated against the FHIR R4B models of ``fhir.resources`` (R4B is
R4-compatible for these resources) before it leaves the domain.
"""

from __future__ import annotations

from typing import Any

from fhir.resources.R4B import get_fhir_model_class
from pydantic import ValidationError

from services.measures.errors import FhirValidationError
from services.measures.instruments.schema import AnswerList, AnswerOption, Instrument

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
DEFAULT_CANONICAL_BASE = "https://learning-loop.dev/fhir"

ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
# Extensions that carry an answer's score weight, old and new (SDC ``weight()`` reads these).
WEIGHT_EXTENSIONS = frozenset(
    {
        ORDINAL_VALUE,
        "http://hl7.org/fhir/StructureDefinition/itemWeight",
        "http://hl7.org/fhir/StructureDefinition/valueset-ordinalValue",
        "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value",
    }
)
DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"


def answer_system(inst: Instrument, answer_list: AnswerList, base: str) -> str:
    """LOINC for LOINC-coded lists, else our own code system for the list."""
    if all(option.code for option in answer_list.options):
        return LOINC
    return f"{base}/CodeSystem/{inst.id}-{answer_list.id}"


def answer_coding(
    inst: Instrument, answer_list: AnswerList, option: AnswerOption, base: str
) -> dict[str, str]:
    system = answer_system(inst, answer_list, base)
    code = option.code if system == LOINC and option.code else str(option.value)
    return {"system": system, "code": code, "display": option.text}


def item_system(base: str) -> str:
    """Our code system for items and scores that have no LOINC code."""
    return f"{base}/CodeSystem/measures-items"


def validated(resource: dict[str, Any]) -> dict[str, Any]:
    """Validate ``resource`` with fhir.resources (R4B) and return it unchanged."""
    model = get_fhir_model_class(resource["resourceType"])
    try:
        model.model_validate(resource)
    except ValidationError as exc:
        raise FhirValidationError(f"invalid {resource['resourceType']}: {exc}") from exc
    return resource
